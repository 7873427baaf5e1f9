/**
 * What every stored text must be: free of control characters and within its length limit.
 *
 * PostgreSQL cannot store U+0000 in text or jsonb at all (the insert fails, which used to answer
 * 500), and the other C0 control characters are never typed by a person: they come from broken
 * exports or from probing. Tab, line feed and carriage return are text. Every limit is in
 * characters (UTF-16 code units, as JavaScript and zod count them); docs/decisions/0023 lists them.
 */
import type { Issue, IssueMessage, IssueParams } from './issues';

/** The limits of texts people type or upload, by kind (docs/decisions/0023). */
export const TEXT_LIMITS = {
  /** A name of an organisation, a person, a grant: one line. */
  name: 200,
  /** A cell of an uploaded CSV or XLSX table. */
  cell: 1_000,
  /** A reason or a note: a paragraph or two. */
  reason: 2_000,
  /** A free-text answer in a follow-up report. */
  answer: 10_000,
} as const;

// C0 controls except tab (09), line feed (0A) and carriage return (0D).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** The 1-based position of the first control character in `text`, or undefined when it has none. */
export function controlCharacterPosition(text: string): number | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  return match ? match.index + 1 : undefined;
}

export function hasNoControlCharacter(text: string): boolean {
  return !CONTROL_CHARACTER.test(text);
}

/** `text` with every control character shown as `?` (to name a field whose key has one). */
export function showingControlCharacters(text: string): string {
  return text.replace(new RegExp(CONTROL_CHARACTER.source, 'g'), '?');
}

/** The issue of a text (without its location), or undefined when it is fine. */
export function textIssue(
  text: string,
  max: number,
): { code: TextIssueCode; params: IssueParams } | undefined {
  const position = controlCharacterPosition(text);
  if (position !== undefined) return { code: 'text.control_character', params: { position } };
  if (text.length > max) return { code: 'text.too_long', params: { max, length: text.length } };
  return undefined;
}

// No value import from issues.ts: it spreads this catalogue into its own at load time.
const param = (params: IssueParams, key: string) => String(params[key] ?? '');

export const TEXT_ISSUE_MESSAGES = {
  /** A control character (U+0000–U+001F but tab and line breaks). Params: position. */
  'text.control_character': {
    sv: (p) =>
      `Texten innehåller ett otillåtet kontrolltecken (tecken ${param(p, 'position')}). Ta bort det och försök igen.`,
    en: (p) =>
      `The text contains a control character that is not allowed (character ${param(p, 'position')}). Remove it and try again.`,
  },
  /** Longer than its limit. Params: max, length. */
  'text.too_long': {
    sv: (p) =>
      `Texten är för lång: högst ${param(p, 'max')} tecken, den har ${param(p, 'length')}.`,
    en: (p) =>
      `The text is too long: at most ${param(p, 'max')} characters, it has ${param(p, 'length')}.`,
  },
} satisfies Record<string, IssueMessage>;

export type TextIssueCode = keyof typeof TEXT_ISSUE_MESSAGES;

// Enough to fix a form; a body full of them is refused just the same.
const MAX_ISSUES = 50;

/** A place in a walked value: its key and the place that holds it (no path copied per level). */
interface Place {
  key: string;
  parent: Place | undefined;
}

function pathOf(place: Place | undefined): string {
  const keys: string[] = [];
  for (let at = place; at !== undefined; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}

/**
 * One `text.control_character` issue per string value or key that has one, in document order,
 * with its path as zod writes it (`contact.name`, `answers.q1`); `prefix` names the part
 * (`querystring.`). Walked with an explicit stack and parent links: linear in the size of the
 * value however deep it nests (the body limit bounds that), and no recursion to overflow.
 */
export function controlCharacterIssues(data: unknown, prefix = ''): Issue[] {
  const issues: Issue[] = [];
  // `key: true` is a key to check itself, not a value.
  const pending: { value: unknown; place: Place | undefined; key?: true }[] = [
    { value: data, place: undefined },
  ];
  while (pending.length > 0 && issues.length < MAX_ISSUES) {
    const { value, place, key } = pending.pop()!;
    if (typeof value === 'string') {
      const position = controlCharacterPosition(value);
      if (position === undefined) continue;
      // A key with a control character is named with `?` in its place.
      const where = `${prefix}${pathOf(key ? { key: showingControlCharacters(value), parent: place } : place)}`;
      issues.push({
        code: 'text.control_character',
        params: { position },
        ...(where !== '' && { path: where }),
      });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        pending.push({ value: value[index], place: { key: String(index), parent: place } });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [name, child] = entries[index]!;
        if (controlCharacterPosition(name) !== undefined)
          pending.push({ value: name, place, key: true });
        else pending.push({ value: child, place: { key: name, parent: place } });
      }
    }
  }
  return issues;
}
