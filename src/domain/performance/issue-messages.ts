import {
  describeIssueLocation,
  describeIssueMessage,
  type Issue,
  type IssueParams,
} from '../issues';
import type { Locale } from '../money';

interface IssueMessage {
  sv: (params: IssueParams) => string;
  en: (params: IssueParams) => string;
}

function text(params: IssueParams, key: string): string {
  return String(params[key] ?? '');
}

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
      `Tecken ${text(p, 'position')}: "${text(p, 'character')}" kan inte stå i ett villkor.`,
    en: (p) =>
      `Character ${text(p, 'position')}: "${text(p, 'character')}" cannot be used in a condition.`,
  },
  /** Letters directly after a number other than pp ("17 procent"). Params: position, unit. */
  'expression.unknown_unit': {
    sv: (p) =>
      `Tecken ${text(p, 'position')}: okänd enhet "${text(p, 'unit')}" efter talet; skriv % för procent eller pp för procentenheter.`,
    en: (p) =>
      `Character ${text(p, 'position')}: unknown unit "${text(p, 'unit')}" after the number; write % for per cent or pp for percentage points.`,
  },
  /** Text left over after a complete expression. Params: position, token. */
  'expression.unexpected_token': {
    sv: (p) =>
      `Tecken ${text(p, 'position')}: ${text(p, 'token')} oväntat; villkoret är redan fullständigt. Saknas and/or?`,
    en: (p) =>
      `Character ${text(p, 'position')}: unexpected ${text(p, 'token')}; the condition is already complete. Is an and/or missing?`,
  },
  /** A specific word or sign was needed. Params: position, expected, token. */
  'expression.expected': {
    sv: (p) =>
      `Tecken ${text(p, 'position')}: ${text(p, 'expected')} förväntades men här står ${text(p, 'token')}.`,
    en: (p) =>
      `Character ${text(p, 'position')}: ${text(p, 'expected')} expected but found ${text(p, 'token')}.`,
  },
  /** A number, figure, function or parenthesis was needed. Params: position, token. */
  'expression.expected_value': {
    sv: (p) =>
      `Tecken ${text(p, 'position')}: ett tal, en uppgift eller en funktion förväntades men här står ${text(p, 'token')}.`,
    en: (p) =>
      `Character ${text(p, 'position')}: a number, figure or function expected but found ${text(p, 'token')}.`,
  },
  /** A condition (true/false) where a number is needed: "a and b + 1". Params: position. */
  'expression.expects_number': {
    sv: (p) => `Tecken ${text(p, 'position')}: här behövs ett tal, inte ett villkor.`,
    en: (p) => `Character ${text(p, 'position')}: a number is needed here, not a condition.`,
  },
  /** A number where a condition is needed: "share(a, b)" alone, or "a and 3". Params: position. */
  'expression.expects_condition': {
    sv: (p) =>
      `Tecken ${text(p, 'position')}: här behövs ett villkor (en jämförelse som <= eller >=), inte ett tal.`,
    en: (p) =>
      `Character ${text(p, 'position')}: a condition (a comparison such as <= or >=) is needed here, not a number.`,
  },
  /** "a < b < c". Params: position. */
  'expression.chained_comparison': {
    sv: (p) => `Tecken ${text(p, 'position')}: två jämförelser i rad; skriv "a < b and b < c".`,
    en: (p) =>
      `Character ${text(p, 'position')}: two comparisons in a row; write "a < b and b < c".`,
  },
  /** A name that is not a figure of the model. Params: position, name, known. */
  'expression.unknown_figure': {
    sv: (p) =>
      `Tecken ${text(p, 'position')}: "${text(p, 'name')}" är ingen uppgift i modellen (uppgifterna är ${text(p, 'known')}).`,
    en: (p) =>
      `Character ${text(p, 'position')}: "${text(p, 'name')}" is not a figure of the model (the figures are ${text(p, 'known')}).`,
  },
  /** A call of a function the language does not have. Params: position, name, known. */
  'expression.unknown_function': {
    sv: (p) =>
      `Tecken ${text(p, 'position')}: funktionen "${text(p, 'name')}" finns inte (använd ${text(p, 'known')}).`,
    en: (p) =>
      `Character ${text(p, 'position')}: there is no function "${text(p, 'name')}" (use ${text(p, 'known')}).`,
  },
  /** Wrong number of arguments. Params: position, name, expected, actual. */
  'expression.argument_count': {
    sv: (p) =>
      `Tecken ${text(p, 'position')}: ${text(p, 'name')} tar ${text(p, 'expected')} argument, inte ${text(p, 'actual')}.`,
    en: (p) =>
      `Character ${text(p, 'position')}: ${text(p, 'name')} takes ${text(p, 'expected')} arguments, not ${text(p, 'actual')}.`,
  },
  /** "if … then 3pp else a > b": one branch a number, the other a condition. Params: position. */
  'expression.branch_types_differ': {
    sv: (p) =>
      `Tecken ${text(p, 'position')}: then- och else-delen måste båda vara tal eller båda villkor.`,
    en: (p) =>
      `Character ${text(p, 'position')}: the then and else parts must both be numbers or both conditions.`,
  },
  // ---- model --------------------------------------------------------------------------------
  /** Two entries of one list share an id or name. Params: id. */
  'performance.duplicate_id': {
    sv: (p) => `"${text(p, 'id')}" används två gånger.`,
    en: (p) => `"${text(p, 'id')}" is used twice.`,
  },
  /** A figure refers to a measurement point the model does not list. Params: id. */
  'performance.unknown_measurement_point': {
    sv: (p) => `Mättillfället "${text(p, 'id')}" finns inte i measurement_points.`,
    en: (p) => `The measurement point "${text(p, 'id')}" is not in measurement_points.`,
  },
  /** A pool refers to a condition the model does not list. Params: id. */
  'performance.unknown_condition': {
    sv: (p) => `Villkoret "${text(p, 'id')}" finns inte i conditions.`,
    en: (p) => `The condition "${text(p, 'id')}" is not in conditions.`,
  },
  /** The pools' fractions do not add up to exactly 1. Params: sum. */
  'performance.fractions_do_not_sum': {
    sv: (p) => `Potternas andelar summerar till ${text(p, 'sum')}, inte exakt 1.`,
    en: (p) => `The pools' fractions add up to ${text(p, 'sum')}, not exactly 1.`,
  },
  /** A figure's min is above its max. Params: min, max. */
  'performance.invalid_range': {
    sv: (p) => `Minsta värdet ${text(p, 'min')} är större än högsta värdet ${text(p, 'max')}.`,
    en: (p) => `The minimum ${text(p, 'min')} is greater than the maximum ${text(p, 'max')}.`,
  },
  /** A figure name that is a word of the expression language. Params: name. */
  'performance.reserved_name': {
    sv: (p) =>
      `"${text(p, 'name')}" är ett reserverat ord i villkoren och kan inte vara en uppgift.`,
    en: (p) =>
      `"${text(p, 'name')}" is a reserved word of the conditions and cannot name a figure.`,
  },
  /** A figure name or id that is not letters, digits and _. Params: value. */
  'performance.invalid_name': {
    sv: (p) =>
      `"${text(p, 'value')}" är inget giltigt namn (bokstäver a–z, siffror och _, först en bokstav).`,
    en: (p) =>
      `"${text(p, 'value')}" is not a valid name (letters a–z, digits and _, starting with a letter).`,
  },
  /** A date that is not a real YYYY-MM-DD date. Params: value. */
  'performance.invalid_date': {
    sv: (p) => `"${text(p, 'value')}" är inget datum på formen ÅÅÅÅ-MM-DD.`,
    en: (p) => `"${text(p, 'value')}" is not a date of the form YYYY-MM-DD.`,
  },
  /** A bound that is not an exact number. Params: value. */
  'performance.invalid_number': {
    sv: (p) => `"${text(p, 'value')}" är inget exakt tal (till exempel "0", "0.5" eller "1/3").`,
    en: (p) => `"${text(p, 'value')}" is not an exact number (for example "0", "0.5" or "1/3").`,
  },
  // ---- figures and key files ----------------------------------------------------------------
  /** A whole number was required. Params: value, figure. */
  'performance.not_integer': {
    sv: (p) => `"${text(p, 'value')}" är inget heltal; ${text(p, 'figure')} ska vara ett heltal.`,
    en: (p) => `"${text(p, 'value')}" is not a whole number; ${text(p, 'figure')} must be one.`,
  },
  /** A value outside the figure's allowed range. Params: value, figure, min, max (empty = none). */
  'performance.out_of_range': {
    sv: (p) =>
      `${text(p, 'value')} ligger utanför det tillåtna intervallet för ${text(p, 'figure')} (${text(p, 'min') || '−∞'} till ${text(p, 'max') || '∞'}).`,
    en: (p) =>
      `${text(p, 'value')} is outside the allowed range of ${text(p, 'figure')} (${text(p, 'min') || '−∞'} to ${text(p, 'max') || '∞'}).`,
  },
  /** A figures row for a recipient the key does not list. Params: code. */
  'performance.recipient_not_in_key': {
    sv: (p) => `Mottagaren ${text(p, 'code')} finns inte i fördelningsnyckeln.`,
    en: (p) => `The recipient ${text(p, 'code')} is not in the allocation key.`,
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
