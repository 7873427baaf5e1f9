// A performance model's conditions and pools as a form (issue 13 §4, docs/decisions/0031): each
// condition a figure, a share or a ratio compared with a threshold, or an expression for the
// expert; each pool a share of the total and the conditions that give a part of it. The figures
// are the model's own (chosen by their labels). The form is a view of model.json: the model
// section turns it back into the JSON it saves (applyConditionsForm).
import type {
  ConditionForm,
  ConditionFormSimple,
  ConditionsForm,
  ConditionsFormIssue,
  MeasureKind,
  PoolForm,
} from '../../../domain/performance/conditions-form';
import { COMPARISONS, conditionExpression } from '../../../domain/performance/conditions-form';
import type { PerformanceModelJson } from '../../../domain/performance/model';
import { Field, FieldError } from '../../components/form-fields';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';

type Figures = PerformanceModelJson['figures'];

/** A fresh id the model does not use yet: people never see or type these. */
function freshId(prefix: string, taken: readonly string[]): string {
  for (let number = taken.length + 1; ; number++) {
    const id = `${prefix}_${number}`;
    if (!taken.includes(id)) return id;
  }
}

export function conditionsIssueMessage(issue: ConditionsFormIssue, t: Translate): string {
  switch (issue.code) {
    case 'required':
      return /\.(figure|otherFigure)$/.test(issue.field)
        ? t('conditions.issue.requiredFigure')
        : t('conditions.issue.required');
    case 'shares_do_not_sum':
      return t('conditions.issue.shares_do_not_sum', { sum: issue.params.sumPercent ?? '' });
    default:
      return t(`conditions.issue.${issue.code}`, issue.params);
  }
}

/** The input a field's error belongs to, for the error summary's links. */
export function conditionsInputId(field: string): string {
  if (field === 'pools') return 'pool-0-share';
  const [list = '', index = '0', part = ''] = field.split('.');
  const prefix = list === 'pools' ? `pool-${index}` : `condition-${index}`;
  const parts: Record<string, string> = {
    id: 'label',
    label: 'label',
    figure: 'figure',
    otherFigure: 'other-figure',
    threshold: 'threshold',
    expression: 'expression',
    sharePercent: 'share',
    conditions: 'conditions',
  };
  return `${prefix}-${parts[part] ?? 'label'}`;
}

interface EditorProps {
  form: ConditionsForm;
  figures: Figures;
  issues: readonly ConditionsFormIssue[];
  disabled: boolean;
  onChange: (form: ConditionsForm) => void;
}

export function ConditionsEditor({ form, figures, issues, disabled, onChange }: EditorProps) {
  const { t } = useI18n();
  const error = (field: string) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? conditionsIssueMessage(issue, t) : undefined;
  };
  const setCondition = (index: number, condition: ConditionForm) =>
    onChange({
      ...form,
      conditions: form.conditions.map((current, at) => (at === index ? condition : current)),
    });
  const setPool = (index: number, pool: PoolForm) =>
    onChange({ ...form, pools: form.pools.map((current, at) => (at === index ? pool : current)) });
  const conditionIds = form.conditions.map((condition) => condition.id);
  const poolIds = form.pools.map((pool) => pool.id);
  return (
    <fieldset aria-describedby="conditions-intro">
      <legend>{t('conditions.legend')}</legend>
      <p id="conditions-intro" className="field__hint">
        {t('conditions.intro')}
      </p>
      {form.conditions.map((condition, index) => (
        <ConditionFields
          key={condition.id || index}
          index={index}
          condition={condition}
          figures={figures}
          error={error}
          disabled={disabled}
          removable={form.conditions.length > 1}
          onChange={(next) => setCondition(index, next)}
          onRemove={() =>
            onChange({
              conditions: form.conditions.filter((_, at) => at !== index),
              pools: form.pools.map((pool) => ({
                ...pool,
                conditions: pool.conditions.filter((id) => id !== condition.id),
              })),
            })
          }
        />
      ))}
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled}
          onClick={() =>
            onChange({
              ...form,
              conditions: [
                ...form.conditions,
                {
                  kind: 'simple',
                  id: freshId('condition', conditionIds),
                  label: '',
                  measure: 'figure',
                  figure: '',
                  otherFigure: '',
                  comparison: '<=',
                  threshold: '',
                },
              ],
            })
          }
        >
          {t('conditions.addCondition')}
        </button>
      </p>
      {error('pools') ? <FieldError id="pools-error" message={error('pools') ?? ''} /> : null}
      {form.pools.map((pool, index) => (
        <PoolFields
          key={pool.id || index}
          index={index}
          pool={pool}
          conditions={form.conditions}
          error={error}
          disabled={disabled}
          removable={form.pools.length > 1}
          onChange={(next) => setPool(index, next)}
          onRemove={() => onChange({ ...form, pools: form.pools.filter((_, at) => at !== index) })}
        />
      ))}
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled}
          onClick={() =>
            onChange({
              ...form,
              pools: [
                ...form.pools,
                { id: freshId('pool', poolIds), label: '', sharePercent: '', conditions: [] },
              ],
            })
          }
        >
          {t('conditions.addPool')}
        </button>
      </p>
    </fieldset>
  );
}

interface ConditionProps {
  index: number;
  condition: ConditionForm;
  figures: Figures;
  error: (field: string) => string | undefined;
  disabled: boolean;
  removable: boolean;
  onChange: (condition: ConditionForm) => void;
  onRemove: () => void;
}

function ConditionFields({
  index,
  condition,
  figures,
  error,
  disabled,
  removable,
  onChange,
  onRemove,
}: ConditionProps) {
  const { t } = useI18n();
  const number = index + 1;
  const id = `condition-${index}`;
  const at = `conditions.${index}`;
  const labelError = error(`${at}.label`) ?? error(`${at}.id`);
  return (
    <fieldset className="formula-component">
      <legend>{t('conditions.condition', { number })}</legend>
      <TextField
        id={`${id}-label`}
        label={t('conditions.label')}
        value={condition.label}
        error={labelError}
        disabled={disabled}
        wide
        onChange={(label) => onChange({ ...condition, label })}
      />
      {condition.kind === 'simple' ? (
        <SimpleConditionFields
          id={id}
          at={at}
          condition={condition}
          figures={figures}
          error={error}
          disabled={disabled}
          onChange={onChange}
        />
      ) : (
        <Field
          id={`${id}-expression`}
          label={t('conditions.expression')}
          hint={t('conditions.expressionHint')}
          error={error(`${at}.expression`)}
        >
          {(describedBy) => (
            <textarea
              id={`${id}-expression`}
              className="input input--code"
              rows={3}
              spellCheck={false}
              value={condition.expression}
              disabled={disabled}
              onChange={(event) =>
                onChange({ ...condition, expression: event.currentTarget.value })
              }
              aria-describedby={describedBy}
              aria-invalid={error(`${at}.expression`) ? true : undefined}
            />
          )}
        </Field>
      )}
      <p>
        {condition.kind === 'simple' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={disabled}
            onClick={() =>
              onChange({
                kind: 'expression',
                id: condition.id,
                label: condition.label,
                expression: conditionExpression(condition) ?? '',
              })
            }
          >
            {t('conditions.asExpression', { number })}
          </button>
        ) : null}{' '}
        {removable ? (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={disabled}
            onClick={onRemove}
          >
            {t('conditions.removeCondition', { number })}
          </button>
        ) : null}
      </p>
    </fieldset>
  );
}

function SimpleConditionFields({
  id,
  at,
  condition,
  figures,
  error,
  disabled,
  onChange,
}: {
  id: string;
  at: string;
  condition: ConditionFormSimple;
  figures: Figures;
  error: (field: string) => string | undefined;
  disabled: boolean;
  onChange: (condition: ConditionForm) => void;
}) {
  const { t } = useI18n();
  const figureLabel =
    condition.measure === 'figure'
      ? t('conditions.figure')
      : condition.measure === 'share'
        ? t('conditions.sharePart')
        : t('conditions.ratioNumerator');
  const otherLabel =
    condition.measure === 'share' ? t('conditions.shareOther') : t('conditions.ratioDenominator');
  return (
    <>
      <fieldset>
        <legend>{t('conditions.measure')}</legend>
        {(['figure', 'share', 'ratio'] as const).map((measure: MeasureKind) => (
          <div className="radio" key={measure}>
            <input
              type="radio"
              id={`${id}-measure-${measure}`}
              name={`${id}-measure`}
              value={measure}
              checked={condition.measure === measure}
              disabled={disabled}
              onChange={() => onChange({ ...condition, measure })}
            />
            <label htmlFor={`${id}-measure-${measure}`}>{t(`conditions.measure.${measure}`)}</label>
          </div>
        ))}
      </fieldset>
      <FigureSelect
        id={`${id}-figure`}
        label={figureLabel}
        value={condition.figure}
        figures={figures}
        error={error(`${at}.figure`)}
        disabled={disabled}
        onChange={(figure) => onChange({ ...condition, figure })}
      />
      {condition.measure === 'figure' ? null : (
        <FigureSelect
          id={`${id}-other-figure`}
          label={otherLabel}
          value={condition.otherFigure}
          figures={figures}
          error={error(`${at}.otherFigure`)}
          disabled={disabled}
          onChange={(otherFigure) => onChange({ ...condition, otherFigure })}
        />
      )}
      <Field id={`${id}-comparison`} label={t('conditions.comparison')}>
        {(describedBy) => (
          <select
            id={`${id}-comparison`}
            className="input"
            value={condition.comparison}
            disabled={disabled}
            aria-describedby={describedBy}
            onChange={(event) => {
              const comparison = COMPARISONS.find((c) => c === event.currentTarget.value);
              if (comparison) onChange({ ...condition, comparison });
            }}
          >
            {COMPARISONS.map((comparison) => (
              <option key={comparison} value={comparison}>
                {t(`conditions.comparison.${comparison}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id={`${id}-threshold`}
        label={t('conditions.threshold')}
        hint={t('conditions.thresholdHint')}
        value={condition.threshold}
        error={error(`${at}.threshold`) ?? error(`${at}.expression`)}
        disabled={disabled}
        onChange={(threshold) => onChange({ ...condition, threshold })}
      />
    </>
  );
}

function FigureSelect(props: {
  id: string;
  label: string;
  value: string;
  figures: Figures;
  error: string | undefined;
  disabled: boolean;
  onChange: (name: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      {(describedBy) => (
        <select
          id={props.id}
          className="input"
          value={props.value}
          disabled={props.disabled}
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        >
          <option value="">{t('conditions.chooseFigure')}</option>
          {props.figures.map((figure) => (
            <option key={figure.name} value={figure.name}>
              {figure.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  disabled: boolean;
  wide?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(describedBy) => (
        <input
          id={props.id}
          className={props.wide ? 'input input--wide' : 'input input--short'}
          value={props.value}
          disabled={props.disabled}
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}

interface PoolProps {
  index: number;
  pool: PoolForm;
  conditions: readonly ConditionForm[];
  error: (field: string) => string | undefined;
  disabled: boolean;
  removable: boolean;
  onChange: (pool: PoolForm) => void;
  onRemove: () => void;
}

function PoolFields({
  index,
  pool,
  conditions,
  error,
  disabled,
  removable,
  onChange,
  onRemove,
}: PoolProps) {
  const { t } = useI18n();
  const number = index + 1;
  const id = `pool-${index}`;
  const at = `pools.${index}`;
  const conditionsError = error(`${at}.conditions`);
  return (
    <fieldset className="formula-component">
      <legend>{t('conditions.pool', { number })}</legend>
      <TextField
        id={`${id}-label`}
        label={t('conditions.poolLabel')}
        value={pool.label}
        error={error(`${at}.label`) ?? error(`${at}.id`)}
        disabled={disabled}
        wide
        onChange={(label) => onChange({ ...pool, label })}
      />
      <TextField
        id={`${id}-share`}
        label={t('conditions.poolShare')}
        value={pool.sharePercent}
        error={error(`${at}.sharePercent`)}
        disabled={disabled}
        onChange={(sharePercent) => onChange({ ...pool, sharePercent })}
      />
      <fieldset aria-describedby={conditionsError ? `${id}-conditions-error` : undefined}>
        <legend>{t('conditions.poolConditions')}</legend>
        {conditionsError ? (
          <FieldError id={`${id}-conditions-error`} message={conditionsError} />
        ) : null}
        {conditions.map((condition, conditionIndex) => {
          const inputId =
            conditionIndex === 0 ? `${id}-conditions` : `${id}-condition-${conditionIndex}`;
          return (
            <div className="checkbox" key={condition.id || conditionIndex}>
              <input
                type="checkbox"
                id={inputId}
                checked={pool.conditions.includes(condition.id)}
                disabled={disabled}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  onChange({
                    ...pool,
                    conditions: checked
                      ? [...pool.conditions, condition.id]
                      : pool.conditions.filter((chosen) => chosen !== condition.id),
                  });
                }}
              />
              <label htmlFor={inputId}>
                {condition.label.trim() || t('conditions.untitled', { number: conditionIndex + 1 })}
              </label>
            </div>
          );
        })}
      </fieldset>
      {removable ? (
        <p>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={disabled}
            onClick={onRemove}
          >
            {t('conditions.removePool', { number })}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
