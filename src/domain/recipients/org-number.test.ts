import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateOrgNumber } from './org-number';

describe('validateOrgNumber', () => {
  const valid: [string, string][] = [
    ['212000-0142', '212000-0142'],
    ['2120000142', '212000-0142'],
    [' 559999-0016 ', '559999-0016'],
    ['559999-0024', '559999-0024'],
  ];
  for (const [input, normalized] of valid) {
    it(`accepts ${JSON.stringify(input)} as ${normalized}`, () => {
      assert.deepEqual(validateOrgNumber(input), { ok: true, value: normalized });
    });
  }
  const invalid: [string, string][] = [
    ['212000-0143', 'org_number.check_digit'],
    ['2120000141', 'org_number.check_digit'],
    ['212000 0142', 'org_number.invalid_format'],
    ['21200-00142', 'org_number.invalid_format'],
    ['16212000-0142', 'org_number.invalid_format'],
    ['abcdef-ghij', 'org_number.invalid_format'],
    ['', 'org_number.invalid_format'],
  ];
  for (const [input, code] of invalid) {
    it(`refuses ${JSON.stringify(input)} (${code})`, () => {
      assert.deepEqual(validateOrgNumber(input), { ok: false, code });
    });
  }
});
