// Every text that comes in as JSON, a query or a path is checked for control characters before
// its schema: one check for every field, record key and free-form answer, so no route can forget
// it (PostgreSQL refuses U+0000, which used to end in a 500 after the work was done).
import type { Issue } from '../domain/issues';
import { controlCharacterPosition, showingControlCharacters } from '../domain/text';

// Enough to fix a form; a body full of them is refused just the same.
const MAX_ISSUES = 50;

/**
 * One `text.control_character` issue per string value or key that has one, with its path as zod
 * writes it (`contact.name`, `answers.q1`); `prefix` names the part (`querystring.`). Walked with
 * an explicit stack: the body limit bounds the work, and deep nesting cannot overflow the stack.
 */
export function controlCharacterIssues(data: unknown, prefix = ''): Issue[] {
  const issues: Issue[] = [];
  const pending: { value: unknown; path: string[] }[] = [{ value: data, path: [] }];
  const report = (text: string, path: string[]) => {
    const position = controlCharacterPosition(text);
    if (position === undefined) return;
    const where = `${prefix}${path.join('.')}`;
    issues.push({
      code: 'text.control_character',
      params: { position },
      ...(where !== '' && { path: where }),
    });
  };
  while (pending.length > 0 && issues.length < MAX_ISSUES) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') report(value, path);
    else if (Array.isArray(value))
      for (let index = value.length - 1; index >= 0; index--)
        pending.push({ value: value[index], path: [...path, String(index)] });
    else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>).reverse();
      for (const [key, child] of entries) {
        // A key with a control character is reported (its path shown without the character).
        if (controlCharacterPosition(key) !== undefined) {
          report(key, [...path, showingControlCharacters(key)]);
          continue;
        }
        pending.push({ value: child, path: [...path, key] });
      }
    }
  }
  return issues.slice(0, MAX_ISSUES);
}
