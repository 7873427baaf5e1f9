import { listAuditEventsForEntity, type AuditEventRecord } from '../../db/audit';
import type { Executor } from '../../db/client';
import type { GrantRecord } from '../../db/grants';
import {
  findRequisition,
  findRequisitionById,
  listRequisitionVersions,
  type RequisitionRecord,
  type RequisitionVersionRecord,
} from '../../db/requisitions';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { authorize, can } from '../../domain/access/policy';
import {
  allocatedAmount,
  loadOpenness,
  loadOwnTarget,
  requisitionEntityId,
  type RequisitionOpenness,
} from './requisition-common';
import { organisationCodes } from '../recipients/own-organisation';

/** A requisition page: the grant's terms for the organisation, the requisition, its versions and history. */
export interface RequisitionView {
  grant: GrantRecord;
  recipientCode: string;
  allocatedKr: bigint;
  openness: RequisitionOpenness;
  requisition: RequisitionRecord | undefined;
  versions: RequisitionVersionRecord[];
  history: AuditEventRecord[];
}

async function loadView(
  executor: Executor,
  grant: GrantRecord,
  recipientCode: string,
  allocatedKr: bigint,
  now: Date,
): Promise<RequisitionView> {
  const requisition = await findRequisition(executor, grant.id, recipientCode);
  return {
    grant,
    recipientCode,
    allocatedKr,
    openness: await loadOpenness(executor, grant, recipientCode, now),
    requisition,
    versions: requisition ? await listRequisitionVersions(executor, requisition.id) : [],
    history: await listAuditEventsForEntity(
      executor,
      'requisition',
      requisitionEntityId(grant.id, recipientCode),
    ),
  };
}

/** The signed-in organisation's requisition of a grant (none yet: `requisition` undefined). */
export async function getMyRequisition(
  ctx: ServiceContext,
  grantId: string,
): Promise<RequisitionView> {
  authorize(ctx.user, 'own_organisation.read');
  const target = await loadOwnTarget(ctx, ctx.db, grantId);
  return loadView(ctx.db, target.grant, target.recipientCode, target.allocatedKr, ctx.now());
}

/**
 * A requisition by id: agency staff read every one; a recipient's staff only their own
 * organisation's, and another organisation's does not exist for them (404).
 */
export async function getRequisition(ctx: ServiceContext, id: string): Promise<RequisitionView> {
  authorize(ctx.user, 'published.read');
  const requisition = await findRequisitionById(ctx.db, id);
  const notFound = new DomainError('requisition.not_found', { requisitionId: id });
  if (!requisition) throw notFound;
  if (!can(ctx.user, 'agency.read')) {
    const codes = await organisationCodes(ctx.db, ctx.user);
    if (!codes.includes(requisition.recipientCode)) throw notFound;
  }
  const grant = await loadGrant(ctx.db, requisition.grantId);
  const row = await allocatedAmount(ctx.db, grant, [requisition.recipientCode]);
  return loadView(ctx.db, grant, requisition.recipientCode, row?.amountKr ?? 0n, ctx.now());
}
