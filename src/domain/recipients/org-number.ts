/**
 * Swedish organisation numbers (organisationsnummer): ten digits, NNNNNN-NNNN, the last a Luhn
 * check digit over the first nine. Municipalities are 212000-xxxx, regions 232100-xxxx.
 */
export type OrgNumberResult =
  | { ok: true; value: string }
  | { ok: false; code: 'org_number.invalid_format' | 'org_number.check_digit' };

const ORG_NUMBER = /^(\d{6})-?(\d{4})$/;

/** Luhn (mod 10) check digit: double every other digit from the left, starting with the first. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let index = 0; index < nineDigits.length; index++) {
    const product = Number(nineDigits[index]) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Accepts NNNNNN-NNNN or ten digits, surrounding spaces ignored; returns the NNNNNN-NNNN form.
 * @example validateOrgNumber("2120000142") // { ok: true, value: "212000-0142" }
 */
export function validateOrgNumber(text: string): OrgNumberResult {
  const match = ORG_NUMBER.exec(text.trim());
  if (!match) return { ok: false, code: 'org_number.invalid_format' };
  const [, first = '', last = ''] = match;
  const digits = first + last;
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9]))
    return { ok: false, code: 'org_number.check_digit' };
  return { ok: true, value: `${first}-${last}` };
}
