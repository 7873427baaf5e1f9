import type { AllocationRowWithName } from '../../db/allocations';
import { listAllocationRows } from '../../db/allocations';
import type { GrantRecord } from '../../db/grants';
import {
  findSecondRound,
  listAccountEmailsByRecipient,
  listGrantRequisitions,
  listLatePermissions,
  listSecondRoundRows,
  type LatePermissionRecord,
  type RequisitionRecord,
  type SecondRoundRecord,
} from '../../db/requisitions';
import { DomainError } from '../../domain/errors';
import {
  percentOf,
  requisitionState,
  type RequisitionState,
} from '../../domain/requisition/requisition';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';

export interface OverviewRow {
  recipientCode: string;
  recipientName: string;
  allocatedKr: bigint;
  state: RequisitionState;
  requisition: RequisitionRecord | undefined;
  /** What counts: the amount of a signed requisition (not a decline), else 0. */
  signedKr: bigint;
  /** The amount of a draft (not yet signed), else 0. */
  draftKr: bigint;
  /** Asked for in the second round (signed requisitions only). */
  moreRequestedKr: bigint;
  secondRoundKr: bigint | null;
  latePermission: LatePermissionRecord | undefined;
  /** The organisation's active accounts, for reminders. */
  accountEmails: string[];
}

export interface RequisitionOverview {
  grant: GrantRecord;
  rows: OverviewRow[];
  totals: {
    grantTotalKr: bigint;
    allocatedKr: bigint;
    signedKr: bigint;
    draftKr: bigint;
    moreRequestedKr: bigint;
    /** grant total − signed: what a second round shares. */
    notRequisitionedKr: bigint;
    /** signed / grant total, one decimal. */
    sharePercent: string;
    counts: Record<RequisitionState, number>;
  };
  secondRound: SecondRoundRecord | undefined;
}

/**
 * The case officer's overview of a grant's requisitions: every recipient in the published
 * allocation with its status and amounts, the totals and the share requisitioned, and the
 * confirmed second round (if any).
 */
export async function getRequisitionOverview(
  ctx: ServiceContext,
  grantId: string,
): Promise<RequisitionOverview> {
  authorize(ctx.user, 'agency.read');
  const grant = await loadGrant(ctx.db, grantId);
  if (!grant.publishedAllocationId)
    throw new DomainError('grant.no_published_allocation', { grantId });
  const [allocationRows, requisitions, latePermissions, emails, secondRound] = await Promise.all([
    listAllocationRows(ctx.db, grant.publishedAllocationId),
    listGrantRequisitions(ctx.db, grant.id),
    listLatePermissions(ctx.db, grant.id),
    listAccountEmailsByRecipient(ctx.db),
    findSecondRound(ctx.db, grant.id),
  ]);
  const secondRoundRows = secondRound ? await listSecondRoundRows(ctx.db, secondRound.id) : [];
  const byCode = <T extends { recipientCode: string }>(items: T[]) =>
    new Map(items.map((item) => [item.recipientCode, item]));
  const requisitionOf = byCode(requisitions);
  const lateOf = byCode(latePermissions);
  const secondOf = byCode(secondRoundRows);
  const rows = allocationRows
    .filter((row) => row.amountKr > 0n)
    .map((row: AllocationRowWithName): OverviewRow => {
      const requisition = requisitionOf.get(row.recipientCode);
      const state = requisitionState(requisition);
      const counted = state === 'signed' && requisition?.amountKr ? requisition.amountKr : 0n;
      return {
        recipientCode: row.recipientCode,
        recipientName: row.recipientName,
        allocatedKr: row.amountKr,
        state,
        requisition,
        signedKr: counted,
        draftKr: state === 'draft' ? (requisition?.amountKr ?? 0n) : 0n,
        moreRequestedKr: state === 'signed' ? (requisition?.moreAmountKr ?? 0n) : 0n,
        secondRoundKr: secondOf.get(row.recipientCode)?.amountKr ?? null,
        latePermission: lateOf.get(row.recipientCode),
        accountEmails: emails.get(row.recipientCode) ?? [],
      };
    });
  const sum = (pick: (row: OverviewRow) => bigint) => rows.reduce((acc, r) => acc + pick(r), 0n);
  const counts: Record<RequisitionState, number> = {
    not_started: 0,
    draft: 0,
    signed: 0,
    declined: 0,
    withdrawn: 0,
  };
  for (const row of rows) counts[row.state]++;
  const signedKr = sum((r) => r.signedKr);
  return {
    grant,
    rows,
    totals: {
      grantTotalKr: grant.totalAmountKr,
      allocatedKr: sum((r) => r.allocatedKr),
      signedKr,
      draftKr: sum((r) => r.draftKr),
      moreRequestedKr: sum((r) => r.moreRequestedKr),
      notRequisitionedKr: grant.totalAmountKr > signedKr ? grant.totalAmountKr - signedKr : 0n,
      sharePercent: percentOf(signedKr, grant.totalAmountKr),
      counts,
    },
    secondRound,
  };
}

/** Those who have not requisitioned (not started, a draft not signed, withdrawn): to remind. */
export function needsReminder(row: OverviewRow): boolean {
  return row.state === 'not_started' || row.state === 'draft' || row.state === 'withdrawn';
}
