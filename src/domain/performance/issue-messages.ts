import {
  describeIssueLocation,
  describeIssueMessage,
  type Issue,
  type IssueMessage,
  paramText,
} from '../issues';
import type { Locale } from '../money';

/**
 * The issue codes of performance-based grants (expressions, model, figures, calculation), with
 * their Swedish and English sentences. Codes shared with other imports (`cell.missing`,
 * `recipient.duplicate`, `table.missing_column`, `model.*` from the schema) live in `issues.ts`.
 * Expression codes carry `position`, the 1-based character of the expression.
 */
export const PERFORMANCE_ISSUE_MESSAGES = {
  // ---- expressions (conditions[i].expression) -----------------------------------------------
  /** A character that is not part of the language. Params: position, character. */
  'expression.unexpected_character': {
    sv: (p) =>
      `Tecken ${paramText(p, 'position')}: "${paramText(p, 'character')}" kan inte stå i ett villkor.`,
    en: (p) =>
      `Character ${paramText(p, 'position')}: "${paramText(p, 'character')}" cannot be used in a condition.`,
  },
  /** Letters directly after a number other than pp ("17 procent"). Params: position, unit. */
  'expression.unknown_unit': {
    sv: (p) =>
      `Tecken ${paramText(p, 'position')}: okänd enhet "${paramText(p, 'unit')}" efter talet; skriv % för procent eller pp för procentenheter.`,
    en: (p) =>
      `Character ${paramText(p, 'position')}: unknown unit "${paramText(p, 'unit')}" after the number; write % for per cent or pp for percentage points.`,
  },
  /** Text left over after a complete expression. Params: position, token. */
  'expression.unexpected_token': {
    sv: (p) =>
      `Tecken ${paramText(p, 'position')}: ${paramText(p, 'token')} oväntat; villkoret är redan fullständigt. Saknas and/or?`,
    en: (p) =>
      `Character ${paramText(p, 'position')}: unexpected ${paramText(p, 'token')}; the condition is already complete. Is an and/or missing?`,
  },
  /** A specific word or sign was needed. Params: position, expected, token. */
  'expression.expected': {
    sv: (p) =>
      `Tecken ${paramText(p, 'position')}: ${paramText(p, 'expected')} förväntades men här står ${paramText(p, 'token')}.`,
    en: (p) =>
      `Character ${paramText(p, 'position')}: ${paramText(p, 'expected')} expected but found ${paramText(p, 'token')}.`,
  },
  /** A number, figure, function or parenthesis was needed. Params: position, token. */
  'expression.expected_value': {
    sv: (p) =>
      `Tecken ${paramText(p, 'position')}: ett tal, en uppgift eller en funktion förväntades men här står ${paramText(p, 'token')}.`,
    en: (p) =>
      `Character ${paramText(p, 'position')}: a number, figure or function expected but found ${paramText(p, 'token')}.`,
  },
  /** A condition (true/false) where a number is needed: "a and b + 1". Params: position. */
  'expression.expects_number': {
    sv: (p) => `Tecken ${paramText(p, 'position')}: här behövs ett tal, inte ett villkor.`,
    en: (p) => `Character ${paramText(p, 'position')}: a number is needed here, not a condition.`,
  },
  /** A number where a condition is needed: "share(a, b)" alone, or "a and 3". Params: position. */
  'expression.expects_condition': {
    sv: (p) =>
      `Tecken ${paramText(p, 'position')}: här behövs ett villkor (en jämförelse som <= eller >=), inte ett tal.`,
    en: (p) =>
      `Character ${paramText(p, 'position')}: a condition (a comparison such as <= or >=) is needed here, not a number.`,
  },
  /** "a < b < c". Params: position. */
  'expression.chained_comparison': {
    sv: (p) =>
      `Tecken ${paramText(p, 'position')}: två jämförelser i rad; skriv "a < b and b < c".`,
    en: (p) =>
      `Character ${paramText(p, 'position')}: two comparisons in a row; write "a < b and b < c".`,
  },
  /** A name that is not a figure of the model. Params: position, name, known. */
  'expression.unknown_figure': {
    sv: (p) =>
      `Tecken ${paramText(p, 'position')}: "${paramText(p, 'name')}" är ingen uppgift i modellen (uppgifterna är ${paramText(p, 'known')}).`,
    en: (p) =>
      `Character ${paramText(p, 'position')}: "${paramText(p, 'name')}" is not a figure of the model (the figures are ${paramText(p, 'known')}).`,
  },
  /** A call of a function the language does not have. Params: position, name, known. */
  'expression.unknown_function': {
    sv: (p) =>
      `Tecken ${paramText(p, 'position')}: funktionen "${paramText(p, 'name')}" finns inte (använd ${paramText(p, 'known')}).`,
    en: (p) =>
      `Character ${paramText(p, 'position')}: there is no function "${paramText(p, 'name')}" (use ${paramText(p, 'known')}).`,
  },
  /** Wrong number of arguments. Params: position, name, expected, actual. */
  'expression.argument_count': {
    sv: (p) =>
      `Tecken ${paramText(p, 'position')}: ${paramText(p, 'name')} tar ${paramText(p, 'expected')} argument, inte ${paramText(p, 'actual')}.`,
    en: (p) =>
      `Character ${paramText(p, 'position')}: ${paramText(p, 'name')} takes ${paramText(p, 'expected')} arguments, not ${paramText(p, 'actual')}.`,
  },
  /** "if … then 3pp else a > b": one branch a number, the other a condition. Params: position. */
  'expression.branch_types_differ': {
    sv: (p) =>
      `Tecken ${paramText(p, 'position')}: then- och else-delen måste båda vara tal eller båda villkor.`,
    en: (p) =>
      `Character ${paramText(p, 'position')}: the then and else parts must both be numbers or both conditions.`,
  },
  // ---- model --------------------------------------------------------------------------------
  /** Two entries of one list share an id or name. Params: id. */
  'performance.duplicate_id': {
    sv: (p) => `"${paramText(p, 'id')}" används två gånger.`,
    en: (p) => `"${paramText(p, 'id')}" is used twice.`,
  },
  /** A figure refers to a measurement point the model does not list. Params: id. */
  'performance.unknown_measurement_point': {
    sv: (p) => `Mättillfället "${paramText(p, 'id')}" finns inte i measurement_points.`,
    en: (p) => `The measurement point "${paramText(p, 'id')}" is not in measurement_points.`,
  },
  /** A pool refers to a condition the model does not list. Params: id. */
  'performance.unknown_condition': {
    sv: (p) => `Villkoret "${paramText(p, 'id')}" finns inte i conditions.`,
    en: (p) => `The condition "${paramText(p, 'id')}" is not in conditions.`,
  },
  /** The pools' fractions do not add up to exactly 1. Params: sum. */
  'performance.fractions_do_not_sum': {
    sv: (p) => `Potternas andelar summerar till ${paramText(p, 'sum')}, inte exakt 1.`,
    en: (p) => `The pools' fractions add up to ${paramText(p, 'sum')}, not exactly 1.`,
  },
  /** A figure's min is above its max. Params: min, max. */
  'performance.invalid_range': {
    sv: (p) =>
      `Minsta värdet ${paramText(p, 'min')} är större än högsta värdet ${paramText(p, 'max')}.`,
    en: (p) =>
      `The minimum ${paramText(p, 'min')} is greater than the maximum ${paramText(p, 'max')}.`,
  },
  /** A figure name that is a word of the expression language. Params: name. */
  'performance.reserved_name': {
    sv: (p) =>
      `"${paramText(p, 'name')}" är ett reserverat ord i villkoren och kan inte vara en uppgift.`,
    en: (p) =>
      `"${paramText(p, 'name')}" is a reserved word of the conditions and cannot name a figure.`,
  },
  /** A figure name or id that is not letters, digits and _. Params: value. */
  'performance.invalid_name': {
    sv: (p) =>
      `"${paramText(p, 'value')}" är inget giltigt namn (bokstäver a–z, siffror och _, först en bokstav).`,
    en: (p) =>
      `"${paramText(p, 'value')}" is not a valid name (letters a–z, digits and _, starting with a letter).`,
  },
  /** A date that is not a real YYYY-MM-DD date. Params: value. */
  'performance.invalid_date': {
    sv: (p) => `"${paramText(p, 'value')}" är inget datum på formen ÅÅÅÅ-MM-DD.`,
    en: (p) => `"${paramText(p, 'value')}" is not a date of the form YYYY-MM-DD.`,
  },
  /** A bound that is not an exact number. Params: value. */
  'performance.invalid_number': {
    sv: (p) =>
      `"${paramText(p, 'value')}" är inget exakt tal (till exempel "0", "0.5" eller "1/3").`,
    en: (p) =>
      `"${paramText(p, 'value')}" is not an exact number (for example "0", "0.5" or "1/3").`,
  },
  // ---- figures and key files ----------------------------------------------------------------
  /** A whole number was required. Params: value, figure. */
  'performance.not_integer': {
    sv: (p) =>
      `"${paramText(p, 'value')}" är inget heltal; ${paramText(p, 'figure')} ska vara ett heltal.`,
    en: (p) =>
      `"${paramText(p, 'value')}" is not a whole number; ${paramText(p, 'figure')} must be one.`,
  },
  /** A value outside the figure's allowed range. Params: value, figure, min, max (empty = none). */
  'performance.out_of_range': {
    sv: (p) =>
      `${paramText(p, 'value')} ligger utanför det tillåtna intervallet för ${paramText(p, 'figure')} (${paramText(p, 'min') || '−∞'} till ${paramText(p, 'max') || '∞'}).`,
    en: (p) =>
      `${paramText(p, 'value')} is outside the allowed range of ${paramText(p, 'figure')} (${paramText(p, 'min') || '−∞'} to ${paramText(p, 'max') || '∞'}).`,
  },
  /** A figures row for a recipient the key does not list. Params: code. */
  'performance.recipient_not_in_key': {
    sv: (p) => `Mottagaren ${paramText(p, 'code')} finns inte i fördelningsnyckeln.`,
    en: (p) => `The recipient ${paramText(p, 'code')} is not in the allocation key.`,
  },
  // ---- calculation --------------------------------------------------------------------------
  /** Nobody qualifies for any pool, so the grant cannot be allocated. Params: totalKr. */
  'performance.no_qualifiers': {
    sv: () => 'Ingen mottagare uppfyller något villkor, så inget kan fördelas.',
    en: () => 'No recipient meets any condition, so nothing can be allocated.',
  },
} satisfies Record<string, IssueMessage>;

export type PerformanceIssueCode = keyof typeof PERFORMANCE_ISSUE_MESSAGES;

function isPerformanceIssueCode(code: string): code is PerformanceIssueCode {
  return Object.hasOwn(PERFORMANCE_ISSUE_MESSAGES, code);
}

/** The sentence of a performance issue, or of any shared code, without its location. */
export function describePerformanceIssueMessage(
  issue: Pick<Issue, 'code' | 'params'>,
  locale: Locale,
): string {
  if (isPerformanceIssueCode(issue.code))
    return PERFORMANCE_ISSUE_MESSAGES[issue.code][locale](issue.params);
  return describeIssueMessage(issue, locale);
}

/** Where, then what: "model.json, fält conditions[1].expression: Tecken 12: …". */
export function describePerformanceIssue(issue: Issue, locale: Locale): string {
  const location = describeIssueLocation(issue, locale);
  const message = describePerformanceIssueMessage(issue, locale);
  return location === '' ? message : `${location}: ${message}`;
}
