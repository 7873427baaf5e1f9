// The grant page's two actions: the next status step (with an optional reason) and copying the
// grant to a new year (a dialog that asks for the year).
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import type { Grant, GrantStatus } from '../../../contracts/grants';
import { GrantCopyInputSchema, GrantStatusChangeSchema } from '../../../contracts/grants';
import { api } from '../../api-client';
import { Dialog } from '../../components/dialog';
import { ConfirmActDialog, useBindingAct } from '../../components/confirm-act';
import { formatKronor } from '../../format';
import { Field } from '../../components/form-fields';
import { ProblemAlert } from '../../components/problem-alert';
import { GrantStatusTag } from '../../components/status-tag';
import { FORM_BEHAVIOUR, zodMessages } from '../../forms';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import { Loading } from '../../components/loading';

/** The one step forward from each status (docs/ARCHITECTURE.md: draft → … → finished). */
const NEXT_STATUS: Partial<Record<GrantStatus, GrantStatus>> = {
  draft: 'published',
  published: 'closed',
  closed: 'follow_up',
  follow_up: 'finished',
};
const TRANSITION_KEY: Record<GrantStatus, MessageKey> = {
  draft: 'transition.draft',
  published: 'transition.published',
  closed: 'transition.closed',
  follow_up: 'transition.follow_up',
  finished: 'transition.finished',
};

/** A blank reason is no reason; the contract's own field trims it and caps its length. */
const statusFormSchema = z.object({
  reason: z
    .string()
    .transform((text) => (text.trim() === '' ? undefined : text))
    .pipe(GrantStatusChangeSchema.shape.reason),
});

/** The steps that bind the agency: confirmed with their consequence, then a receipt. */
const BINDING_STEPS: Partial<Record<GrantStatus, 'grantPublish' | 'grantClose'>> = {
  published: 'grantPublish',
  closed: 'grantClose',
};

export function StatusSection({ grant }: { grant: Grant }) {
  const { t, locale } = useI18n();
  const next = NEXT_STATUS[grant.status];
  const binding = next ? BINDING_STEPS[next] : undefined;
  // A key grant is published with its allocation, a performance grant with its result: until that
  // is published the step cannot succeed, so it is not offered.
  const performance = useApiQuery(
    queryKeys.performance(grant.id),
    (signal) => api.performance(grant.id, signal),
    { enabled: next === 'published' && grant.distributionMethod === 'performance' },
  );
  // …and a key grant's published allocation must add up to the grant's amount to the krona.
  const allocations = useApiQuery(
    queryKeys.grantAllocations(grant.id),
    (signal) => api.grantAllocations(grant.id, signal),
    { enabled: next === 'published' && grant.publishedAllocationId !== null },
  );
  const publishedAllocation = allocations.data?.items.find(
    (allocation) => allocation.id === grant.publishedAllocationId,
  );
  const needs: 'needsAllocation' | 'needsResult' | 'needsMatchingTotal' | null =
    next !== 'published'
      ? null
      : grant.distributionMethod === 'allocation_key'
        ? grant.publishedAllocationId === null
          ? 'needsAllocation'
          : publishedAllocation && publishedAllocation.totalKr !== grant.totalAmountKr
            ? 'needsMatchingTotal'
            : null
        : performance.data?.results.some((result) => result.status === 'published')
          ? null
          : 'needsResult';
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm({
    ...FORM_BEHAVIOUR,
    defaultValues: { reason: '' },
    resolver: zodResolver(statusFormSchema, zodMessages(t)),
  });
  const change = useApiMutation({
    mutationFn: ({ status, reason }: { status: GrantStatus; reason: string | undefined }) =>
      api.changeGrantStatus(grant.id, status, reason),
    invalidates: [queryKeys.grant(grant.id), queryKeys.grants],
    announce: (updated) => t('grantPage.statusChanged', { status: t(`status.${updated.status}`) }),
    onSuccess: () => reset(),
  });
  // The reason typed when the confirmation opened: what the binding step then sends.
  const [confirming, setConfirming] = useState<{ reason: string | undefined } | null>(null);
  const step = useBindingAct({
    perform: () => api.changeGrantStatus(grant.id, next ?? grant.status, confirming?.reason),
    receiptOf: (updated) => ({ action: 'grant.status_changed', entityId: updated.id }),
    invalidates: [queryKeys.grant(grant.id), queryKeys.grants],
  });
  const error = change.error;
  const onSubmit = async ({ reason }: { reason?: string | undefined }) => {
    if (!next) return;
    if (!binding) {
      await change.run({ status: next, reason });
      return;
    }
    setConfirming({ reason });
    step.open();
  };

  return (
    <section aria-labelledby="status" className="panel">
      <h2 id="status">{t('grantPage.status')}</h2>
      <p>
        {t('grantPage.currentStatus')} <GrantStatusTag status={grant.status} />
      </p>
      {error ? (
        <ProblemAlert error={error} title={t('grantPage.statusNotChanged')} headingLevel={3} />
      ) : null}
      {next && needs ? (
        // Until the result is read nothing is offered, rather than a button that may fail.
        needs === 'needsResult' && performance.isPending ? (
          <Loading />
        ) : (
          <p>
            {t(`confirm.grantPublish.${needs}`, {
              allocated: formatKronor(publishedAllocation?.totalKr ?? 0, locale),
              amount: formatKronor(grant.totalAmountKr, locale),
            })}
          </p>
        )
      ) : next ? (
        <form onSubmit={handleSubmit(onSubmit)} className="form form--inline">
          <Field
            id="status-reason"
            label={t('grantPage.reason')}
            hint={t('grantPage.reasonHint')}
            error={errors.reason?.message}
          >
            {(describedBy) => (
              <textarea
                id="status-reason"
                rows={2}
                className="input input--wide"
                {...register('reason')}
                aria-describedby={describedBy}
                aria-invalid={errors.reason ? true : undefined}
              />
            )}
          </Field>
          <button type="submit" className="button button--primary" disabled={change.isPending}>
            {t(TRANSITION_KEY[next])}
          </button>
        </form>
      ) : (
        <p>{t('grantPage.noNextStatus')}</p>
      )}
      {binding && step.isOpen ? (
        <ConfirmActDialog
          title={t(`confirm.${binding}.title`)}
          consequence={
            <p>
              {t(`confirm.${binding}.consequence`, {
                grant: grant.name,
                amount: formatKronor(grant.totalAmountKr, locale),
              })}
            </p>
          }
          confirmLabel={t(`confirm.${binding}.confirm`)}
          act={step}
        />
      ) : null}
    </section>
  );
}

/** The year as typed: four digits, within the contract's range. */
function copyFormSchema(t: Translate) {
  const yearMessage = t('validation.grantYear');
  return z.object({
    grantYear: z
      .string()
      .trim()
      .regex(/^\d{4}$/, { error: yearMessage })
      .transform((digits) => Number.parseInt(digits, 10))
      .refine((year) => year >= 2000 && year <= 2100, { error: yearMessage })
      .pipe(GrantCopyInputSchema.shape.grantYear),
  });
}

export function CopyGrant({ grant }: { grant: Grant }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const schema = useMemo(() => copyFormSchema(t), [t]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    ...FORM_BEHAVIOUR,
    // One field: focus goes straight to it, as there is no summary to read first.
    shouldFocusError: true,
    reValidateMode: 'onSubmit',
    defaultValues: { grantYear: String(grant.grantYear + 1) },
    resolver: zodResolver(schema, zodMessages(t)),
  });
  const copy = useApiMutation({
    mutationFn: (grantYear: number) => api.copyGrant(grant.id, grantYear),
    invalidates: [queryKeys.grants],
    announce: (copied) => t('grantPage.copied', { year: copied.grantYear }),
    onSuccess: (copied) => {
      setOpen(false);
      navigate(`/grants/${copied.id}`);
    },
  });
  const yearError = errors.grantYear?.message;

  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('grantPage.copy')}
      </button>
      {open ? (
        <Dialog title={t('grantPage.copyTitle')} onClose={() => setOpen(false)}>
          <form onSubmit={handleSubmit(({ grantYear }) => copy.run(grantYear))} noValidate>
            <p>{t('grantPage.copyHelp')}</p>
            {copy.error ? (
              <ProblemAlert error={copy.error} title={t('grantPage.copyFailed')} headingLevel={3} />
            ) : null}
            <Field id="copy-year" label={t('grant.grantYear')} error={yearError}>
              {(describedBy) => (
                <input
                  id="copy-year"
                  type="text"
                  inputMode="numeric"
                  className="input input--short"
                  {...register('grantYear')}
                  aria-describedby={describedBy}
                  aria-invalid={yearError ? true : undefined}
                />
              )}
            </Field>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={copy.isPending}>
                {t('grantPage.copySubmit')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setOpen(false)}
              >
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
