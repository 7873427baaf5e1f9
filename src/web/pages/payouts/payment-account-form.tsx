// Sets an organisation's bankgiro or plusgiro number: its signatory for their own organisation
// (`code` given), a case officer for any recipient (a code field first).
import { useState } from 'react';
import { decisionsApi } from '../decisions/api';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../components/form-fields';
import { ProblemAlert } from '../../components/problem-alert';
import { useAction } from '../../components/use-action';

export function PaymentAccountForm({ code, onSaved }: { code?: string; onSaved(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [recipientCode, setRecipientCode] = useState('');
  const [accountType, setAccountType] = useState<'bankgiro' | 'plusgiro'>('bankgiro');
  const [accountNumber, setAccountNumber] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          await decisionsApi.setPaymentAccount(code ?? recipientCode.trim(), {
            accountType,
            accountNumber,
          });
          setAccountNumber('');
          return t('account.saved');
        }, onSaved);
      }}
    >
      {action.error ? <ProblemAlert error={action.error} headingLevel={3} /> : null}
      {code === undefined ? (
        <Field id="account-recipient" label={t('account.recipientCode')}>
          {(describedBy) => (
            <input
              id="account-recipient"
              required
              inputMode="numeric"
              value={recipientCode}
              aria-describedby={describedBy}
              autoComplete="off"
              onChange={(event) => setRecipientCode(event.target.value)}
            />
          )}
        </Field>
      ) : null}
      <Field id="account-type" label={t('account.type')}>
        {(describedBy) => (
          <select
            id="account-type"
            value={accountType}
            aria-describedby={describedBy}
            onChange={(event) => setAccountType(event.target.value as 'bankgiro' | 'plusgiro')}
          >
            <option value="bankgiro">{t('account.bankgiro')}</option>
            <option value="plusgiro">{t('account.plusgiro')}</option>
          </select>
        )}
      </Field>
      <Field id="account-number" label={t('account.number')}>
        {(describedBy) => (
          <input
            id="account-number"
            required
            value={accountNumber}
            aria-describedby={describedBy}
            autoComplete="off"
            onChange={(event) => setAccountNumber(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button--secondary" disabled={action.busy}>
        {t('account.save')}
      </button>
    </form>
  );
}
