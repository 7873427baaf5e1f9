// What the internals scan (e2e/internals-scan.test.ts) counts as an internal in the UI's visible
// text, and the route pattern it dedupes pages by: pure rules, tested in e2e/internals.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REFERENCE_DIR = fileURLToPath(new URL('../reference', import.meta.url));

/** The route a URL is an instance of: ids, kommunkoder and receipt references become placeholders. */
export function routePattern(url: URL): string {
  const pathName = url.pathname
    .split('/')
    .map((segment) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment)
        ? ':id'
        : /^\d{2,4}$/.test(segment)
          ? ':code'
          : /^KV-\d+-\d$/.test(segment)
            ? ':reference'
            : segment,
    )
    .join('/');
  const keys = [...new Set(url.searchParams.keys())].sort();
  return keys.length > 0 ? `${pathName}?${keys.join('&')}` : pathName;
}

function codesIn(file: string, column: number): string[] {
  const [, ...lines] = readFileSync(path.join(REFERENCE_DIR, file), 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => line.split(',')[column] ?? '');
}
/** Kommunkoder and länskoder are identifiers people know, shown without grouping. */
export const CODES = new Set([...codesIn('municipalities.csv', 0), ...codesIn('regions.csv', 0)]);

/**
 * English words for states and values that the Swedish UI must say in Swedish. ("sent" is left
 * out: it is Swedish for late.)
 */
const ENGLISH_STATE_WORDS = [
  'draft',
  'submitted',
  'issued',
  'approved',
  'rejected',
  'pending',
  'published',
  'closed',
  'open',
  'signed',
  'unsigned',
  'paid',
  'unpaid',
  'cancelled',
  'canceled',
  'withdrawn',
  'corrected',
  'superseded',
  'active',
  'inactive',
  'overdue',
  'waived',
  'settled',
  'returned',
  'fully',
  'partially',
  'unused',
  'none',
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'Invalid',
];
const ENGLISH_STATE = new RegExp(
  `(?<![\\p{L}\\d_.@/-])(${ENGLISH_STATE_WORDS.join('|')})(?![\\p{L}\\d_@-])`,
  'giu',
);

/** Words that look like camelCase but are names (Freja eID, the e-legitimation). */
const CAMEL_CASE_NAMES = new Set(['eID', 'BankID', 'iOS']);

export interface Offence {
  kind: string;
  text: string;
}

/** Words before a number, or a column header over it, that make it a reference, not an amount. */
const REFERENCE = /(OCR|referens|nummer|nr|bankgiro|plusgiro|diarienummer|dnr)\b[^\d]{0,3}$/i;

/**
 * The internals in one piece of visible text; `header` is its table column's header, if any (an
 * OCR column holds references, not amounts).
 */
export function internalsIn(text: string, header = ''): Offence[] {
  const found: Offence[] = [];
  const add = (kind: string, match: string) => found.push({ kind, text: match });
  // Addresses and file names are not field paths; leave them out before looking for paths.
  const words = text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/[\p{L}\d_-]+\.(csv|xlsx|pdf|json|jsonl|txt|sha256|se|com|org|nu)\b/giu, ' ');
  for (const match of words.matchAll(
    /(?<![\p{L}\d.])[A-Za-z][A-Za-z\d]*(_[A-Za-z\d]+)+(?![\p{L}\d])/gu,
  ))
    add('snake_case', match[0]);
  for (const match of words.matchAll(/(?<![\p{L}\d.])[A-Za-z_][\w]*(\.[\w]+)+(?![\p{L}\d])/gu)) {
    const segments = match[0].split('.');
    // Abbreviations (t.ex., bl.a., s.k.) have short segments; a path has a word or index in each.
    if (segments.some((s) => /[a-z][A-Z]|_|^\d+$/.test(s)) || segments.every((s) => s.length >= 3))
      add('field path', match[0]);
  }
  for (const match of words.matchAll(/(?<![\p{L}\d_.])[a-z]+[A-Z][A-Za-z\d]*(?![\p{L}\d_])/gu))
    if (!CAMEL_CASE_NAMES.has(match[0])) add('camelCase', match[0]);
  for (const match of text.matchAll(ENGLISH_STATE)) add('English word', match[0]);
  for (const match of text.matchAll(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi,
  ))
    add('raw id', match[0]);
  // Whole numbers of four digits or more without the Swedish grouping; not years, codes, dates,
  // times or references (S2018/00000, KV-123-4, 212000-0142, 08-508 290 00).
  for (const match of text.matchAll(
    /(?<![\p{L}\d\-/:.,])\d{4,}(?:,\d+)?(?![\p{L}\d\-/:]|[.,]\d)/gu,
  )) {
    const number = match[0];
    if (/^\d{4}$/.test(number) && (CODES.has(number) || (+number >= 1900 && +number <= 2100)))
      continue;
    const before = text.slice(0, match.index);
    if (REFERENCE.test(before) || (before.trim() === '' && REFERENCE.test(header))) continue;
    add('unformatted number', number);
  }
  // Fractions printed to more decimals than anyone reads (0,276474).
  for (const match of text.matchAll(/(?<![\d,.])\d+[,.]\d{4,}(?![\d])/g))
    add('unformatted number', match[0]);
  return found;
}
