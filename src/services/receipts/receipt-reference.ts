// A receipt's reference: `KV-` + the number of the act's first audit event + a Luhn check digit,
// so it is short, never changes, and a mistyped digit finds no receipt rather than another one.

function luhnDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[digits.length - 1 - index]);
    const weighted = index % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

export function receiptReference(eventId: bigint): string {
  const digits = eventId.toString();
  return `KV-${digits}-${luhnDigit(digits)}`;
}

/** The event number a reference names, or null when it is malformed or its check digit is wrong. */
export function eventIdOfReference(reference: string): bigint | null {
  const match = /^KV-([0-9]{1,18})-([0-9])$/.exec(reference);
  if (!match?.[1] || match[2] === undefined) return null;
  return luhnDigit(match[1]) === Number(match[2]) ? BigInt(match[1]) : null;
}
