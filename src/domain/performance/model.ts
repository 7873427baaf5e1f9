import { z } from 'zod';
import type { Issue } from '../issues';
import { issueAt, modelJsonIssues } from '../model-json-issues';
import {
  compare,
  ONE,
  parseRational,
  sum,
  toCanonicalString,
  ZERO,
  type Rational,
} from '../rational';
import { figuresOf, FUNCTIONS, parseExpression, typeOf } from './expression/parse';
import { ExpressionSyntaxError, KEYWORDS } from './expression/tokenize';
import type { PerformanceModel } from './types';
import { controlCharacterIssues } from '../text';

// ⚠ Stored and published: a performance model.json is kept with every allocation it produced and
// committed in docs/examples, so anyone can recompute a result with the CLI. Only add optional
// fields; never rename or reinterpret one (docs/performance-model.md).

/** The one rule for money not taken that the seeds need; a new rule gets a new literal. */
export const MONEY_NOT_TAKEN_RULES = ['reallocate_by_key_among_qualifiers'] as const;

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

const Name = z
  .string()
  .describe('Letters a–z, digits and _, starting with a letter or _: how conditions refer to it.')
  .superRefine((value, context) => {
    if (!NAME_PATTERN.test(value))
      context.addIssue({ code: 'custom', params: { code: 'performance.invalid_name', value } });
  });

const LocalDateText = z
  .string()
  .describe('A calendar date, YYYY-MM-DD.')
  .superRefine((value, context) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const isRealDate =
      match !== null && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
    if (!isRealDate)
      context.addIssue({ code: 'custom', params: { code: 'performance.invalid_date', value } });
  });

const ExactNumber = z
  .union([z.int(), z.string()])
  .describe('An exact number: a JSON integer, or a string such as "0.041" or "1/3".')
  .superRefine((value, context) => {
    if (typeof value === 'string' && !parseRational(value).ok)
      context.addIssue({ code: 'custom', params: { code: 'performance.invalid_number', value } });
  });

const FractionText = z
  .string()
  .describe('An exact fraction of the total between 0 and 1: "1/3", "2/3", "0.25".')
  .superRefine((value, context) => {
    const parsed = parseRational(value);
    const inRange =
      parsed.ok && compare(parsed.value, ZERO) >= 0 && compare(parsed.value, ONE) <= 0;
    if (!inRange)
      context.addIssue({ code: 'custom', params: { code: 'model.invalid_fraction', value } });
  });

const EnglishLabel = z
  .string()
  .min(1)
  .optional()
  .describe('The label in English, for the English UI and exports; absent = the Swedish label.');

const MeasurementPointJson = z
  .strictObject({
    id: Name,
    date: LocalDateText.describe('The day the figures describe, YYYY-MM-DD.'),
    label: z.string().min(1).optional().describe('How the report names it, e.g. "november 2023".'),
    label_en: EnglishLabel.describe('The same in English, e.g. "November 2023".'),
  })
  .describe('A moment the recipients report figures for.');

const FigureJson = z
  .strictObject({
    name: Name.describe('The column of the figures file and the name used in conditions.'),
    label: z.string().min(1).describe('What the recipient reports, in the words of the form.'),
    label_en: EnglishLabel,
    type: z.enum(['integer', 'decimal']).describe('integer: a count; decimal: any exact number.'),
    unit: z
      .string()
      .min(1)
      .describe(
        'What is counted or measured, in the language of the agency: e.g. "personer", "platser".',
      ),
    min: ExactNumber.optional().describe('Smallest allowed value (inclusive); absent = no bound.'),
    max: ExactNumber.optional().describe('Largest allowed value (inclusive); absent = no bound.'),
    measurement_point: Name.describe('The id of the measurement point the figure describes.'),
    required: z
      .boolean()
      .optional()
      .describe(
        'Default true: an empty cell is an error. false: the recipient may leave it empty, and a condition that needs it is unknown (not met) unless the rest decides it.',
      ),
  })
  .describe('One figure each recipient reports.');

const ConditionJson = z
  .strictObject({
    id: Name,
    label: z.string().min(1).describe('The condition in the words of the grant, for people.'),
    label_en: EnglishLabel,
    short_label: z
      .string()
      .min(1)
      .optional()
      .describe(
        'A few words for a column header, e.g. "God nivå"; absent = the label. The expression is never shown as a header.',
      ),
    short_label_en: EnglishLabel.describe('The short label in English, e.g. "Good level".'),
    expression: z
      .string()
      .min(1)
      .describe(
        'The rule, e.g. "share(hourly_nov_2023, permanent_nov_2023) <= 17%". Syntax: docs/performance-model.md.',
      ),
  })
  .describe('A performance a recipient can meet.');

const PoolJson = z
  .strictObject({
    id: Name.describe('Names the output column pool_<id>_kr.'),
    label: z.string().min(1),
    label_en: EnglishLabel,
    fraction: FractionText,
    conditions: z
      .array(Name)
      .min(1)
      .describe('Ids of the conditions that feed the pool: meeting ANY of them qualifies.'),
  })
  .describe('A part of the total, split by key among the recipients that qualify for it.');

export const PerformanceModelJsonSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors.'),
    name: z.string().min(1).describe('The grant, as the decision names it.'),
    total_kr: z
      .int()
      .nonnegative()
      .max(Number.MAX_SAFE_INTEGER)
      .describe('The whole sum to allocate, in kronor (a JSON integer).'),
    measurement_points: z.array(MeasurementPointJson).min(1),
    figures: z.array(FigureJson).min(1),
    conditions: z.array(ConditionJson).min(1),
    pools: z.array(PoolJson).min(1).describe('The fractions must add up to exactly 1.'),
    money_not_taken: z
      .enum(MONEY_NOT_TAKEN_RULES)
      .describe(
        'What happens to the key amounts of recipients that do not register, report or qualify. reallocate_by_key_among_qualifiers: each pool is split by key among its qualifiers only, so their money goes to the qualifiers in proportion to the key.',
      ),
  })
  .meta({
    title: 'Statsbidrag performance grant model',
    description:
      'The model.json of `statsbidrag performance`: figures to report, conditions, pools and the total (docs/performance-model.md).',
  });

export type PerformanceModelJson = z.infer<typeof PerformanceModelJsonSchema>;

export type ParsePerformanceModelResult =
  { ok: true; model: PerformanceModel } | { ok: false; issues: Issue[] };

function duplicateIssues(list: string, ids: readonly string[], field: string): Issue[] {
  const seen = new Set<string>();
  return ids.flatMap((id, index) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [issueAt([list, index, field], 'performance.duplicate_id', { id })];
  });
}

// "pp" is the percentage-point unit (`3pp`, `3 pp`), so a figure cannot be called that either.
const RESERVED = new Set<string>([...KEYWORDS, ...Object.keys(FUNCTIONS), 'pp']);

function referenceIssues(json: PerformanceModelJson): Issue[] {
  const points = new Set(json.measurement_points.map((point) => point.id));
  const conditions = new Set(json.conditions.map((condition) => condition.id));
  const issues: Issue[] = [
    ...duplicateIssues(
      'measurement_points',
      json.measurement_points.map((p) => p.id),
      'id',
    ),
    ...duplicateIssues(
      'figures',
      json.figures.map((figure) => figure.name),
      'name',
    ),
    ...duplicateIssues(
      'conditions',
      json.conditions.map((condition) => condition.id),
      'id',
    ),
    ...duplicateIssues(
      'pools',
      json.pools.map((pool) => pool.id),
      'id',
    ),
  ];
  json.figures.forEach((figure, index) => {
    if (RESERVED.has(figure.name))
      issues.push(
        issueAt(['figures', index, 'name'], 'performance.reserved_name', { name: figure.name }),
      );
    if (!points.has(figure.measurement_point))
      issues.push(
        issueAt(['figures', index, 'measurement_point'], 'performance.unknown_measurement_point', {
          id: figure.measurement_point,
        }),
      );
    const min = figure.min === undefined ? undefined : parseRational(String(figure.min));
    const max = figure.max === undefined ? undefined : parseRational(String(figure.max));
    if (min?.ok && max?.ok && compare(min.value, max.value) > 0)
      issues.push(
        issueAt(['figures', index, 'min'], 'performance.invalid_range', {
          min: String(figure.min),
          max: String(figure.max),
        }),
      );
  });
  json.pools.forEach((pool, poolIndex) => {
    pool.conditions.forEach((id, index) => {
      if (!conditions.has(id))
        issues.push(
          issueAt(['pools', poolIndex, 'conditions', index], 'performance.unknown_condition', {
            id,
          }),
        );
    });
  });
  const fractions = json.pools.map((pool) => parseRational(pool.fraction));
  const total = sum(fractions.flatMap((fraction) => (fraction.ok ? [fraction.value] : [])));
  if (compare(total, ONE) !== 0)
    issues.push(
      issueAt(['pools'], 'performance.fractions_do_not_sum', { sum: toCanonicalString(total) }),
    );
  return issues;
}

function exact(value: number | string | undefined): Rational | undefined {
  if (value === undefined) return undefined;
  const parsed = parseRational(String(value));
  if (!parsed.ok) throw new RangeError(`checked by the schema: ${value}`);
  return parsed.value;
}

function toModel(json: PerformanceModelJson): { model: PerformanceModel; issues: Issue[] } {
  const issues: Issue[] = [];
  const figureNames = new Set(json.figures.map((figure) => figure.name));
  const conditions = json.conditions.flatMap((condition, index) => {
    try {
      const expression = parseExpression(condition.expression, { figureNames });
      if (typeOf(expression) !== 'boolean') {
        throw new ExpressionSyntaxError('expression.expects_condition', expression.start);
      }
      return [
        {
          id: condition.id,
          label: condition.label,
          ...(condition.label_en === undefined ? {} : { labelEn: condition.label_en }),
          ...(condition.short_label === undefined ? {} : { shortLabel: condition.short_label }),
          ...(condition.short_label_en === undefined
            ? {}
            : { shortLabelEn: condition.short_label_en }),
          source: condition.expression,
          expression,
          figures: figuresOf(expression),
        },
      ];
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error;
      issues.push(
        issueAt(['conditions', index, 'expression'], error.code, {
          ...error.params,
          position: error.position + 1,
        }),
      );
      return [];
    }
  });
  const model: PerformanceModel = {
    name: json.name,
    totalKr: BigInt(json.total_kr),
    measurementPoints: json.measurement_points.map((point) => ({
      id: point.id,
      date: point.date,
      ...(point.label === undefined ? {} : { label: point.label }),
      ...(point.label_en === undefined ? {} : { labelEn: point.label_en }),
    })),
    figures: json.figures.map((figure) => {
      const min = exact(figure.min);
      const max = exact(figure.max);
      return {
        name: figure.name,
        label: figure.label,
        ...(figure.label_en === undefined ? {} : { labelEn: figure.label_en }),
        type: figure.type,
        unit: figure.unit,
        measurementPoint: figure.measurement_point,
        required: figure.required ?? true,
        ...(min === undefined ? {} : { min }),
        ...(max === undefined ? {} : { max }),
      };
    }),
    conditions,
    pools: json.pools.map((pool) => ({
      id: pool.id,
      label: pool.label,
      ...(pool.label_en === undefined ? {} : { labelEn: pool.label_en }),
      fraction: exact(pool.fraction) ?? ZERO,
      conditionIds: pool.conditions,
    })),
    moneyNotTaken: json.money_not_taken,
  };
  return { model, issues };
}

/**
 * Checks a parsed performance model.json and compiles its conditions, reporting every problem
 * with its JSON path (`conditions[1].expression`, with the character in the message). Unknown
 * fields are refused: a misspelt field silently ignored would change an allocation.
 */
export function parsePerformanceModel(json: unknown): ParsePerformanceModelResult {
  const parsed = PerformanceModelJsonSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap(modelJsonIssues) };
  const { model, issues } = toModel(parsed.data);
  const allIssues = [...referenceIssues(parsed.data), ...issues];
  return allIssues.length > 0 ? { ok: false, issues: allIssues } : { ok: true, model };
}

/** Parses the text of a model.json file; invalid JSON is an issue, not an exception. */
export function parsePerformanceModelText(text: string): ParsePerformanceModelResult {
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
  return parsePerformanceModel(json);
}

/** JSON Schema of the model, committed as docs/performance-model.schema.json (a test checks drift). */
export function performanceModelJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PerformanceModelJsonSchema, { io: 'input' });
}
