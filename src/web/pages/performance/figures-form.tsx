// One recipient's performance figures (issue 6), for the recipient's portal and the agency's
// dialog alike: one labelled input per figure of the model, grouped by measurement point, with
// unit, allowed range and whether it is required as hints. The server checks every value with the
// same rules as an upload's cells; its issues (`values.<figure>`) are shown by each field and in
// the error summary, which takes the focus. A 409 (someone saved meanwhile) offers a reload.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { FiguresView, FigureValuesInput } from '../../../contracts/performance';
import { ApiError } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { formatDate, formatInstant } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';
import { ErrorSummary, Field } from '../../components/form-fields';
import { ProblemAlert } from '../../components/problem-alert';

type Figure = FiguresView['figures'][number];

const fieldId = (name: string) => `figure-${name}`;

/** The issue's sentence without its "Fält values.x: " prefix: the field itself says where. */
function withoutLocation(message: string, path: string): string {
  const at = message.indexOf(`${path}: `);
  return at < 0 ? message : message.slice(at + path.length + 2);
}

/** A value as Swedish (decimal comma) or English (point) readers write it. */
function localNumber(text: string, sv: boolean): string {
  return sv ? text.replace('.', ',') : text;
}

function figureHint(figure: Figure, t: Translate, sv: boolean): string {
  const min = figure.min === null ? null : localNumber(figure.min, sv);
  const max = figure.max === null ? null : localNumber(figure.max, sv);
  const range =
    min !== null && max !== null
      ? t('figures.hint.range', { min, max })
      : min !== null
        ? t('figures.hint.min', { min })
        : max !== null
          ? t('figures.hint.max', { max })
          : '';
  return [
    t('figures.hint.unit', { unit: figure.unit }),
    t(figure.type === 'integer' ? 'figures.hint.integer' : 'figures.hint.decimal'),
    range,
    t(figure.required ? 'figures.hint.required' : 'figures.hint.optional'),
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/** Who saved the figures, when and from where ("2026-03-02 10:30 av … (portalen)"). */
export function savedText(
  reported: NonNullable<FiguresView['reported']>,
  t: Translate,
  locale: Parameters<typeof formatInstant>[1],
): string {
  const source =
    reported.source === 'upload'
      ? t('figures.source.upload', {
          file: reported.sourceFilename ?? '',
          line: reported.sourceLine ?? '',
        })
      : t(`figures.source.${reported.source}`);
  return t('figures.lastSavedValue', {
    date: formatInstant(reported.savedAt, locale),
    who: reported.savedBy ?? '–',
    source,
  });
}

interface Props {
  view: FiguresView;
  save(input: FigureValuesInput): Promise<FiguresView>;
  onSaved(view: FiguresView): void;
  /** Fetches the figures again after a 409. */
  reload(): void;
  headingLevel?: 2 | 3;
}

export function FiguresForm({ view, save, onSaved, reload, headingLevel = 2 }: Props) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const sv = locale === 'sv-SE';
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      view.figures.map((f) => [f.name, localNumber(view.values[f.name] ?? '', sv)]),
    ),
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const saved = await save({
        values: Object.fromEntries(view.figures.map((f) => [f.name, texts[f.name] ?? ''])),
        version: view.reported?.version ?? null,
      });
      setFieldErrors({});
      announce(t('figures.saved'));
      onSaved(saved);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      const byField: Record<string, string> = {};
      for (const issue of caught.problem?.errors ?? []) {
        const name = issue.path?.replace(/^\/?values[./]/, '');
        if (issue.path && name && issue.path !== name && view.figures.some((f) => f.name === name))
          byField[name] ??= withoutLocation(issue.message, issue.path);
      }
      setFieldErrors(byField);
      const onlyFields =
        Object.keys(byField).length > 0 &&
        (caught.problem?.errors ?? []).every((issue) => issue.path?.match(/^\/?values[./]/));
      setProblem(onlyFields ? null : caught);
      setAttempt((a) => a + 1);
      announce(t('figures.notSavedTitle'));
    } finally {
      setBusy(false);
    }
  };

  const summary = view.figures.flatMap((f): [string, string][] => {
    const message = fieldErrors[f.name];
    if (!message) return [];
    return [[fieldId(f.name), message.includes(f.label) ? message : `${f.label}: ${message}`]];
  });
  const points = view.measurementPoints.filter((p) =>
    view.figures.some((f) => f.measurementPoint === p.id),
  );

  return (
    <>
      <dl className="facts">
        <dt>{t('figures.recipient')}</dt>
        <dd>
          {view.recipientName} ({view.recipientCode})
        </dd>
        <dt>{t('figures.deadline')}</dt>
        <dd>
          {view.figuresDeadlineOn
            ? t('figures.deadlineValue', { date: formatDate(view.figuresDeadlineOn, locale) })
            : t('figures.noDeadline')}
        </dd>
        <dt>{t('figures.lastSaved')}</dt>
        <dd data-testid="figures-last-saved">
          {view.reported ? savedText(view.reported, t, locale) : t('figures.notSaved')}
        </dd>
      </dl>
      {view.closedReason ? (
        <p className="notice notice--warning">{t(`figures.closed.${view.closedReason}`)}</p>
      ) : null}
      {problem ? (
        <ProblemAlert
          error={problem}
          headingLevel={headingLevel}
          title={t(problem.status === 409 ? 'figures.conflictTitle' : 'figures.notSavedTitle')}
        />
      ) : null}
      {problem?.status === 409 ? (
        <p>
          <button type="button" className="button button--secondary" onClick={reload}>
            {t('figures.reload')}
          </button>
        </p>
      ) : null}
      <ErrorSummary errors={summary} attempt={summary.length > 0 ? attempt : 0} />
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        {points.map((point) => (
          <fieldset key={point.id}>
            <legend>
              {t('figures.point', {
                label: point.label ?? point.id,
                date: formatDate(point.date, locale),
              })}
            </legend>
            {view.figures
              .filter((figure) => figure.measurementPoint === point.id)
              .map((figure) => (
                <Field
                  key={figure.name}
                  id={fieldId(figure.name)}
                  label={figure.label}
                  hint={figureHint(figure, t, sv)}
                  error={fieldErrors[figure.name]}
                >
                  {(describedBy) => (
                    <input
                      id={fieldId(figure.name)}
                      name={figure.name}
                      className="input input--amount"
                      type="text"
                      inputMode={figure.type === 'integer' ? 'numeric' : 'decimal'}
                      autoComplete="off"
                      value={texts[figure.name] ?? ''}
                      onChange={(event) =>
                        setTexts((current) => ({ ...current, [figure.name]: event.target.value }))
                      }
                      aria-describedby={describedBy}
                      aria-invalid={fieldErrors[figure.name] ? true : undefined}
                      aria-required={figure.required}
                      disabled={!view.editable}
                    />
                  )}
                </Field>
              ))}
          </fieldset>
        ))}
        {view.editable ? (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('figures.save')}
            </button>
          </div>
        ) : null}
      </form>
    </>
  );
}
