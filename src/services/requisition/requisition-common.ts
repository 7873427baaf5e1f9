// What every requisition use case shares: which grant and amount the signed-in organisation may
// requisition, whether it may still act, and the JSON form of requisitions (API and audit log).
import { and, eq, inArray } from 'drizzle-orm';
import { appendAuditEvent } from '../../db/audit';
import type { Executor } from '../../db/client';
import type { SignatureSnapshot } from '../../db/audit-snapshots/access';
import type { GrantRecord } from '../../db/grants';
import {
  findRequisition,
  findLatePermission,
  findSecondRound,
  type LatePermissionRecord,
  type RequisitionRecord,
  type RequisitionVersionRecord,
} from '../../db/requisitions';
import { allocationRows } from '../../db/schema';
import { localDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import {
  requisitionState,
  requisitionWindow,
  type RequisitionContent,
  type RequisitionWindow,
} from '../../domain/requisition/requisition';
import { krToJson } from '../allocation/present';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { organisationCodes } from '../recipients/own-organisation';
import {
  latePermissionSnapshot,
  requisitionSnapshot,
  signedVersionSnapshot,
} from '../../db/audit-snapshots/requisition';

/** The grant and organisation a requisition is about, with the most it may requisition. */
export interface RequisitionTarget {
  grant: GrantRecord;
  /** The organisation's code in the grant's allocation (Region Gotland: 0980 or 09). */
  recipientCode: string;
  allocatedKr: bigint;
}

/** The organisation's amount in the grant's published allocation, or undefined when it has none. */
export async function allocatedAmount(
  executor: Executor,
  grant: GrantRecord,
  codes: string[],
): Promise<{ recipientCode: string; amountKr: bigint } | undefined> {
  if (!grant.publishedAllocationId || codes.length === 0) return undefined;
  const [row] = await executor
    .select({ recipientCode: allocationRows.recipientCode, amountKr: allocationRows.amountKr })
    .from(allocationRows)
    .where(
      and(
        eq(allocationRows.allocationId, grant.publishedAllocationId),
        inArray(allocationRows.recipientCode, codes),
      ),
    );
  return row && row.amountKr > 0n ? row : undefined;
}

/**
 * The signed-in organisation's target in the grant: a grant past its draft whose published
 * allocation gives it money. Anything else does not exist for it (404), so a recipient learns
 * nothing about grants it is not part of.
 */
export async function loadOwnTarget(
  ctx: ServiceContext,
  executor: Executor,
  grantId: string,
): Promise<RequisitionTarget> {
  const user = ctx.user;
  if (!user) throw new DomainError('auth.unauthenticated', {});
  const grant = await loadGrant(executor, grantId);
  if (grant.status === 'draft') throw new DomainError('grant.not_found', { grantId });
  const row = await allocatedAmount(executor, grant, await organisationCodes(executor, user));
  if (!row) throw new DomainError('requisition.not_eligible', { grantId });
  return { grant, recipientCode: row.recipientCode, allocatedKr: row.amountKr };
}

/** The key the requisition's history is kept under, also before a requisition exists. */
export function requisitionEntityId(grantId: string, recipientCode: string): string {
  return `${grantId}/${recipientCode}`;
}

export interface RequisitionOpenness {
  window: RequisitionWindow;
  latePermission: LatePermissionRecord | undefined;
  secondRoundConfirmed: boolean;
}

export async function loadOpenness(
  executor: Executor,
  grant: GrantRecord,
  recipientCode: string,
  now: Date,
): Promise<RequisitionOpenness> {
  const latePermission = await findLatePermission(executor, grant.id, recipientCode);
  const deadline = grant.requisitionDeadlineOn ? localDate(grant.requisitionDeadlineOn) : null;
  const until = latePermission ? localDate(latePermission.untilOn) : null;
  const secondRound = await findSecondRound(executor, grant.id);
  return {
    window: requisitionWindow(deadline, until, now),
    latePermission,
    secondRoundConfirmed: secondRound !== undefined,
  };
}

/**
 * Throws unless the organisation may still requisition, change, sign or withdraw: the grant is
 * published (not closed), its second round is not confirmed, and the deadline (or the officer's
 * late permission) has not passed.
 */
export async function requireOpen(
  executor: Executor,
  target: RequisitionTarget,
  now: Date,
): Promise<void> {
  const { grant } = target;
  if (grant.status !== 'published' || grant.distributionMethod !== 'allocation_key')
    throw new DomainError('requisition.grant_not_open', { status: grant.status });
  const openness = await loadOpenness(executor, grant, target.recipientCode, now);
  if (openness.secondRoundConfirmed)
    throw new DomainError('requisition.second_round_confirmed', {});
  if (openness.window === 'closed')
    throw new DomainError('requisition.deadline_passed', {
      deadlineOn: grant.requisitionDeadlineOn ?? '',
      ...(openness.latePermission && { lateUntilOn: openness.latePermission.untilOn }),
    });
}

export function contentOf(
  record: RequisitionRecord | RequisitionVersionRecord,
): RequisitionContent {
  return {
    declines: record.declines,
    amountKr: record.amountKr,
    wantsMore: record.wantsMore,
    moreAmountKr: record.moreAmountKr,
    contactName: record.contactName,
    contactEmail: record.contactEmail,
    contactPhone: record.contactPhone,
  };
}

const krOrNull = (value: bigint | null) => (value === null ? null : krToJson(value));

function contentToJson(content: RequisitionContent) {
  return {
    declines: content.declines,
    amountKr: krOrNull(content.amountKr),
    wantsMore: content.wantsMore,
    moreAmountKr: krOrNull(content.moreAmountKr),
    contact: {
      name: content.contactName,
      email: content.contactEmail,
      phone: content.contactPhone,
    },
  };
}

/** The API's Requisition (the audit log keeps its own snapshot, db/audit-snapshots). */
export function requisitionToJson(record: RequisitionRecord) {
  return {
    id: record.id,
    grantId: record.grantId,
    recipientCode: record.recipientCode,
    status: record.status,
    state: requisitionState(record),
    ...contentToJson(contentOf(record)),
    version: record.version,
    signedVersionNumber: record.signedVersionNumber,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
    updatedAt: record.updatedAt.toISOString(),
    updatedBy: record.updatedBy,
  };
}
export type RequisitionJson = ReturnType<typeof requisitionToJson>;

export function requisitionVersionToJson(record: RequisitionVersionRecord) {
  return {
    id: record.id,
    number: record.number,
    ...contentToJson(contentOf(record)),
    signedAt: record.signedAt.toISOString(),
    signedBy: record.signedBy,
    signedByName: record.signedByName,
  };
}
export type RequisitionVersionJson = ReturnType<typeof requisitionVersionToJson>;

export function latePermissionToJson(record: LatePermissionRecord) {
  return {
    untilOn: record.untilOn,
    reason: record.reason,
    grantedAt: record.grantedAt.toISOString(),
    grantedBy: record.grantedBy,
  };
}

/** The organisation's target and its requisition, locked for the rest of the transaction; 404 without one. */
export async function lockOwnRequisition(
  ctx: ServiceContext,
  executor: Executor,
  grantId: string,
): Promise<{ target: RequisitionTarget; before: RequisitionRecord }> {
  const target = await loadOwnTarget(ctx, executor, grantId);
  const before = await findRequisition(executor, target.grant.id, target.recipientCode, {
    forUpdate: true,
  });
  if (!before) throw new DomainError('requisition.not_found', { grantId });
  return { target, before };
}

/** The audit event of a change to a requisition, kept under its grant × organisation key. */
export async function auditRequisition(
  executor: Executor,
  ctx: ServiceContext,
  event: {
    occurredAt: Date;
    before?: RequisitionRecord;
    after: RequisitionRecord;
    reason?: string | null;
  } & (
    | {
        action:
          | 'requisition.created'
          | 'requisition.changed'
          | 'requisition.reopened'
          | 'requisition.withdrawn';
      }
    | {
        action: 'requisition.signed' | 'requisition.signed_decline';
        signedVersion: RequisitionVersionRecord;
        /** How the signatory proved who they were (none for the system's own demo data). */
        signature: SignatureSnapshot | undefined;
      }
  ),
): Promise<void> {
  const header = {
    occurredAt: event.occurredAt,
    actor: ctx.actor,
    entityType: 'requisition',
    entityId: requisitionEntityId(event.after.grantId, event.after.recipientCode),
    grantId: event.after.grantId,
    reason: event.reason ?? null,
  } as const;
  const before = event.before ? requisitionSnapshot(event.before) : null;
  const after = requisitionSnapshot(event.after);
  if (event.action === 'requisition.signed' || event.action === 'requisition.signed_decline') {
    const signedVersion = signedVersionSnapshot(event.signedVersion);
    await appendAuditEvent(executor, {
      ...header,
      action: event.action,
      before,
      after: { ...after, signedVersion, ...(event.signature && { signature: event.signature }) },
    });
    return;
  }
  if (event.action === 'requisition.created') {
    await appendAuditEvent(executor, { ...header, action: event.action, after });
    return;
  }
  if (!before) throw new Error(`${event.action} without the requisition before`);
  await appendAuditEvent(executor, { ...header, action: event.action, before, after });
}

/** The audit event of a late permission granted (`after`) or revoked, under the requisition's history. */
export async function auditLatePermission(
  executor: Executor,
  ctx: ServiceContext,
  event: {
    occurredAt: Date;
    grantId: string;
    recipientCode: string;
    reason: string;
  } & (
    | { before: LatePermissionRecord | undefined; after: LatePermissionRecord }
    | { before: LatePermissionRecord; after: undefined }
  ),
): Promise<void> {
  const header = {
    occurredAt: event.occurredAt,
    actor: ctx.actor,
    entityType: 'requisition',
    entityId: requisitionEntityId(event.grantId, event.recipientCode),
    grantId: event.grantId,
    reason: event.reason,
  } as const;
  if (event.after)
    await appendAuditEvent(executor, {
      ...header,
      action: 'requisition.late_permission_granted',
      before: event.before ? latePermissionSnapshot(event.before) : null,
      after: { recipientCode: event.recipientCode, ...latePermissionSnapshot(event.after) },
    });
  else
    await appendAuditEvent(executor, {
      ...header,
      action: 'requisition.late_permission_revoked',
      before: latePermissionSnapshot(event.before),
      after: null,
    });
}

/** A stale version: someone else changed the requisition since it was read. */
export function versionConflict(expected: number, current: number): DomainError {
  return new DomainError('requisition.version_conflict', {
    expectedVersion: expected,
    currentVersion: current,
  });
}
