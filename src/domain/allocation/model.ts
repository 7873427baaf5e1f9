import { z } from 'zod';
import { isDomainError } from '../errors';
import type { Issue } from '../issues';
import { modelJsonIssues } from '../model-json-issues';
import { compare, ONE, parseRational, toCanonicalString, ZERO, type Rational } from '../rational';
import { resolveComponentAmounts } from './resolve-component-amounts';
import type { AllocationModel, ComponentLabels } from './types';
import { controlCharacterIssues } from '../text';

// ⚠ Stored and published: model.json files are committed in docs/examples, kept with every
// allocation and served as /api/allocations/:id/model.json so anyone can recompute a result with
// the CLI. Only add optional fields; never rename or reinterpret one.

const WholeKronor = z
  .number()
  .int()
  .nonnegative()
  .describe('Whole kronor as a JSON integer, 0 or more (no decimals, no strings).');

const FractionText = z
  .string()
  .describe('An exact fraction of the budget between 0 and 1: "6726959/41991440", "0.16" or "1/3".')
  .superRefine((value, context) => {
    const parsed = parseRational(value);
    const inRange =
      parsed.ok && compare(parsed.value, ZERO) >= 0 && compare(parsed.value, ONE) <= 0;
    if (!inRange)
      context.addIssue({ code: 'custom', params: { code: 'model.invalid_fraction', value } });
  });

const OptionalLabel = z.string().min(1).optional();

const ComponentJson = z
  .strictObject({
    name: z.string().min(1).describe('What the money is for, e.g. "population".'),
    label: OptionalLabel.describe(
      'The component for people, in Swedish, e.g. "Befolkning 80 år och äldre"; absent = the name.',
    ),
    label_en: OptionalLabel.describe('The same in English; absent = the Swedish label.'),
    indicator: z.string().min(1).describe('The data column whose values weight this component.'),
    indicator_label: OptionalLabel.describe(
      'The indicator column for people, in Swedish, e.g. "Invånare 80 år och äldre 2024"; absent = the column name. Screens and exports show the labels, never the column name.',
    ),
    indicator_label_en: OptionalLabel.describe('The same in English; absent = the Swedish label.'),
    amount_kr: WholeKronor.optional().describe('A fixed amount for this component.'),
    fraction: FractionText.optional(),
  })
  .describe(
    'One part of the budget, split by one indicator. Give amount_kr or fraction; a model with a single component may give neither and takes the whole budget.',
  )
  .superRefine((component, context) => {
    if (component.amount_kr !== undefined && component.fraction !== undefined) {
      context.addIssue({ code: 'custom', params: { code: 'model.amount_and_fraction' } });
    }
  });

export const AllocationModelJsonSchema = z
  .strictObject({
    budget_kr: WholeKronor.describe('The whole amount to allocate, in kronor.'),
    components: z.array(ComponentJson).min(1),
    minimum_kr: WholeKronor.optional().describe(
      'Minimum amount (minibelopp) for every recipient with a positive key quota; 0 or absent for none.',
    ),
    cap_column: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Data column with each recipient’s cap in whole kronor (e.g. what it asked for); empty cell = no cap.',
      ),
  })
  .meta({
    title: 'Statsbidrag allocation model',
    description:
      'The model.json of `statsbidrag allocate` and POST /api/grants/:id/allocations/formula.',
  });

export type AllocationModelJson = z.infer<typeof AllocationModelJsonSchema>;

export type ParseAllocationModelResult =
  { ok: true; model: AllocationModel } | { ok: false; issues: Issue[] };

function duplicateNameIssues(json: AllocationModelJson): Issue[] {
  const firstIndex = new Map<string, number>();
  return json.components.flatMap((component, index) => {
    const earlier = firstIndex.get(component.name);
    if (earlier === undefined) {
      firstIndex.set(component.name, index);
      return [];
    }
    return [
      {
        path: `components[${index}].name`,
        code: 'model.duplicate_name',
        params: { name: component.name },
      },
    ];
  });
}

type ComponentJsonShape = AllocationModelJson['components'][number];

function labelsFromJson(component: ComponentJsonShape): ComponentLabels {
  return {
    ...(component.label === undefined ? {} : { label: component.label }),
    ...(component.label_en === undefined ? {} : { labelEn: component.label_en }),
    ...(component.indicator_label === undefined
      ? {}
      : { indicatorLabel: component.indicator_label }),
    ...(component.indicator_label_en === undefined
      ? {}
      : { indicatorLabelEn: component.indicator_label_en }),
  };
}

function labelsToJson(component: ComponentLabels): Partial<ComponentJsonShape> {
  return {
    ...(component.label === undefined ? {} : { label: component.label }),
    ...(component.labelEn === undefined ? {} : { label_en: component.labelEn }),
    ...(component.indicatorLabel === undefined
      ? {}
      : { indicator_label: component.indicatorLabel }),
    ...(component.indicatorLabelEn === undefined
      ? {}
      : { indicator_label_en: component.indicatorLabelEn }),
  };
}

function toModel(json: AllocationModelJson): AllocationModel {
  return {
    budgetKr: BigInt(json.budget_kr),
    minimumKr: BigInt(json.minimum_kr ?? 0),
    components: json.components.map((component) => {
      const fraction =
        component.fraction === undefined ? undefined : parseRational(component.fraction);
      return {
        name: component.name,
        indicator: component.indicator,
        ...labelsFromJson(component),
        ...(component.amount_kr === undefined ? {} : { amountKr: BigInt(component.amount_kr) }),
        ...(fraction?.ok ? { fraction: fraction.value } : {}),
      };
    }),
    ...(json.cap_column === undefined ? {} : { capColumn: json.cap_column }),
  };
}

/** The component rules the engine enforces, checked here too so an upload reports them at once. */
function componentSumIssues(model: AllocationModel): Issue[] {
  try {
    resolveComponentAmounts(model);
    return [];
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return [{ path: 'components', code: error.code, params: error.params }];
  }
}

/**
 * Checks a parsed model.json and turns it into an AllocationModel, reporting every problem with
 * its JSON path (`components[1].fraction`). Unknown fields are refused: a misspelt `minimum_kr`
 * silently ignored would change an allocation.
 * @example parseAllocationModel({ budget_kr: 100, components: [{ name: 'p', indicator: 'p' }] })
 */
export function parseAllocationModel(json: unknown): ParseAllocationModelResult {
  const parsed = AllocationModelJsonSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap(modelJsonIssues) };
  const duplicates = duplicateNameIssues(parsed.data);
  if (duplicates.length > 0) return { ok: false, issues: duplicates };
  const model = toModel(parsed.data);
  const sumIssues = componentSumIssues(model);
  return sumIssues.length > 0 ? { ok: false, issues: sumIssues } : { ok: true, model };
}

/** Parses the text of a model.json file; invalid JSON is an issue, not an exception. */
export function parseAllocationModelText(text: string): ParseAllocationModelResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ code: 'model.invalid_json', params: { reason } }] };
  }
  // "\u0000" in the file is a NUL once parsed, which nothing can store.
  const textIssues = controlCharacterIssues(json);
  if (textIssues.length > 0) return { ok: false, issues: textIssues };
  return parseAllocationModel(json);
}

function toJsonKronor(value: bigint): number {
  const asNumber = Number(value);
  if (!Number.isSafeInteger(asNumber)) throw new RangeError(`${value} kr cannot be exact in JSON`);
  return asNumber;
}

function fractionText(fraction: Rational): string {
  return toCanonicalString(fraction);
}

/** The model in its model.json form, e.g. for /api/allocations/:id/model.json. */
export function toAllocationModelJson(model: AllocationModel): AllocationModelJson {
  return {
    budget_kr: toJsonKronor(model.budgetKr),
    components: model.components.map((component) => ({
      name: component.name,
      ...labelsToJson(component),
      indicator: component.indicator,
      ...(component.amountKr === undefined ? {} : { amount_kr: toJsonKronor(component.amountKr) }),
      ...(component.fraction === undefined ? {} : { fraction: fractionText(component.fraction) }),
    })),
    ...(model.minimumKr === 0n ? {} : { minimum_kr: toJsonKronor(model.minimumKr) }),
    ...(model.capColumn === undefined ? {} : { cap_column: model.capColumn }),
  };
}

/** JSON Schema of model.json, committed as docs/model.schema.json (a test checks for drift). */
export function allocationModelJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AllocationModelJsonSchema, { io: 'input' });
}
