// A performance-based grant, agency side (/grants/:id/performance): the model (JSON, with the 2023
// hourly-employment model as a template), the key, expressions of interest registered on the
// recipients' behalf, the figures upload (a refused file lists every issue and stores nothing),
// the preview of every condition per recipient, and the saved calculations.
import { humanisedName } from '../../../domain/labels';
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Grant } from '../../../contracts/grants';
import { LocalDateSchema } from '../../../contracts/grants';
import type {
  PerformanceModelInput,
  PerformanceOverview,
  PerformancePreview,
} from '../../../contracts/performance';
import { PerformanceModelInputSchema } from '../../../contracts/performance';
import { api } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { useAuth } from '../../auth';
import { ExportLinks } from '../../components/export-links';
import { Dialog } from '../../components/dialog';
import { FiguresForm } from './figures-form';
import { ErrorSummary, Field } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { PerformanceTable } from './performance-table';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { formatDate, formatFigureValue, formatInstant, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { Language, Translate } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import { checkedBy, useZodForm } from '../../zod-form';
import { performanceTemplate } from './performance-template';
import {
  parsePerformanceModel,
  PerformanceModelJsonSchema,
  type PerformanceModelJson,
} from '../../../domain/performance/model';
import { describeIssue } from '../../../domain/issues';
import {
  applyConditionsForm,
  conditionsFormOf,
  type ConditionsForm,
} from '../../../domain/performance/conditions-form';
import { ConditionsEditor, conditionsInputId, conditionsIssueMessage } from './conditions-editor';

const TABLE_FILES =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function PerformancePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const grant = useApiQuery(queryKeys.grantDetail(id), (signal) => api.getGrant(id, signal));
  const overview = useApiQuery(queryKeys.performance(id), (signal) => api.performance(id, signal));
  usePageTitle(t('perf.title'));
  const error = grant.error ?? overview.error;
  if (error)
    return (
      <>
        <h1>{t('perf.title')}</h1>
        <ProblemAlert error={error} autoFocus={false} />
      </>
    );
  if (!grant.data || !overview.data)
    return (
      <>
        <h1>{t('perf.title')}</h1>
        <Loading />
      </>
    );
  return <PerformanceSetup grant={grant.data} overview={overview.data} />;
}

/**
 * A change to the grant's performance setup: announced when done, and when refused (`failed`,
 * the title of the problem shown); the overview loads again after it.
 */
function usePerformanceChange<TVariables, TData>(
  grantId: string,
  mutationFn: (variables: TVariables) => Promise<TData>,
  texts: { done: (data: TData, variables: TVariables) => string; failed: string },
) {
  const announce = useAnnounce();
  const mutation = useApiMutation({
    mutationFn,
    invalidates: [queryKeys.performance(grantId)],
    announce: texts.done,
  });
  return {
    ...mutation,
    run: async (variables: TVariables) => {
      const outcome = await mutation.run(variables);
      if (!outcome.ok) announce(texts.failed);
      return outcome;
    },
  };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function PerformanceSetup({ grant, overview }: { grant: Grant; overview: PerformanceOverview }) {
  const { t, locale } = useI18n();
  const published = overview.results.some((r) => r.status === 'published');
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">{t('grants.title')}</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/grants/${grant.id}`}>{grant.name}</Link>
      </p>
      <h1>{t('perf.title')}</h1>
      <p className="lead">
        {t('perf.intro', { amount: formatKronor(grant.totalAmountKr, locale) })}
      </p>
      <ModelSection grant={grant} overview={overview} disabled={published} />
      <KeySection grant={grant} overview={overview} disabled={published} />
      <InterestSection grant={grant} overview={overview} disabled={published} />
      <FiguresSection grant={grant} overview={overview} disabled={published} />
      <CalculationSection grant={grant} overview={overview} disabled={published} />
    </>
  );
}

interface SectionProps {
  grant: Grant;
  overview: PerformanceOverview;
  disabled: boolean;
}

const modelShape = PerformanceModelInputSchema.shape;
/** A last day as typed in a date input: blank for none. */
const optionalDay = (t: Translate) =>
  z
    .string()
    .transform((text) => (text === '' ? null : text))
    .pipe(checkedBy(LocalDateSchema.nullable(), t('validation.date')));

function modelFormSchema(t: Translate) {
  return z.object({
    modelText: checkedBy(modelShape.modelText, t('validation.tooLong', { max: 200_000 })),
    interestDeadlineOn: optionalDay(t),
    figuresDeadlineOn: optionalDay(t),
  }) satisfies z.ZodType<PerformanceModelInput, Record<keyof PerformanceModelInput, string>>;
}

const MODEL_IDS = {
  modelText: 'perf-model-text',
  interestDeadlineOn: 'perf-deadline',
  figuresDeadlineOn: 'perf-figures-deadline',
};

function ModelSection({ grant, overview, disabled }: SectionProps) {
  const { t, plural, language } = useI18n();
  const schema = useMemo(() => modelFormSchema(t), [t]);
  const form = useZodForm(schema, {
    modelText: overview.model === null ? '' : JSON.stringify(overview.model, null, 2),
    interestDeadlineOn: overview.interestDeadlineOn ?? '',
    figuresDeadlineOn: overview.figuresDeadlineOn ?? '',
  });
  const save = usePerformanceChange(
    grant.id,
    (input: PerformanceModelInput) =>
      api.savePerformanceModel(
        grant.id,
        input.modelText,
        input.interestDeadlineOn,
        input.figuresDeadlineOn,
      ),
    { done: () => t('perf.model.saved'), failed: t('perf.model.refused') },
  );
  const { errors } = form.formState;
  // The saved model passed the server's checks; the summary only counts its parts.
  const saved = PerformanceModelJsonSchema.safeParse(overview.model);
  const model = saved.success ? saved.data : null;
  // Conditions and pools as a form once there is a model (docs/decisions/0031); the whole model
  // as JSON for the expert, and for writing the figures and measurement points.
  const [conditions, setConditions] = useState<ConditionsEditing | null>(() =>
    model ? { base: model, form: conditionsFormOf(model, language) } : null,
  );
  const [conditionsSent, setConditionsSent] = useState(false);
  const [notForm, setNotForm] = useState<string | undefined>();
  const applied = conditions
    ? applyConditionsForm(conditions.base, conditions.form, language)
    : undefined;
  const conditionIssues = conditionsSent && applied && !applied.ok ? applied.issues : [];
  const showForm = () => {
    const parsed = readModelJson(form.getValues('modelText'), language);
    if (!parsed.ok) return setNotForm(t('conditions.notForm', { reason: parsed.reason }));
    setNotForm(undefined);
    setConditionsSent(false);
    setConditions({ base: parsed.json, form: conditionsFormOf(parsed.json, language) });
  };
  const showJson = () => {
    if (applied && !applied.ok) {
      setConditionsSent(true);
      return form.markFailed();
    }
    if (applied?.ok)
      form.setValue('modelText', JSON.stringify(applied.json, null, 2), { shouldDirty: true });
    setConditions(null);
  };
  const submit = form.submitWith((input) => save.run(input));
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    if (applied) {
      setConditionsSent(true);
      if (!applied.ok) {
        event.preventDefault();
        return form.markFailed();
      }
      form.setValue('modelText', JSON.stringify(applied.json, null, 2), { shouldDirty: true });
    }
    await submit(event);
  };
  return (
    <Section id="perf-model" title={t('perf.model.heading')}>
      {model ? (
        <p>
          {t('perf.model.summary', {
            figures: plural('perf.model.summary.figures', model.figures.length),
            conditions: plural('perf.model.summary.conditions', model.conditions.length),
            pools: plural('perf.model.summary.pools', model.pools.length),
          })}
        </p>
      ) : null}
      <ErrorSummary
        errors={[
          ...form.summary(
            Object.keys(MODEL_IDS),
            (name) => MODEL_IDS[name as keyof typeof MODEL_IDS],
          ),
          ...conditionIssues.map((issue): [string, string] => [
            conditionsInputId(issue.field),
            conditionsIssueMessage(issue, t),
          ]),
        ]}
        attempt={form.attempt}
      />
      {save.error ? (
        <ProblemAlert error={save.error} title={t('perf.model.refused')} headingLevel={3} />
      ) : null}
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
        {conditions ? (
          <>
            <ConditionsEditor
              form={conditions.form}
              figures={conditions.base.figures}
              issues={conditionIssues}
              disabled={disabled}
              onChange={(next) => setConditions({ ...conditions, form: next })}
            />
            <p>
              <button type="button" className="button button--secondary" onClick={showJson}>
                {t('conditions.showJson')}
              </button>
            </p>
          </>
        ) : (
          <>
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  form.setValue('modelText', performanceTemplate(grant.totalAmountKr), {
                    shouldDirty: true,
                  })
                }
                disabled={disabled}
              >
                {t('perf.model.template')}
              </button>{' '}
              <button type="button" className="button button--secondary" onClick={showForm}>
                {t('conditions.showForm')}
              </button>
            </p>
            {notForm ? <p className="field__error">{notForm}</p> : null}
            <Field
              id={MODEL_IDS.modelText}
              label={t('perf.model.label')}
              hint={t('perf.model.hint')}
              error={errors.modelText?.message}
            >
              {(describedBy) => (
                <textarea
                  id={MODEL_IDS.modelText}
                  className="input input--code"
                  rows={14}
                  spellCheck={false}
                  aria-describedby={describedBy}
                  aria-invalid={errors.modelText ? true : undefined}
                  disabled={disabled}
                  {...form.register('modelText')}
                />
              )}
            </Field>
          </>
        )}
        <DateField
          id={MODEL_IDS.interestDeadlineOn}
          label={t('perf.model.deadline')}
          registration={form.register('interestDeadlineOn')}
          error={errors.interestDeadlineOn?.message}
          disabled={disabled}
        />
        <DateField
          id={MODEL_IDS.figuresDeadlineOn}
          label={t('perf.figures.deadline')}
          hint={t('perf.figures.deadlineHint')}
          registration={form.register('figuresDeadlineOn')}
          error={errors.figuresDeadlineOn?.message}
          disabled={disabled}
        />
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={disabled || save.isPending}
          >
            {t('perf.model.save')}
          </button>
        </div>
      </form>
    </Section>
  );
}

interface ConditionsEditing {
  /** The model the form edits the conditions and pools of; the rest of it is saved unchanged. */
  base: PerformanceModelJson;
  form: ConditionsForm;
}

/** The model text as model.json, or why it cannot be shown as a form. */
function readModelJson(
  text: string,
  language: Language,
): { ok: true; json: PerformanceModelJson } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: String(error) };
  }
  const parsed = PerformanceModelJsonSchema.safeParse(value);
  if (parsed.success) return { ok: true, json: parsed.data };
  const checked = parsePerformanceModel(value);
  const first = checked.ok ? undefined : checked.issues[0];
  return { ok: false, reason: first ? describeIssue(first, language) : '' };
}

/** A labelled date input (a last day), empty for none. */
function DateField(props: {
  id: string;
  label: string;
  hint?: string;
  registration: UseFormRegisterReturn;
  error: string | undefined;
  disabled: boolean;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(describedBy) => (
        <input
          id={props.id}
          type="date"
          className="input"
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
          disabled={props.disabled}
          {...props.registration}
        />
      )}
    </Field>
  );
}

/** The chosen file of a file input, or the message to choose one. */
const chosenFile = (message: string) =>
  z.custom<FileList | null>().transform((files, context) => {
    const file = files?.[0];
    if (file) return file;
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  });

function UploadForm({
  id,
  grantId,
  label,
  hint,
  submitLabel,
  refusedTitle,
  doneText,
  upload,
  disabled,
}: {
  id: string;
  grantId: string;
  label: string;
  hint: ReactNode;
  submitLabel: string;
  refusedTitle: string;
  doneText: string;
  upload(file: File): Promise<unknown>;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const schema = useMemo(() => z.object({ file: chosenFile(t('allocate.chooseFile')) }), [t]);
  const form = useZodForm(schema, { file: null });
  const send = usePerformanceChange(grantId, ({ file }: { file: File }) => upload(file), {
    done: () => doneText,
    failed: refusedTitle,
  });
  const missing = form.formState.errors.file?.message;
  return (
    <>
      {send.error ? (
        <ProblemAlert error={send.error} title={refusedTitle} headingLevel={3} />
      ) : null}
      <form onSubmit={form.submitWith((input) => send.run(input))} noValidate className="form">
        <Field id={id} label={label} hint={hint} error={missing}>
          {(describedBy) => (
            <input
              id={id}
              type="file"
              className="input-file"
              accept={TABLE_FILES}
              aria-describedby={describedBy}
              aria-invalid={missing ? true : undefined}
              disabled={disabled}
              {...form.register('file')}
            />
          )}
        </Field>
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={disabled || send.isPending}
          >
            {submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}

function KeySection({ grant, overview, disabled }: SectionProps) {
  const { t, plural, locale } = useI18n();
  return (
    <Section id="perf-key" title={t('perf.key.heading')}>
      <p>
        {overview.key
          ? plural('perf.key.summary', overview.key.recipientCount, {
              amount: formatKronor(overview.key.totalKr, locale),
              file: overview.key.filename ?? '',
            })
          : t('perf.key.none')}
      </p>
      <UploadForm
        id="perf-key-file"
        grantId={grant.id}
        label={t('perf.key.label')}
        hint={
          <>
            {t('perf.key.hint')} <code>recipient_code,key_kr</code>
          </>
        }
        submitLabel={t('perf.key.upload')}
        refusedTitle={t('perf.key.refused')}
        doneText={t('perf.key.upload')}
        upload={(file) => api.uploadPerformanceKey(grant.id, file)}
        disabled={disabled}
      />
    </Section>
  );
}

/**
 * Recipient codes as typed, separated by spaces, commas or semicolons; the server checks each
 * (InterestRegistrationInputSchema) and names the ones it does not know.
 */
const interestSchema = z.object({
  codes: z.string().transform((text) => text.split(/[\s,;]+/).filter((code) => code !== '')),
});

function InterestSection({ grant, overview, disabled }: SectionProps) {
  const { t, plural, locale } = useI18n();
  const form = useZodForm(interestSchema, { codes: '' });
  const register = usePerformanceChange(
    grant.id,
    (codes: string[]) => api.registerInterest(grant.id, codes),
    {
      done: (_overview, codes) => plural('perf.interest.count', codes.length),
      failed: t('perf.interest.refused'),
    },
  );
  const onValid = async ({ codes }: { codes: string[] }) => {
    // Nothing typed: nothing to register, as before there was a form.
    if (codes.length === 0) return;
    if ((await register.run(codes)).ok) form.reset();
  };
  return (
    <Section id="perf-interest" title={t('perf.interest.heading')}>
      <p>{plural('perf.interest.count', overview.registrations.length)}</p>
      {overview.interestDeadlineOn ? (
        <p>
          {t('perf.model.deadline')}: {formatDate(overview.interestDeadlineOn, locale)}
        </p>
      ) : null}
      {register.error ? (
        <ProblemAlert error={register.error} title={t('perf.interest.refused')} headingLevel={3} />
      ) : null}
      <form onSubmit={form.submitWith(onValid)} noValidate className="form">
        <Field
          id="perf-interest-codes"
          label={t('perf.interest.label')}
          hint={t('perf.interest.hint')}
        >
          {(describedBy) => (
            <textarea
              id="perf-interest-codes"
              className="input"
              rows={3}
              aria-describedby={describedBy}
              disabled={disabled}
              {...form.register('codes')}
            />
          )}
        </Field>
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={disabled || register.isPending}
          >
            {t('perf.interest.register')}
          </button>
        </div>
      </form>
      {overview.registrations.length > 0 ? (
        <details>
          <summary>{t('perf.interest.list')}</summary>
          <ul className="compact-list">
            {overview.registrations.map((r) => (
              <li key={r.recipientCode}>
                {r.recipientCode} {r.recipientName} ({formatInstant(r.registeredAt, locale)})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Section>
  );
}

function FiguresSection({ grant, overview, disabled }: SectionProps) {
  const { t, plural, locale } = useI18n();
  const rows = overview.figures.rows;
  const formRows = rows.filter((row) => row.source !== 'upload').length;
  return (
    <Section id="perf-figures" title={t('perf.figures.heading')}>
      <p data-testid="figures-summary">
        {rows.length === 0
          ? t('perf.figures.none')
          : overview.figures.filename && formRows === 0
            ? plural('perf.figures.summary', rows.length, { file: overview.figures.filename })
            : plural('perf.figures.summaryForm', rows.length)}
      </p>
      {overview.figuresDeadlineOn ? (
        <p>
          {t('perf.figures.deadline')}: {formatDate(overview.figuresDeadlineOn, locale)}
        </p>
      ) : null}
      <FiguresTable grant={grant} overview={overview} disabled={disabled} />
      {formRows > 0 ? (
        <p className="notice notice--warning" data-testid="figures-form-rows">
          {plural('perf.figures.formRows', formRows)}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ExportLinks
          links={[
            {
              href: `/api/grants/${grant.id}/performance/figures.csv`,
              label: t('perf.figures.download'),
            },
          ]}
        />
      ) : null}
      <UploadForm
        id="perf-figures-file"
        grantId={grant.id}
        label={t('perf.figures.label')}
        hint={
          <>
            {t('perf.figures.hint')} <code>recipient_code</code>
          </>
        }
        submitLabel={t('perf.figures.upload')}
        refusedTitle={t('perf.figures.refused')}
        doneText={t('perf.figures.uploaded')}
        upload={(file) => api.uploadPerformanceFigures(grant.id, file)}
        disabled={disabled}
      />
    </Section>
  );
}

/**
 * Every registered recipient with its figures: the values, where they came from (portal, the
 * agency's form, a file and line), who saved them and when; a button opens the form to enter or
 * correct them for the recipient until a calculation is published.
 */
function FiguresTable({ grant, overview, disabled }: SectionProps) {
  const { t, locale, language } = useI18n();
  const { can } = useAuth();
  const [editing, setEditing] = useState<{ code: string; name: string } | null>(null);
  const model = overview.model as {
    figures?: { name: string; label?: string; label_en?: string }[];
  } | null;
  const figures = model?.figures ?? [];
  const byCode = new Map(overview.figures.rows.map((row) => [row.recipientCode, row]));
  const names = new Map(overview.registrations.map((r) => [r.recipientCode, r.recipientName]));
  const codes = [...new Set([...names.keys(), ...byCode.keys()])].sort();
  if (codes.length === 0 || figures.length === 0) return null;
  const value = (stored: string | null | undefined) =>
    stored === null || stored === undefined ? '–' : formatFigureValue(stored, locale);
  return (
    <>
      <TableScroll label={t('perf.figures.tableCaption')}>
        <table className="table" data-testid="figures-table">
          <caption className="visually-hidden">{t('perf.figures.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('perf.figures.col.recipient')}</th>
              {figures.map((figure) => (
                <th scope="col" className="num" key={figure.name}>
                  {language === 'en'
                    ? (figure.label_en ?? figure.label ?? humanisedName(figure.name))
                    : (figure.label ?? humanisedName(figure.name))}
                </th>
              ))}
              <th scope="col">{t('perf.figures.col.source')}</th>
              <th scope="col">{t('perf.figures.col.saved')}</th>
              {can('grant.edit') ? <th scope="col">{t('perf.figures.col.action')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => {
              const row = byCode.get(code);
              const name = names.get(code) ?? code;
              return (
                <tr key={code}>
                  <th scope="row">
                    {code} {name}
                  </th>
                  {figures.map((figure) => (
                    <td className="num" key={figure.name}>
                      {row ? value(row.values[figure.name]) : ''}
                    </td>
                  ))}
                  <td>
                    {row
                      ? row.source === 'upload'
                        ? t('figures.source.upload', {
                            file: row.sourceFilename ?? '',
                            line: row.sourceLine ?? '',
                          })
                        : t(`figures.source.${row.source}`)
                      : t('perf.figures.notReported')}
                  </td>
                  <td>
                    {row ? `${row.savedBy ?? '–'}, ${formatInstant(row.savedAt, locale)}` : ''}
                  </td>
                  {can('grant.edit') ? (
                    <td>
                      {names.has(code) && !disabled ? (
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => setEditing({ code, name })}
                        >
                          {t(row ? 'perf.figures.edit' : 'perf.figures.enter')}
                          <span className="visually-hidden">
                            {' '}
                            {code} {name}
                          </span>
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {editing ? (
        <Dialog
          wide
          title={t('perf.figures.dialogTitle', { name: editing.name, code: editing.code })}
          onClose={() => setEditing(null)}
        >
          <RecipientFiguresForm
            grantId={grant.id}
            code={editing.code}
            onSaved={() => setEditing(null)}
          />
        </Dialog>
      ) : null}
    </>
  );
}

function RecipientFiguresForm({
  grantId,
  code,
  onSaved,
}: {
  grantId: string;
  code: string;
  onSaved(): void;
}) {
  const view = useApiQuery(queryKeys.recipientFigures(grantId, code), (signal) =>
    api.recipientFigures(grantId, code, signal),
  );
  if (view.error && !view.data) return <ProblemAlert error={view.error} headingLevel={3} />;
  if (!view.data) return <Loading />;
  return (
    <FiguresForm
      key={view.data.reported?.version ?? 0}
      view={view.data}
      headingLevel={3}
      save={(input) => api.saveRecipientFigures(grantId, code, input)}
      invalidates={[queryKeys.performance(grantId)]}
      onSaved={onSaved}
      reload={() => void view.refetch()}
    />
  );
}

function CalculationSection({
  grant,
  overview,
  disabled,
}: {
  grant: Grant;
  overview: PerformanceOverview;
  disabled: boolean;
}) {
  const { t, plural, locale } = useI18n();
  const navigate = useNavigate();
  const [preview, setPreview] = useState<PerformancePreview | null>(null);
  // Previewing and calculating share one problem and one busy state: one runs at a time.
  const calc = usePerformanceChange(
    grant.id,
    async (kind: 'preview' | 'calculate') =>
      kind === 'preview'
        ? { preview: await api.previewPerformance(grant.id) }
        : { result: await api.calculatePerformance(grant.id) },
    {
      done: (_answer, kind) => t(kind === 'preview' ? 'perf.calc.preview' : 'perf.calc.calculate'),
      failed: t('perf.calc.failed'),
    },
  );
  const showPreview = async () => {
    const answer = await calc.run('preview');
    if (answer.ok && answer.data.preview) setPreview(answer.data.preview);
  };
  const calculate = async () => {
    const answer = await calc.run('calculate');
    if (answer.ok && answer.data.result) navigate(`/performance-results/${answer.data.result.id}`);
  };
  return (
    <Section id="perf-calc" title={t('perf.calc.heading')}>
      {calc.error ? (
        <ProblemAlert error={calc.error} title={t('perf.calc.failed')} headingLevel={3} />
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={showPreview}
          disabled={calc.isPending}
        >
          {t('perf.calc.preview')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={calculate}
          disabled={disabled || calc.isPending}
        >
          {t('perf.calc.calculate')}
        </button>
      </p>
      {overview.results.length > 0 ? (
        <>
          <h3>{t('perf.calc.results')}</h3>
          <ul>
            {overview.results.map((result) => (
              <li key={result.id}>
                <Link to={`/performance-results/${result.id}`}>
                  {plural('perf.calc.resultLink', result.qualified, {
                    date: formatInstant(result.createdAt, locale),
                    amount: formatKronor(result.totalKr, locale),
                  })}
                </Link>{' '}
                ({t(result.status === 'published' ? 'status.published' : 'status.draft')})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {preview ? <PerformanceTable calculation={preview} /> : null}
    </Section>
  );
}
