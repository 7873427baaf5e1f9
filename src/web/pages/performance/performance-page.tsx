// A performance-based grant, agency side (/grants/:id/performance): the model (JSON, with the 2023
// hourly-employment model as a template), the key, expressions of interest registered on the
// recipients' behalf, the figures upload (a refused file lists every issue and stores nothing),
// the preview of every condition per recipient, and the saved calculations.
import { useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Grant } from '../../../contracts/grants';
import type { PerformanceOverview, PerformancePreview } from '../../../contracts/performance';
import { ApiError, api } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { useAuth } from '../../auth';
import { ExportLinks } from '../../components/export-links';
import { Dialog } from '../../components/dialog';
import { FiguresForm } from './figures-form';
import { Field } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { PerformanceTable } from './performance-table';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { formatDate, formatFigureValue, formatInstant, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { useResource } from '../../use-resource';
import { performanceTemplate } from './performance-template';

const TABLE_FILES =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function PerformancePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const grant = useResource(`grant:${id}`, (signal) => api.getGrant(id, signal));
  const overview = useResource(`performance:${id}`, (signal) => api.performance(id, signal));
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
  return <PerformanceSetup grant={grant.data} overview={overview.data} reload={overview.reload} />;
}

/** Runs a call, keeps its error to show, and announces the outcome. */
function useAction() {
  const announce = useAnnounce();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async <T,>(action: () => Promise<T>, done: string, failed: string) => {
    setError(null);
    setBusy(true);
    try {
      const value = await action();
      announce(done);
      return value;
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
      announce(failed);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function PerformanceSetup({
  grant,
  overview,
  reload,
}: {
  grant: Grant;
  overview: PerformanceOverview;
  reload(): void;
}) {
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
      <ModelSection grant={grant} overview={overview} reload={reload} disabled={published} />
      <KeySection grant={grant} overview={overview} reload={reload} disabled={published} />
      <InterestSection grant={grant} overview={overview} reload={reload} disabled={published} />
      <FiguresSection grant={grant} overview={overview} reload={reload} disabled={published} />
      <CalculationSection grant={grant} overview={overview} disabled={published} />
    </>
  );
}

interface SectionProps {
  grant: Grant;
  overview: PerformanceOverview;
  reload(): void;
  disabled: boolean;
}

function ModelSection({ grant, overview, reload, disabled }: SectionProps) {
  const { t, plural } = useI18n();
  const [text, setText] = useState(() =>
    overview.model === null ? '' : JSON.stringify(overview.model, null, 2),
  );
  const [deadline, setDeadline] = useState(overview.interestDeadlineOn ?? '');
  const [figuresDeadline, setFiguresDeadline] = useState(overview.figuresDeadlineOn ?? '');
  const action = useAction();
  const model = overview.model as {
    figures?: unknown[];
    conditions?: unknown[];
    pools?: unknown[];
  } | null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await action.run(
      () =>
        api.savePerformanceModel(
          grant.id,
          text,
          deadline === '' ? null : deadline,
          figuresDeadline === '' ? null : figuresDeadline,
        ),
      t('perf.model.saved'),
      t('perf.model.refused'),
    );
    if (saved) reload();
  };
  return (
    <Section id="perf-model" title={t('perf.model.heading')}>
      {model ? (
        <p>
          {t('perf.model.summary', {
            figures: plural('perf.model.summary.figures', model.figures?.length ?? 0),
            conditions: plural('perf.model.summary.conditions', model.conditions?.length ?? 0),
            pools: plural('perf.model.summary.pools', model.pools?.length ?? 0),
          })}
        </p>
      ) : null}
      {action.error ? (
        <ProblemAlert error={action.error} title={t('perf.model.refused')} headingLevel={3} />
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setText(performanceTemplate(grant.totalAmountKr))}
            disabled={disabled}
          >
            {t('perf.model.template')}
          </button>
        </p>
        <Field id="perf-model-text" label={t('perf.model.label')} hint={t('perf.model.hint')}>
          {(describedBy) => (
            <textarea
              id="perf-model-text"
              className="input input--code"
              rows={14}
              spellCheck={false}
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-describedby={describedBy}
              disabled={disabled}
            />
          )}
        </Field>
        <DateField
          id="perf-deadline"
          label={t('perf.model.deadline')}
          value={deadline}
          onChange={setDeadline}
          disabled={disabled}
        />
        <DateField
          id="perf-figures-deadline"
          label={t('perf.figures.deadline')}
          hint={t('perf.figures.deadlineHint')}
          value={figuresDeadline}
          onChange={setFiguresDeadline}
          disabled={disabled}
        />
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={disabled || action.busy}
          >
            {t('perf.model.save')}
          </button>
        </div>
      </form>
    </Section>
  );
}

/** A labelled date input (a last day), empty for none. */
function DateField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  disabled: boolean;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint}>
      {(describedBy) => (
        <input
          id={props.id}
          type="date"
          className="input"
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          aria-describedby={describedBy}
          disabled={props.disabled}
        />
      )}
    </Field>
  );
}

function UploadForm({
  id,
  label,
  hint,
  submitLabel,
  refusedTitle,
  doneText,
  upload,
  reload,
  disabled,
}: {
  id: string;
  label: string;
  hint: string;
  submitLabel: string;
  refusedTitle: string;
  doneText: string;
  upload(file: File): Promise<unknown>;
  reload(): void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const action = useAction();
  const [missing, setMissing] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (!file) return;
    const done = await action.run(() => upload(file), doneText, refusedTitle);
    if (done) reload();
  };
  return (
    <>
      {action.error ? (
        <ProblemAlert error={action.error} title={refusedTitle} headingLevel={3} />
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        <Field
          id={id}
          label={label}
          hint={hint}
          error={missing ? t('allocate.chooseFile') : undefined}
        >
          {(describedBy) => (
            <input
              id={id}
              ref={input}
              type="file"
              className="input-file"
              accept={TABLE_FILES}
              aria-describedby={describedBy}
              aria-invalid={missing ? true : undefined}
              disabled={disabled}
            />
          )}
        </Field>
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={disabled || action.busy}
          >
            {submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}

function KeySection({ grant, overview, reload, disabled }: SectionProps) {
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
        label={t('perf.key.label')}
        hint={t('perf.key.hint')}
        submitLabel={t('perf.key.upload')}
        refusedTitle={t('perf.key.refused')}
        doneText={t('perf.key.upload')}
        upload={(file) => api.uploadPerformanceKey(grant.id, file)}
        reload={reload}
        disabled={disabled}
      />
    </Section>
  );
}

function InterestSection({ grant, overview, reload, disabled }: SectionProps) {
  const { t, plural, locale } = useI18n();
  const [codes, setCodes] = useState('');
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = codes.split(/[\s,;]+/).filter((code) => code !== '');
    if (list.length === 0) return;
    const done = await action.run(
      () => api.registerInterest(grant.id, list),
      plural('perf.interest.count', list.length),
      t('perf.interest.refused'),
    );
    if (done) {
      setCodes('');
      reload();
    }
  };
  return (
    <Section id="perf-interest" title={t('perf.interest.heading')}>
      <p>{plural('perf.interest.count', overview.registrations.length)}</p>
      {overview.interestDeadlineOn ? (
        <p>
          {t('perf.model.deadline')}: {formatDate(overview.interestDeadlineOn, locale)}
        </p>
      ) : null}
      {action.error ? (
        <ProblemAlert error={action.error} title={t('perf.interest.refused')} headingLevel={3} />
      ) : null}
      <form onSubmit={submit} noValidate className="form">
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
              value={codes}
              onChange={(event) => setCodes(event.target.value)}
              aria-describedby={describedBy}
              disabled={disabled}
            />
          )}
        </Field>
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={disabled || action.busy}
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

function FiguresSection({ grant, overview, reload, disabled }: SectionProps) {
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
      <FiguresTable grant={grant} overview={overview} reload={reload} disabled={disabled} />
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
        label={t('perf.figures.label')}
        hint={t('perf.figures.hint')}
        submitLabel={t('perf.figures.upload')}
        refusedTitle={t('perf.figures.refused')}
        doneText={t('perf.figures.uploaded')}
        upload={(file) => api.uploadPerformanceFigures(grant.id, file)}
        reload={reload}
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
function FiguresTable({ grant, overview, reload, disabled }: SectionProps) {
  const { t, locale } = useI18n();
  const { can } = useAuth();
  const [editing, setEditing] = useState<{ code: string; name: string } | null>(null);
  const model = overview.model as { figures?: { name: string; label?: string }[] } | null;
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
                  <abbr title={figure.label}>{figure.name}</abbr>
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
            onSaved={() => {
              setEditing(null);
              reload();
            }}
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
  const view = useResource(`figures:${grantId}:${code}`, (signal) =>
    api.recipientFigures(grantId, code, signal),
  );
  if (view.error) return <ProblemAlert error={view.error} headingLevel={3} />;
  if (!view.data) return <Loading />;
  return (
    <FiguresForm
      key={view.data.reported?.version ?? 0}
      view={view.data}
      headingLevel={3}
      save={(input) => api.saveRecipientFigures(grantId, code, input)}
      onSaved={onSaved}
      reload={view.reload}
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
  const action = useAction();
  const [preview, setPreview] = useState<PerformancePreview | null>(null);
  const showPreview = async () => {
    const answer = await action.run(
      () => api.previewPerformance(grant.id),
      t('perf.calc.preview'),
      t('perf.calc.failed'),
    );
    if (answer) setPreview(answer);
  };
  const calculate = async () => {
    const result = await action.run(
      () => api.calculatePerformance(grant.id),
      t('perf.calc.calculate'),
      t('perf.calc.failed'),
    );
    if (result) navigate(`/performance-results/${result.id}`);
  };
  return (
    <Section id="perf-calc" title={t('perf.calc.heading')}>
      {action.error ? (
        <ProblemAlert error={action.error} title={t('perf.calc.failed')} headingLevel={3} />
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={showPreview}
          disabled={action.busy}
        >
          {t('perf.calc.preview')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={calculate}
          disabled={disabled || action.busy}
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
