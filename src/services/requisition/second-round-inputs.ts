// The second round's computation, shared by the preview and the confirmation (which recomputes it
// and checks it against what the case officer reviewed).
import { createHash } from 'node:crypto';
import { listAllocationRows } from '../../db/allocations';
import type { Executor } from '../../db/client';
import type { GrantRecord } from '../../db/grants';
import {
  listGrantRequisitions,
  listLatePermissions,
  listLatestSignedVersions,
  type RequisitionVersionRecord,
} from '../../db/requisitions';
import type { AllocationRowResult } from '../../domain/allocation/types';
import { deadlinePassed, localDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import { computeSecondRound, type SecondRoundResult } from '../../domain/requisition/requisition';

export interface SecondRoundLine {
  recipientCode: string;
  recipientName: string;
  keyKr: bigint;
  requestedKr: bigint;
  version: RequisitionVersionRecord;
  row: AllocationRowResult;
}

export interface SecondRoundComputation {
  grantTotalKr: bigint;
  signedTotalKr: bigint;
  result: SecondRoundResult;
  lines: SecondRoundLine[];
  checksum: string;
}

/** Refuses a second round that cannot run yet: not enabled, before the deadline, a late permission open. */
export async function requireSecondRoundReady(
  executor: Executor,
  grant: GrantRecord,
  now: Date,
): Promise<void> {
  if (!grant.secondRound || grant.status === 'draft' || !grant.publishedAllocationId)
    throw new DomainError('second_round.not_enabled', {});
  const deadline = grant.requisitionDeadlineOn;
  if (!deadline || !deadlinePassed(localDate(deadline), now))
    throw new DomainError('second_round.deadline_not_passed', { deadlineOn: deadline ?? '' });
  const open = (await listLatePermissions(executor, grant.id)).find(
    (permission) => !deadlinePassed(localDate(permission.untilOn), now),
  );
  if (open)
    throw new DomainError('second_round.late_permission_open', {
      recipientCode: open.recipientCode,
      untilOn: open.untilOn,
    });
}

/**
 * The money not requisitioned (grant sum − every signed amount) shared by the grant's key (each
 * one's allocated amount) among the signed requisitions that asked for more, capped at what each
 * asked for. Each line names the signed version it comes from.
 */
export async function computeGrantSecondRound(
  executor: Executor,
  grant: GrantRecord,
): Promise<SecondRoundComputation> {
  const allocationId = grant.publishedAllocationId;
  if (!allocationId) throw new DomainError('second_round.not_enabled', {});
  const [allocation, requisitions, versions] = await Promise.all([
    listAllocationRows(executor, allocationId),
    listGrantRequisitions(executor, grant.id),
    listLatestSignedVersions(executor, grant.id),
  ]);
  const allocationOf = new Map(allocation.map((row) => [row.recipientCode, row]));
  const versionOf = new Map(versions.map((version) => [version.requisitionId, version]));
  let signedTotalKr = 0n;
  const candidates: Omit<SecondRoundLine, 'row'>[] = [];
  for (const requisition of requisitions) {
    const version = versionOf.get(requisition.id);
    // A signed requisition is exactly its last signed version; drafts and withdrawals do not count.
    if (requisition.status !== 'signed' || !version || version.declines) continue;
    signedTotalKr += version.amountKr ?? 0n;
    const allocated = allocationOf.get(requisition.recipientCode);
    if (version.wantsMore && version.moreAmountKr && allocated)
      candidates.push({
        recipientCode: requisition.recipientCode,
        recipientName: allocated.recipientName,
        keyKr: allocated.amountKr,
        requestedKr: version.moreAmountKr,
        version,
      });
  }
  const result = computeSecondRound({
    grantTotalKr: grant.totalAmountKr,
    signedTotalKr,
    requests: candidates,
  });
  const rowOf = new Map(result.rows.map((row) => [row.recipientCode, row]));
  const lines = candidates.flatMap((candidate) => {
    const row = rowOf.get(candidate.recipientCode);
    return row ? [{ ...candidate, row }] : [];
  });
  const checksum = createHash('sha256')
    .update(
      JSON.stringify([
        grant.totalAmountKr.toString(),
        signedTotalKr.toString(),
        lines.map((l) =>
          [l.recipientCode, l.version.id, l.keyKr, l.requestedKr, l.row.amountKr].map(String),
        ),
      ]),
    )
    .digest('hex');
  return { grantTotalKr: grant.totalAmountKr, signedTotalKr, result, lines, checksum };
}
