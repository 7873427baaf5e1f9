// Sets an organisation's bankgiro or plusgiro number: its signatory for their own organisation
// (`code` given; in force at once), a case officer for every grant for any recipient (a code field
// first; a proposal until a second person confirms it, payment-account-changes.tsx).
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { PaymentAccountInputSchema, RecipientCodeParamsSchema } from '../../../contracts/payouts';
import { decisionsApi } from '../decisions/api';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../components/form-fields';
import { ProblemAlert } from '../../components/problem-alert';
import { FORM_BEHAVIOUR, zodMessages } from '../../forms';
import { queryKeys, useApiMutation } from '../../query';

/** The account as the contract wants it, and the recipient it is for (typed, or the own one). */
function accountFormSchema(code: string | undefined) {
  return PaymentAccountInputSchema.extend({
    recipientCode: z
      .string()
      .transform((typed) => code ?? typed.trim())
      .pipe(RecipientCodeParamsSchema.shape.code),
  });
}
type AccountFormOutput = z.output<ReturnType<typeof accountFormSchema>>;

export function PaymentAccountForm({ code, onSaved }: { code?: string; onSaved?(): void }) {
  const { t } = useI18n();
  const schema = useMemo(() => accountFormSchema(code), [code]);
  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors },
  } = useForm({
    ...FORM_BEHAVIOUR,
    shouldFocusError: true,
    defaultValues: { recipientCode: '', accountType: 'bankgiro' as const, accountNumber: '' },
    resolver: zodResolver(schema, zodMessages(t)),
  });
  const save = useApiMutation({
    mutationFn: ({ recipientCode, ...account }: AccountFormOutput) =>
      decisionsApi.setPaymentAccount(recipientCode, account),
    invalidates: () => [queryKeys.allRecipients],
    // The agency's change is a proposal until a second person confirms it (four eyes).
    announce: (answer) => t(answer.pendingChange ? 'account.proposed' : 'account.saved'),
    onSuccess: () => {
      resetField('accountNumber');
      onSaved?.();
    },
  });
  const fieldError = (name: 'recipientCode' | 'accountNumber') => errors[name]?.message;
  return (
    <form onSubmit={handleSubmit(save.run)} noValidate>
      {save.error ? <ProblemAlert error={save.error} headingLevel={3} /> : null}
      {code === undefined ? (
        <Field
          id="account-recipient"
          label={t('account.recipientCode')}
          error={fieldError('recipientCode')}
        >
          {(describedBy) => (
            <input
              id="account-recipient"
              required
              inputMode="numeric"
              aria-describedby={describedBy}
              aria-invalid={fieldError('recipientCode') ? true : undefined}
              autoComplete="off"
              {...register('recipientCode')}
            />
          )}
        </Field>
      ) : null}
      <Field id="account-type" label={t('account.type')}>
        {(describedBy) => (
          <select id="account-type" aria-describedby={describedBy} {...register('accountType')}>
            <option value="bankgiro">{t('account.bankgiro')}</option>
            <option value="plusgiro">{t('account.plusgiro')}</option>
          </select>
        )}
      </Field>
      <Field id="account-number" label={t('account.number')} error={fieldError('accountNumber')}>
        {(describedBy) => (
          <input
            id="account-number"
            required
            aria-describedby={describedBy}
            aria-invalid={fieldError('accountNumber') ? true : undefined}
            autoComplete="off"
            {...register('accountNumber')}
          />
        )}
      </Field>
      <button type="submit" className="button button--secondary" disabled={save.isPending}>
        {t('account.save')}
      </button>
    </form>
  );
}
