// The agency's settings (docs/decisions/0016): the letterhead, the decision reference series, the
// bankgiro repayments are paid to and the default appeal text. Agency staff read them; an
// administrator changes them. The bankgiro is checked here already (format and Luhn check digit);
// the server checks every field again and its answer is shown at the field it concerns.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { AgencySettings, AgencySettingsInput } from '../../../contracts/settings';
import { AgencySettingsInputSchema } from '../../../contracts/settings';
import { validateBankgiro } from '../../../domain/payments/bank-account';
import { describePaymentIssueMessage } from '../../../domain/payments/issue-messages';
import { api } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { useAuth } from '../../auth';
import { ErrorSummary, Field } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { formatInstant } from '../../format';
import {
  FORM_BEHAVIOUR,
  errorSummary,
  optionalText,
  requiredText,
  fieldOfIssue,
  setServerErrors,
  zodMessages,
} from '../../forms';
import type { Language, Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';

type FieldName = Exclude<keyof AgencySettingsInput, 'version'>;
type FormValues = Record<FieldName, string>;
type FormOutput = Omit<AgencySettingsInput, 'version'>;
const FIELDS = Object.keys(AgencySettingsInputSchema.shape).filter(
  (name): name is FieldName => name !== 'version',
);
const REQUIRED: readonly FieldName[] = ['name', 'postalAddress', 'referenceSeries', 'appealText'];
const fieldId = (name: string) => `settings-${name}`;
const isFieldName = (name: string): name is FieldName => (FIELDS as string[]).includes(name);
/** The field a server issue's path names (`repaymentBankgiro`), if it is one of the form's. */
const serverField = (path: string): FieldName | undefined => (isFieldName(path) ? path : undefined);

/**
 * The form's values (all text) checked against the contract's own fields: the required ones must
 * not be blank, blank optional ones are sent as null, and a bankgiro must pass its check digit.
 */
function settingsFormSchema(t: Translate, language: Language) {
  const shape = AgencySettingsInputSchema.shape;
  const required = requiredText(t('settings.required'));
  const bankgiro = z.string().superRefine((text, context) => {
    if (text.trim() === '') return;
    const checked = validateBankgiro(text);
    if (!checked.ok)
      context.addIssue({
        code: 'custom',
        message: describePaymentIssueMessage(checked.issue, language),
      });
  });
  return z.object({
    name: required.pipe(shape.name),
    orgNumber: optionalText.pipe(shape.orgNumber),
    postalAddress: required.pipe(shape.postalAddress),
    email: optionalText.pipe(shape.email),
    phone: optionalText.pipe(shape.phone),
    referenceSeries: required.pipe(shape.referenceSeries),
    repaymentBankgiro: bankgiro.pipe(optionalText).pipe(shape.repaymentBankgiro),
    appealText: required.pipe(shape.appealText),
  }) satisfies z.ZodType<FormOutput, FormValues>;
}

function toFormValues(settings: AgencySettings): FormValues {
  return Object.fromEntries(FIELDS.map((name) => [name, settings[name] ?? ''])) as FormValues;
}

export function SettingsPage() {
  const { t } = useI18n();
  usePageTitle(t('settings.title'));
  const settings = useApiQuery(queryKeys.agencySettings, (signal) => api.agencySettings(signal));
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <p className="lead">{t('settings.intro')}</p>
      {settings.error ? <ProblemAlert error={settings.error} /> : null}
      {settings.data ? (
        <SettingsForm key={settings.data.version} settings={settings.data} />
      ) : settings.isPending ? (
        <Loading />
      ) : null}
    </>
  );
}

function SettingsForm({ settings }: { settings: AgencySettings }) {
  const { t, language, locale } = useI18n();
  const { can } = useAuth();
  const announce = useAnnounce();
  const editable = can('settings.manage');
  const [attempt, setAttempt] = useState(0);
  const schema = useMemo(() => settingsFormSchema(t, language), [t, language]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FormValues, unknown, FormOutput>({
    ...FORM_BEHAVIOUR,
    reValidateMode: 'onSubmit',
    defaultValues: toFormValues(settings),
    resolver: zodResolver(schema, zodMessages(t)),
  });
  const save = useApiMutation({
    mutationFn: (input: FormOutput) =>
      api.updateAgencySettings({ ...input, version: settings.version }),
    invalidates: [queryKeys.agencySettings],
    announce: () => t('settings.saved'),
  });

  const onValid = async (input: FormOutput) => {
    const outcome = await save.run(input);
    if (outcome.ok) return;
    if (setServerErrors(outcome.error, setError, serverField)) setAttempt((a) => a + 1);
    announce(t('settings.notSaved'));
  };

  const summary = errorSummary(errors, FIELDS, fieldId, (name, message) =>
    isFieldName(name) ? `${t(FIELD_LABELS[name])}: ${message}` : message,
  );
  const hint = (name: FieldName) => {
    const key = FIELD_HINTS[name];
    return key ? t(key) : undefined;
  };
  const input = (name: FieldName, options: { multiline?: number; size?: string } = {}) => (
    <Field
      id={fieldId(name)}
      label={t(FIELD_LABELS[name])}
      hint={hint(name)}
      error={errors[name]?.message}
    >
      {(describedBy) => {
        const common = {
          id: fieldId(name),
          ...register(name),
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
      {save.error ? (
        <ProblemAlert
          error={save.error}
          title={t('settings.notSaved')}
          atField={(issue) => fieldOfIssue(issue, serverField) !== undefined}
        />
      ) : null}
      <form
        noValidate
        onSubmit={handleSubmit(onValid, () => {
          save.reset();
          setAttempt((a) => a + 1);
        })}
        className="form"
      >
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
          <button type="submit" className="button button--primary" disabled={save.isPending}>
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
