import type { PerformanceIssueCode } from '../issue-messages';
import { rational, type Rational } from '../../rational';

/**
 * The words of a condition expression (docs/performance-model.md, "Expressions"). Positions are
 * 0-based offsets into the expression text; messages show them 1-based as "column".
 */
export type Token =
  | { kind: 'number'; value: Rational; text: string; start: number; end: number }
  | { kind: 'name'; text: string; start: number; end: number }
  | { kind: 'keyword'; text: Keyword; start: number; end: number }
  | { kind: 'operator'; text: Operator; start: number; end: number }
  | { kind: 'end'; text: ''; start: number; end: number };

export const KEYWORDS = ['and', 'or', 'not', 'if', 'then', 'else', 'true', 'false'] as const;
export type Keyword = (typeof KEYWORDS)[number];

export type Operator =
  '+' | '-' | '*' | '/' | '(' | ')' | ',' | '<' | '<=' | '>' | '>=' | '=' | '!=';

/** A problem found while reading an expression, at a 0-based offset of the text. */
export class ExpressionSyntaxError extends Error {
  readonly position: number;
  readonly code: PerformanceIssueCode;
  readonly params: Record<string, string | number>;

  constructor(
    code: PerformanceIssueCode,
    position: number,
    params: Record<string, string | number> = {},
  ) {
    super(`${code} at ${position + 1} ${JSON.stringify(params)}`);
    this.name = 'ExpressionSyntaxError';
    this.code = code;
    this.position = position;
    this.params = params;
  }
}

// Every spelling of an operator, including the typographic forms a case officer may paste from a
// Word document or a report (− × ≤ ≥ ≠) and the programmer's == and <>.
const OPERATORS: Record<string, Operator> = {
  '+': '+',
  '-': '-',
  '\u2212': '-',
  '*': '*',
  '\u00d7': '*',
  '/': '/',
  '(': '(',
  ')': ')',
  ',': ',',
  '<': '<',
  '<=': '<=',
  '\u2264': '<=',
  '>': '>',
  '>=': '>=',
  '\u2265': '>=',
  '=': '=',
  '==': '=',
  '!=': '!=',
  '<>': '!=',
  '\u2260': '!=',
};

const NUMBER = /\d+(?:\.\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s+/y;

function isKeyword(text: string): text is Keyword {
  return (KEYWORDS as readonly string[]).includes(text);
}

function matchAt(pattern: RegExp, text: string, position: number): string | undefined {
  pattern.lastIndex = position;
  return pattern.exec(text)?.[0];
}

/**
 * "17.5" → 35/2, exactly: digits over a power of ten. A "%" after the number divides by 100, and
 * so does the word "pp" (percentage points, for differences of shares): `17%` = 17/100, `3pp` =
 * 3/100. A space may come between (Swedish typography writes "17 %"). Any other word right after
 * a number is an unknown unit: "17 procent" must not silently mean 17.
 */
function readNumber(text: string, start: number, digits: string): Token {
  const [whole = '', decimals = ''] = digits.split('.');
  let value = rational(BigInt(whole + decimals), 10n ** BigInt(decimals.length));
  const numberEnd = start + digits.length;
  const unitStart = numberEnd + (matchAt(SPACE, text, numberEnd)?.length ?? 0);
  const word = matchAt(NAME, text, unitStart);
  let end = numberEnd;
  if (text[unitStart] === '%' || word === 'pp') {
    value = rational(value.num, value.den * 100n);
    end = unitStart + (word === 'pp' ? 2 : 1);
  } else if (word !== undefined && !isKeyword(word)) {
    throw new ExpressionSyntaxError('expression.unknown_unit', unitStart, { unit: word });
  }
  return { kind: 'number', value, text: text.slice(start, end), start, end };
}

/** Splits an expression into tokens, ending with one `end` token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const space = matchAt(SPACE, text, position);
    if (space !== undefined) {
      position += space.length;
      continue;
    }
    const digits = matchAt(NUMBER, text, position);
    if (digits !== undefined) {
      const token = readNumber(text, position, digits);
      tokens.push(token);
      position = token.end;
      continue;
    }
    const name = matchAt(NAME, text, position);
    if (name !== undefined) {
      const end = position + name.length;
      tokens.push(
        isKeyword(name)
          ? { kind: 'keyword', text: name, start: position, end }
          : { kind: 'name', text: name, start: position, end },
      );
      position = end;
      continue;
    }
    const pair = text.slice(position, position + 2);
    const operatorText = Object.hasOwn(OPERATORS, pair) ? pair : text.charAt(position);
    const operator = OPERATORS[operatorText];
    if (operator === undefined) {
      throw new ExpressionSyntaxError('expression.unexpected_character', position, {
        character: operatorText,
      });
    }
    const end = position + operatorText.length;
    tokens.push({ kind: 'operator', text: operator, start: position, end });
    position = end;
  }
  tokens.push({ kind: 'end', text: '', start: text.length, end: text.length });
  return tokens;
}
