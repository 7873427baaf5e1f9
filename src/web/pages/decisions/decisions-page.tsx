// A grant's decisions (/grants/:id/decisions): prepare drafts from a source (case officer), issue
// the selected or all drafts (decision maker), download each letter or all issued ones, and set the
// appeal text of decisions prepared from now on.
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { Link, useParams } from 'react-router-dom';
import type { Decision, GrantDecisions } from '../../../contracts/decisions';
import { AppealTextInputSchema } from '../../../contracts/decisions';
import { api } from '../../api-client';
import { useAuth } from '../../auth';
import { ErrorSummary, Field } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { decisionFileLinks, decisionsApi } from './api';
import { formatDate, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { usePageTitle } from '../../layout';
import { optionalText } from '../../forms';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import { checkedBy, useZodForm } from '../../zod-form';
import { ConfirmActDialog, useBindingAct } from '../../components/confirm-act';
import { CorrectionDialog, DiscardDraftDialog, EditDraftDialog } from './decision-dialogs';

type Opened = { kind: 'edit' | 'discard' | 'correct'; decision: Decision } | null;

export function DecisionsPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  usePageTitle(t('decisions.title'));
  const grant = useApiQuery(queryKeys.grantDetail(id), (signal) => api.getGrant(id, signal));
  const decisions = useApiQuery(queryKeys.decisions(id), (signal) =>
    decisionsApi.grantDecisions(id, signal),
  );
  const error = grant.error ?? decisions.error;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/grants/${id}`}>{t('decisions.back')}</Link>
      </p>
      <h1>{t('decisions.title')}</h1>
      {grant.data ? <p className="lead">{grant.data.name}</p> : null}
      <p>{t('decisions.intro')}</p>
      {error ? <ProblemAlert error={error} autoFocus={false} /> : null}
      {decisions.data ? (
        <DecisionsView grantId={id} listed={decisions.data} />
      ) : error ? null : (
        <Loading />
      )}
    </>
  );
}

function DecisionsView({ grantId, listed }: { grantId: string; listed: GrantDecisions }) {
  const { t, plural, locale } = useI18n();
  const { can } = useAuth();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [opened, setOpened] = useState<Opened>(null);
  const change = useApiMutation({
    mutationFn: async (kind: string) => {
      const prepared = await decisionsApi.prepareDecisions(grantId, kind);
      return plural('decisions.prepared', prepared.created);
    },
    invalidates: [queryKeys.decisions(grantId)],
    announce: (message) => message,
  });
  // Which drafts the confirmation is about: the selected ones, or (null) every draft.
  const [toIssue, setToIssue] = useState<string[] | null>(null);
  const issue = useBindingAct({
    perform: () => decisionsApi.issueDecisions(grantId, toIssue),
    receiptOf: (issued) => ({ action: 'decision.issued', entityId: issued.items[0]?.id ?? '' }),
    invalidates: [queryKeys.decisions(grantId)],
  });
  const drafts = listed.items.filter((d) => d.status === 'draft');
  // Four eyes: drafts this person prepared or changed are someone else's to issue.
  const yours = new Set(listed.preparedByYou);
  // A clawback is not issued while the agency has no bankgiro to pay it back to (the server
  // refuses with agency.bankgiro_missing), so it is not offered until the bankgiro is set.
  const mayIssue = can('decision.issue');
  const settings = useApiQuery(queryKeys.agencySettings, (signal) => api.agencySettings(signal), {
    enabled: mayIssue && drafts.some((d) => d.kind === 'clawback'),
  });
  const noBankgiro = settings.data?.repaymentBankgiro === null;
  const waitsForBankgiro = (d: Decision) =>
    d.kind === 'clawback' && (noBankgiro || settings.isPending);
  const blockedClawbacks = drafts.filter((d) => waitsForBankgiro(d) && !yours.has(d.id));
  const issuable = drafts.filter((d) => !yours.has(d.id) && !waitsForBankgiro(d));
  const corrected = new Set(listed.items.map((d) => d.supersedesDecisionId));
  const references = new Map(listed.items.map((d) => [d.id, d.referenceNumber]));
  const mayPrepare = can('decision.prepare');
  const issuedCount = listed.items.length - drafts.length;
  const total = listed.items.reduce((sum, d) => sum + d.amountKr, 0);
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const openIssue = (ids: string[] | null) => {
    setToIssue(ids);
    issue.open();
  };
  const issuing = toIssue === null ? drafts : drafts.filter((d) => toIssue.includes(d.id));
  const prepare = (kind: string) => change.run(kind);
  return (
    <>
      {change.error ? <ProblemAlert error={change.error} headingLevel={2} /> : null}
      <div className="actions">
        {can('decision.prepare')
          ? listed.sourceKinds.map((kind) => (
              <button
                key={kind}
                type="button"
                className="button button--primary"
                disabled={change.isPending}
                onClick={() => void prepare(kind)}
              >
                {t('decisions.prepare', {
                  source: t(`decisions.source.${kind}` as MessageKey),
                })}
              </button>
            ))
          : null}
        {mayIssue && issuable.length > 0 ? (
          <>
            <button
              type="button"
              className="button button--primary"
              disabled={change.isPending || selected.size === 0}
              onClick={() => openIssue([...selected])}
            >
              {t('decisions.issueSelected', { count: selected.size })}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={change.isPending}
              onClick={() =>
                openIssue(issuable.length === drafts.length ? null : issuable.map((d) => d.id))
              }
            >
              {t('decisions.issueAll', { count: issuable.length })}
            </button>
          </>
        ) : null}
        {issuedCount > 0 ? (
          <a href={decisionFileLinks.grantLetters(grantId)} download>
            {t('decisions.allLetters')}
          </a>
        ) : null}
      </div>
      {mayIssue && noBankgiro && blockedClawbacks.length > 0 ? (
        <p className="notice notice--warning" role="note">
          {plural('decisions.clawbackNeedsBankgiro', blockedClawbacks.length)}
        </p>
      ) : null}
      {mayIssue && yours.size > 0 ? (
        <p className="notice notice--warning" role="note">
          {plural('decisions.yoursNotIssuable', yours.size)}
        </p>
      ) : null}
      {listed.items.length === 0 ? (
        <p>{t('decisions.empty')}</p>
      ) : (
        <>
          <p>
            {plural('decisions.totals', listed.items.length, {
              amount: formatKronor(total, locale),
            })}
          </p>
          <TableScroll label={t('decisions.tableCaption')}>
            <table className="table">
              <caption className="visually-hidden">{t('decisions.tableCaption')}</caption>
              <thead>
                <tr>
                  {mayIssue ? (
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label={t('decisions.selectAll')}
                        checked={issuable.length > 0 && selected.size === issuable.length}
                        disabled={issuable.length === 0}
                        onChange={(event) =>
                          setSelected(
                            event.target.checked ? new Set(issuable.map((d) => d.id)) : new Set(),
                          )
                        }
                      />
                    </th>
                  ) : null}
                  <th scope="col">{t('decisions.col.recipient')}</th>
                  <th scope="col" className="num">
                    {t('decisions.col.amount')}
                  </th>
                  <th scope="col">{t('decisions.col.status')}</th>
                  <th scope="col">{t('decisions.col.reference')}</th>
                  <th scope="col">{t('decisions.col.decidedOn')}</th>
                  <th scope="col">{t('decisions.col.payout')}</th>
                  <th scope="col">{t('decisions.col.letter')}</th>
                  {mayPrepare ? <th scope="col">{t('decisions.col.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {listed.items.map((decision) => (
                  <tr key={decision.id}>
                    {mayIssue ? (
                      <td>
                        {decision.status === 'draft' && yours.has(decision.id) ? (
                          <span className="muted">{t('decisions.yours')}</span>
                        ) : decision.status === 'draft' && waitsForBankgiro(decision) ? (
                          <span className="muted">{t('decisions.waitsForBankgiro')}</span>
                        ) : decision.status === 'draft' ? (
                          <input
                            type="checkbox"
                            aria-label={t('decisions.selectRow', { name: decision.recipientName })}
                            checked={selected.has(decision.id)}
                            onChange={(event) => toggle(decision.id, event.target.checked)}
                          />
                        ) : null}
                      </td>
                    ) : null}
                    <th scope="row">
                      {decision.recipientName} ({decision.recipientCode})
                    </th>
                    <td className="num">{formatKronor(decision.amountKr, locale)}</td>
                    <td>
                      <DecisionStatusTag status={decision.status} />
                      {decision.supersedesDecisionId ? (
                        <>
                          {' '}
                          {t('decisions.correctionOf', {
                            reference: references.get(decision.supersedesDecisionId) ?? '',
                          })}
                        </>
                      ) : null}
                    </td>
                    <td>{decision.referenceNumber ?? '–'}</td>
                    <td>{decision.decidedOn ? formatDate(decision.decidedOn, locale) : '–'}</td>
                    <td>
                      <PayoutCell decision={decision} />
                    </td>
                    <td>
                      <LetterLink decisionId={decision.id} name={decision.recipientName} />
                    </td>
                    {mayPrepare ? (
                      <td>
                        <RowActions
                          decision={decision}
                          corrected={corrected.has(decision.id)}
                          open={(kind) => setOpened({ kind, decision })}
                        />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      {issue.isOpen ? (
        <ConfirmActDialog
          title={t('confirm.decisions.title')}
          consequence={
            <p>
              {plural('confirm.decisions.consequence', issuing.length, {
                amount: formatKronor(
                  issuing.reduce((sum, d) => sum + d.amountKr, 0),
                  locale,
                ),
              })}
            </p>
          }
          confirmLabel={t('confirm.decisions.confirm', { count: issuing.length })}
          act={issue}
        />
      ) : null}
      {opened?.kind === 'edit' ? (
        <EditDraftDialog
          decision={opened.decision}
          limitKr={listed.draftLimits[opened.decision.id]}
          onClose={() => setOpened(null)}
        />
      ) : opened?.kind === 'discard' ? (
        <DiscardDraftDialog decision={opened.decision} onClose={() => setOpened(null)} />
      ) : opened?.kind === 'correct' ? (
        <CorrectionDialog
          decision={opened.decision}
          paidKr={listed.paidInChainKr[opened.decision.id] ?? 0}
          onClose={() => setOpened(null)}
        />
      ) : null}
      <AppealText grantId={grantId} current={listed.appealText} />
    </>
  );
}

/** Change or discard a draft; correct an issued decision that has no correction yet. */
function RowActions({
  decision,
  corrected,
  open,
}: {
  decision: Decision;
  corrected: boolean;
  open(kind: 'edit' | 'discard' | 'correct'): void;
}) {
  const { t } = useI18n();
  if (decision.kind === 'clawback') return null;
  const name = decision.recipientName;
  const button = (kind: 'edit' | 'discard' | 'correct', label: MessageKey) => (
    <button
      type="button"
      className="button button--quiet"
      aria-label={t(`${label}For` as MessageKey, { name })}
      onClick={() => open(kind)}
    >
      {t(label)}
    </button>
  );
  if (decision.status === 'draft')
    return (
      <span className="actions">
        {button('edit', 'decisions.action.edit')}
        {button('discard', 'decisions.action.discard')}
      </span>
    );
  return corrected ? null : button('correct', 'decisions.action.correct');
}

/** The decision letter (PDF), named for screen readers by whose it is. */
export function LetterLink({ decisionId, name }: { decisionId: string; name: string }) {
  const { t } = useI18n();
  return (
    <a
      href={decisionFileLinks.letter(decisionId)}
      download
      aria-label={t('decisions.letterFor', { name })}
    >
      {t('decisions.letter')}
    </a>
  );
}

export function DecisionStatusTag({ status }: { status: Decision['status'] }) {
  const { t } = useI18n();
  return (
    <span className={`tag tag--${status === 'draft' ? 'draft' : 'published'}`}>
      {t(status === 'draft' ? 'decisions.status.draft' : 'decisions.status.issued')}
    </span>
  );
}

/** Paid on a day, waiting in a batch, or not paid; general funds say so. */
export function PayoutCell({ decision }: { decision: Decision }) {
  const { t, locale } = useI18n();
  const payout = decision.payout;
  const channel = t(`decisions.channel.${decision.payoutChannel}`);
  if (!payout) return <>{t('decisions.payout.none')}</>;
  const text =
    payout.status === 'paid' && payout.paidOn
      ? t('decisions.payout.paid', { date: formatDate(payout.paidOn, locale) })
      : t('decisions.payout.pending', { date: formatDate(payout.paymentOn, locale) });
  return (
    <>
      {text} ({channel})
    </>
  );
}

function AppealText({ grantId, current }: { grantId: string; current: string }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const schema = useMemo(
    () =>
      z.object({
        // Blank: back to the standard text (null), as the contract has it.
        appealText: optionalText.pipe(
          checkedBy(AppealTextInputSchema.shape.appealText, t('decisions.appeal.error')),
        ),
      }),
    [t],
  );
  const form = useZodForm(schema, { appealText: current });
  const save = useApiMutation({
    mutationFn: ({ appealText }: z.output<typeof schema>) =>
      decisionsApi.setAppealText(grantId, appealText),
    invalidates: [queryKeys.decisions(grantId)],
    announce: () => t('decisions.appeal.saved'),
    onSuccess: (saved) => form.reset({ appealText: saved.appealText }),
  });
  const error = form.formState.errors.appealText?.message;
  return (
    <section aria-labelledby="appeal">
      <h2 id="appeal">{t('decisions.appeal.heading')}</h2>
      {can('decision.prepare') ? (
        <form
          noValidate
          onSubmit={(event) => void form.submitWith((input) => save.run(input))(event)}
        >
          <ErrorSummary
            errors={form.summary(['appealText'], () => 'appeal-text')}
            attempt={form.attempt}
          />
          {save.error ? <ProblemAlert error={save.error} headingLevel={3} /> : null}
          <Field
            id="appeal-text"
            label={t('decisions.appeal.label')}
            hint={t('decisions.appeal.help')}
            error={error}
          >
            {(describedBy) => (
              <textarea
                id="appeal-text"
                rows={6}
                aria-describedby={describedBy}
                aria-invalid={error ? true : undefined}
                {...form.register('appealText')}
              />
            )}
          </Field>
          <button type="submit" className="button button--secondary" disabled={save.isPending}>
            {t('decisions.appeal.save')}
          </button>
        </form>
      ) : (
        <p>{current}</p>
      )}
    </section>
  );
}
