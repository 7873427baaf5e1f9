import type { Rational } from '../rational';

/**
 * The allocation model, as the CLI's model.json and the API carry it once parsed. All amounts are
 * whole kronor (bigint); fractions and indicator values are exact rationals.
 */
export interface AllocationModel {
  budgetKr: bigint;
  components: AllocationComponent[];
  /** Minimum amount (minibelopp) every recipient with a positive weight gets first; 0n for none. */
  minimumKr: bigint;
  /** Name of the data column holding each recipient's cap (e.g. what it asked for), if any. */
  capColumn?: string;
}

/** What people read for a component and its indicator column (optional in model.json). */
export interface ComponentLabels {
  label?: string;
  labelEn?: string;
  indicatorLabel?: string;
  indicatorLabelEn?: string;
}

export interface AllocationComponent extends ComponentLabels {
  name: string;
  /** The data column whose values weight this component. */
  indicator: string;
  amountKr?: bigint;
  fraction?: Rational;
}

export interface AllocationInputRow {
  recipientCode: string;
  /** Indicator values by column name; non-negative. */
  indicators: Record<string, Rational>;
  /** Cap in whole kronor; undefined means no cap. */
  capKr?: bigint;
}

export interface ComponentPart {
  name: string;
  indicator: string;
  indicatorValue: Rational;
  /** indicatorValue / sum of the indicator over all recipients. */
  share: Rational;
  /** The component's amount × share, before floors, caps and rounding. */
  exactKr: Rational;
}

export interface AllocationRowResult {
  recipientCode: string;
  amountKr: bigint;
  parts: ComponentPart[];
  /** Sum of the parts' exact amounts: what the key alone gives. */
  keyQuotaKr: Rational;
  /** Exact amount after the minimum and caps, before rounding to whole kronor. */
  exactQuotaKr: Rational;
  minimumKr: bigint;
  /** True when the recipient got the minimum on top of its share of the rest. */
  minimumApplied: boolean;
  capKr?: bigint;
  capApplied: boolean;
  /** floor(exactQuotaKr) */
  roundedDownKr: bigint;
  /** exactQuotaKr − roundedDownKr, in [0, 1) */
  remainder: Rational;
  /** True when this recipient received one of the kronor left after rounding down. */
  roundedUp: boolean;
}

export interface AllocationResult {
  budgetKr: bigint;
  components: (ComponentLabels & {
    name: string;
    indicator: string;
    amountKr: bigint;
    indicatorTotal: Rational;
  })[];
  rows: AllocationRowResult[];
  totalKr: bigint;
  /** Budget left when every recipient is capped; otherwise 0n. */
  unallocatedKr: bigint;
}
