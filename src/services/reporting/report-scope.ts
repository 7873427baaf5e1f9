// What every report use case needs first: may the user touch this organisation's report on this
// grant (403 for a role that never may, 404 for another organisation's or an unknown grant's), the
// grant, its current form and what the recipient received.
import type { Executor } from '../../db/client';
import type { GrantRecord } from '../../db/grants';
import { findRecipientsByCodes } from '../../db/recipients';
import {
  findReportForm,
  findReportFormVersion,
  listDeadlineExtensions,
  type ReportFormRecord,
} from '../../db/reporting';
import { deadlinePassed, localDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import type { FormDefinition } from '../../domain/reporting/form-model';
import { amountReceivedKr } from '../requisition/amount-received';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize, can, type Action } from '../../domain/access/policy';

export interface ReportScope {
  grant: GrantRecord;
  recipientCode: string;
  receivedKr: bigint;
  form: ReportFormRecord;
}

/** Statuses in which recipients report: after publication, before the grant is finished. */
const REPORTING_STATUSES: readonly GrantRecord['status'][] = ['published', 'closed', 'follow_up'];

/**
 * Authorises `action` on the organisation's report of the grant and loads what it needs. A
 * recipient's staff asking about another organisation get report.not_found (404), as for a grant
 * that gives the organisation nothing or has no follow-up form yet.
 */
export async function loadReportScope(
  ctx: ServiceContext,
  executor: Executor,
  action: Action,
  grantId: string,
  recipientCode: string,
): Promise<ReportScope> {
  authorize(ctx.user, action);
  const notFound = () => new DomainError('report.not_found', { grantId, recipientCode });
  if (!can(ctx.user, action, { grantId, recipientCode })) {
    // Region Gotland is one organisation under two codes (0980 and 09).
    const own = ctx.user.recipientCode
      ? await findRecipientsByCodes(executor, [ctx.user.recipientCode])
      : [];
    if (own[0]?.sameOrganisationAs !== recipientCode) {
      if (can(ctx.user, action, { recipientCode }))
        throw new DomainError('auth.forbidden', { action });
      throw notFound();
    }
  }
  const grant = await loadGrant(executor, grantId).catch(() => {
    throw notFound();
  });
  const agency = can(ctx.user, 'agency.read');
  if (grant.status === 'draft' && !agency) throw notFound();
  const form = await findReportForm(executor, grantId);
  if (!form && !agency) throw notFound();
  if (!form) throw new DomainError('report_form.not_found', { grantId });
  const receivedKr = await amountReceivedKr(executor, grantId, recipientCode);
  if (receivedKr === undefined) throw notFound();
  return { grant, recipientCode, receivedKr, form };
}

export async function loadFormDefinition(
  executor: Executor,
  grantId: string,
  version: number,
): Promise<FormDefinition> {
  const row = await findReportFormVersion(executor, grantId, version);
  if (!row) throw new DomainError('report_form.not_found', { grantId, version });
  return row.definition;
}

/** The recipient's last day to report: the officer's extension, else the grant's deadline. */
export async function reportingDeadline(
  executor: Executor,
  grant: GrantRecord,
  recipientCode: string,
): Promise<string | null> {
  const [extension] = await listDeadlineExtensions(executor, grant.id, recipientCode);
  return extension?.deadlineOn ?? grant.reportingDeadlineOn;
}

/** Refuses a change when the grant is not open for reporting or (for `submit`) the deadline passed. */
export function requireOpenForReporting(
  grant: GrantRecord,
  deadlineOn: string | null,
  now: Date,
  submitting: boolean,
): void {
  if (!REPORTING_STATUSES.includes(grant.status))
    throw new DomainError('report.grant_not_open', { status: grant.status });
  if (submitting && deadlineOn !== null && deadlinePassed(localDate(deadlineOn), now))
    throw new DomainError('report.deadline_passed', { deadlineOn });
}

/**
 * The report as the client saw it: its `version` must be the stored one (0 = not started) —
 * otherwise report.version_conflict (409) — and it must still be a draft (report.not_draft).
 */
export function requireDraftVersion<R extends { version: number; status: string }>(
  report: R | undefined,
  version: number,
): void {
  if ((report?.version ?? 0) !== version)
    throw new DomainError('report.version_conflict', {
      expectedVersion: version,
      currentVersion: report?.version ?? 0,
    });
  if (report?.status === 'submitted')
    throw new DomainError('report.not_draft', { status: report.status });
}
