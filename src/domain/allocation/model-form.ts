import type { Locale } from '../money';
import { parseWholeKronor } from '../money';
import {
  add,
  compare,
  fromBigInt,
  mul,
  parseRational,
  rational,
  sub,
  toCanonicalString,
  toDecimalString,
  ZERO,
  type Rational,
} from '../rational';
import type { AllocationModelJson } from './model';
import { percentInputText, readPercentInput } from '../percent-input';

// The allocation model as a case officer fills it in (docs/decisions/0031): components that each
// take a column of the uploaded file and a share (per cent) or an amount of the budget, a minimum
// amount and a cap column. The form is a view of model.json, not a second model: it maps to the
// JSON the server and the CLI read, and back, so "Visa som JSON" shows exactly what is sent.

export type ComponentBasis = 'share' | 'amount';

/** What model.json holds for a component beyond the form's fields (its labels), kept as it is. */
export type ComponentExtra = Omit<
  AllocationModelJson['components'][number],
  'name' | 'indicator' | 'amount_kr' | 'fraction'
>;

export interface ModelFormComponent {
  /** The component's name in model.json; empty means the column's name. */
  name: string;
  /** The column of the data file the component is split by. */
  indicator: string;
  basis: ComponentBasis;
  /** Per cent of the budget as written: "100", "12,5", "100/3". */
  sharePercent: string;
  /** Whole kronor as written: "1 000 000". */
  amountKr: string;
  extra?: ComponentExtra;
}

export interface ModelForm {
  components: ModelFormComponent[];
  /** Minimum amount per recipient in whole kronor; empty or 0 for none. */
  minimumKr: string;
  /** The column with each recipient's cap; empty for none. */
  capColumn: string;
}

export type ModelFormIssueCode =
  | 'required'
  | 'not_a_number'
  | 'percent_out_of_range'
  | 'not_whole_kronor'
  | 'duplicate_column'
  | 'components_do_not_sum';

/** A problem with one field of the form; `field` is the input's name (`components.1.sharePercent`). */
export interface ModelFormIssue {
  field: string;
  code: ModelFormIssueCode;
  params: Record<string, string>;
}

export type ModelFormResult =
  { ok: true; json: AllocationModelJson } | { ok: false; issues: ModelFormIssue[] };

export function emptyComponent(indicator = ''): ModelFormComponent {
  return { name: '', indicator, basis: 'share', sharePercent: '100', amountKr: '' };
}

/** A form with one component taking the whole budget by the file's first numeric column. */
export function initialModelForm(firstColumn = ''): ModelForm {
  return { components: [emptyComponent(firstColumn)], minimumKr: '', capColumn: '' };
}

function readKronor(text: string, required: boolean): bigint | undefined | ModelFormIssueCode {
  const parsed = parseWholeKronor(text);
  if (parsed.ok) return parsed.value < 0n ? 'not_whole_kronor' : parsed.value;
  if (parsed.reason === 'empty') return required ? 'required' : undefined;
  return parsed.reason === 'not_a_number' ? 'not_a_number' : 'not_whole_kronor';
}

function toJsonNumber(value: bigint): number {
  return Number(value);
}

/**
 * The form as model.json, or every problem by field. The components must add up to the budget
 * exactly (what the engine requires); the sum and the budget are given in whole kronor or, when
 * a share makes it fractional, as the exact sum.
 */
export function modelFormToJson(form: ModelForm, budgetKr: bigint): ModelFormResult {
  const issues: ModelFormIssue[] = [];
  const issue = (field: string, code: ModelFormIssueCode, params: Record<string, string> = {}) =>
    issues.push({ field, code, params });
  const components: AllocationModelJson['components'] = [];
  const usedColumns = new Set<string>();
  let total = ZERO;
  form.components.forEach((component, index) => {
    const at = `components.${index}`;
    if (component.indicator === '') issue(`${at}.indicator`, 'required');
    else if (usedColumns.has(component.indicator))
      issue(`${at}.indicator`, 'duplicate_column', { column: component.indicator });
    usedColumns.add(component.indicator);
    const name = component.name.trim() || component.indicator;
    if (component.basis === 'share') {
      const fraction = readPercentInput(component.sharePercent);
      if (typeof fraction === 'string') return issue(`${at}.sharePercent`, fraction);
      total = add(total, mul(fraction, fromBigInt(budgetKr)));
      components.push({
        name,
        ...component.extra,
        indicator: component.indicator,
        fraction: toCanonicalString(fraction),
      });
      return;
    }
    const amount = readKronor(component.amountKr, true);
    if (typeof amount !== 'bigint') return issue(`${at}.amountKr`, amount ?? 'required');
    total = add(total, fromBigInt(amount));
    components.push({
      name,
      ...component.extra,
      indicator: component.indicator,
      amount_kr: toJsonNumber(amount),
    });
  });
  const minimum = readKronor(form.minimumKr, false);
  if (typeof minimum === 'string') issue('minimumKr', minimum);
  if (issues.length === 0 && compare(total, fromBigInt(budgetKr)) !== 0) {
    issue('components', 'components_do_not_sum', {
      sumKr: exactText(total),
      budgetKr: budgetKr.toString(),
      differenceKr: exactText(sub(fromBigInt(budgetKr), total)),
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    json: {
      budget_kr: toJsonNumber(budgetKr),
      components,
      ...(typeof minimum === 'bigint' && minimum > 0n ? { minimum_kr: toJsonNumber(minimum) } : {}),
      ...(form.capColumn === '' ? {} : { cap_column: form.capColumn }),
    },
  };
}

/** Whole kronor as digits; a fractional sum as a decimal with two places. */
function exactText(value: Rational): string {
  return value.den === 1n ? value.num.toString() : toDecimalString(value, 2);
}

/**
 * model.json as the form: each component's fraction as a per cent of the budget, its amount as
 * kronor; a single component without either takes the whole budget (100 %). Every valid model.json
 * has a form, so the expert's JSON can always be taken back into the form.
 */
export function modelJsonToForm(json: AllocationModelJson, locale: Locale): ModelForm {
  return {
    components: json.components.map((component) => {
      const fraction =
        component.fraction === undefined ? undefined : parseRational(component.fraction);
      const { name, indicator, amount_kr: _amount, fraction: _fraction, ...extra } = component;
      const base = {
        name: name === indicator ? '' : name,
        indicator,
        ...(Object.keys(extra).length > 0 ? { extra } : {}),
      };
      if (component.amount_kr !== undefined)
        return {
          ...base,
          basis: 'amount',
          sharePercent: '',
          amountKr: String(component.amount_kr),
        };
      const share = fraction?.ok ? fraction.value : rational(1n, 1n);
      return {
        ...base,
        basis: 'share',
        sharePercent: percentInputText(share, locale),
        amountKr: '',
      };
    }),
    minimumKr:
      json.minimum_kr === undefined || json.minimum_kr === 0 ? '' : String(json.minimum_kr),
    capColumn: json.cap_column ?? '',
  };
}
