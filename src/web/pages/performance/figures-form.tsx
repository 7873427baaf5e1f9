// One recipient's performance figures (issue 6), for the recipient's portal and the agency's
// dialog alike: one labelled input per figure of the model, grouped by measurement point, with
// unit, allowed range and whether it is required as hints. The server checks every value with the
// same rules as an upload's cells; its issues (`values.<figure>`) are shown by each field and in
// the error summary, which takes the focus. A 409 (someone saved meanwhile) offers a reload.
import type { QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';
import { z } from 'zod';
import type { FiguresView, FigureValuesInput } from '../../../contracts/performance';
import { useAnnounce } from '../../announcer';
import { formatDate, formatInstant } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';
import { ErrorSummary, Field } from '../../components/form-fields';
import { ProblemAlert } from '../../components/problem-alert';
import { useApiMutation } from '../../query';
import { useZodForm } from '../../zod-form';

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
  /** What else shows these figures, to load again once saved. */
  invalidates?: readonly QueryKey[];
  onSaved(view: FiguresView): void;
  /** Fetches the figures again after a 409. */
  reload(): void;
  headingLevel?: 2 | 3;
}

/**
 * What is sent: every figure by name, as typed (the server reads and checks each value with the
 * upload's rules, so a value is only ever judged one way), with the version read. The form holds
 * one text per figure of the model, in its order.
 */
function figuresFormSchema(view: FiguresView) {
  return z.object({ values: z.array(z.string()) }).transform(({ values }): FigureValuesInput => ({
    values: Object.fromEntries(view.figures.map((f, i) => [f.name, values[i] ?? ''])),
    version: view.reported?.version ?? null,
  }));
}

/** The index of a server issue's figure (`values.<name>`, `/values/<name>`), or -1. */
function issueFigure(view: FiguresView, path: string | undefined): number {
  const name = path?.replace(/^\/?values[./]/, '');
  if (!path || !name || path === name) return -1;
  return view.figures.findIndex((f) => f.name === name);
}

export function FiguresForm({
  view,
  save,
  invalidates = [],
  onSaved,
  reload,
  headingLevel = 2,
}: Props) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const sv = locale === 'sv-SE';
  const schema = useMemo(() => figuresFormSchema(view), [view]);
  const form = useZodForm(schema, {
    values: view.figures.map((f) => localNumber(view.values[f.name] ?? '', sv)),
  });
  const {
    register,
    setError,
    formState: { errors },
  } = form;
  const send = useApiMutation({
    mutationFn: save,
    invalidates,
    announce: () => t('figures.saved'),
    onSuccess: onSaved,
  });

  const onValid = async (input: FigureValuesInput) => {
    const outcome = await send.run(input);
    if (outcome.ok) return;
    const seen = new Set<number>();
    for (const issue of outcome.error.problem?.errors ?? []) {
      const index = issueFigure(view, issue.path);
      if (index < 0 || seen.has(index)) continue;
      seen.add(index);
      setError(`values.${index}`, {
        type: 'server',
        message: withoutLocation(issue.message, issue.path ?? ''),
      });
    }
    form.markFailed();
    announce(t('figures.notSavedTitle'));
  };
  // The problem itself only when the fields do not already say all of it.
  const issues = send.error?.problem?.errors ?? [];
  const onlyFields =
    issues.some((issue) => issueFigure(view, issue.path) >= 0) &&
    issues.every((issue) => issue.path?.match(/^\/?values[./]/));
  const problem = send.error && !onlyFields ? send.error : null;

  const fieldError = (index: number) => errors.values?.[index]?.message;
  const summary = view.figures.flatMap((f, index): [string, string][] => {
    const message = fieldError(index);
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
      <ErrorSummary errors={summary} attempt={summary.length > 0 ? form.attempt : 0} />
      <form noValidate className="form" onSubmit={form.submitWith(onValid)}>
        {points.map((point) => (
          <fieldset key={point.id}>
            <legend>
              {t('figures.point', {
                label: point.label ?? point.id,
                date: formatDate(point.date, locale),
              })}
            </legend>
            {view.figures.map((figure, index) =>
              figure.measurementPoint === point.id ? (
                <Field
                  key={figure.name}
                  id={fieldId(figure.name)}
                  label={figure.label}
                  hint={figureHint(figure, t, sv)}
                  error={fieldError(index)}
                >
                  {(describedBy) => (
                    <input
                      id={fieldId(figure.name)}
                      className="input input--amount"
                      type="text"
                      inputMode={figure.type === 'integer' ? 'numeric' : 'decimal'}
                      autoComplete="off"
                      aria-describedby={describedBy}
                      aria-invalid={fieldError(index) ? true : undefined}
                      aria-required={figure.required}
                      disabled={!view.editable}
                      {...register(`values.${index}`)}
                    />
                  )}
                </Field>
              ) : null,
            )}
          </fieldset>
        ))}
        {view.editable ? (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={send.isPending}>
              {t('figures.save')}
            </button>
          </div>
        ) : null}
      </form>
    </>
  );
}
