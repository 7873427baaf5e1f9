// The agency's settings (docs/decisions/0016): the letterhead, the decision reference series, the
// bankgiro repayments are paid to and the default appeal text. Agency staff read them; an
// administrator changes them. The bankgiro is checked here already (format and Luhn check digit);
// the server checks every field again and its answer is shown at the field it concerns.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AgencySettings, AgencySettingsInput } from '../../../contracts/settings';
import { validateBankgiro } from '../../../domain/payments/bank-account';
import { describePaymentIssueMessage } from '../../../domain/payments/issue-messages';
import { ApiError, api } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { useAuth } from '../../auth';
import { ErrorSummary, Field } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { formatInstant } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { usePageTitle } from '../../layout';
import { useResource } from '../../use-resource';

type FieldName = Exclude<keyof AgencySettingsInput, 'version'>;
const REQUIRED: readonly FieldName[] = ['name', 'postalAddress', 'referenceSeries', 'appealText'];
const fieldId = (name: FieldName) => `settings-${name}`;

export function SettingsPage() {
  const { t } = useI18n();
  usePageTitle(t('settings.title'));
  const settings = useResource('agency-settings', (signal) => api.agencySettings(signal));
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <p className="lead">{t('settings.intro')}</p>
      {settings.error ? <ProblemAlert error={settings.error} /> : null}
      {settings.data ? (
        <SettingsForm
          key={settings.data.version}
          settings={settings.data}
          onSaved={settings.reload}
        />
      ) : settings.loading ? (
        <Loading />
      ) : null}
    </>
  );
}

function SettingsForm({ settings, onSaved }: { settings: AgencySettings; onSaved(): void }) {
  const { t, language, locale } = useI18n();
  const { can } = useAuth();
  const announce = useAnnounce();
  const editable = can('settings.manage');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  function check(values: Record<FieldName, string>): Partial<Record<FieldName, string>> {
    const found: Partial<Record<FieldName, string>> = {};
    for (const name of REQUIRED)
      if (values[name].trim() === '') found[name] = t('settings.required');
    if (values.repaymentBankgiro.trim() !== '') {
      const bankgiro = validateBankgiro(values.repaymentBankgiro);
      if (!bankgiro.ok)
        found.repaymentBankgiro = describePaymentIssueMessage(bankgiro.issue, language);
    }
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: FieldName) => String(form.get(name) ?? '');
    const values = Object.fromEntries(
      (Object.keys(FIELD_LABELS) as FieldName[]).map((name) => [name, text(name)]),
    ) as Record<FieldName, string>;
    const found = check(values);
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    const optional = (value: string) => (value.trim() === '' ? null : value);
    setBusy(true);
    try {
      await api.updateAgencySettings({
        ...values,
        orgNumber: optional(values.orgNumber),
        email: optional(values.email),
        phone: optional(values.phone),
        repaymentBankgiro: optional(values.repaymentBankgiro),
        version: settings.version,
      });
      announce(t('settings.saved'));
      onSaved();
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      const fromServer: Partial<Record<FieldName, string>> = {};
      for (const issue of caught.problem?.errors ?? [])
        if (issue.path && issue.path in FIELD_LABELS)
          fromServer[issue.path as FieldName] = issue.message.replace(/^[^:]*: /, '');
      setErrors(fromServer);
      setServerError(caught);
      announce(t('settings.notSaved'));
    } finally {
      setBusy(false);
    }
  }

  const summary = (Object.keys(FIELD_LABELS) as FieldName[])
    .filter((name) => errors[name] !== undefined)
    .map((name): [string, string] => [fieldId(name), `${t(FIELD_LABELS[name])}: ${errors[name]}`]);
  const hint = (name: FieldName) => {
    const key = FIELD_HINTS[name];
    return key ? t(key) : undefined;
  };
  const input = (name: FieldName, options: { multiline?: number; size?: string } = {}) => (
    <Field id={fieldId(name)} label={t(FIELD_LABELS[name])} hint={hint(name)} error={errors[name]}>
      {(describedBy) => {
        const common = {
          id: fieldId(name),
          name,
          defaultValue: settings[name] ?? '',
          readOnly: !editable,
          required: REQUIRED.includes(name),
          'aria-invalid': errors[name] ? true : undefined,
          'aria-describedby': describedBy,
        };
        return options.multiline ? (
          <textarea {...common} className="input input--wide" rows={options.multiline} />
        ) : (
          <input
            {...common}
            className={`input ${options.size ?? 'input--wide'}`}
            autoComplete="off"
          />
        );
      }}
    </Field>
  );

  return (
    <>
      {editable ? null : <p>{t('settings.readOnly')}</p>}
      <ErrorSummary errors={summary} attempt={attempt} />
      {serverError ? <ProblemAlert error={serverError} title={t('settings.notSaved')} /> : null}
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <fieldset>
          <legend>{t('settings.section.letterhead')}</legend>
          {input('name')}
          {input('orgNumber', { size: 'input--amount' })}
          {input('postalAddress', { multiline: 3 })}
          {input('email')}
          {input('phone')}
        </fieldset>
        <fieldset>
          <legend>{t('settings.section.decisions')}</legend>
          {input('referenceSeries', { size: 'input--short' })}
          {input('repaymentBankgiro', { size: 'input--amount' })}
          {input('appealText', { multiline: 8 })}
        </fieldset>
        {editable ? (
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('settings.save')}
          </button>
        ) : null}
      </form>
      <p>
        {t('settings.updated', {
          at: formatInstant(settings.updatedAt, locale),
          by: settings.updatedBy,
        })}
      </p>
    </>
  );
}

const FIELD_LABELS: Record<FieldName, MessageKey> = {
  name: 'settings.name',
  orgNumber: 'settings.orgNumber',
  postalAddress: 'settings.postalAddress',
  email: 'settings.email',
  phone: 'settings.phone',
  referenceSeries: 'settings.referenceSeries',
  repaymentBankgiro: 'settings.repaymentBankgiro',
  appealText: 'settings.appealText',
};

const FIELD_HINTS: Partial<Record<FieldName, MessageKey>> = {
  orgNumber: 'settings.orgNumberHint',
  postalAddress: 'settings.postalAddressHint',
  email: 'settings.optionalHint',
  phone: 'settings.optionalHint',
  referenceSeries: 'settings.referenceSeriesHint',
  repaymentBankgiro: 'settings.repaymentBankgiroHint',
  appealText: 'settings.appealTextHint',
};
