import type { PaymentIssueCode } from './issue-messages';
import type { Issue } from '../issues';
import { hasValidLuhnCheckDigit } from './luhn';

/**
 * Bankgiro and plusgiro numbers, where a recipient pays a repayment to (or receives a payout on).
 *
 * Bankgiro: 7 or 8 digits, written NNN-NNNN or NNNN-NNNN; the last digit is a Luhn (mod 10)
 * check digit over the others (Bankgirot). Plusgiro: 2 to 8 digits, the last a Luhn check digit,
 * written in pairs from the right with the check digit after a hyphen: 4-2, 12 34 56-7,
 * 410 54 68-5. Known-valid examples in the tests: Bankgirot's own 160-9908, and bankgiro 5402-9681,
 * 297-3675, 640-5070 and plusgiro 28 65 43-4, 410 54 68-5, 4-2 (Sveriges riksbank) from
 * barsoom/banktools-se's published test data.
 */
export type AccountValidation = { ok: true; value: string } | { ok: false; issue: Issue };

function failure(code: PaymentIssueCode, value: string): AccountValidation {
  return { ok: false, issue: { code, params: { value } } };
}

// Spaces anywhere and at most one hyphen, before the last four digits.
const BANKGIRO = /^(\d{3,4})-?(\d{4})$/;

/**
 * Accepts `5402-9681`, `54029681`, ` 5402 9681 `, `160-9908`; returns NNN-NNNN or NNNN-NNNN.
 * @example validateBankgiro('54029681') // { ok: true, value: '5402-9681' }
 * @example validateBankgiro('5402-9682') // { ok: false, issue: { code: 'bankgiro.check_digit', … } }
 */
export function validateBankgiro(text: string): AccountValidation {
  const match = BANKGIRO.exec(text.replace(/\s+/g, ''));
  if (!match) return failure('bankgiro.invalid_format', text);
  const [, head = '', tail = ''] = match;
  if (!hasValidLuhnCheckDigit(head + tail)) return failure('bankgiro.check_digit', text);
  return { ok: true, value: `${head}-${tail}` };
}

// Spaces anywhere and at most one hyphen, before the check digit.
const PLUSGIRO = /^(\d{1,7})-?(\d)$/;

/** `123456` → `12 34 56`, `1234567` → `123 45 67`: pairs from the right, a lone digit joins the first. */
function groupInPairs(digits: string): string {
  const groups: string[] = [];
  let end = digits.length;
  while (end >= 2) {
    groups.unshift(digits.slice(end - 2, end));
    end -= 2;
  }
  if (end === 1) groups[0] = `${digits[0] ?? ''}${groups[0] ?? ''}`;
  return groups.join(' ');
}

/**
 * Accepts `28 65 43-4`, `2865434`, `4-2`, `410 54 68-5`; returns the printed form.
 * @example validatePlusgiro('2865434') // { ok: true, value: '28 65 43-4' }
 * @example validatePlusgiro('41054685') // { ok: true, value: '410 54 68-5' }
 */
export function validatePlusgiro(text: string): AccountValidation {
  const match = PLUSGIRO.exec(text.replace(/\s+/g, ''));
  if (!match) return failure('plusgiro.invalid_format', text);
  const [, body = '', check = ''] = match;
  if (!hasValidLuhnCheckDigit(body + check)) return failure('plusgiro.check_digit', text);
  return { ok: true, value: `${groupInPairs(body)}-${check}` };
}
