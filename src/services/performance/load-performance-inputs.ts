// Loading a performance-based grant's stored set-up back into the domain's types. The stored model
// is the JSON the case officer saved; it is parsed again on every use, so the domain parser stays
// the one place that gives it meaning.
import type { StoredFigureRows, StoredKey } from '../../db/schema';
import type { Executor } from '../../db/client';
import type { GrantRecord } from '../../db/grants';
import {
  findPerformanceSetup,
  listPerformanceResults,
  type PerformanceSetupRecord,
  type ReportedFiguresRecord,
} from '../../db/performance';
import { DomainError } from '../../domain/errors';
import { parsePerformanceModel } from '../../domain/performance/model';
import type { FigureRow, KeyEntry, PerformanceModel } from '../../domain/performance/types';
import { parseRational, toCanonicalString, type Rational } from '../../domain/rational';

/** The key as stored: kronor as digit strings (JSON has no bigint). */
export type KeyJson = StoredKey;
/** Figures as stored: exact rationals as canonical strings, null for an empty optional figure. */
export type FigureRowJson = StoredFigureRows[number];

/** The grant must distribute by performance. */
export function requirePerformanceGrant(grant: GrantRecord): GrantRecord {
  if (grant.distributionMethod !== 'performance')
    throw new DomainError('performance.not_performance_grant', { grantId: grant.id });
  return grant;
}

/** Nothing may change under a published calculation: it is what the decisions rest on. */
export async function requireNoPublishedResult(executor: Executor, grantId: string): Promise<void> {
  const results = await listPerformanceResults(executor, grantId);
  if (results.some((result) => result.status === 'published'))
    throw new DomainError('performance.result_published', { grantId });
}

export function parseStoredModel(json: unknown): PerformanceModel {
  const parsed = parsePerformanceModel(json);
  if (!parsed.ok)
    throw new Error(
      `a stored performance model no longer parses: ${JSON.stringify(parsed.issues)}`,
    );
  return parsed.model;
}

export function requireModel(setup: PerformanceSetupRecord | undefined): PerformanceModel {
  if (setup?.model === null || setup?.model === undefined)
    throw new DomainError('performance.model_missing', {});
  return parseStoredModel(setup.model);
}

export function keyFromJson(json: KeyJson): KeyEntry[] {
  return json.map((entry) => ({
    recipientCode: entry.recipientCode,
    keyKr: BigInt(entry.keyKr),
  }));
}

export function keyToJson(entries: readonly KeyEntry[]): KeyJson {
  return entries.map((entry) => ({
    recipientCode: entry.recipientCode,
    keyKr: entry.keyKr.toString(),
  }));
}

export function requireKey(setup: PerformanceSetupRecord | undefined): KeyEntry[] {
  if (setup?.key === null || setup?.key === undefined)
    throw new DomainError('performance.key_missing', {});
  return keyFromJson(setup.key);
}

function exact(text: string): Rational {
  const parsed = parseRational(text);
  if (!parsed.ok) throw new Error(`a stored figure is not a number: ${JSON.stringify(text)}`);
  return parsed.value;
}

export function figureRowToJson(row: FigureRow): FigureRowJson {
  return {
    recipientCode: row.recipientCode,
    line: row.line ?? 0,
    values: Object.fromEntries(
      [...row.values].map(([name, value]) => [
        name,
        value === undefined ? null : toCanonicalString(value),
      ]),
    ),
  };
}

export function figureRowFromJson(json: FigureRowJson): FigureRow {
  return {
    recipientCode: json.recipientCode,
    line: json.line,
    values: new Map(
      Object.entries(json.values).map(([name, value]) => [
        name,
        value === null ? undefined : exact(value),
      ]),
    ),
  };
}

export function figureRowsFromRecords(records: readonly ReportedFiguresRecord[]): FigureRow[] {
  return records.map((record) =>
    figureRowFromJson({
      recipientCode: record.recipientCode,
      line: record.sourceLine ?? 0,
      values: record.values,
    }),
  );
}

export async function loadSetup(
  executor: Executor,
  grantId: string,
): Promise<PerformanceSetupRecord | undefined> {
  return findPerformanceSetup(executor, grantId);
}
