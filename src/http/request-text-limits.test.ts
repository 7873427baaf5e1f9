// Every text a request carries has a length limit (docs/decisions/0023), read from the route
// table's own schemas as the OpenAPI document shows them: a new field without `.max()` (or the
// `text(max)` helper) fails here, not in production with a 4 MB name.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { z } from 'zod';
import { allRouteEntries } from '../contracts/routes';

// Open records whose keys the use case checks against what exists, refusing every unknown one
// (422): the figures of the grant's model, the report form's cost categories and questions.
const CHECKED_RECORDS = new Set([
  'PUT /grants/:id/performance/figures/:code body values',
  'PUT /me/grants/:id/figures body values',
  'PUT /grants/:id/reports/:code body economic.costs',
  'PUT /grants/:id/reports/:code body answers',
]);

interface JsonSchema {
  type?: string;
  maxLength?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

function unbounded(schema: JsonSchema, at: string[], found: string[], where: string): void {
  const here = `${where} ${at.join('.')}`.trim();
  const bounded = schema.maxLength !== undefined || schema.enum || schema.format || schema.pattern;
  if (schema.type === 'string' && !bounded) found.push(`${here}: text without a limit`);
  if (schema.type === 'array' && schema.maxItems === undefined)
    found.push(`${here}: list without a limit`);
  const values = schema.additionalProperties;
  if (schema.type === 'object' && typeof values === 'object' && !CHECKED_RECORDS.has(here))
    found.push(`${here}: open record whose keys nothing checks`);
  for (const [key, child] of Object.entries(schema.properties ?? {}))
    unbounded(child, [...at, key], found, where);
  if (schema.items) unbounded(schema.items, [...at, '[]'], found, where);
  if (typeof values === 'object') unbounded(values, [...at, '{}'], found, where);
  if (schema.propertyNames) unbounded(schema.propertyNames, [...at, '<key>'], found, where);
  for (const part of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    unbounded(part, at, found, where);
}

it('gives every text, list and open record of every request a limit', () => {
  const found: string[] = [];
  for (const entry of allRouteEntries) {
    for (const part of ['body', 'querystring'] as const) {
      const schema = entry[part];
      if (!schema) continue;
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      unbounded(json, [], found, `${entry.method} ${entry.path} ${part}`);
    }
  }
  assert.deepEqual(found, []);
});
