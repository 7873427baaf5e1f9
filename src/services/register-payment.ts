// The case officer registers a payment received against an organisation's repayment demand (full
// or partial). Refused: no demand, an overpayment, a non-positive amount, a future date. Audited.
import { appendAuditEvent } from '../db/audit';
import { findLatestReportRepayment, insertReceivablePayment } from '../db/receivables';
import { listReceivablePayments } from '../db/receivables';
import { localDate } from '../domain/dates';
import { DomainError } from '../domain/errors';
import { checkPayment, receivableStatus } from '../domain/receivables/receivable';
import type { ServiceContext } from './context';
import { loadReceivableRows, type ReceivableRow } from './get-receivables';
import { loadReportScope } from './report-scope';

export interface PaymentInput {
  grantId: string;
  recipientCode: string;
  paidOn: string;
  amountKr: bigint;
  payerReference: string;
}

export async function registerPayment(
  ctx: ServiceContext,
  input: PaymentInput,
): Promise<ReceivableRow> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const scope = await loadReportScope(
      ctx,
      tx,
      'receivable.manage',
      input.grantId,
      input.recipientCode,
    );
    const demand = await findLatestReportRepayment(tx, input.grantId, input.recipientCode, {
      forUpdate: true,
    });
    if (!demand || demand.outcome !== 'repay')
      throw new DomainError('receivable.not_found', { recipientCode: input.recipientCode });
    const paid = (await listReceivablePayments(tx, input.grantId)).filter(
      (p) => p.repaymentId === demand.id,
    );
    const before = receivableStatus(demand.toRepayKr, paid, localDate(demand.dueOn!), now);
    const paidOn = localDate(input.paidOn);
    checkPayment(before, { amountKr: input.amountKr, paidOn }, now);
    const payment = await insertReceivablePayment(tx, {
      grantId: input.grantId,
      recipientCode: input.recipientCode,
      repaymentId: demand.id,
      paidOn,
      amountKr: input.amountKr,
      payerReference: input.payerReference,
      createdAt: now,
      createdBy: ctx.actor,
    });
    const row = (await loadReceivableRows(tx, input.grantId, now)).find((r) => r.id === demand.id)!;
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'receivable',
      entityId: demand.id,
      grantId: scope.grant.id,
      action: 'receivable.payment_registered',
      before: { paidKr: before.paidKr.toString(), state: before.state },
      after: {
        paymentId: payment.id,
        recipientCode: input.recipientCode,
        paidOn,
        amountKr: input.amountKr.toString(),
        payerReference: input.payerReference,
        paidKr: row.paidKr.toString(),
        state: row.state,
      },
    });
    return row;
  });
}
