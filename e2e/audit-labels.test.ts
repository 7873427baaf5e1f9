// Every audited field and every coded value has a name in Swedish and English: walks the before and
// after schema of every audit action (src/db/audit-snapshots/) the way the history
// (src/web/components/audit-log.tsx) reads an event, so a field added to a snapshot without its
// label (or a place in audit-fields.ts's hidden list) fails here instead of showing as `deadlineOn`.
// No browser: it lives in e2e/ because only here may a test read both db/ and web/.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import { AUDIT_ACTIONS } from '../src/contracts/audit';
import { AUDIT_PAYLOADS } from '../src/db/audit-snapshots';
import {
  auditFamily,
  documentFieldOf,
  fieldLabelKey,
  isHiddenField,
  VALUE_KEYS,
  type AuditFamily,
} from '../src/web/audit-fields';
import { en } from '../src/web/i18n/en';
import { sv } from '../src/web/i18n/sv';

interface Needed {
  /** Field paths the history names. */
  fields: Set<string>;
  /** Coded values by the path the history looks their word up at. */
  values: Map<string, Set<string>>;
}

/** Zod 4's definition of a schema: its kind and the parts the walk needs. */
interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
}
const definitionOf = (schema: z.ZodType) => schema.def as unknown as Definition;

function walk(
  schema: z.ZodType,
  family: AuditFamily,
  path: string,
  needed: Needed,
  inList = false,
): void {
  if (path !== '' && !inList && isHiddenField(family, path)) return;
  const def = definitionOf(schema);
  const field = () => {
    if (!inList && path !== '') needed.fields.add(path);
  };
  const coded = (values: unknown[]) => {
    const strings = values.filter((value): value is string => typeof value === 'string');
    if (strings.length === 0) return;
    const set = needed.values.get(path) ?? new Set<string>();
    for (const value of strings) set.add(value);
    needed.values.set(path, set);
  };
  if (path !== '' && documentFieldOf(family, path) === path) return field();
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {}))
        walk(child, family, path ? `${path}.${key}` : key, needed, inList);
      return;
    case 'nullable':
    case 'optional':
    case 'default':
    case 'readonly':
      return walk(def.innerType!, family, path, needed, inList);
    case 'pipe':
      return walk(def.in!, family, path, needed, inList);
    case 'union':
      for (const option of def.options ?? []) walk(option, family, path, needed, inList);
      return;
    case 'null':
      return;
    case 'array':
      field();
      // A list is named once; only its items' coded values need words of their own.
      return walk(def.element!, family, path, needed, true);
    case 'enum':
      field();
      return coded(Object.values(def.entries ?? {}));
    case 'literal':
      field();
      return coded(def.values ?? []);
    default:
      return field();
  }
}

function neededBy(action: (typeof AUDIT_ACTIONS)[number], family: AuditFamily): Needed {
  const needed: Needed = { fields: new Set(), values: new Map() };
  const payload = AUDIT_PAYLOADS[action];
  walk(payload.before, family, '', needed);
  walk(payload.after, family, '', needed);
  return needed;
}

const dictionaries = { sv, en } as Record<'sv' | 'en', Record<string, string>>;

describe('the labels of audited changes', () => {
  it('puts every audit action in a family', () => {
    const without = AUDIT_ACTIONS.filter((action) => auditFamily(action) === undefined);
    assert.deepEqual(without, []);
  });

  for (const action of AUDIT_ACTIONS) {
    it(`names every field and coded value of ${action} in Swedish and English`, () => {
      const family = auditFamily(action)!;
      const needed = neededBy(action, family);
      const missing: string[] = [];
      for (const [language, texts] of Object.entries(dictionaries)) {
        for (const path of needed.fields) {
          const key = fieldLabelKey(family, path);
          if (!texts[key]?.trim()) missing.push(`${language}: ${key}`);
        }
        for (const [path, values] of needed.values) {
          const keyOf = VALUE_KEYS[family][path];
          for (const value of values) {
            const key = keyOf?.(value);
            if (key === undefined || !texts[key]?.trim())
              missing.push(`${language}: ${path} = ${value} (${key ?? 'no VALUE_KEYS entry'})`);
          }
        }
      }
      assert.deepEqual(missing, []);
    });
  }

  it('finds fields to name (the walk reads the schemas)', () => {
    const grant = neededBy('grant.updated', 'grant');
    assert.ok(grant.fields.has('requisitionDeadlineOn'));
    assert.ok(grant.fields.has('rules.minimumAmountKr'));
    assert.ok(!grant.fields.has('publishedAllocationId'), 'an id is hidden, not named');
    assert.deepEqual([...(grant.values.get('status') ?? [])].sort(), [
      'closed',
      'draft',
      'finished',
      'follow_up',
      'published',
    ]);
    const report = neededBy('report.submitted', 'report');
    assert.deepEqual([...(report.values.get('repayment.outcome') ?? [])].sort(), [
      'fully_used',
      'kept',
      'repay',
      'waived',
    ]);
  });
});
