// One recipient's reported figures, checked against the model: THE rules for a figure's value,
// used by the figures table reader (one call per row) and by the web form (one recipient).
import type { IssueParams } from '../issues';
import { compare, isInteger, parseRational, toCanonicalString, type Rational } from '../rational';
import type { FigureDefinition } from './types';

/** What is wrong with one figure's value; the caller says where (a cell, or a form field). */
export interface FigureValueIssue {
  figure: string;
  code:
    'cell.missing' | 'cell.not_a_number' | 'performance.not_integer' | 'performance.out_of_range';
  params: IssueParams;
}

export type FigureValueReading =
  { ok: true; value: Rational | undefined } | { ok: false; issue: FigureValueIssue };

/**
 * Reads one figure's value as written ("1 234", "12,5", "0.25", "1/3"): a number, a whole number
 * for an integer figure, within min/max (inclusive), and present unless the figure is optional
 * (then empty is `undefined`).
 */
export function readFigureValue(figure: FigureDefinition, text: string): FigureValueReading {
  const fail = (code: FigureValueIssue['code'], params: IssueParams): FigureValueReading => ({
    ok: false,
    issue: { figure: figure.name, code, params },
  });
  const parsed = parseRational(text);
  if (!parsed.ok) {
    if (parsed.reason === 'empty' && !figure.required) return { ok: true, value: undefined };
    return fail(parsed.reason === 'empty' ? 'cell.missing' : 'cell.not_a_number', { value: text });
  }
  const value = parsed.value;
  if (figure.type === 'integer' && !isInteger(value))
    return fail('performance.not_integer', { value: text, figure: figure.name });
  const belowMin = figure.min !== undefined && compare(value, figure.min) < 0;
  const aboveMax = figure.max !== undefined && compare(value, figure.max) > 0;
  if (belowMin || aboveMax)
    return fail('performance.out_of_range', {
      value: text,
      figure: figure.name,
      min: figure.min === undefined ? '' : toCanonicalString(figure.min),
      max: figure.max === undefined ? '' : toCanonicalString(figure.max),
    });
  return { ok: true, value };
}

export type FigureValuesReading =
  | { ok: true; values: Map<string, Rational | undefined> }
  | { ok: false; issues: FigureValueIssue[] };

/**
 * Reads every figure of the model from one recipient's texts (by figure name; a figure without
 * a text is empty). Every issue is returned, in the model's order of figures.
 */
export function readFigureValues(
  figures: readonly FigureDefinition[],
  texts: Readonly<Record<string, string | undefined>>,
): FigureValuesReading {
  const values = new Map<string, Rational | undefined>();
  const issues: FigureValueIssue[] = [];
  for (const figure of figures) {
    const reading = readFigureValue(figure, texts[figure.name] ?? '');
    if (reading.ok) values.set(figure.name, reading.value);
    else issues.push(reading.issue);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, values };
}

/**
 * A value as a person writes it: the exact decimal with a dot when it has one ("1234.5"),
 * otherwise the canonical fraction ("1/3"). parseRational reads either back to the same value.
 */
export function figureValueText(value: Rational): string {
  let den = value.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos += 1;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives += 1;
  }
  if (den !== 1n) return toCanonicalString(value);
  const places = Math.max(twos, fives);
  if (places === 0) return value.num.toString();
  const scaled = (value.num * 10n ** BigInt(places)) / value.den;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}
