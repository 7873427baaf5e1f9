// A receivable (fordran): money a recipient owes the agency — a repayment demand on a submitted
// report, or later a clawback decision — and the payments registered against it. Pure: the state
// is computed from the amount, the payments, the due date and "now" (docs/audit-and-clawback.md).
import { deadlinePassed, todayInStockholm, type LocalDate } from '../dates';
import { DomainError } from '../errors';
import { createOcrReference } from '../payments/ocr';

export type ReceivableState = 'open' | 'partly_paid' | 'paid' | 'overdue';

export interface ReceivablePayment {
  amountKr: bigint;
}

export interface ReceivableStatus {
  amountKr: bigint;
  paidKr: bigint;
  outstandingKr: bigint;
  state: ReceivableState;
}

/**
 * Paid, outstanding and state: `paid` once the payments cover the amount; otherwise `overdue`
 * after the due date (the whole due day counts, Europe/Stockholm), `partly_paid` when something
 * was paid, else `open`.
 */
export function receivableStatus(
  amountKr: bigint,
  payments: readonly ReceivablePayment[],
  dueOn: LocalDate,
  now: Date,
): ReceivableStatus {
  const paidKr = payments.reduce((sum, p) => sum + p.amountKr, 0n);
  const outstandingKr = amountKr > paidKr ? amountKr - paidKr : 0n;
  const state: ReceivableState =
    outstandingKr === 0n
      ? 'paid'
      : deadlinePassed(dueOn, now)
        ? 'overdue'
        : paidKr > 0n
          ? 'partly_paid'
          : 'open';
  return { amountKr, paidKr, outstandingKr, state };
}

/**
 * Checks a payment before it is registered. Refused (DomainError): a zero or negative amount
 * (`receivable.amount_not_positive`), a payment date after today in Stockholm
 * (`receivable.paid_on_in_future`), and an overpayment — more than is outstanding
 * (`receivable.overpayment`, params amountKr and outstandingKr): the agency pays back an
 * overpayment outside the system, so it is never recorded as paid.
 */
export function checkPayment(
  status: ReceivableStatus,
  payment: { amountKr: bigint; paidOn: LocalDate },
  now: Date,
): void {
  if (payment.amountKr <= 0n)
    throw new DomainError('receivable.amount_not_positive', {
      amountKr: payment.amountKr.toString(),
    });
  if (payment.paidOn > todayInStockholm(now))
    throw new DomainError('receivable.paid_on_in_future', { paidOn: payment.paidOn });
  if (payment.amountKr > status.outstandingKr)
    throw new DomainError('receivable.overpayment', {
      amountKr: payment.amountKr.toString(),
      outstandingKr: status.outstandingKr.toString(),
    });
}

/**
 * The OCR reference of a clawback: grant year, recipient code (4 digits), a 9 and the clawback's
 * number for the recipient on the grant (2 digits), with a length and a Luhn check digit. One digit
 * longer than a repayment demand's reference (src/domain/reporting/repayment-demand.ts), so the
 * two series never meet.
 * @example clawbackOcrReference(2024, '0114', 1) // '20240114901' + length and check digits
 */
export function clawbackOcrReference(
  grantYear: number,
  recipientCode: string,
  sequence: number,
): string {
  const base = `${grantYear}${recipientCode.padStart(4, '0')}9${String(sequence).padStart(2, '0')}`;
  return createOcrReference(base, { withLengthDigit: true });
}
