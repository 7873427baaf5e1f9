// What a submitted report means for repayment: the rule of src/domain/repayment applied to the
// report's received and used amounts, and for a demand its OCR reference and due date.
import { addDays, type LocalDate } from '../dates';
import { createOcrReference } from '../payments/ocr';
import { repaymentOf, type RepaymentRow } from '../repayment/compute-repayments';

export interface RepaymentDemand extends RepaymentRow {
  /** Set for a demand only. */
  ocrReference: string | null;
  dueOn: LocalDate | null;
}

/** Days to pay when the grant names no repayment deadline (our default; docs/reporting.md). */
export const DEFAULT_DAYS_TO_PAY = 30;

/**
 * The OCR reference of a demand: grant year, recipient code (4 digits; a region's 2 padded with
 * 00) and the report's revision (2 digits), with a length digit and a Luhn check digit, so every
 * recipient's demand of a grant year (and a corrected report's new demand) has its own reference.
 * @example demandOcrReference(2024, '0180', 1) // '2024018001' + length and check digits
 */
export function demandOcrReference(grantYear: number, recipientCode: string, revision: number) {
  const base = `${grantYear}${recipientCode.padStart(4, '0')}${String(revision).padStart(2, '0')}`;
  return createOcrReference(base, { withLengthDigit: true });
}

export function repaymentDemand(input: {
  grant: {
    grantYear: number;
    repaymentRequired: boolean;
    waiverThresholdKr: bigint;
    repaymentDeadlineOn: LocalDate | null;
  };
  recipientCode: string;
  revision: number;
  receivedKr: bigint;
  usedKr: bigint;
  submittedOn: LocalDate;
}): RepaymentDemand {
  const row = repaymentOf(
    { recipientCode: input.recipientCode, receivedKr: input.receivedKr, usedKr: input.usedKr },
    {
      repaymentRequired: input.grant.repaymentRequired,
      waiverThresholdKr: input.grant.waiverThresholdKr,
    },
  );
  if (row.outcome !== 'repay') return { ...row, ocrReference: null, dueOn: null };
  return {
    ...row,
    ocrReference: demandOcrReference(input.grant.grantYear, input.recipientCode, input.revision),
    dueOn: input.grant.repaymentDeadlineOn ?? addDays(input.submittedOn, DEFAULT_DAYS_TO_PAY),
  };
}
