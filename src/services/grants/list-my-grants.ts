import { listGrantsForRecipient, type GrantRecord } from '../../db/grants';
import {
  listLatePermissions,
  listRequisitionsOf,
  type RequisitionRecord,
} from '../../db/requisitions';
import { listFollowUpOf, type ReportRecord } from '../../db/reporting';
import { localDate } from '../../domain/dates';
import { requisitionWindow, type RequisitionWindow } from '../../domain/requisition/requisition';
import type { ServiceContext } from '../common/context';
import { authorize } from '../../domain/access/policy';
import { organisationCodes } from '../recipients/own-organisation';
import { reportingDeadline } from '../reporting/report-scope';

export interface MyGrant {
  grant: GrantRecord;
  recipientCode: string;
  amountKr: bigint;
  /** The organisation's requisition of the grant, if it has started one. */
  requisition: RequisitionRecord | undefined;
  /** Whether it may still requisition (deadline, or the officer's late permission). */
  window: RequisitionWindow;
  /** Whether the grant has a follow-up form to report on, and the organisation's report if started. */
  followUp: {
    hasForm: boolean;
    report: ReportRecord | undefined;
    /** The last day to report (the organisation's extension, else the grant's); null without a form. */
    deadlineOn: string | null;
  };
}

/**
 * The published grants the user's own organisation receives money from, with its amount, its
 * requisition and whether the requisition is still open. Region Gotland is one organisation
 * under two codes (0980 and 09), so both are looked up.
 */
export async function listMyGrants(ctx: ServiceContext): Promise<MyGrant[]> {
  authorize(ctx.user, 'own_organisation.read');
  const codes = await organisationCodes(ctx.db, ctx.user);
  const grants = await listGrantsForRecipient(ctx.db, codes);
  const requisitions = await listRequisitionsOf(ctx.db, codes);
  const followUp = await listFollowUpOf(
    ctx.db,
    grants.map((row) => row.grant.id),
    codes,
  );
  const now = ctx.now();
  return Promise.all(
    grants.map(async (row) => {
      const late = (await listLatePermissions(ctx.db, row.grant.id)).find(
        (p) => p.recipientCode === row.recipientCode,
      );
      const deadline = row.grant.requisitionDeadlineOn;
      return {
        ...row,
        requisition: requisitions.find(
          (r) => r.grantId === row.grant.id && r.recipientCode === row.recipientCode,
        ),
        followUp: {
          hasForm: followUp.formGrantIds.has(row.grant.id),
          report: followUp.reports.find(
            (r) => r.grantId === row.grant.id && r.recipientCode === row.recipientCode,
          ),
          deadlineOn: followUp.formGrantIds.has(row.grant.id)
            ? await reportingDeadline(ctx.db, row.grant, row.recipientCode)
            : null,
        },
        window: requisitionWindow(
          deadline ? localDate(deadline) : null,
          late ? localDate(late.untilOn) : null,
          now,
        ),
      };
    }),
  );
}
