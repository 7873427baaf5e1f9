import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError } from '../errors';
import { hasValidLuhnCheckDigit, luhnCheckDigit } from './luhn';
import { createOcrReference, isValidOcrReference, validateOcrReference } from './ocr';
import { describePaymentIssueMessage } from './issue-messages';

const plain = { withLengthDigit: false };
const withLength = { withLengthDigit: true };

describe('luhnCheckDigit', () => {
  // Published numbers whose last digit is their check digit: Bankgirot's own bankgiro number
  // (printed in its documents), 5402-9681 and the OCR examples of barsoom/banktools-se (BG6070).
  const cases: [string, number][] = [
    ['160990', 8],
    ['5402968', 1],
    ['123', 0],
    ['1235', 1],
    ['12345678902', 3],
    ['0', 0],
    ['9', 1],
    ['7992739871', 3], // the classic Luhn example (Wikipedia): 79927398713
  ];
  for (const [payload, digit] of cases) {
    it(`is ${digit} for ${payload}`, () => {
      assert.equal(luhnCheckDigit(payload), digit);
      assert.ok(hasValidLuhnCheckDigit(`${payload}${digit}`));
    });
  }
  it('refuses anything but digits', () => {
    assert.throws(() => luhnCheckDigit('12a'), RangeError);
    assert.throws(() => luhnCheckDigit(''), RangeError);
    assert.equal(hasValidLuhnCheckDigit('1'), false);
  });
});

describe('createOcrReference', () => {
  // The first four are published (barsoom/banktools-se, BG6070 5.2); the rest were computed here
  // and cross-checked with an independent Luhn written in Python.
  const cases: [string | bigint, boolean, string][] = [
    ['123', false, '1230'],
    [123n, false, '1230'],
    ['123', true, '12351'],
    ['1234567890', true, '123456789023'],
    ['0042', false, '00422'],
    ['20250001', true, '2025000106'],
    ['12345678901234567890123', true, '1234567890123456789012357'],
  ];
  for (const [base, length, expected] of cases) {
    it(`makes ${expected} of ${String(base)}${length ? ' with a length digit' : ''}`, () => {
      const options = { withLengthDigit: length };
      assert.equal(createOcrReference(base, options), expected);
      assert.ok(isValidOcrReference(expected, options));
    });
  }
  it('refuses a base that is not digits or would give more than 25 digits', () => {
    for (const [base, options] of [
      ['12a', plain],
      ['', plain],
      [-5n, plain],
      ['1'.repeat(25), plain],
      ['1'.repeat(24), withLength],
    ] as const) {
      assert.throws(
        () => createOcrReference(base, options),
        (error) => error instanceof DomainError && error.code === 'ocr.invalid_base',
      );
    }
    assert.equal(createOcrReference('1'.repeat(24), plain).length, 25);
  });
});

describe('validateOcrReference (hard check)', () => {
  const cases: [string, boolean, string | undefined][] = [
    ['1230', false, undefined],
    ['1231', false, 'ocr.check_digit'],
    ['12351', true, undefined],
    ['123456789023', true, undefined],
    ['12369', true, 'ocr.length_digit'], // valid check digit, but 5 digits, not 6
    ['12369', false, undefined], // the same reference passes without the length check
    ['1234 5678 9023', true, undefined],
    ['00', false, undefined],
    ['0', false, 'ocr.invalid_format'],
    ['00', true, 'ocr.invalid_format'],
    ['12-30', false, 'ocr.invalid_format'],
    ['1'.repeat(26), false, 'ocr.invalid_format'],
  ];
  for (const [text, length, code] of cases) {
    it(`${code ? `refuses (${code})` : 'accepts'} ${JSON.stringify(text)}${length ? ' with the length digit' : ''}`, () => {
      const result = validateOcrReference(text, { withLengthDigit: length });
      if (code === undefined) assert.deepEqual(result, { ok: true, value: text.replace(/ /g, '') });
      else assert.equal(result.ok ? undefined : result.issue.code, code);
    });
  }

  it('explains a wrong length digit in Swedish and English', () => {
    const result = validateOcrReference('12369', withLength);
    assert.ok(!result.ok);
    assert.equal(
      describePaymentIssueMessage(result.issue, 'sv'),
      'Längdsiffran i OCR-referensnumret "12369" stämmer inte (ska vara 5).',
    );
    assert.equal(
      describePaymentIssueMessage(result.issue, 'en'),
      'The length digit of the OCR reference "12369" is wrong (it should be 5).',
    );
  });

  const bases = fc.stringMatching(/^\d{1,20}$/);
  it('accepts every reference it creates, with and without the length digit', () => {
    fc.assert(
      fc.property(bases, fc.boolean(), (base, length) => {
        const options = { withLengthDigit: length };
        const reference = createOcrReference(base, options);
        assert.ok(reference.startsWith(base));
        assert.ok(isValidOcrReference(reference, options));
      }),
    );
  });
  it('catches every single wrong digit', () => {
    fc.assert(
      fc.property(bases, fc.nat(), fc.integer({ min: 1, max: 9 }), (base, at, shift) => {
        const reference = createOcrReference(base, plain);
        const index = at % reference.length;
        const digit = (Number(reference[index]) + shift) % 10;
        const typo = reference.slice(0, index) + String(digit) + reference.slice(index + 1);
        assert.equal(isValidOcrReference(typo, plain), false);
      }),
    );
  });
  it('catches swapped neighbours except 0 and 9 (a known blind spot of Luhn)', () => {
    fc.assert(
      fc.property(bases, fc.nat(), (base, at) => {
        const reference = createOcrReference(base, plain);
        const index = at % (reference.length - 1);
        const [a = '', b = ''] = [reference[index], reference[index + 1]];
        fc.pre(a !== b && `${a}${b}` !== '09' && `${a}${b}` !== '90');
        const swapped = reference.slice(0, index) + b + a + reference.slice(index + 2);
        assert.equal(isValidOcrReference(swapped, plain), false);
      }),
    );
  });
});
