// A recipient's requisition of one grant (/mina-bidrag/:id/rekvisition): the amount it may
// requisition and by when, the form (react-hook-form) to draft or change it, signing and
// withdrawing for the signatory, every signed version and the history. A 409 (someone else saved
// first, or the deadline passed) is shown in Swedish with a button to reload.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Link, useParams } from 'react-router-dom';
import type {
  RequisitionInput,
  RequisitionVersion,
  RequisitionView,
} from '../../../contracts/requisition';
import { ContactSchema, RequisitionWithdrawSchema } from '../../../contracts/requisition';
import { api } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { useAuth } from '../../auth';
import { AuditLog } from '../../components/audit-log';
import { ErrorSummary, Field } from '../../components/form-fields';
import { HeaderRow } from '../../components/header-row';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { ConfirmActDialog, useBindingAct } from '../../components/confirm-act';
import { useStepUp } from '../../components/step-up';
import { RequisitionStateTag } from './requisition-state-tag';
import { TableScroll } from '../../components/table-scroll';
import { formatDate, formatInstant, formatKronor, wholeKronorInput } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { usePageTitle } from '../../layout';
import { setServerErrors } from '../../forms';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import { checkedBy, useZodForm } from '../../zod-form';
import { SignatoryHandOff } from '../tasks/hand-off';

interface FormValues {
  choice: 'requisition' | 'decline';
  amountKr: string;
  wantsMore: boolean;
  moreAmountKr: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

const FIELD_IDS: Record<keyof FormValues, string> = {
  choice: 'req-choice-requisition',
  amountKr: 'req-amount',
  wantsMore: 'req-wants-more',
  moreAmountKr: 'req-more-amount',
  contactName: 'req-contact-name',
  contactEmail: 'req-contact-email',
  contactPhone: 'req-contact-phone',
};

/** The form field a server issue's path is about (`/contact/email` or `contact.email`). */
const fieldOfPath = (path: string | undefined): keyof FormValues | undefined =>
  path === undefined ? undefined : SERVER_PATHS[path.replace(/^\//, '').replace(/\//g, '.')];

const SERVER_PATHS: Record<string, keyof FormValues> = {
  amountKr: 'amountKr',
  wantsMore: 'wantsMore',
  moreAmountKr: 'moreAmountKr',
  declines: 'choice',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
};

/** An optional reason (blank: none), at most what the contract allows. */
const withdrawSchema = z.object({
  reason: z
    .string()
    .transform((text) => text.trim() || undefined)
    .pipe(RequisitionWithdrawSchema.shape.reason),
});

function toFormValues(view: RequisitionView): FormValues {
  const r = view.requisition;
  return {
    choice: r?.declines ? 'decline' : 'requisition',
    amountKr: r?.amountKr != null ? String(r.amountKr) : String(view.allocatedKr),
    wantsMore: r?.wantsMore ?? false,
    moreAmountKr: r?.moreAmountKr != null ? String(r.moreAmountKr) : '',
    contactName: r?.contact.name ?? '',
    contactEmail: r?.contact.email ?? '',
    contactPhone: r?.contact.phone ?? '',
  };
}

/**
 * The form's values checked with the contract's contact fields, the amounts read with the
 * domain's kronor parser (the amount at most what the organisation may requisition), and turned
 * into what is sent. The amounts are checked whatever else is wrong, so every error shows at once.
 */
function requisitionFormSchema(t: Translate, allocatedKr: number) {
  const contact = ContactSchema.shape;
  return z
    .object({
      choice: z.enum(['requisition', 'decline']),
      amountKr: z.string(),
      wantsMore: z.boolean(),
      moreAmountKr: z.string(),
      contactName: checkedBy(contact.name, t('requisition.error.contact')),
      contactEmail: z
        .string()
        .transform((text) => text.trim())
        .pipe(checkedBy(contact.email, t('requisition.error.email'))),
      contactPhone: checkedBy(contact.phone, t('requisition.error.phone')),
    })
    .superRefine(
      (values, context) => {
        if (values.choice === 'decline') return;
        const fail = (path: keyof FormValues, key: MessageKey) =>
          context.addIssue({ code: 'custom', path: [path], message: t(key) });
        const amount = wholeKronorInput(values.amountKr);
        if (amount === undefined) fail('amountKr', 'requisition.error.amount');
        else if (amount > allocatedKr) fail('amountKr', 'requisition.error.overAllocation');
        const more = wholeKronorInput(values.moreAmountKr);
        if (values.wantsMore && (more === undefined || more === 0))
          fail('moreAmountKr', 'requisition.error.more');
      },
      { when: () => true },
    )
    .transform((values): RequisitionInput => {
      const declines = values.choice === 'decline';
      const wantsMore = !declines && values.wantsMore;
      return {
        declines,
        amountKr: declines ? null : (wholeKronorInput(values.amountKr) ?? null),
        wantsMore,
        moreAmountKr: wantsMore ? (wholeKronorInput(values.moreAmountKr) ?? null) : null,
        contact: {
          name: values.contactName,
          email: values.contactEmail,
          phone: values.contactPhone,
        },
      };
    });
}

export function RequisitionPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  usePageTitle(t('requisition.title'));
  const view = useApiQuery(queryKeys.myRequisition(id), (signal) => api.myRequisition(id, signal));
  if (view.error && !view.data)
    return (
      <>
        <h1>{t('requisition.title')}</h1>
        <ProblemAlert error={view.error} autoFocus={false} />
      </>
    );
  if (!view.data) return <Loading />;
  const key = `${view.data.requisition?.id ?? 'new'}:${view.data.requisition?.version ?? 0}`;
  return <RequisitionContent view={view.data} reload={() => void view.refetch()} key={key} />;
}

/** A change to the requisition: what to send, and what to announce once it is done. */
interface RequisitionChange {
  send(): Promise<RequisitionView>;
  done: MessageKey;
}

function RequisitionContent({ view, reload }: { view: RequisitionView; reload(): void }) {
  const { t, locale } = useI18n();
  const { can } = useAuth();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const current = view;
  const grantId = current.grant.id;
  const requisition = current.requisition;
  const open = current.window !== 'closed' && !current.secondRoundConfirmed;
  const schema = useMemo(
    () => requisitionFormSchema(t, current.allocatedKr),
    [t, current.allocatedKr],
  );
  const form = useZodForm(schema, toFormValues(view));
  const {
    register,
    control,
    setError,
    formState: { errors, isSubmitting, isDirty, submitCount },
  } = form;
  const choice = useWatch({ control, name: 'choice' });
  const wantsMore = useWatch({ control, name: 'wantsMore' });
  const withdrawForm = useZodForm(withdrawSchema, { reason: '' });

  // Saving, signing and withdrawing all answer with the requisition as it now is: shown at once
  // (a new version starts the form afresh), then loaded again with the organisation's grants.
  const change = useApiMutation({
    mutationFn: (request: RequisitionChange) => request.send(),
    invalidates: [queryKeys.myRequisition(grantId), queryKeys.myGrants],
    announce: (_next, request) => t(request.done),
    onSuccess: (next) => queryClient.setQueryData(queryKeys.myRequisition(grantId), next),
  });
  const serverError = change.error;
  const act = async (request: RequisitionChange) => {
    const outcome = await change.run(request);
    if (outcome.ok) return;
    setServerErrors(outcome.error, setError, (path) => SERVER_PATHS[path]);
    // Issues about fields are said there and in the error summary, which then takes the focus.
    const issues = outcome.error.problem?.errors ?? [];
    if (issues.length > 0 && issues.every((issue) => fieldOfPath(issue.path))) form.markFailed();
    announce(t('requisition.notSaved'));
  };

  // Signing binds the organisation: confirmed with the signatory's declaration, then a receipt.
  const stepUp = useStepUp({
    kind: 'requisition.sign',
    grantId,
    recipientCode: current.recipientCode,
  });
  const sign = useBindingAct({
    perform: async () =>
      api.signRequisition(grantId, requisition?.version ?? 0, await stepUp.proof()),
    stepUp,
    receiptOf: (signed) => ({
      action: signed.requisition?.declines ? 'requisition.signed_decline' : 'requisition.signed',
      grantId: signed.grant.id,
      recipientCode: signed.recipientCode,
    }),
    invalidates: [queryKeys.myRequisition(grantId), queryKeys.myGrants],
  });

  const onSave = (input: RequisitionInput) =>
    act({
      send: () =>
        requisition
          ? api.updateRequisition(grantId, input, requisition.version)
          : api.createRequisition(grantId, input),
      done: 'requisition.saved',
    });

  const fieldLabels: Record<keyof FormValues, string> = {
    choice: t('requisition.choice'),
    amountKr: t('requisition.amount'),
    wantsMore: t('requisition.wantsMore'),
    moreAmountKr: t('requisition.moreAmount'),
    contactName: t('requisition.contactName'),
    contactEmail: t('requisition.contactEmail'),
    contactPhone: t('requisition.contactPhone'),
  };
  const summary = form.summary(
    Object.keys(FIELD_IDS),
    (name) => FIELD_IDS[name as keyof FormValues],
    (name) => fieldLabels[name as keyof FormValues],
  );
  const kr = (value: number) => formatKronor(value, locale);
  /** A labelled text input bound to the form, with hint and error; kronor get "kr" after. */
  const field = (
    name: 'amountKr' | 'moreAmountKr' | 'contactName' | 'contactEmail' | 'contactPhone',
    label: string,
    options: { hint?: string; kronor?: boolean; autoComplete?: string; type?: string },
  ) => (
    <Field id={FIELD_IDS[name]} label={label} hint={options.hint} error={errors[name]?.message}>
      {(describedBy) => {
        const input = (
          <input
            id={FIELD_IDS[name]}
            className={options.kronor ? 'input input--amount' : 'input'}
            type={options.type ?? 'text'}
            inputMode={options.kronor ? 'numeric' : undefined}
            autoComplete={options.autoComplete ?? 'off'}
            aria-describedby={describedBy}
            aria-invalid={errors[name] ? true : undefined}
            {...register(name)}
          />
        );
        return options.kronor ? (
          <span className="input-with-unit">
            {input} {t('common.kr')}
          </span>
        ) : (
          input
        );
      }}
    </Field>
  );

  return (
    <>
      <p className="breadcrumb">
        <Link to="/mina-bidrag">{t('myGrants.title')}</Link>
      </p>
      <div className="page-heading">
        <h1>{t('requisition.title')}</h1>
        <RequisitionStateTag state={requisition?.state ?? 'not_started'} />
      </div>
      <p className="lead">{current.grant.name}</p>
      <dl className="facts">
        <dt>{t('requisition.allocated')}</dt>
        <dd className="num">{kr(current.allocatedKr)}</dd>
        <dt>{t('myGrants.col.deadline')}</dt>
        <dd>
          {current.grant.requisitionDeadlineOn
            ? t('requisition.deadlineValue', {
                date: formatDate(current.grant.requisitionDeadlineOn, locale),
              })
            : t('common.notSet')}
        </dd>
        <dt>{t('requisition.window')}</dt>
        <dd>{t(`requisition.window.${current.window}`)}</dd>
        {current.latePermission ? (
          <>
            <dt>{t('requisition.latePermission')}</dt>
            <dd>
              {t('requisition.latePermissionValue', {
                date: formatDate(current.latePermission.untilOn, locale),
                reason: current.latePermission.reason,
              })}
            </dd>
          </>
        ) : null}
        <dt>{t('grant.rules.secondRound')}</dt>
        <dd>{t(current.grant.secondRound ? 'common.yes' : 'common.no')}</dd>
      </dl>

      {serverError ? (
        <ProblemAlert
          error={serverError}
          atField={(issue) => fieldOfPath(issue.path) !== undefined}
          title={
            serverError.status === 409 ? t('requisition.conflictTitle') : t('requisition.notSaved')
          }
        />
      ) : null}
      {serverError?.status === 409 ? (
        <p>
          <button type="button" className="button button--secondary" onClick={reload}>
            {t('requisition.reload')}
          </button>
        </p>
      ) : null}
      {submitCount > 0 ? <ErrorSummary errors={summary} attempt={form.attempt} /> : null}
      {requisition?.state === 'draft' && !can('requisition.sign') ? (
        <SignatoryHandOff grantId={grantId} kind="requisition_to_sign" />
      ) : null}

      {open && can('requisition.prepare') ? (
        <form noValidate className="form" onSubmit={form.submitWith(onSave)}>
          <fieldset className="radio-group">
            <legend className="field__label">{t('requisition.choice')}</legend>
            <div className="checkbox">
              <input
                type="radio"
                id="req-choice-requisition"
                value="requisition"
                {...register('choice')}
              />
              <label htmlFor="req-choice-requisition">{t('requisition.choice.requisition')}</label>
            </div>
            <div className="checkbox">
              <input type="radio" id="req-choice-decline" value="decline" {...register('choice')} />
              <label htmlFor="req-choice-decline">{t('requisition.choice.decline')}</label>
            </div>
          </fieldset>
          {choice === 'requisition' ? (
            <>
              {field('amountKr', t('requisition.amount'), {
                hint: t('requisition.amountHint', { amount: kr(current.allocatedKr) }),
                kronor: true,
              })}
              {current.grant.secondRound ? (
                <>
                  <div className="checkbox">
                    <input type="checkbox" id={FIELD_IDS.wantsMore} {...register('wantsMore')} />
                    <label htmlFor={FIELD_IDS.wantsMore}>{t('requisition.wantsMore')}</label>
                  </div>
                  {wantsMore
                    ? field('moreAmountKr', t('requisition.moreAmount'), {
                        hint: t('requisition.moreAmountHint'),
                        kronor: true,
                      })
                    : null}
                </>
              ) : null}
            </>
          ) : null}
          <fieldset>
            <legend>{t('requisition.contact')}</legend>
            {field('contactName', t('requisition.contactName'), { autoComplete: 'name' })}
            {field('contactEmail', t('requisition.contactEmail'), {
              autoComplete: 'email',
              type: 'email',
            })}
            {field('contactPhone', t('requisition.contactPhone'), {
              autoComplete: 'tel',
              type: 'tel',
            })}
          </fieldset>
          {requisition?.status === 'signed' ? <p>{t('requisition.changeNeedsSignature')}</p> : null}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {t(requisition ? 'requisition.saveChanges' : 'requisition.saveDraft')}
            </button>
          </div>
        </form>
      ) : (
        <p>{t(current.secondRoundConfirmed ? 'requisition.frozen' : 'requisition.closed')}</p>
      )}

      {open && requisition && can('requisition.sign') ? (
        <section aria-labelledby="sign-heading">
          <h2 id="sign-heading">{t('requisition.signHeading')}</h2>
          {requisition.status === 'draft' ? (
            <>
              <p>{t(isDirty ? 'requisition.saveBeforeSigning' : 'requisition.signHelp')}</p>
              <button
                type="button"
                className="button button--primary"
                disabled={isDirty}
                onClick={sign.open}
              >
                {t('requisition.sign')}
              </button>
              {sign.isOpen ? (
                <ConfirmActDialog
                  title={t('confirm.requisition.title')}
                  consequence={
                    <p>
                      {requisition.declines
                        ? t('confirm.requisition.declineConsequence', {
                            code: current.recipientCode,
                            grant: current.grant.name,
                          })
                        : t('confirm.requisition.consequence', {
                            code: current.recipientCode,
                            amount: kr(requisition.amountKr ?? 0),
                            grant: current.grant.name,
                          })}
                    </p>
                  }
                  declaration={t('confirm.requisition.declaration')}
                  confirmLabel={t('confirm.requisition.confirm')}
                  stepUp={stepUp}
                  act={sign}
                />
              ) : null}
            </>
          ) : requisition.status === 'signed' ? (
            <form
              noValidate
              onSubmit={withdrawForm.submitWith(({ reason }) =>
                act({
                  send: () => api.withdrawRequisition(grantId, requisition.version, reason),
                  done: 'requisition.withdrawn',
                }),
              )}
            >
              <Field
                id="req-withdraw-reason"
                label={t('requisition.withdrawReason')}
                hint={t('requisition.withdrawReasonHint')}
                error={withdrawForm.formState.errors.reason?.message}
              >
                {(describedBy) => (
                  <textarea
                    id="req-withdraw-reason"
                    className="input input--wide"
                    rows={2}
                    maxLength={2000}
                    aria-describedby={describedBy}
                    aria-invalid={withdrawForm.formState.errors.reason ? true : undefined}
                    {...withdrawForm.register('reason')}
                  />
                )}
              </Field>
              <button type="submit" className="button button--secondary">
                {t('requisition.withdraw')}
              </button>
            </form>
          ) : (
            <p>{t('requisition.withdrawnHelp')}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('requisition.versions')}</h2>
        <VersionTable versions={current.versions} />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('requisition.history')}</h2>
        <AuditLog events={current.history} />
      </section>
    </>
  );
}

export function VersionTable({ versions }: { versions: RequisitionVersion[] }) {
  const { t, locale } = useI18n();
  if (versions.length === 0) return <p>{t('requisition.noVersions')}</p>;
  const kr = (value: number | null) => (value === null ? '–' : formatKronor(value, locale));
  return (
    <TableScroll label={t('requisition.versions')}>
      <table className="table">
        <caption className="visually-hidden">{t('requisition.versions')}</caption>
        <HeaderRow
          columns={[
            ['requisition.col.version', 'num'],
            'requisition.col.signed',
            ['requisition.amount', 'num'],
            ['requisition.moreAmount', 'num'],
            'requisition.contact',
          ]}
        />
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <th scope="row" className="num">
                {v.number}
              </th>
              <td>
                {formatInstant(v.signedAt, locale)}, {v.signedByName} ({v.signedBy})
              </td>
              <td className="num">
                {v.declines ? t('requisition.state.declined') : kr(v.amountKr)}
              </td>
              <td className="num">{v.wantsMore ? kr(v.moreAmountKr) : '–'}</td>
              <td>
                {v.contact.name}, {v.contact.email}, {v.contact.phone}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
