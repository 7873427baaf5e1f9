// The audit snapshots of requisitions (requisition.*), their late permissions and the second round.
import { z } from 'zod';
import { requisitionState } from '../../domain/requisition/requisition';
import type {
  LatePermissionRecord,
  RequisitionRecord,
  RequisitionVersionRecord,
} from '../requisitions';
import { changed, created, InstantJson, KronorJson, kronorOrNull, LocalDateJson } from './common';
import { SignatureSnapshot } from './access';

const contentShape = {
  declines: z.boolean(),
  amountKr: KronorJson.nullable(),
  wantsMore: z.boolean(),
  moreAmountKr: KronorJson.nullable(),
  contact: z.strictObject({ name: z.string(), email: z.string(), phone: z.string() }),
};
type Content = RequisitionRecord | RequisitionVersionRecord;
const contentSnapshot = (record: Content) => ({
  declines: record.declines,
  amountKr: kronorOrNull(record.amountKr),
  wantsMore: record.wantsMore,
  moreAmountKr: kronorOrNull(record.moreAmountKr),
  contact: { name: record.contactName, email: record.contactEmail, phone: record.contactPhone },
});

export const RequisitionSnapshot = z.strictObject({
  id: z.string(),
  grantId: z.string(),
  recipientCode: z.string(),
  status: z.enum(['draft', 'signed', 'withdrawn']),
  state: z.enum(['not_started', 'draft', 'signed', 'declined', 'withdrawn']),
  ...contentShape,
  version: z.number().int(),
  signedVersionNumber: z.number().int().nullable(),
  createdAt: InstantJson,
  createdBy: z.string(),
  updatedAt: InstantJson,
  updatedBy: z.string(),
});
export type RequisitionSnapshot = z.infer<typeof RequisitionSnapshot>;

export function requisitionSnapshot(record: RequisitionRecord): RequisitionSnapshot {
  return {
    id: record.id,
    grantId: record.grantId,
    recipientCode: record.recipientCode,
    status: record.status,
    state: requisitionState(record),
    ...contentSnapshot(record),
    version: record.version,
    signedVersionNumber: record.signedVersionNumber,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
    updatedAt: record.updatedAt.toISOString(),
    updatedBy: record.updatedBy,
  };
}

const SignedVersionSnapshot = z.strictObject({
  id: z.string(),
  number: z.number().int(),
  ...contentShape,
  signedAt: InstantJson,
  signedBy: z.string(),
  signedByName: z.string(),
});

export function signedVersionSnapshot(
  record: RequisitionVersionRecord,
): z.infer<typeof SignedVersionSnapshot> {
  return {
    id: record.id,
    number: record.number,
    ...contentSnapshot(record),
    signedAt: record.signedAt.toISOString(),
    signedBy: record.signedBy,
    signedByName: record.signedByName,
  };
}

const LatePermissionSnapshot = z.strictObject({
  untilOn: LocalDateJson,
  reason: z.string(),
  grantedAt: InstantJson,
  grantedBy: z.string(),
});

export function latePermissionSnapshot(
  record: LatePermissionRecord,
): z.infer<typeof LatePermissionSnapshot> {
  return {
    untilOn: record.untilOn,
    reason: record.reason,
    grantedAt: record.grantedAt.toISOString(),
    grantedBy: record.grantedBy,
  };
}
const GrantedPermissionSnapshot = LatePermissionSnapshot.extend({ recipientCode: z.string() });

const SignedRequisitionSnapshot = RequisitionSnapshot.extend({
  signedVersion: SignedVersionSnapshot,
  signature: SignatureSnapshot.optional(),
});
const signed = {
  before: RequisitionSnapshot.nullable(),
  after: SignedRequisitionSnapshot,
};

const SecondRoundSnapshot = z.strictObject({
  leftoverKr: KronorJson,
  totalKr: KronorJson,
  unallocatedKr: KronorJson,
  checksum: z.string(),
  rows: z.array(
    z.strictObject({ recipientCode: z.string(), requestedKr: KronorJson, amountKr: KronorJson }),
  ),
});
export type SecondRoundSnapshot = z.infer<typeof SecondRoundSnapshot>;

export const requisitionAuditPayloads = {
  'requisition.created': created(RequisitionSnapshot),
  'requisition.changed': changed(RequisitionSnapshot),
  'requisition.reopened': changed(RequisitionSnapshot),
  'requisition.signed': signed,
  'requisition.signed_decline': signed,
  'requisition.withdrawn': changed(RequisitionSnapshot),
  'requisition.late_permission_granted': {
    before: LatePermissionSnapshot.nullable(),
    after: GrantedPermissionSnapshot,
  },
  'requisition.late_permission_revoked': { before: LatePermissionSnapshot, after: z.null() },
  'second_round.confirmed': created(SecondRoundSnapshot),
};
