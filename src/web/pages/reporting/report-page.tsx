// A follow-up report ("återrapport"): the recipient fills it in and the signatory submits it; the
// case officer reads it and may reopen it or extend the last day. Nothing typed is lost: every
// change is kept at once in the browser (localStorage) and saved to the server shortly after
// (autosave with the report's version); without a network it stays local and is saved when the
// connection is back; if the server has a newer version (another tab, a colleague) the person is
// asked which to keep.
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { z } from 'zod';
import {
  FormDefinitionSchema,
  PRIVATE_SHARE_BANDS,
  YES_NO_NA,
  type PrivateShareBand,
  type YesNoNa,
} from '../../../domain/reporting/form-model';
import type { ProblemIssue } from '../../../contracts/problem';
import type { EconomicAnswersJson, Report, ReportDraftInput } from '../../../contracts/reporting';
import { DeadlineExtensionInputSchema, ReasonInputSchema } from '../../../contracts/reporting';
import { api } from '../../api-client';
import type { ApiError } from '../../api-client';
import { useAuth } from '../../auth';
import { Dialog } from '../../components/dialog';
import { ConfirmActDialog, useBindingAct } from '../../components/confirm-act';
import { useStepUp } from '../../components/step-up';
import type { Grant } from '../../../contracts/grants';
import { localDate, todayInStockholm } from '../../../domain/dates';
import { repaymentDemand } from '../../../domain/reporting/repayment-demand';
import { ErrorSummary, Field, FieldError } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { formatDate, formatInstant, formatKronor, wholeKronorInput } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { asApiError, queryKeys, useApiMutation, useApiQuery } from '../../query';
import { checkedBy, useZodForm } from '../../zod-form';
import { issuePlace, reportFieldId, type IssuePlace } from './report-issues';

const SurveyView = lazy(() => import('./survey-view'));

/** What the person typed, as typed (amounts as text, so a half-typed amount is kept too). */
interface Typed {
  usedKr: string;
  costs: Record<string, string>;
  privateProviders: YesNoNa | null;
  privateShareBand: PrivateShareBand | null;
  answers: Record<string, unknown>;
}

interface LocalCopy {
  /** The server version the typing started from. */
  baseVersion: number;
  typed: Typed;
  savedAt: string;
}

const storageKey = (grantId: string, code: string) => `statsbidrag.report.${grantId}.${code}`;

/** A copy in the browser is read back only in the shape this page writes; anything else is ignored. */
const LocalCopySchema = z.object({
  baseVersion: z.number().int(),
  typed: z.object({
    usedKr: z.string(),
    costs: z.record(z.string(), z.string()),
    privateProviders: z.enum(YES_NO_NA).nullable(),
    privateShareBand: z.enum(PRIVATE_SHARE_BANDS).nullable(),
    answers: z.record(z.string(), z.unknown()),
  }),
  savedAt: z.string(),
}) satisfies z.ZodType<LocalCopy>;

function readLocal(key: string): LocalCopy | null {
  try {
    const text = localStorage.getItem(key);
    if (!text) return null;
    const parsed = LocalCopySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function typedFrom(report: Report): Typed {
  const text = (v: number | null | undefined) => (v == null ? '' : String(v));
  return {
    usedKr: text(report.economic.usedKr),
    costs: Object.fromEntries(
      Object.entries(report.economic.costs).map(([id, kr]) => [id, text(kr)]),
    ),
    privateProviders: report.economic.privateProviders,
    privateShareBand: report.economic.privateShareBand,
    answers: report.answers,
  };
}

function economicOf(typed: Typed): EconomicAnswersJson {
  return {
    usedKr: wholeKronorInput(typed.usedKr) ?? null,
    costs: Object.fromEntries(
      Object.entries(typed.costs).map(([id, text]) => [id, wholeKronorInput(text) ?? null]),
    ),
    privateProviders: typed.privateProviders,
    privateShareBand: typed.privateShareBand,
  };
}

const same = (a: Typed, b: Typed) => JSON.stringify(a) === JSON.stringify(b);

/** The recipient's own report: /mina-bidrag/:grantId/aterrapport. */
export function MyReportPage() {
  const { grantId = '' } = useParams();
  const { session } = useAuth();
  const code = session?.user?.recipientCode ?? '';
  return <ReportPage grantId={grantId} code={code} />;
}

/** The officer's view of one report: /grants/:id/aterrapportering/:code. */
export function OfficerReportPage() {
  const { id = '', code = '' } = useParams();
  return <ReportPage grantId={id} code={code} officer />;
}

function ReportPage({
  grantId,
  code,
  officer,
}: {
  grantId: string;
  code: string;
  officer?: boolean;
}) {
  const { t } = useI18n();
  // Bumped when the report is replaced by the server's (submitted, reopened, "use the saved
  // one"): the editor starts afresh even when the version did not change.
  const [generation, setGeneration] = useState(0);
  const queryClient = useQueryClient();
  const report = useApiQuery(queryKeys.report(grantId, code), (signal) =>
    api.report(grantId, code, signal),
  );
  usePageTitle(
    report.data ? t('report.title', { name: report.data.grantName }) : t('report.titleShort'),
  );
  if (report.error) return <ProblemAlert error={report.error} />;
  if (!report.data) return <Loading />;
  return (
    <ReportEditor
      key={`${report.data.version}:${report.data.state}:${generation}`}
      initial={report.data}
      officer={officer === true}
      onReplaced={() =>
        void queryClient
          .invalidateQueries({ queryKey: queryKeys.report(grantId, code) })
          .then(() => setGeneration((g) => g + 1))
      }
    />
  );
}

type SaveState = 'saved' | 'pending' | 'saving' | 'offline' | 'conflict';

function ReportEditor({
  initial,
  officer,
  onReplaced,
}: {
  initial: Report;
  officer: boolean;
  onReplaced(): void;
}) {
  const { t, locale, language } = useI18n();
  const key = storageKey(initial.grantId, initial.recipientCode);
  const definition = useMemo(
    () => FormDefinitionSchema.parse(initial.definition),
    [initial.definition],
  );
  const editable = initial.mayEdit && initial.state !== 'submitted';
  // A local copy left from a network error or another tab wins over the server's if it was typed
  // on top of the server's current version; on top of an older one, the person chooses.
  const [startLocal] = useState(() => (editable ? readLocal(key) : null));
  const localNewer =
    startLocal !== null &&
    startLocal.baseVersion === initial.version &&
    !same(startLocal.typed, typedFrom(initial));
  const [typed, setTyped] = useState<Typed>(() =>
    localNewer ? startLocal!.typed : typedFrom(initial),
  );
  const [report, setReport] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>(localNewer ? 'pending' : 'saved');
  const [conflict, setConflict] = useState<LocalCopy | null>(() =>
    startLocal !== null &&
    startLocal.baseVersion !== initial.version &&
    !same(startLocal.typed, typedFrom(initial))
      ? startLocal
      : null,
  );
  const [error, setError] = useState<ApiError | null>(null);
  // What stopped the last attempt to submit: said at each field and in the error summary at the
  // top (which takes the focus), once; null until the person tries.
  const [submitIssues, setSubmitIssues] = useState<ProblemIssue[] | null>(null);
  const [submitAttempt, setSubmitAttempt] = useState(0);
  // The draft is saved by the autosave below, which keeps its own state (saving, offline,
  // conflict) and only borrows the mutation's stable send. It must see a lost connection as a
  // failure to keep the copy in the browser and say so (the client's networkMode 'always').
  const { mutateAsync: sendDraft } = useMutation({
    mutationFn: (input: ReportDraftInput) =>
      api.saveReport(initial.grantId, initial.recipientCode, input),
  });
  // Submitting binds the organisation: confirmed with the signatory's declaration and what it
  // means for repayment, then a receipt. The grant's repayment rules give that consequence.
  const grant = useApiQuery(queryKeys.grantDetail(initial.grantId), (signal) =>
    api.getGrant(initial.grantId, signal),
  );
  // The saved version the confirmation is about (set when it opens, after the last save).
  const [versionToSubmit, setVersionToSubmit] = useState(initial.version);
  const stepUp = useStepUp({
    kind: 'report.submit',
    grantId: initial.grantId,
    recipientCode: initial.recipientCode,
  });
  const submission = useBindingAct({
    stepUp,
    perform: async () => {
      try {
        const submitted = await api.submitReport(
          initial.grantId,
          initial.recipientCode,
          versionToSubmit,
          await stepUp.proof(),
        );
        localStorage.removeItem(key);
        return submitted;
      } catch (e) {
        // Refused all the same (changed meanwhile): said at the fields, as before confirming.
        const refused = asApiError(e);
        const issues = refused.status === 422 ? (refused.problem?.errors ?? []) : [];
        if (issues.length > 0) {
          refuseSubmission(issues);
          submission.cancel();
        }
        throw e;
      }
    },
    receiptOf: (submitted) => ({
      action: 'report.submitted',
      grantId: submitted.grantId,
      recipientCode: submitted.recipientCode,
    }),
    invalidates: [
      queryKeys.reportingOverview(initial.grantId),
      queryKeys.me,
      queryKeys.report(initial.grantId, initial.recipientCode),
    ],
  });
  const version = useRef(initial.version);
  const typedRef = useRef(typed);
  const saving = useRef<Promise<boolean> | null>(null);

  const change = useCallback(
    (next: Typed) => {
      // What the person corrects is no longer said to be wrong (until the next attempt).
      const edited = editedFields(typedRef.current, next);
      if (edited.size > 0)
        setSubmitIssues((issues) => {
          const left = issues?.filter((issue) => {
            const field = issuePlace(issue, definition, t)?.field;
            return field === undefined || !edited.has(field);
          });
          return left === undefined || left.length === issues?.length ? issues : left;
        });
      typedRef.current = next;
      setTyped(next);
      const copy: LocalCopy = {
        baseVersion: version.current,
        typed: next,
        savedAt: new Date().toISOString(),
      };
      try {
        localStorage.setItem(key, JSON.stringify(copy));
      } catch {
        // Storage full or disabled: the server save still runs.
      }
      setSaveState('pending');
    },
    [key, definition, t],
  );

  const save = useCallback(async (): Promise<boolean> => {
    if (saving.current) await saving.current;
    const sent = typedRef.current;
    const attempt = (async () => {
      setSaveState('saving');
      try {
        const saved = await sendDraft({
          version: version.current,
          economic: economicOf(sent),
          answers: sent.answers,
        });
        version.current = saved.version;
        setReport(saved);
        setError(null);
        if (same(typedRef.current, sent)) {
          localStorage.removeItem(key);
          setSaveState('saved');
        } else {
          localStorage.setItem(
            key,
            JSON.stringify({
              baseVersion: saved.version,
              typed: typedRef.current,
              savedAt: new Date().toISOString(),
            }),
          );
          setSaveState('pending');
        }
        return true;
      } catch (e) {
        const apiError = asApiError(e);
        if (apiError.kind === 'network') {
          setSaveState('offline');
        } else if (apiError.status === 409) {
          setSaveState('conflict');
          setConflict({ baseVersion: version.current, typed: sent, savedAt: '' });
        } else {
          setError(apiError);
          setSaveState('pending');
        }
        return false;
      }
    })();
    saving.current = attempt;
    const ok = await attempt;
    saving.current = null;
    return ok;
  }, [sendDraft, key]);

  // Autosave a moment after the last change; retry when offline, at once when the network is back.
  useEffect(() => {
    if (!editable || conflict) return;
    if (saveState === 'pending') {
      const timer = setTimeout(() => void save(), 1200);
      return () => clearTimeout(timer);
    }
    if (saveState === 'offline') {
      const retry = () => void save();
      window.addEventListener('online', retry);
      const timer = setInterval(retry, 5000);
      return () => {
        window.removeEventListener('online', retry);
        clearInterval(timer);
      };
    }
    return undefined;
  }, [editable, conflict, saveState, save]);

  const keepMine = async () => {
    const fresh = await api.report(initial.grantId, initial.recipientCode).catch(() => null);
    if (!fresh) return;
    version.current = fresh.version;
    setConflict(null);
    change(conflict?.typed ?? typedRef.current);
  };
  const useSaved = () => {
    localStorage.removeItem(key);
    setConflict(null);
    onReplaced();
  };

  const refuseSubmission = useCallback((issues: ProblemIssue[]) => {
    setSubmitIssues(issues);
    setSubmitAttempt((n) => n + 1);
  }, []);
  const submit = async () => {
    setError(null);
    if (saveState !== 'saved' && !(await save())) return;
    // The saved draft is checked in full first: a report that cannot be submitted is not offered
    // for confirmation, its issues are shown at their fields instead.
    const checked = await api.report(initial.grantId, initial.recipientCode).catch(() => null);
    if (checked && checked.version === version.current && checked.issues.length > 0) {
      setReport(checked);
      refuseSubmission(checked.issues);
      return;
    }
    setSubmitIssues(null);
    setVersionToSubmit(version.current);
    submission.open();
  };
  const place = useCallback(
    (issue: ProblemIssue) => issuePlace(issue, definition, t),
    [definition, t],
  );
  // Each field's first issue, by the field's key (`usedKr`, `cost:…`, `answer:<question>`).
  const fieldErrors = useMemo(() => {
    const byField = new Map<string, string>();
    for (const issue of submitIssues ?? []) {
      const at = place(issue);
      if (at && !byField.has(at.field)) byField.set(at.field, issue.message);
    }
    return byField;
  }, [submitIssues, place]);
  const answerErrors = useMemo(
    () =>
      Object.fromEntries(
        [...fieldErrors].flatMap(([field, message]) =>
          field.startsWith('answer:') ? [[field.slice('answer:'.length), message]] : [],
        ),
      ),
    [fieldErrors],
  );

  const economic = economicOf(typed);
  const used = economic.usedKr;
  const costSum = Object.values(economic.costs).reduce<number>((a, b) => a + (b ?? 0), 0);
  const variables = useMemo(
    () => ({
      received_kr: report.receivedKr,
      used_kr: used ?? undefined,
      unused_kr: used === null ? undefined : Math.max(report.receivedKr - used, 0),
    }),
    [report.receivedKr, used],
  );
  const readOnly = !editable;

  return (
    <>
      <p>
        <Link to={officer ? `/grants/${report.grantId}/aterrapportering` : '/mina-bidrag'}>
          {officer ? t('reporting.title') : t('myGrants.title')}
        </Link>
      </p>
      <h1>{t('report.title', { name: report.grantName })}</h1>
      <p className="lead">
        {t('report.intro', {
          recipient: `${report.recipientName} (${report.recipientCode})`,
          deadline: report.deadlineOn ? formatDate(report.deadlineOn, locale) : t('common.notSet'),
        })}
      </p>
      <ReportStatus report={report} saveState={editable ? saveState : null} />
      {conflict ? (
        <Dialog
          title={t('report.conflictTitle')}
          onClose={useSaved}
          actions={
            <>
              <button
                type="button"
                className="button button--primary"
                onClick={() => void keepMine()}
              >
                {t('report.conflictKeepMine')}
              </button>
              <button type="button" className="button button--secondary" onClick={useSaved}>
                {t('report.conflictUseSaved')}
              </button>
            </>
          }
        >
          <p>{t('report.conflictBody')}</p>
        </Dialog>
      ) : null}
      {submitIssues && submitIssues.length > 0 ? (
        <ErrorSummary
          errors={summaryEntries(submitIssues, place)}
          attempt={submitAttempt}
          find={findReportField}
        />
      ) : null}
      {error ? (
        <ProblemAlert
          error={error}
          title={t('report.errorTitle')}
          where={(issue) => place(issue)?.label}
        />
      ) : null}

      <section aria-labelledby="economic">
        <h2 id="economic">{t('report.economic')}</h2>
        <dl className="facts">
          <dt>{t('report.received')}</dt>
          <dd>{formatKronor(report.receivedKr, locale)}</dd>
        </dl>
        <AmountInput
          id={reportFieldId.usedKr}
          label={t('report.used')}
          error={fieldErrors.get('usedKr')}
          value={typed.usedKr}
          readOnly={readOnly}
          onChange={(usedKr) => change({ ...typedRef.current, usedKr })}
        />
        <p>
          {t('report.unused')}:{' '}
          <strong>
            {used === null ? '–' : formatKronor(Math.max(report.receivedKr - used, 0), locale)}
          </strong>
        </p>
        <fieldset className="field">
          <legend>{t('report.costs')}</legend>
          {definition.economic.costCategories.map((category) => (
            <AmountInput
              key={category.id}
              id={reportFieldId.cost(category.id)}
              label={category.label}
              error={fieldErrors.get(`cost:${category.id}`)}
              value={typed.costs[category.id] ?? ''}
              readOnly={readOnly}
              onChange={(text) =>
                change({
                  ...typedRef.current,
                  costs: { ...typedRef.current.costs, [category.id]: text },
                })
              }
            />
          ))}
          <p>
            {t('report.costSum', {
              sum: formatKronor(costSum, locale),
              used: used === null ? '–' : formatKronor(used, locale),
            })}
          </p>
        </fieldset>
        {definition.economic.askPrivateProviders ? (
          <>
            <Choice
              id={reportFieldId.privateProviders}
              legend={t('report.privateProviders')}
              error={fieldErrors.get('privateProviders')}
              name="privateProviders"
              value={typed.privateProviders}
              readOnly={readOnly}
              options={(['yes', 'no', 'not_applicable'] as const).map((v) => ({
                value: v,
                label: t(`report.yesNoNa.${v}`),
              }))}
              onChange={(privateProviders) =>
                change({
                  ...typedRef.current,
                  privateProviders,
                  privateShareBand:
                    privateProviders === 'yes' ? typedRef.current.privateShareBand : null,
                })
              }
            />
            {typed.privateProviders === 'yes' ? (
              <Choice
                id={reportFieldId.privateShareBand}
                legend={t('report.privateShareBand')}
                error={fieldErrors.get('privateShareBand')}
                name="privateShareBand"
                value={typed.privateShareBand}
                readOnly={readOnly}
                options={(['band_1_19', 'band_20_49', 'band_50_99', 'band_100'] as const).map(
                  (v) => ({ value: v, label: t(`report.band.${v}`) }),
                )}
                onChange={(privateShareBand) => change({ ...typedRef.current, privateShareBand })}
              />
            ) : null}
          </>
        ) : null}
      </section>

      <section aria-labelledby="questionnaire">
        <h2 id="questionnaire">{t('report.questionnaire')}</h2>
        <Suspense fallback={<Loading />}>
          <SurveyView
            survey={definition.survey}
            answers={typed.answers}
            variables={variables}
            language={language}
            readOnly={readOnly}
            errors={answerErrors}
            onChange={(answers) => change({ ...typedRef.current, answers })}
          />
        </Suspense>
      </section>

      {report.state !== 'submitted' &&
      !submitIssues?.length &&
      (report.issues.length > 0 || report.issuesChecked === 'draft') ? (
        <section aria-labelledby="remaining">
          <h2 id="remaining">{t('report.remaining')}</h2>
          {report.issuesChecked === 'draft' ? <p>{t('report.remainingDraft')}</p> : null}
          {report.issues.length > 0 ? (
            <ul className="issue-list">
              {summaryEntries(report.issues, place).map(([, text], i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {editable && report.maySubmit ? (
        <p className="actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!grant.data}
            onClick={() => void submit()}
          >
            {t('report.submit')}
          </button>
        </p>
      ) : editable ? (
        <p>{t('report.signatorySubmits')}</p>
      ) : null}
      {submission.isOpen && grant.data ? (
        <ConfirmActDialog
          title={t('confirm.report.title')}
          consequence={
            <p>
              <SubmissionConsequence report={report} grant={grant.data} usedKr={used ?? 0} />
            </p>
          }
          declaration={t('confirm.report.declaration')}
          confirmLabel={t('confirm.report.confirm')}
          stepUp={stepUp}
          act={submission}
        />
      ) : null}

      {report.repayment ? <Repayment report={report} /> : null}
      {report.submissions.length > 0 ? <Submissions report={report} /> : null}
      {officer ? <OfficerActions report={report} onDone={onReplaced} /> : null}
    </>
  );
}

/**
 * What submitting means for repayment, by the same rule the server applies on submission
 * (domain/reporting/repayment-demand), so the figures are those the act then records.
 */
function SubmissionConsequence({
  report,
  grant,
  usedKr,
}: {
  report: Report;
  grant: Grant;
  usedKr: number;
}) {
  const { t, locale } = useI18n();
  const demand = repaymentDemand({
    grant: {
      grantYear: grant.grantYear,
      repaymentRequired: grant.rules.repaymentRequired,
      waiverThresholdKr: BigInt(grant.rules.waiverThresholdKr),
      repaymentDeadlineOn: grant.repaymentDeadlineOn ? localDate(grant.repaymentDeadlineOn) : null,
    },
    recipientCode: report.recipientCode,
    revision: report.revision,
    receivedKr: BigInt(report.receivedKr),
    usedKr: BigInt(usedKr),
    submittedOn: todayInStockholm(new Date()),
  });
  if (demand.outcome === 'repay' && demand.dueOn)
    return (
      <>
        {t('confirm.report.consequenceRepay', {
          amount: formatKronor(demand.toRepayKr, locale),
          date: formatDate(demand.dueOn, locale),
        })}
      </>
    );
  if (demand.outcome === 'waived')
    return (
      <>
        {t('confirm.report.consequenceWaived', {
          amount: formatKronor(demand.waivedKr, locale),
        })}
      </>
    );
  return <>{t('confirm.report.consequenceNone')}</>;
}

function ReportStatus({ report, saveState }: { report: Report; saveState: SaveState | null }) {
  const { t, locale } = useI18n();
  if (report.state === 'submitted')
    return (
      <p className="notice notice--success" role="status">
        {t('report.submittedAt', {
          at: report.submittedAt ? formatInstant(report.submittedAt, locale) : '',
          by: report.submittedBy ?? '',
        })}
      </p>
    );
  return (
    <>
      {report.reopenedReason ? (
        <p className="notice notice--warning">
          {t('report.reopened', { reason: report.reopenedReason })}
        </p>
      ) : null}
      {report.deadlinePassed ? (
        <p className="notice notice--warning">{t('report.deadlinePassed')}</p>
      ) : null}
      {saveState ? (
        <p role="status" aria-live="polite" className="save-state" data-state={saveState}>
          {t(`report.save.${saveState}`)}
        </p>
      ) : null}
    </>
  );
}

function AmountInput({
  id,
  label,
  value,
  readOnly,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  readOnly: boolean;
  /** What the last attempt to submit found wrong here. */
  error?: string;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  const invalid = value.trim() !== '' && wholeKronorInput(value) === undefined;
  const message = invalid ? t('report.notWholeKronor') : error;
  return (
    <Field id={id} label={label} error={message}>
      {(describedBy) => (
        <input
          id={id}
          className="input input--amount"
          inputMode="numeric"
          value={value}
          readOnly={readOnly}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

function Choice<V extends string>({
  id,
  legend,
  name,
  value,
  options,
  readOnly,
  error,
  onChange,
}: {
  /** The first option's id (where the error summary's link leads). */
  id: string;
  legend: string;
  name: string;
  value: V | null;
  options: { value: V; label: string }[];
  readOnly: boolean;
  error?: string;
  onChange(value: V): void;
}) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={error ? 'field field--error' : 'field'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {error ? <FieldError id={errorId} message={error} /> : null}
      {options.map((option, index) => (
        <label key={option.value} className="radio">
          <input
            id={index === 0 ? id : undefined}
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={readOnly}
            onChange={() => onChange(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function Repayment({ report }: { report: Report }) {
  const { t, locale } = useI18n();
  const repayment = report.repayment!;
  return (
    <section aria-labelledby="repayment">
      <h2 id="repayment">{t('report.repayment')}</h2>
      <p>
        {repayment.outcome === 'repay'
          ? t('report.repayment.repay', {
              amount: formatKronor(repayment.toRepayKr, locale),
              due: repayment.dueOn ? formatDate(repayment.dueOn, locale) : '',
              ocr: repayment.ocrReference ?? '',
            })
          : repayment.outcome === 'waived'
            ? t('report.repayment.waived', { amount: formatKronor(repayment.waivedKr, locale) })
            : t('report.repayment.none')}
      </p>
      <p>
        <a
          className="button button--secondary"
          href={`/api/grants/${report.grantId}/reports/${report.recipientCode}/repayment.pdf`}
        >
          {t('report.repayment.letter')}
        </a>
      </p>
    </section>
  );
}

function Submissions({ report }: { report: Report }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="submissions">
      <h2 id="submissions">{t('report.submissions')}</h2>
      <TableScroll label={t('report.submissions')}>
        <table className="table">
          <caption className="visually-hidden">{t('report.submissions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.col.revision')}</th>
              <th scope="col">{t('report.col.submittedAt')}</th>
              <th scope="col" className="num">
                {t('report.used')}
              </th>
              <th scope="col" className="num">
                {t('report.unused')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.submissions.map((s) => (
              <tr key={s.revision}>
                <th scope="row">{s.revision}</th>
                <td>
                  {formatInstant(s.submittedAt, locale)} ({s.submittedBy})
                </td>
                <td className="num">{formatKronor(s.usedKr, locale)}</td>
                <td className="num">{formatKronor(s.unusedKr, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** The officer's reason, and the new last day when extending (blank when reopening). */
function officerSchema(t: Translate, reopening: boolean) {
  const reason = checkedBy(ReasonInputSchema.shape.reason, t('report.reasonError'));
  const deadlineOn = reopening
    ? z.string()
    : checkedBy(DeadlineExtensionInputSchema.shape.deadlineOn, t('validation.date'));
  return z.object({ reason, deadlineOn });
}

function OfficerActions({ report, onDone }: { report: Report; onDone(): void }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const reasonId = useId();
  const dateId = useId();
  const reopening = report.state === 'submitted';
  const schema = useMemo(() => officerSchema(t, reopening), [t, reopening]);
  const form = useZodForm(schema, { reason: '', deadlineOn: report.deadlineOn ?? '' });
  const act = useApiMutation({
    mutationFn: ({ reason, deadlineOn }: z.output<typeof schema>) =>
      reopening
        ? api.reopenReport(report.grantId, report.recipientCode, reason)
        : api.extendReportDeadline(report.grantId, report.recipientCode, deadlineOn, reason),
    invalidates: [queryKeys.reportingOverview(report.grantId)],
    onSuccess: onDone,
  });
  const { errors } = form.formState;
  if (!can('report.manage')) return null;
  const ids: Record<string, string> = { reason: reasonId, deadlineOn: dateId };
  return (
    <section aria-labelledby="officer-actions">
      <h2 id="officer-actions">{t('report.officerActions')}</h2>
      <ErrorSummary
        errors={form.summary(['reason', 'deadlineOn'], (name) => ids[name] ?? name)}
        attempt={form.attempt}
      />
      {act.error ? <ProblemAlert error={act.error} headingLevel={3} /> : null}
      <form noValidate onSubmit={form.submitWith((input) => act.run(input))}>
        <Field id={reasonId} label={t('report.reason')} error={errors.reason?.message}>
          {(describedBy) => (
            <textarea
              id={reasonId}
              className="input"
              aria-describedby={describedBy}
              aria-invalid={errors.reason ? true : undefined}
              {...form.register('reason')}
            />
          )}
        </Field>
        {reopening ? (
          <p className="actions">
            <button type="submit" className="button button--secondary" disabled={act.isPending}>
              {t('report.reopen')}
            </button>
          </p>
        ) : (
          <>
            <Field id={dateId} label={t('report.extendTo')} error={errors.deadlineOn?.message}>
              {(describedBy) => (
                <input
                  id={dateId}
                  type="date"
                  className="input"
                  aria-describedby={describedBy}
                  aria-invalid={errors.deadlineOn ? true : undefined}
                  {...form.register('deadlineOn')}
                />
              )}
            </Field>
            <p className="actions">
              <button type="submit" className="button button--secondary" disabled={act.isPending}>
                {t('report.extend')}
              </button>
            </p>
          </>
        )}
      </form>
    </section>
  );
}

/**
 * The error summary's entries: the field's name and the sentence ("Använt belopp: Svar saknas."),
 * linked to the field; an issue with no field of its own (the costs' sum) as its sentence alone.
 */
function summaryEntries(
  issues: ProblemIssue[],
  place: (issue: ProblemIssue) => IssuePlace | undefined,
): [string, string][] {
  return issues.map((issue) => {
    const at = place(issue);
    return at ? [at.id, `${at.label}: ${issue.message}`] : ['', issue.message];
  });
}

/** A question's input is SurveyJS's: found by the question's name, not an id of ours. */
function findReportField(id: string): HTMLElement | null {
  const own = document.getElementById(id);
  if (own) return own;
  const prefix = reportFieldId.question('');
  if (!id.startsWith(prefix)) return null;
  const question = document.querySelector(`[data-name="${CSS.escape(id.slice(prefix.length))}"]`);
  return (
    question?.querySelector<HTMLElement>('input, textarea, select, [tabindex]') ??
    (question as HTMLElement | null)
  );
}

/** The fields (issue-places' keys, report-issues.ts) whose typed value differs. */
function editedFields(before: Typed, after: Typed): Set<string> {
  const edited = new Set<string>();
  if (before.usedKr !== after.usedKr) edited.add('usedKr');
  if (before.privateProviders !== after.privateProviders) edited.add('privateProviders');
  if (before.privateShareBand !== after.privateShareBand) edited.add('privateShareBand');
  for (const id of new Set([...Object.keys(before.costs), ...Object.keys(after.costs)]))
    if (before.costs[id] !== after.costs[id]) edited.add(`cost:${id}`).add('costs');
  for (const name of new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]))
    if (JSON.stringify(before.answers[name]) !== JSON.stringify(after.answers[name]))
      edited.add(`answer:${name}`);
  return edited;
}
