/**
 * The Luhn (mod 10) check digit that Bankgirot calls "10-modul" and that bankgiro numbers,
 * plusgiro numbers and OCR references end with.
 *
 * Weights 2, 1, 2, 1 … are applied from the RIGHTMOST digit of the payload (the digit next to
 * the check digit gets 2); a two-digit product counts as the sum of its digits (product − 9).
 * Counting from the right is what makes it work for payloads of any length.
 * (`recipients/org-number.ts` weights from the left, which is the same thing only for its fixed
 * nine-digit payload.)
 * @example luhnCheckDigit('123') // 0, so the OCR reference is "1230"
 * @example luhnCheckDigit('5402968') // 1, so the bankgiro number is 5402-9681
 */
export function luhnCheckDigit(payload: string): number {
  if (!/^\d+$/.test(payload)) throw new RangeError(`"${payload}" is not a string of digits`);
  let sum = 0;
  for (let fromRight = 0; fromRight < payload.length; fromRight++) {
    const digit = Number(payload[payload.length - 1 - fromRight]);
    const product = fromRight % 2 === 0 ? digit * 2 : digit;
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * True when the last digit of `digits` is the Luhn check digit of the others.
 * @example hasValidLuhnCheckDigit('54029681') // true (Bankgiro 5402-9681)
 */
export function hasValidLuhnCheckDigit(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}
