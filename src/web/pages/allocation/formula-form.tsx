// The formula of a draft allocation as a form (issue 13 §4, docs/decisions/0031): the case officer
// chooses a plain indicator CSV (`recipient_code,befolkning_80plus`), picks its columns for the
// components (a share or an amount of the budget), a minimum amount and a cap column, and sees the
// allocation computed in the browser before anything is saved. "Visa som JSON" shows the same
// model as model.json for the expert, who may edit and send that instead.
import { useDeferredValue, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Grant } from '../../../contracts/grants';
import { allocate } from '../../../domain/allocation/allocate';
import {
  indicatorInputRows,
  MAX_INDICATOR_CSV_CHARS,
  readIndicatorCsv,
  type IndicatorData,
} from '../../../domain/allocation/indicator-csv';
import {
  AllocationModelJsonSchema,
  parseAllocationModel,
  parseAllocationModelText,
  toAllocationModelJson,
  type AllocationModelJson,
} from '../../../domain/allocation/model';
import {
  emptyComponent,
  initialModelForm,
  modelFormToJson,
  modelJsonToForm,
  type ModelForm,
  type ModelFormComponent,
  type ModelFormIssue,
} from '../../../domain/allocation/model-form';
import type { AllocationResult } from '../../../domain/allocation/types';
import { isDomainError } from '../../../domain/errors';
import { describeIssue, issueFromError, type Issue } from '../../../domain/issues';
import { api } from '../../api-client';
import { AllocateActions } from './allocate-actions';
import { useAnnounce } from '../../announcer';
import { ErrorSummary, Field, FieldError } from '../../components/form-fields';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { formatDecimalKronor, formatKronor, type Locale } from '../../format';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';
import { queryKeys, useApiMutation } from '../../query';

type Mode = 'form' | 'json';

/** What the chosen data file gave: its columns, or why the form cannot use it. */
type DataState =
  | { kind: 'none' }
  | { kind: 'read'; data: IndicatorData }
  | { kind: 'refused'; issues: Issue[] }
  | { kind: 'not_csv' };

const PREVIEW_ROWS = 10;

/** UTF-8, or windows-1252 as Swedish Excel saves "CSV (semikolonavgränsad)": as the server reads it. */
async function fileText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readDataFile(file: File): Promise<DataState> {
  if (!/\.(csv|txt|tsv)$/i.test(file.name)) return { kind: 'not_csv' };
  // Bounded before it is read: a file larger than the reader takes is refused unread.
  if (file.size > MAX_INDICATOR_CSV_CHARS) {
    const limitMb = MAX_INDICATOR_CSV_CHARS / 1024 / 1024;
    return {
      kind: 'refused',
      issues: [{ file: file.name, code: 'file.too_large', params: { limitMb } }],
    };
  }
  const read = readIndicatorCsv(await fileText(file), file.name);
  return read.ok ? { kind: 'read', data: read.data } : { kind: 'refused', issues: read.issues };
}

type Preview = { ok: true; result: AllocationResult } | { ok: false; issues: Issue[] };

/** The allocation the server would compute, from the same engine, without the register's checks. */
function computePreview(data: IndicatorData, json: AllocationModelJson): Preview {
  const parsed = parseAllocationModel(json);
  if (!parsed.ok) return parsed;
  const rows = indicatorInputRows(data, parsed.model);
  if (!rows.ok) return rows;
  try {
    return { ok: true, result: allocate(parsed.model, rows.rows) };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, issues: [issueFromError(error)] };
    throw error;
  }
}

function kronorText(exact: string, locale: Locale): string {
  return exact.includes('.')
    ? formatDecimalKronor(exact, locale, 2)
    : formatKronor(BigInt(exact), locale);
}

function formIssueMessage(issue: ModelFormIssue, t: Translate, locale: Locale): string {
  switch (issue.code) {
    case 'required':
      return issue.field.endsWith('.indicator')
        ? t('formula.issue.requiredColumn')
        : t('formula.issue.required');
    case 'duplicate_column':
      return t('formula.issue.duplicate_column', { column: issue.params.column ?? '' });
    case 'components_do_not_sum':
      return t('formula.issue.components_do_not_sum', {
        sum: kronorText(issue.params.sumKr ?? '0', locale),
        budget: kronorText(issue.params.budgetKr ?? '0', locale),
        difference: kronorText(issue.params.differenceKr ?? '0', locale),
      });
    default:
      return t(`formula.issue.${issue.code}`);
  }
}

/** The input each form field is, for the error summary's links. */
function inputId(field: string): string {
  const match = /^components\.(\d+)\.(indicator|sharePercent|amountKr)$/.exec(field);
  if (match) {
    const part = { indicator: 'indicator', sharePercent: 'share', amountKr: 'amount' }[
      match[2] as 'indicator' | 'sharePercent' | 'amountKr'
    ];
    return `component-${match[1]}-${part}`;
  }
  if (field === 'components') return 'component-0-indicator';
  if (field === 'minimumKr') return 'minimum';
  return field;
}

export function FormulaForm({ grant }: { grant: Grant }) {
  const { t, plural, locale, language } = useI18n();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const budgetKr = BigInt(grant.totalAmountKr);
  const [file, setFile] = useState<File | undefined>();
  const [dataState, setDataState] = useState<DataState>({ kind: 'none' });
  const [form, setForm] = useState<ModelForm>(() => initialModelForm());
  const [mode, setMode] = useState<Mode>('form');
  const [jsonText, setJsonText] = useState('');
  const [jsonProblem, setJsonProblem] = useState<string | undefined>();
  const [submitted, setSubmitted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const data = dataState.kind === 'read' ? dataState.data : undefined;
  const columns = data?.numericColumns ?? [];

  const checked = useMemo(() => modelFormToJson(form, budgetKr), [form, budgetKr]);
  const deferredChecked = useDeferredValue(checked);
  const deferredJson = useDeferredValue(jsonText);
  const preview = useMemo((): Preview | undefined => {
    if (!data) return undefined;
    if (mode === 'form')
      return deferredChecked.ok ? computePreview(data, deferredChecked.json) : undefined;
    const parsed = parseAllocationModelText(deferredJson);
    return parsed.ok ? computePreview(data, toAllocationModelJson(parsed.model)) : parsed;
  }, [data, mode, deferredChecked, deferredJson]);

  const upload = useApiMutation({
    mutationFn: ({ model, file }: { model: string; file: File }) =>
      api.computeAllocation(grant.id, model, file),
    invalidates: [queryKeys.grant(grant.id)],
    announce: (allocation) => plural('allocate.created', allocation.recipientCount),
    onSuccess: (allocation) => navigate(`/allocations/${allocation.id}`),
  });

  const onFile = async (chosen: File | undefined) => {
    setFile(chosen);
    upload.reset();
    if (!chosen) return setDataState({ kind: 'none' });
    const state = await readDataFile(chosen);
    setDataState(state);
    if (state.kind !== 'read') return;
    const known = new Set(state.data.numericColumns);
    // A form that reads columns the new file does not have starts over with its first column.
    setForm((current) =>
      current.components.every((component) => known.has(component.indicator)) &&
      (current.capColumn === '' || known.has(current.capColumn))
        ? current
        : initialModelForm(state.data.numericColumns[0]),
    );
  };

  // Errors are shown once the form has been sent, and then follow every change.
  const fieldIssues = submitted && mode === 'form' && !checked.ok ? checked.issues : [];
  const fieldError = (field: string) => {
    const issue = fieldIssues.find((candidate) => candidate.field === field);
    return issue ? formIssueMessage(issue, t, locale) : undefined;
  };
  const dataError = !submitted
    ? undefined
    : dataState.kind === 'none'
      ? t('allocate.chooseFile')
      : dataState.kind === 'refused' && mode === 'form'
        ? t('formula.fixData')
        : dataState.kind === 'not_csv' && mode === 'form'
          ? t('formula.chooseCsv')
          : undefined;
  const jsonError = (() => {
    if (!submitted || mode !== 'json') return undefined;
    try {
      JSON.parse(jsonText);
      return undefined;
    } catch (parseError) {
      return t('formula.issue.notJson', { message: String(parseError) });
    }
  })();
  const summary: [string, string][] = [
    ...(dataError ? [['data-file', dataError] as [string, string]] : []),
    ...(jsonError ? [['model', jsonError] as [string, string]] : []),
    ...fieldIssues.map((issue): [string, string] => [
      inputId(issue.field),
      formIssueMessage(issue, t, locale),
    ]),
  ];

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const modelText =
      mode === 'json'
        ? jsonText
        : checked.ok
          ? `${JSON.stringify(checked.json, null, 2)}\n`
          : undefined;
    let jsonValid = true;
    if (mode === 'json') {
      try {
        JSON.parse(jsonText);
      } catch {
        jsonValid = false;
      }
    }
    const dataUsable = mode === 'json' ? file !== undefined : dataState.kind === 'read';
    if (!file || !dataUsable || modelText === undefined || !jsonValid) {
      upload.reset();
      setAttempt((a) => a + 1);
      return;
    }
    announce(t('allocate.uploading', { file: file.name }));
    const outcome = await upload.run({ model: modelText, file });
    if (!outcome.ok) announce(t('allocate.refused'));
  };

  const showJson = () => {
    const json: AllocationModelJson = checked.ok
      ? checked.json
      : {
          budget_kr: grant.totalAmountKr,
          components: form.components.map((component) => ({
            name: component.name || component.indicator || 'komponent',
            indicator: component.indicator || 'kolumn',
          })),
        };
    setJsonText(`${JSON.stringify(json, null, 2)}\n`);
    setJsonProblem(undefined);
    setMode('json');
  };
  const showForm = () => {
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(jsonText);
    } catch (parseError) {
      return setJsonProblem(t('formula.jsonNotForm', { reason: String(parseError) }));
    }
    const parsed = AllocationModelJsonSchema.safeParse(parsedJson);
    const model = parseAllocationModel(parsedJson);
    if (!parsed.success || !model.ok) {
      const first = model.ok ? undefined : model.issues[0];
      return setJsonProblem(
        t('formula.jsonNotForm', { reason: first ? describeIssue(first, language) : '' }),
      );
    }
    setForm(modelJsonToForm(toAllocationModelJson(model.model), language));
    setJsonProblem(undefined);
    setMode('form');
  };

  const updateComponent = (index: number, change: Partial<ModelFormComponent>) =>
    setForm((current) => ({
      ...current,
      components: current.components.map((component, at) =>
        at === index ? { ...component, ...change } : component,
      ),
    }));

  return (
    <>
      <ErrorSummary errors={summary} attempt={attempt} />
      {upload.error ? (
        <ProblemAlert
          error={upload.error}
          title={
            upload.error.status === 422 ? t('allocate.refusedTitle') : t('allocate.failedTitle')
          }
        />
      ) : null}
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
        <fieldset>
          <legend>{t('allocate.formulaLegend')}</legend>
          <Field
            id="data-file"
            label={t('formula.dataFile')}
            hint={t('formula.dataHint')}
            error={dataError}
          >
            {(describedBy) => (
              <input
                id="data-file"
                type="file"
                className="input-file"
                accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={describedBy}
                aria-invalid={dataError ? true : undefined}
                onChange={(event) => void onFile(event.currentTarget.files?.[0])}
              />
            )}
          </Field>
          <DataSummary state={dataState} />
        </fieldset>

        {mode === 'form' ? (
          <>
            <fieldset aria-describedby="components-hint">
              <legend>{t('formula.componentsLegend')}</legend>
              <p id="components-hint" className="field__hint">
                {t('formula.componentsHint', { budget: formatKronor(budgetKr, locale) })}
              </p>
              {fieldError('components') ? (
                <FieldError id="components-error" message={fieldError('components') ?? ''} />
              ) : null}
              {form.components.map((component, index) => (
                <ComponentFields
                  key={index}
                  index={index}
                  component={component}
                  columns={columns}
                  count={form.components.length}
                  error={fieldError}
                  onChange={(change) => updateComponent(index, change)}
                  onRemove={() =>
                    setForm((current) => ({
                      ...current,
                      components: current.components.filter((_, at) => at !== index),
                    }))
                  }
                />
              ))}
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  setForm((current) => ({
                    ...current,
                    components: [...current.components, { ...emptyComponent(), sharePercent: '' }],
                  }))
                }
              >
                {t('formula.addComponent')}
              </button>
            </fieldset>
            <Field
              id="minimum"
              label={t('formula.minimum')}
              hint={t('formula.minimumHint')}
              error={fieldError('minimumKr')}
            >
              {(describedBy) => (
                <input
                  id="minimum"
                  className="input input--amount"
                  inputMode="numeric"
                  value={form.minimumKr}
                  onChange={(event) => {
                    const minimumKr = event.currentTarget.value;
                    setForm((current) => ({ ...current, minimumKr }));
                  }}
                  aria-describedby={describedBy}
                  aria-invalid={fieldError('minimumKr') ? true : undefined}
                />
              )}
            </Field>
            <Field id="cap-column" label={t('formula.cap')} hint={t('formula.capHint')}>
              {(describedBy) => (
                <select
                  id="cap-column"
                  className="input"
                  value={form.capColumn}
                  onChange={(event) => {
                    const capColumn = event.currentTarget.value;
                    setForm((current) => ({ ...current, capColumn }));
                  }}
                  aria-describedby={describedBy}
                >
                  <option value="">{t('formula.noCap')}</option>
                  {columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <h2>{t('formula.roundingTitle')}</h2>
            <p>{t('formula.rounding', { budget: formatKronor(budgetKr, locale) })}</p>
            <p>
              <button type="button" className="button button--secondary" onClick={showJson}>
                {t('formula.showJson')}
              </button>
            </p>
          </>
        ) : (
          <>
            <Field
              id="model"
              label={t('allocate.model')}
              hint={t('formula.jsonHint')}
              error={jsonError ?? jsonProblem}
            >
              {(describedBy) => (
                <textarea
                  id="model"
                  className="input input--code"
                  rows={16}
                  spellCheck={false}
                  value={jsonText}
                  onChange={(event) => setJsonText(event.currentTarget.value)}
                  aria-describedby={describedBy}
                  aria-invalid={jsonError || jsonProblem ? true : undefined}
                />
              )}
            </Field>
            <p>
              <button type="button" className="button button--secondary" onClick={showForm}>
                {t('formula.showForm')}
              </button>
            </p>
          </>
        )}

        <FormulaPreview preview={preview} data={data} />

        <AllocateActions
          grantId={grant.id}
          submitLabel={t('allocate.submitFormula')}
          pending={upload.isPending}
        />
      </form>
    </>
  );
}

function DataSummary({ state }: { state: DataState }) {
  const { t, locale, language } = useI18n();
  if (state.kind === 'none') return null;
  if (state.kind === 'not_csv') return <p className="field__hint">{t('formula.dataXlsx')}</p>;
  if (state.kind === 'refused')
    return (
      <div className="alert alert--error" role="status">
        <p>{t('formula.dataRefused')}</p>
        <ul>
          {state.issues.slice(0, 20).map((issue, index) => (
            <li key={index}>{describeIssue(issue, language)}</li>
          ))}
        </ul>
      </div>
    );
  const { data } = state;
  return (
    <p role="status" data-testid="formula-data-summary">
      {t('formula.dataRead', {
        file: data.file,
        count: data.rows.length.toLocaleString(locale),
        names: data.numericColumns.join(', '),
      })}
    </p>
  );
}

interface ComponentFieldsProps {
  index: number;
  component: ModelFormComponent;
  columns: readonly string[];
  count: number;
  error: (field: string) => string | undefined;
  onChange: (change: Partial<ModelFormComponent>) => void;
  onRemove: () => void;
}

function ComponentFields({
  index,
  component,
  columns,
  count,
  error,
  onChange,
  onRemove,
}: ComponentFieldsProps) {
  const { t } = useI18n();
  const at = `components.${index}`;
  const id = `component-${index}`;
  const number = index + 1;
  const indicatorError = error(`${at}.indicator`);
  const shareError = error(`${at}.sharePercent`);
  const amountError = error(`${at}.amountKr`);
  return (
    <fieldset className="formula-component">
      <legend>{t('formula.component', { number })}</legend>
      <Field id={`${id}-indicator`} label={t('formula.indicator')} error={indicatorError}>
        {(describedBy) => (
          <select
            id={`${id}-indicator`}
            className="input"
            value={component.indicator}
            onChange={(event) =>
              onChange({ indicator: event.currentTarget.value, extra: undefined })
            }
            aria-describedby={describedBy}
            aria-invalid={indicatorError ? true : undefined}
          >
            <option value="">{t('formula.chooseColumn')}</option>
            {columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
            {component.indicator !== '' && !columns.includes(component.indicator) ? (
              <option value={component.indicator}>{component.indicator}</option>
            ) : null}
          </select>
        )}
      </Field>
      <Field id={`${id}-name`} label={t('formula.name')} hint={t('formula.nameHint')}>
        {(describedBy) => (
          <input
            id={`${id}-name`}
            className="input"
            value={component.name}
            onChange={(event) => onChange({ name: event.currentTarget.value })}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <fieldset>
        <legend>{t('formula.basis')}</legend>
        {(['share', 'amount'] as const).map((basis) => (
          <div className="radio" key={basis}>
            <input
              type="radio"
              id={`${id}-basis-${basis}`}
              name={`${id}-basis`}
              value={basis}
              checked={component.basis === basis}
              onChange={() => onChange({ basis })}
            />
            <label htmlFor={`${id}-basis-${basis}`}>{t(`formula.basis.${basis}`)}</label>
          </div>
        ))}
      </fieldset>
      {component.basis === 'share' ? (
        <Field
          id={`${id}-share`}
          label={t('formula.share')}
          hint={t('formula.shareHint')}
          error={shareError}
        >
          {(describedBy) => (
            <input
              id={`${id}-share`}
              className="input input--short"
              inputMode="decimal"
              value={component.sharePercent}
              onChange={(event) => onChange({ sharePercent: event.currentTarget.value })}
              aria-describedby={describedBy}
              aria-invalid={shareError ? true : undefined}
            />
          )}
        </Field>
      ) : (
        <Field id={`${id}-amount`} label={t('formula.amount')} error={amountError}>
          {(describedBy) => (
            <input
              id={`${id}-amount`}
              className="input input--amount"
              inputMode="numeric"
              value={component.amountKr}
              onChange={(event) => onChange({ amountKr: event.currentTarget.value })}
              aria-describedby={describedBy}
              aria-invalid={amountError ? true : undefined}
            />
          )}
        </Field>
      )}
      {count > 1 ? (
        <button type="button" className="button button--secondary button--small" onClick={onRemove}>
          {t('formula.removeComponent', { number })}
        </button>
      ) : null}
    </fieldset>
  );
}

function FormulaPreview({
  preview,
  data,
}: {
  preview: Preview | undefined;
  data: IndicatorData | undefined;
}) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="formula-preview-title" className="formula-preview">
      <h2 id="formula-preview-title">{t('formula.previewTitle')}</h2>
      {!preview || !data ? (
        <p>{t('formula.previewWaiting')}</p>
      ) : !preview.ok ? (
        <div className="alert alert--warning">
          <p>{t('formula.previewProblem')}</p>
          <ul>
            {preview.issues.slice(0, 20).map((issue, index) => (
              <li key={index}>{describeIssue(issue, language)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <PreviewResult result={preview.result} data={data} />
      )}
    </section>
  );
}

function PreviewResult({ result, data }: { result: AllocationResult; data: IndicatorData }) {
  const { t, locale } = useI18n();
  const names = new Map(data.rows.map((row) => [row.recipientCode, row.name]));
  const hasNames = data.rows.some((row) => row.name);
  const shown = result.rows.slice(0, PREVIEW_ROWS);
  const count = (value: number) => value.toLocaleString(locale);
  return (
    <>
      <p>{t('formula.previewIntro')}</p>
      <dl className="facts">
        <dt>{t('formula.previewRecipients')}</dt>
        <dd className="num" data-testid="formula-preview-count">
          {count(result.rows.length)}
        </dd>
        <dt>{t('formula.previewTotal')}</dt>
        <dd className="num" data-testid="formula-preview-total">
          {formatKronor(result.totalKr, locale)}
        </dd>
        <dt>{t('formula.previewMinimum')}</dt>
        <dd className="num" data-testid="formula-preview-minimum">
          {count(result.rows.filter((row) => row.minimumApplied).length)}
        </dd>
        <dt>{t('formula.previewCapped')}</dt>
        <dd className="num">{count(result.rows.filter((row) => row.capApplied).length)}</dd>
        {result.unallocatedKr > 0n ? (
          <>
            <dt>{t('formula.previewUnallocated')}</dt>
            <dd className="num">{formatKronor(result.unallocatedKr, locale)}</dd>
          </>
        ) : null}
      </dl>
      <TableScroll label={t('formula.previewTable', { count: shown.length })}>
        <table className="table table--compact">
          <caption>{t('formula.previewTable', { count: shown.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('formula.previewCode')}</th>
              {hasNames ? <th scope="col">{t('formula.previewName')}</th> : null}
              <th scope="col" className="num">
                {t('formula.previewAmount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.recipientCode}>
                <td>{row.recipientCode}</td>
                {hasNames ? <td>{names.get(row.recipientCode)}</td> : null}
                <td className="num">{formatKronor(row.amountKr, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {result.rows.length > shown.length ? (
        <p>{t('formula.previewMore', { count: count(result.rows.length - shown.length) })}</p>
      ) : null}
    </>
  );
}
