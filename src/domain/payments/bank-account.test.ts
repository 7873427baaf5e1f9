import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateBankgiro, validatePlusgiro } from './bank-account';
import { describePaymentIssueMessage } from './issue-messages';
import { luhnCheckDigit } from './luhn';

describe('validateBankgiro', () => {
  // 160-9908: Bankgirot's own bankgiro number, printed in its documents. 5402-9681, 297-3675,
  // 640-5070, 902-0033: published in barsoom/banktools-se's tests (from a fund company's page).
  const valid: [string, string][] = [
    ['160-9908', '160-9908'],
    ['1609908', '160-9908'],
    ['5402-9681', '5402-9681'],
    ['54029681', '5402-9681'],
    [' 5402 9681 ', '5402-9681'],
    ['297-3675', '297-3675'],
    ['640-5070', '640-5070'],
    ['902-0033', '902-0033'],
  ];
  for (const [input, normalized] of valid) {
    it(`accepts ${JSON.stringify(input)} as ${normalized}`, () => {
      assert.deepEqual(validateBankgiro(input), { ok: true, value: normalized });
    });
  }
  const invalid: [string, string][] = [
    ['5402-9682', 'bankgiro.check_digit'],
    ['160-9907', 'bankgiro.check_digit'],
    ['902-0034', 'bankgiro.check_digit'],
    ['54-0296', 'bankgiro.invalid_format'],
    ['5402-96810', 'bankgiro.invalid_format'],
    ['54029-681', 'bankgiro.invalid_format'],
    ['5402-968X', 'bankgiro.invalid_format'],
    ['', 'bankgiro.invalid_format'],
  ];
  for (const [input, code] of invalid) {
    it(`refuses ${JSON.stringify(input)} (${code})`, () => {
      assert.deepEqual(validateBankgiro(input), {
        ok: false,
        issue: { code, params: { value: input } },
      });
    });
  }
  it('accepts every 7- and 8-digit number that ends in its Luhn digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{5,6}$/), (payload) => {
        const result = validateBankgiro(`${payload}${luhnCheckDigit(payload)}`);
        assert.ok(result.ok);
        assert.match(result.value, /^\d{3,4}-\d{4}$/);
      }),
    );
  });
});

describe('validatePlusgiro', () => {
  // 28 65 43-4 and 410 54 68-5 (IKEA), 4-2 (Sveriges riksbank), 90 20 03-3 (a 90-account): as
  // published in barsoom/banktools-se's tests. The rest are built with the Luhn digit.
  const valid: [string, string][] = [
    ['28 65 43-4', '28 65 43-4'],
    ['2865434', '28 65 43-4'],
    ['410 54 68-5', '410 54 68-5'],
    ['41054685', '410 54 68-5'],
    ['4-2', '4-2'],
    [' 4 - 2 ', '4-2'],
    ['90 20 03-3', '90 20 03-3'],
    ['12-5', '12-5'],
    ['123-0', '123-0'],
    ['12 34-4', '12 34-4'],
    ['123 45-5', '123 45-5'],
    ['12 34 56-6', '12 34 56-6'],
  ];
  for (const [input, normalized] of valid) {
    it(`accepts ${JSON.stringify(input)} as ${normalized}`, () => {
      assert.deepEqual(validatePlusgiro(input), { ok: true, value: normalized });
    });
  }
  const invalid: [string, string][] = [
    ['410 54 68-6', 'plusgiro.check_digit'],
    ['90 20 03-4', 'plusgiro.check_digit'],
    ['12 34 56-7', 'plusgiro.check_digit'],
    ['1', 'plusgiro.invalid_format'],
    ['410 54 68-51', 'plusgiro.invalid_format'],
    ['410 54 68-5X', 'plusgiro.invalid_format'],
    ['41-054-685', 'plusgiro.invalid_format'],
    ['', 'plusgiro.invalid_format'],
  ];
  for (const [input, code] of invalid) {
    it(`refuses ${JSON.stringify(input)} (${code})`, () => {
      assert.deepEqual(validatePlusgiro(input), {
        ok: false,
        issue: { code, params: { value: input } },
      });
    });
  }
  it('prints every valid number as pairs from the right with the check digit after a hyphen', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,7}$/), (payload) => {
        const digits = `${payload}${luhnCheckDigit(payload)}`;
        const result = validatePlusgiro(digits);
        assert.ok(result.ok);
        assert.match(result.value, /^(\d{1,3}( \d\d)*)-\d$/);
        assert.equal(result.value.replace(/[ -]/g, ''), digits);
        assert.deepEqual(validatePlusgiro(result.value), result);
      }),
    );
  });
  it('says what is wrong in Swedish', () => {
    const result = validatePlusgiro('410 54 68-6');
    assert.ok(!result.ok);
    assert.equal(
      describePaymentIssueMessage(result.issue, 'sv'),
      'Kontrollsiffran i plusgironumret "410 54 68-6" stämmer inte.',
    );
  });
});
