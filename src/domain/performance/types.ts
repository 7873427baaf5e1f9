import type { Rational } from '../rational';
import type { Expression } from './expression/parse';

/**
 * A performance-based grant ("prestationsbaserat statsbidrag") once its model.json is checked:
 * recipients report figures at measurement points, conditions over the figures decide who
 * qualifies for which pool, and each pool (an exact fraction of the total) is split by the
 * allocation key among its qualifiers. docs/performance-model.md explains every field.
 */
export interface PerformanceModel {
  name: string;
  totalKr: bigint;
  measurementPoints: MeasurementPoint[];
  figures: FigureDefinition[];
  conditions: Condition[];
  pools: Pool[];
  moneyNotTaken: 'reallocate_by_key_among_qualifiers';
}

export interface MeasurementPoint {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  label?: string;
  labelEn?: string;
}

export interface FigureDefinition {
  name: string;
  label: string;
  /** The label in English; the Swedish one when absent (domain/labels.ts). */
  labelEn?: string;
  type: 'integer' | 'decimal';
  unit: string;
  measurementPoint: string;
  /** When false, an empty cell is allowed and makes the conditions that need it unknown. */
  required: boolean;
  min?: Rational;
  max?: Rational;
}

export interface Condition {
  id: string;
  label: string;
  labelEn?: string;
  /** A few words for a column header ("God nivå"); the label when absent. */
  shortLabel?: string;
  shortLabelEn?: string;
  /** The expression as the case officer wrote it. */
  source: string;
  expression: Expression;
  /** The figures the expression reads, in order of first appearance. */
  figures: string[];
}

export interface Pool {
  id: string;
  label: string;
  labelEn?: string;
  fraction: Rational;
  /** Meeting ANY of these conditions qualifies a recipient for the pool. */
  conditionIds: string[];
}

/** One recipient's reported figures; undefined = left empty (only for optional figures). */
export interface FigureRow {
  recipientCode: string;
  /** The line of the figures file, for messages. */
  line?: number;
  values: ReadonlyMap<string, Rational | undefined>;
}

export interface KeyEntry {
  recipientCode: string;
  keyKr: bigint;
}
