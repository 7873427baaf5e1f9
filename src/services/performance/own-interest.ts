// Expressions of interest by the recipients themselves (issue 6): a recipient user or signatory
// registers or withdraws its own organisation's interest in a performance-based grant, through the
// last day to register (inclusive, Europe/Stockholm). The organisation comes from the session, so
// no other organisation's interest can be touched; a grant the organisation is not in the key of
// is not found (404) for it.
import type { Executor } from '../../db/client';
import type { GrantRecord } from '../../db/grants';
import {
  findPerformanceSetup,
  findReportedFigures,
  listInterestCalls,
  listInterestRegistrations,
  type PerformanceSetupRecord,
} from '../../db/performance';
import { deadlinePassed, localDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadGrantForUpdate } from '../grants/load-grant';
import { figuresDeadlinePassed, resultPublished } from './figure-form';
import { keyFromJson, requireNoPublishedResult } from './load-performance-inputs';
import { organisationCodes } from '../recipients/own-organisation';
import { authorize } from '../../domain/access/policy';
import { requireInterestOpen, saveRegistrations } from './register-interest';
import { removeRegistration } from './withdraw-interest';

/** A performance-based grant the organisation may register interest in, and where it stands. */
export interface OwnInterest {
  grant: GrantRecord;
  recipientCode: string;
  /** Null for a grant without a call for interest that the agency registered the organisation in. */
  interestDeadlineOn: string | null;
  /** Before the deadline and no calculation published: registering and withdrawing are open. */
  open: boolean;
  registeredAt: Date | null;
  registeredBy: string | null;
  /** Reporting figures (own-figures.ts), once registered and the model is saved; else null. */
  figures: { deadlineOn: string | null; open: boolean; reportedAt: Date | null } | null;
}

/** The organisation's code in the grant's key (Region Gotland acts under two), if any. */
function codeInKey(setup: PerformanceSetupRecord, codes: readonly string[]): string | undefined {
  const key = setup.key ? keyFromJson(setup.key) : [];
  return codes.find((code) => key.some((entry) => entry.recipientCode === code));
}

/**
 * Every performance-based grant whose key holds the own organisation and that has a last day to
 * register interest, or where the organisation is registered and may still report figures.
 */
export async function listOwnInterests(ctx: ServiceContext): Promise<OwnInterest[]> {
  authorize(ctx.user, 'interest.register', { recipientCode: ctx.user?.recipientCode ?? null });
  const codes = ctx.user ? await organisationCodes(ctx.db, ctx.user) : [];
  const now = ctx.now();
  const items: OwnInterest[] = [];
  for (const { grant, setup } of await listInterestCalls(ctx.db)) {
    const code = codeInKey(setup, codes);
    if (!code) continue;
    const published = await resultPublished(ctx.db, grant.id);
    const registration = (await listInterestRegistrations(ctx.db, grant.id)).find(
      (r) => r.recipientCode === code,
    );
    const reports = registration !== undefined && setup.model !== null;
    if (!setup.interestDeadlineOn && !(reports && !published)) continue;
    const reported = reports ? await findReportedFigures(ctx.db, grant.id, code) : undefined;
    items.push({
      grant,
      recipientCode: code,
      interestDeadlineOn: setup.interestDeadlineOn,
      open:
        setup.interestDeadlineOn !== null &&
        !published &&
        !deadlinePassed(localDate(setup.interestDeadlineOn), now),
      registeredAt: registration?.registeredAt ?? null,
      registeredBy: registration?.registeredBy ?? null,
      figures: reports
        ? {
            deadlineOn: setup.figuresDeadlineOn,
            open: !published && !figuresDeadlinePassed(setup, now),
            reportedAt: reported?.updatedAt ?? null,
          }
        : null,
    });
  }
  return items;
}

/** Locks the grant and checks it is open to the own organisation; its code in the key. */
async function openCall(ctx: ServiceContext, tx: Executor, grantId: string): Promise<string> {
  const notFound = () => new DomainError('grant.not_found', { grantId });
  const grant = await loadGrantForUpdate(tx, grantId);
  const setup = await findPerformanceSetup(tx, grant.id);
  const code =
    ctx.user && setup?.interestDeadlineOn
      ? codeInKey(setup, await organisationCodes(tx, ctx.user))
      : undefined;
  if (grant.distributionMethod !== 'performance' || !code) throw notFound();
  requireInterestOpen(setup, ctx.now());
  await requireNoPublishedResult(tx, grant.id);
  return code;
}

/** Registers the own organisation's interest (again: nothing changes); audited. */
export async function registerOwnInterest(
  ctx: ServiceContext,
  grantId: string,
): Promise<{ registered: boolean }> {
  authorize(ctx.user, 'interest.register', { recipientCode: ctx.user?.recipientCode ?? null });
  await ctx.db.transaction(async (tx) =>
    saveRegistrations(ctx, tx, grantId, [await openCall(ctx, tx, grantId)]),
  );
  return { registered: true };
}

/** Withdraws the own organisation's interest before the deadline; audited. */
export async function withdrawOwnInterest(
  ctx: ServiceContext,
  grantId: string,
): Promise<{ registered: boolean }> {
  authorize(ctx.user, 'interest.register', { recipientCode: ctx.user?.recipientCode ?? null });
  await ctx.db.transaction(async (tx) =>
    removeRegistration(ctx, tx, grantId, await openCall(ctx, tx, grantId), ctx.now()),
  );
  return { registered: false };
}
