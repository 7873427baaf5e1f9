// One pattern for every act that binds the agency or a municipality (docs/decisions/0025): a
// dialog that says in plain words and figures what will happen, a declaration where the law expects
// one, then the act, then its receipt page (/kvitton/:reference), whose heading takes the focus.
// Escape, "Avbryt" and "Stäng" do nothing but close the dialog.
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { QueryKey } from '@tanstack/react-query';
import type { Receipt } from '../../contracts/receipts';
import { receiptsApi, type ReceiptOf } from '../pages/receipts/api';
import type { ApiError } from '../api-client';
import { useI18n } from '../i18n/i18n';
import { useApiMutation } from '../query';
import { ConfirmButtons, Dialog } from './dialog';
import { ProblemAlert } from './problem-alert';
import { isStepUpPasswordError, StepUpField, type StepUp } from './step-up';

/** Where the receipt page's "Tillbaka" leads: the page the act was taken on. */
export interface ReceiptPageState {
  back: string;
}

/**
 * The act behind a confirmation: `perform` does it, `receiptOf` names the audit action and entity
 * its receipt is found by. While the dialog is closed nothing is called.
 */
export function useBindingAct<T>(options: {
  perform: () => Promise<T>;
  receiptOf: (result: T) => ReceiptOf;
  invalidates?: readonly QueryKey[];
  /**
   * A signatory's act (docs/decisions/0032): back from the identity provider, the dialog opens
   * again and, with a proof, the act completes by itself (it was confirmed before leaving).
   */
  stepUp?: StepUp;
}) {
  const [isOpen, setOpen] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();
  const mutation = useApiMutation<void, Receipt>({
    mutationFn: async () => {
      return receiptsApi.find(options.receiptOf(await options.perform()));
    },
    invalidates: options.invalidates,
    onSuccess: (receipt) => {
      setOpen(false);
      const state: ReceiptPageState = { back: `${location.pathname}${location.search}` };
      void navigate(`/kvitton/${receipt.reference}`, { state });
    },
  });
  const resumed = useRef(false);
  const returned = options.stepUp?.returned;
  const { run } = mutation;
  useEffect(() => {
    if (!returned || resumed.current) return;
    resumed.current = true;
    setOpen(true);
    if (returned.proof !== null) void run();
  }, [returned, run]);
  return {
    isOpen,
    open: () => {
      mutation.reset();
      setOpen(true);
    },
    cancel: () => setOpen(false),
    confirm: () => void mutation.run(),
    pending: mutation.isPending,
    error: mutation.error,
  };
}

interface Props {
  title: string;
  /** What will happen, in plain words and figures. */
  consequence: ReactNode;
  /** A declaration to tick before the act ("Jag intygar att uppgifterna är riktiga"). */
  declaration?: string;
  confirmLabel: string;
  /** The signatory proves again who they are (password here, or at the identity provider). */
  stepUp?: StepUp;
  act: Pick<ReturnType<typeof useBindingAct>, 'confirm' | 'cancel' | 'pending'> & {
    error: ApiError | null;
  };
}

export function ConfirmActDialog({
  title,
  consequence,
  declaration,
  confirmLabel,
  stepUp,
  act,
}: Props) {
  const { t } = useI18n();
  const declarationId = useId();
  const errorId = useId();
  const [declared, setDeclared] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const missing = declaration !== undefined && !declared;
  const passwordMissing = stepUp?.method === 'password' && stepUp.password === '';
  const confirm = () => {
    setAttempted(true);
    if (!missing && !passwordMissing) act.confirm();
  };
  return (
    <Dialog
      title={title}
      onClose={act.cancel}
      actions={
        <ConfirmButtons
          label={confirmLabel}
          onConfirm={confirm}
          onCancel={act.cancel}
          disabled={act.pending}
        />
      }
    >
      {act.error && !isStepUpPasswordError(act.error) ? (
        <ProblemAlert error={act.error} headingLevel={3} />
      ) : null}
      <div className="confirm-act__consequence">{consequence}</div>
      <p>{t('confirm.irreversible')}</p>
      {declaration !== undefined ? (
        <div className={attempted && missing ? 'field field--error' : 'field'}>
          {attempted && missing ? (
            <p id={errorId} className="field__error" role="alert">
              {t('confirm.declarationMissing')}
            </p>
          ) : null}
          <div className="checkbox">
            <input
              type="checkbox"
              id={declarationId}
              checked={declared}
              aria-invalid={attempted && missing ? true : undefined}
              aria-describedby={attempted && missing ? errorId : undefined}
              onChange={(event) => setDeclared(event.target.checked)}
            />
            <label htmlFor={declarationId}>{declaration}</label>
          </div>
        </div>
      ) : null}
      {stepUp ? <StepUpField stepUp={stepUp} attempted={attempted} error={act.error} /> : null}
    </Dialog>
  );
}
