// The case officer's changes to a grant's decisions, each in a dialog: change a draft's amount and
// reasons (at most what its source allows), discard a draft for a reason, and prepare a correction
// of an issued decision, showing what it would pay out or leave to claw back. A correction is then
// issued like any draft.
import { useMemo } from 'react';
import { z } from 'zod';
import type { Decision } from '../../../contracts/decisions';
import {
  CorrectionInputSchema,
  DiscardDecisionInputSchema,
  DraftDecisionInputSchema,
} from '../../../contracts/decisions';
import { Field, RegisteredTextArea } from '../../components/form-fields';
import { FormDialog } from '../../components/form-dialog';
import { ProblemAlert } from '../../components/problem-alert';
import { decisionsApi } from './api';
import { formatKronor, wholeKronorInput } from '../../format';
import { kronorText } from '../../forms';
import { useI18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';
import { queryKeys, useApiMutation } from '../../query';
import type { ZodForm } from '../../zod-form';
import { checkedBy, useZodForm } from '../../zod-form';

interface DialogProps {
  decision: Decision;
  /** Closes the dialog; after a saved change, once the grant's decisions have loaded again. */
  onClose(): void;
}

/** The form values of the draft and correction dialogs: amount and reasons as typed. */
type AmountFormValues = { amountKr: string; reasons: string };

/**
 * Amount (whole kronor, read with the domain's parser; at most `limitKr` when the source sets
 * one) and reasons, checked against the contract's fields.
 */
function amountFormSchema(
  t: Translate,
  shape: typeof DraftDecisionInputSchema.shape | typeof CorrectionInputSchema.shape,
  limit?: { kr: number; text: string },
) {
  const amountInvalid = t('decisions.edit.amountInvalid');
  return z.object({
    amountKr: kronorText(amountInvalid)
      .pipe(checkedBy(shape.amountKr, amountInvalid))
      .refine((kronor) => !limit || kronor <= limit.kr, {
        error: limit ? t('decisions.edit.overLimit', { amount: limit.text }) : amountInvalid,
      }),
    reasons: checkedBy(shape.reasons, t('decisions.edit.reasonsError')),
  });
}

/** Amount and reasons, as the draft and correction dialogs ask for them. */
function AmountAndReasons(props: {
  idPrefix: string;
  form: ZodForm<AmountFormValues, { amountKr: number; reasons: string }>;
  amountHint: string;
  reasonsLabel: string;
}) {
  const { t } = useI18n();
  const { form } = props;
  const { errors } = form.formState;
  const amountId = `${props.idPrefix}-amount`;
  const reasonsId = `${props.idPrefix}-reasons`;
  return (
    <>
      <Field
        id={amountId}
        label={t('decisions.edit.amount')}
        hint={props.amountHint}
        error={errors.amountKr?.message}
      >
        {(describedBy) => (
          <span className="input-with-unit">
            <input
              id={amountId}
              className="input input--amount"
              inputMode="numeric"
              autoComplete="off"
              aria-describedby={describedBy}
              aria-invalid={errors.amountKr ? true : undefined}
              {...form.register('amountKr')}
            />{' '}
            {t('common.kr')}
          </span>
        )}
      </Field>
      <Field
        id={reasonsId}
        label={props.reasonsLabel}
        hint={t('decisions.edit.reasonsHint')}
        error={errors.reasons?.message}
      >
        {(describedBy) => (
          <textarea
            id={reasonsId}
            className="input input--wide"
            rows={5}
            aria-describedby={describedBy}
            aria-invalid={errors.reasons ? true : undefined}
            {...form.register('reasons')}
          />
        )}
      </Field>
    </>
  );
}

export function EditDraftDialog({
  decision,
  limitKr,
  onClose,
}: DialogProps & { limitKr: number | null | undefined }) {
  const { t, locale } = useI18n();
  const kr = (value: number) => formatKronor(value, locale);
  const hint =
    limitKr === undefined
      ? t('decisions.edit.sourceGone')
      : limitKr === null
        ? t('decisions.edit.noLimit')
        : t('decisions.edit.limit', { amount: kr(limitKr) });
  const schema = useMemo(
    () =>
      amountFormSchema(
        t,
        DraftDecisionInputSchema.shape,
        typeof limitKr === 'number'
          ? { kr: limitKr, text: formatKronor(limitKr, locale) }
          : undefined,
      ),
    [t, locale, limitKr],
  );
  const form = useZodForm(schema, {
    amountKr: String(decision.amountKr),
    reasons: decision.reasons,
  });
  const change = useApiMutation({
    mutationFn: ({ amountKr, reasons }: z.output<typeof schema>) =>
      decisionsApi.changeDraft(decision.id, amountKr, reasons),
    invalidates: [queryKeys.decisions(decision.grantId)],
    announce: () => t('decisions.edit.saved', { name: decision.recipientName }),
  });
  return (
    <FormDialog
      title={t('decisions.edit.title', { name: decision.recipientName })}
      submit={t('decisions.edit.save')}
      busy={change.isPending}
      onClose={onClose}
      onSubmit={() =>
        void form.submitWith(async (input) => {
          if ((await change.run(input)).ok) onClose();
        })()
      }
    >
      {change.error ? <ProblemAlert error={change.error} headingLevel={3} /> : null}
      <AmountAndReasons
        idPrefix="draft"
        form={form}
        amountHint={hint}
        reasonsLabel={t('decisions.edit.reasons')}
      />
    </FormDialog>
  );
}

export function DiscardDraftDialog({ decision, onClose }: DialogProps) {
  const { t, locale } = useI18n();
  const schema = useMemo(
    () =>
      z.object({
        reason: checkedBy(
          DiscardDecisionInputSchema.shape.reason,
          t('decisions.discard.reasonError'),
        ),
      }),
    [t],
  );
  const form = useZodForm(schema, { reason: '' });
  const discard = useApiMutation({
    mutationFn: ({ reason }: z.output<typeof schema>) =>
      decisionsApi.discardDraft(decision.id, reason),
    invalidates: [queryKeys.decisions(decision.grantId)],
    announce: () => t('decisions.discard.done', { name: decision.recipientName }),
  });
  const error = form.formState.errors.reason?.message;
  return (
    <FormDialog
      title={t('decisions.discard.title', { name: decision.recipientName })}
      submit={t('decisions.discard.submit')}
      busy={discard.isPending}
      onClose={onClose}
      onSubmit={() =>
        void form.submitWith(async (input) => {
          if ((await discard.run(input)).ok) onClose();
        })()
      }
    >
      {discard.error ? <ProblemAlert error={discard.error} headingLevel={3} /> : null}
      <p>
        {t('decisions.discard.intro', {
          amount: formatKronor(decision.amountKr, locale),
        })}
      </p>
      <RegisteredTextArea
        id="discard-reason"
        label={t('decisions.discard.reason')}
        error={error}
        className="input input--wide"
        rows={3}
        registration={form.register('reason')}
      />
    </FormDialog>
  );
}

export function CorrectionDialog({ decision, paidKr, onClose }: DialogProps & { paidKr: number }) {
  const { t, locale } = useI18n();
  const kr = (value: number) => formatKronor(value, locale);
  const schema = useMemo(() => amountFormSchema(t, CorrectionInputSchema.shape), [t]);
  const form = useZodForm(schema, { amountKr: String(decision.amountKr), reasons: '' });
  const correct = useApiMutation({
    mutationFn: ({ amountKr, reasons }: z.output<typeof schema>) =>
      decisionsApi.correctDecision(decision.id, amountKr, reasons),
    invalidates: [queryKeys.decisions(decision.grantId)],
    announce: () => t('decisions.correct.done', { reference: decision.referenceNumber ?? '' }),
  });
  const typed = wholeKronorInput(form.watch('amountKr'));
  return (
    <FormDialog
      title={t('decisions.correct.title', { reference: decision.referenceNumber ?? '' })}
      submit={t('decisions.correct.submit')}
      busy={correct.isPending}
      onClose={onClose}
      onSubmit={() =>
        void form.submitWith(async (input) => {
          if ((await correct.run(input)).ok) onClose();
        })()
      }
    >
      {correct.error ? <ProblemAlert error={correct.error} headingLevel={3} /> : null}
      <p>{t('decisions.correct.intro', { name: decision.recipientName })}</p>
      <dl className="facts">
        <dt>{t('decisions.correct.current')}</dt>
        <dd className="num">{kr(decision.amountKr)}</dd>
        <dt>{t('decisions.correct.paid')}</dt>
        <dd className="num">{kr(paidKr)}</dd>
      </dl>
      <AmountAndReasons
        idPrefix="correction"
        form={form}
        amountHint={t('decisions.correct.amountHint')}
        reasonsLabel={t('decisions.correct.reasons')}
      />
      <CorrectionEffect amountKr={typed} currentKr={decision.amountKr} paidKr={paidKr} />
    </FormDialog>
  );
}

/** What the correction changes: the difference to the decision, and what is paid or reclaimed. */
function CorrectionEffect(props: {
  amountKr: number | undefined;
  currentKr: number;
  paidKr: number;
}) {
  const { t, locale } = useI18n();
  if (props.amountKr === undefined) return null;
  const kr = (value: number) => formatKronor(value, locale);
  const difference = props.amountKr - props.currentKr;
  const payable = props.amountKr - props.paidKr;
  return (
    <div role="status" className="notice">
      <p>
        {t('decisions.correct.difference', {
          amount: `${difference > 0 ? '+' : ''}${kr(difference)}`,
        })}
      </p>
      <p>
        <strong>
          {payable > 0
            ? t('decisions.correct.willPay', { amount: kr(payable) })
            : payable < 0
              ? t('decisions.correct.willReclaim', { amount: kr(-payable) })
              : t('decisions.correct.nothing')}
        </strong>
      </p>
    </div>
  );
}
