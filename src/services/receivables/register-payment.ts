// The case officer registers a payment received against a receivable (full or partial): an
// organisation's repayment demand or an issued clawback decision. Refused: no such receivable, an
// overpayment, a non-positive amount, a future date; nothing is written then. Audited.
import { appendAuditEvent } from '../../db/audit';
import { lockDecisions } from '../../db/decisions';
import {
  findClawbackByDecision,
  findLatestReportRepayment,
  insertReceivablePayment,
} from '../../db/receivables';
import type { Executor } from '../../db/client';
import { localDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import { checkPayment } from '../../domain/receivables/receivable';
import type { ServiceContext } from '../common/context';
import { loadReceivableRows, type ReceivableRow } from './get-receivables';
import { loadGrant } from '../grants/load-grant';
import { authorize } from '../../domain/access/policy';
import { loadReportScope } from '../reporting/report-scope';
import { krToJson } from '../allocation/present';

export interface PaymentInput {
  grantId: string;
  /** The organisation's repayment demand, or a clawback decision of the grant. */
  target: { recipientCode: string } | { decisionId: string };
  paidOn: string;
  amountKr: bigint;
  payerReference: string;
}

/** Locks the receivable and answers its id (the demand row or the decision). */
async function lockReceivable(
  ctx: ServiceContext,
  tx: Executor,
  input: PaymentInput,
): Promise<{ kind: 'repayment' | 'clawback'; id: string }> {
  if ('recipientCode' in input.target) {
    const { recipientCode } = input.target;
    await loadReportScope(ctx, tx, 'receivable.manage', input.grantId, recipientCode);
    const demand = await findLatestReportRepayment(tx, input.grantId, recipientCode, {
      forUpdate: true,
    });
    if (!demand || demand.outcome !== 'repay')
      throw new DomainError('receivable.not_found', { recipientCode });
    return { kind: 'repayment', id: demand.id };
  }
  authorize(ctx.user, 'receivable.manage', { grantId: input.grantId });
  await loadGrant(tx, input.grantId);
  const [decision] = await lockDecisions(tx, [input.target.decisionId]);
  const clawback = decision && (await findClawbackByDecision(tx, decision.id));
  if (!decision || !clawback || decision.grantId !== input.grantId || decision.status !== 'issued')
    throw new DomainError('receivable.not_found', { recipientCode: decision?.recipientCode ?? '' });
  return { kind: 'clawback', id: decision.id };
}

export async function registerPayment(
  ctx: ServiceContext,
  input: PaymentInput,
): Promise<ReceivableRow> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const target = await lockReceivable(ctx, tx, input);
    const find = async () =>
      (await loadReceivableRows(tx, input.grantId, now)).find(
        (r) => r.kind === target.kind && r.id === target.id,
      )!;
    const before = await find();
    const paidOn = localDate(input.paidOn);
    checkPayment(before, { amountKr: input.amountKr, paidOn }, now);
    const payment = await insertReceivablePayment(tx, {
      grantId: input.grantId,
      recipientCode: before.recipientCode,
      ...(target.kind === 'repayment' ? { repaymentId: target.id } : { decisionId: target.id }),
      paidOn,
      amountKr: input.amountKr,
      payerReference: input.payerReference,
      createdAt: now,
      createdBy: ctx.actor,
    });
    const after = await find();
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'receivable',
      entityId: target.id,
      grantId: input.grantId,
      action: 'receivable.payment_registered',
      before: { paidKr: krToJson(before.paidKr), state: before.state },
      after: {
        kind: target.kind,
        paymentId: payment.id,
        recipientCode: before.recipientCode,
        paidOn,
        amountKr: krToJson(input.amountKr),
        payerReference: input.payerReference,
        paidKr: krToJson(after.paidKr),
        state: after.state,
      },
    });
    return after;
  });
}
