import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRational, rational, toCanonicalString } from '../rational';
import { figureValueText, readFigureValue, readFigureValues } from './figure-values';
import type { FigureDefinition } from './types';

const staff: FigureDefinition = {
  name: 'staff',
  label: 'Staff',
  type: 'integer',
  unit: 'persons',
  measurementPoint: 'now',
  required: true,
  min: rational(0n, 1n),
  max: rational(1000n, 1n),
};
const hours: FigureDefinition = {
  name: 'hours',
  label: 'Hours',
  type: 'decimal',
  unit: 'hours',
  measurementPoint: 'now',
  required: false,
  min: rational(1n, 2n),
};

describe('readFigureValue', () => {
  it('accepts Swedish writing: a decimal comma and spaces between thousands', () => {
    const read = readFigureValue(hours, '1 234,5');
    assert.ok(read.ok);
    assert.equal(read.value && toCanonicalString(read.value), '2469/2');
  });

  it('refuses a decimal for an integer figure, a value out of range, text and a missing value', () => {
    const codes = ['12,5', '1001', '-1', 'tolv', ''].map((text) => {
      const read = readFigureValue(staff, text);
      return read.ok ? 'ok' : read.issue.code;
    });
    assert.deepEqual(codes, [
      'performance.not_integer',
      'performance.out_of_range',
      'performance.out_of_range',
      'cell.not_a_number',
      'cell.missing',
    ]);
  });

  it('includes the bounds: min and max themselves are allowed', () => {
    assert.ok(readFigureValue(staff, '0').ok);
    assert.ok(readFigureValue(staff, '1000').ok);
    assert.ok(readFigureValue(hours, '0,5').ok);
    assert.equal(readFigureValue(hours, '0,49').ok, false);
  });

  it('lets an optional figure be empty', () => {
    const read = readFigureValue(hours, '  ');
    assert.deepEqual(read, { ok: true, value: undefined });
  });
});

describe('readFigureValues', () => {
  it('reports every figure with an issue, in the order of the model', () => {
    const read = readFigureValues([staff, hours], { hours: '0,1' });
    assert.equal(read.ok, false);
    assert.deepEqual(!read.ok && read.issues.map((issue) => [issue.figure, issue.code]), [
      ['staff', 'cell.missing'],
      ['hours', 'performance.out_of_range'],
    ]);
  });
});

describe('figureValueText', () => {
  it('writes a finite decimal with a dot and anything else as a fraction; both read back', () => {
    for (const [text, expected] of [
      ['1234,5', '1234.5'],
      ['-0,05', '-0.05'],
      ['17', '17'],
      ['1/3', '1/3'],
      ['0.125', '0.125'],
    ] as const) {
      const parsed = parseRational(text);
      assert.ok(parsed.ok);
      const written = figureValueText(parsed.value);
      assert.equal(written, expected);
      const again = parseRational(written);
      assert.ok(again.ok);
      assert.equal(toCanonicalString(again.value), toCanonicalString(parsed.value));
    }
  });
});
