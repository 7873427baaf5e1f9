// The case officer's changes to a grant's decisions, each in a dialog: change a draft's amount and
// reasons (at most what its source allows), discard a draft for a reason, and prepare a correction
// of an issued decision, showing what it would pay out or leave to claw back. A correction is then
// issued like any draft.
import { useState } from 'react';
import type { Decision } from '../../../contracts/decisions';
import { Field } from '../../components/form-fields';
import { FormDialog } from '../../components/form-dialog';
import { ProblemAlert } from '../../components/problem-alert';
import { useAction } from '../../components/use-action';
import { decisionsApi } from './api';
import { formatKronor, wholeKronorInput } from '../../format';
import { useI18n } from '../../i18n/i18n';

interface DialogProps {
  decision: Decision;
  onClose(): void;
  /** After a change was saved: reload the list (the dialog closes). */
  onDone(): void;
}

/** Amount and reasons, as the draft and correction dialogs ask for them. */
function AmountAndReasons(props: {
  idPrefix: string;
  amount: string;
  setAmount(value: string): void;
  amountHint: string;
  amountError?: string;
  reasons: string;
  setReasons(value: string): void;
  reasonsLabel: string;
}) {
  const { t } = useI18n();
  const amountId = `${props.idPrefix}-amount`;
  const reasonsId = `${props.idPrefix}-reasons`;
  return (
    <>
      <Field
        id={amountId}
        label={t('decisions.edit.amount')}
        hint={props.amountHint}
        error={props.amountError}
      >
        {(describedBy) => (
          <span className="input-with-unit">
            <input
              id={amountId}
              className="input input--amount"
              inputMode="numeric"
              autoComplete="off"
              value={props.amount}
              aria-describedby={describedBy}
              aria-invalid={props.amountError ? true : undefined}
              onChange={(event) => props.setAmount(event.target.value)}
            />{' '}
            {t('common.kr')}
          </span>
        )}
      </Field>
      <Field id={reasonsId} label={props.reasonsLabel} hint={t('decisions.edit.reasonsHint')}>
        {(describedBy) => (
          <textarea
            id={reasonsId}
            className="input input--wide"
            rows={5}
            value={props.reasons}
            aria-describedby={describedBy}
            onChange={(event) => props.setReasons(event.target.value)}
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
  onDone,
}: DialogProps & { limitKr: number | null | undefined }) {
  const { t, locale } = useI18n();
  const action = useAction();
  const [amount, setAmount] = useState(String(decision.amountKr));
  const [reasons, setReasons] = useState(decision.reasons);
  const [amountError, setAmountError] = useState<string | undefined>();
  const kr = (value: number) => formatKronor(value, locale);
  const hint =
    limitKr === undefined
      ? t('decisions.edit.sourceGone')
      : limitKr === null
        ? t('decisions.edit.noLimit')
        : t('decisions.edit.limit', { amount: kr(limitKr) });
  const submit = () => {
    const value = wholeKronorInput(amount);
    if (value === undefined) return setAmountError(t('decisions.edit.amountInvalid'));
    if (typeof limitKr === 'number' && value > limitKr)
      return setAmountError(t('decisions.edit.overLimit', { amount: kr(limitKr) }));
    setAmountError(undefined);
    void action
      .run(async () => {
        await decisionsApi.changeDraft(decision.id, value, reasons.trim());
        return t('decisions.edit.saved', { name: decision.recipientName });
      }, onDone)
      .then((ok) => ok && onClose());
  };
  return (
    <FormDialog
      title={t('decisions.edit.title', { name: decision.recipientName })}
      submit={t('decisions.edit.save')}
      busy={action.busy}
      onClose={onClose}
      onSubmit={submit}
    >
      {action.error ? <ProblemAlert error={action.error} headingLevel={3} /> : null}
      <AmountAndReasons
        idPrefix="draft"
        amount={amount}
        setAmount={setAmount}
        amountHint={hint}
        amountError={amountError}
        reasons={reasons}
        setReasons={setReasons}
        reasonsLabel={t('decisions.edit.reasons')}
      />
    </FormDialog>
  );
}

export function DiscardDraftDialog({ decision, onClose, onDone }: DialogProps) {
  const { t, locale } = useI18n();
  const action = useAction();
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      title={t('decisions.discard.title', { name: decision.recipientName })}
      submit={t('decisions.discard.submit')}
      busy={action.busy}
      onClose={onClose}
      onSubmit={() =>
        void action
          .run(async () => {
            await decisionsApi.discardDraft(decision.id, reason.trim());
            return t('decisions.discard.done', { name: decision.recipientName });
          }, onDone)
          .then((ok) => ok && onClose())
      }
    >
      {action.error ? <ProblemAlert error={action.error} headingLevel={3} /> : null}
      <p>
        {t('decisions.discard.intro', {
          amount: formatKronor(decision.amountKr, locale),
        })}
      </p>
      <Field id="discard-reason" label={t('decisions.discard.reason')}>
        {() => (
          <textarea
            id="discard-reason"
            className="input input--wide"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}

export function CorrectionDialog({
  decision,
  paidKr,
  onClose,
  onDone,
}: DialogProps & { paidKr: number }) {
  const { t, locale } = useI18n();
  const action = useAction();
  const [amount, setAmount] = useState(String(decision.amountKr));
  const [reasons, setReasons] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>();
  const kr = (value: number) => formatKronor(value, locale);
  const value = wholeKronorInput(amount);
  const submit = () => {
    if (value === undefined) return setAmountError(t('decisions.edit.amountInvalid'));
    setAmountError(undefined);
    void action
      .run(async () => {
        await decisionsApi.correctDecision(decision.id, value, reasons.trim());
        return t('decisions.correct.done', { reference: decision.referenceNumber ?? '' });
      }, onDone)
      .then((ok) => ok && onClose());
  };
  return (
    <FormDialog
      title={t('decisions.correct.title', { reference: decision.referenceNumber ?? '' })}
      submit={t('decisions.correct.submit')}
      busy={action.busy}
      onClose={onClose}
      onSubmit={submit}
    >
      {action.error ? <ProblemAlert error={action.error} headingLevel={3} /> : null}
      <p>{t('decisions.correct.intro', { name: decision.recipientName })}</p>
      <dl className="facts">
        <dt>{t('decisions.correct.current')}</dt>
        <dd className="num">{kr(decision.amountKr)}</dd>
        <dt>{t('decisions.correct.paid')}</dt>
        <dd className="num">{kr(paidKr)}</dd>
      </dl>
      <AmountAndReasons
        idPrefix="correction"
        amount={amount}
        setAmount={setAmount}
        amountHint={t('decisions.correct.amountHint')}
        amountError={amountError}
        reasons={reasons}
        setReasons={setReasons}
        reasonsLabel={t('decisions.correct.reasons')}
      />
      <CorrectionEffect amountKr={value} currentKr={decision.amountKr} paidKr={paidKr} />
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
