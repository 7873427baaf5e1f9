// Create a grant (/grants/new) or edit a draft (/grants/:id/edit). Validated in the browser with
// the API's GrantInputSchema; the server validates again, and its answers (a field error, a 409
// because someone else saved first or the grant is no longer a draft) are shown next to the form.
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Grant, GrantInput } from '../../http/routes/grants.schema';
import { ApiError, api } from '../api-client';
import { useAnnounce } from '../announcer';
import { ErrorSummary, Field, FieldError } from '../components/form-fields';
import { Loading } from '../components/loading';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../layout';
import { useResource } from '../use-resource';
import type { GrantFormValues } from './grant-form-values';
import {
  DATE_FIELDS,
  emptyGrantFormValues,
  fieldId,
  flattenErrors,
  formFieldName,
  grantResolver,
  grantToFormValues,
  isGrantFieldPath,
} from './grant-form-values';

const FIELD_ORDER = [
  'name',
  'grantYear',
  'legalBasis',
  'appropriation',
  'appropriationItem',
  'totalAmountKr',
  'eligibleRecipientTypes',
  'purpose',
  'usageAreas',
  ...DATE_FIELDS,
  'rules',
];

export function NewGrantPage() {
  const { t } = useI18n();
  usePageTitle(t('grantForm.newTitle'));
  return <GrantForm />;
}

export function EditGrantPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  usePageTitle(t('grantForm.editTitle'));
  const grant = useResource(`grant:${id}`, (signal) => api.getGrant(id, signal));
  if (grant.error) {
    return (
      <>
        <h1>{t('grantForm.editTitle')}</h1>
        <ProblemAlert error={grant.error} autoFocus={false} />
      </>
    );
  }
  if (!grant.data) return <Loading />;
  if (grant.data.status !== 'draft') {
    return (
      <>
        <h1>{t('grantForm.editTitle')}</h1>
        <p>{t('grantForm.onlyDrafts')}</p>
        <p>
          <Link to={`/grants/${grant.data.id}`}>{t('grantForm.backToGrant')}</Link>
        </p>
      </>
    );
  }
  return <GrantForm grant={grant.data} key={`${grant.data.id}:${grant.data.version}`} />;
}

function GrantForm({ grant }: { grant?: Grant }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [attempt, setAttempt] = useState(0);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<GrantFormValues, unknown, GrantInput>({
    defaultValues: grant ? grantToFormValues(grant) : emptyGrantFormValues(),
    resolver: grantResolver(t),
    shouldFocusError: false,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const usageAreas = useFieldArray({ control, name: 'usageAreas' });

  const onValid = async (input: GrantInput) => {
    setServerError(null);
    announce(t('grantForm.saving'));
    try {
      const saved = grant
        ? await api.updateGrant(grant.id, input, grant.version)
        : await api.createGrant(input);
      announce(t('grantForm.saved', { name: saved.name }));
      navigate(`/grants/${saved.id}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      for (const issue of error.problem?.errors ?? []) {
        if (issue.path) {
          const name = formFieldName(issue.path.replace(/^\//, '').split(/[./]/));
          if (isGrantFieldPath(name)) setError(name, { type: 'server', message: issue.message });
        }
      }
      setServerError(error);
      announce(t('grantForm.notSaved'));
    }
  };

  const summary = flattenErrors(errors, FIELD_ORDER).map(([name, message]): [string, string] => [
    fieldId(name),
    message,
  ]);
  const title = grant ? t('grantForm.editTitle') : t('grantForm.newTitle');

  return (
    <>
      <h1>{title}</h1>
      {grant ? (
        <p className="lead">{grant.name}</p>
      ) : (
        <p className="lead">{t('grantForm.intro')}</p>
      )}
      {submitCount > 0 ? <ErrorSummary errors={summary} attempt={attempt} /> : null}
      {serverError ? (
        <ProblemAlert
          error={serverError}
          title={
            serverError.status === 409 ? t('grantForm.conflictTitle') : t('grantForm.notSaved')
          }
        />
      ) : null}
      {serverError?.status === 409 && grant ? (
        <p>
          {t('grantForm.conflictHelp')}{' '}
          <Link to={`/grants/${grant.id}`}>{t('grantForm.openLatest')}</Link>
        </p>
      ) : null}
      <form
        noValidate
        onSubmit={handleSubmit(onValid, () => setAttempt((a) => a + 1))}
        className="form"
      >
        <fieldset>
          <legend>{t('grantForm.section.basics')}</legend>
          <Field id={fieldId('name')} label={t('grant.name')} error={errors.name?.message}>
            {(describedBy) => (
              <input
                id={fieldId('name')}
                type="text"
                className="input input--wide"
                aria-describedby={describedBy}
                aria-invalid={errors.name ? true : undefined}
                {...register('name')}
              />
            )}
          </Field>
          <Field
            id={fieldId('grantYear')}
            label={t('grant.grantYear')}
            hint={t('grantForm.grantYearHint')}
            error={errors.grantYear?.message}
          >
            {(describedBy) => (
              <input
                id={fieldId('grantYear')}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                className="input input--short"
                aria-describedby={describedBy}
                aria-invalid={errors.grantYear ? true : undefined}
                {...register('grantYear')}
              />
            )}
          </Field>
          <Field
            id={fieldId('legalBasis')}
            label={t('grant.legalBasis')}
            hint={t('grantForm.legalBasisHint')}
            error={errors.legalBasis?.message}
          >
            {(describedBy) => (
              <input
                id={fieldId('legalBasis')}
                type="text"
                className="input input--wide"
                aria-describedby={describedBy}
                aria-invalid={errors.legalBasis ? true : undefined}
                {...register('legalBasis')}
              />
            )}
          </Field>
          <div className="field-row">
            <Field
              id={fieldId('appropriation')}
              label={t('grant.appropriation')}
              hint={t('grantForm.appropriationHint')}
              error={errors.appropriation?.message}
            >
              {(describedBy) => (
                <input
                  id={fieldId('appropriation')}
                  type="text"
                  className="input"
                  aria-describedby={describedBy}
                  aria-invalid={errors.appropriation ? true : undefined}
                  {...register('appropriation')}
                />
              )}
            </Field>
            <Field
              id={fieldId('appropriationItem')}
              label={t('grant.appropriationItem')}
              hint={t('grantForm.appropriationItemHint')}
              error={errors.appropriationItem?.message}
            >
              {(describedBy) => (
                <input
                  id={fieldId('appropriationItem')}
                  type="text"
                  className="input"
                  aria-describedby={describedBy}
                  aria-invalid={errors.appropriationItem ? true : undefined}
                  {...register('appropriationItem')}
                />
              )}
            </Field>
          </div>
          <Field
            id={fieldId('totalAmountKr')}
            label={t('grant.totalAmountKr')}
            hint={t('grantForm.totalAmountHint')}
            error={errors.totalAmountKr?.message}
          >
            {(describedBy) => (
              <div className="input-suffix">
                <input
                  id={fieldId('totalAmountKr')}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  className="input input--amount"
                  aria-describedby={describedBy}
                  aria-invalid={errors.totalAmountKr ? true : undefined}
                  {...register('totalAmountKr')}
                />
                <span aria-hidden="true">{t('common.kr')}</span>
              </div>
            )}
          </Field>
          <fieldset
            className={errors.eligibleRecipientTypes ? 'field field--error' : 'field'}
            aria-describedby={
              errors.eligibleRecipientTypes ? 'field-eligibleRecipientTypes-error' : undefined
            }
          >
            <legend className="field__label">{t('grant.eligibleRecipientTypes')}</legend>
            {errors.eligibleRecipientTypes?.message ? (
              <FieldError
                id="field-eligibleRecipientTypes-error"
                message={errors.eligibleRecipientTypes.message}
              />
            ) : null}
            <div className="checkbox">
              <input
                id={fieldId('eligibleRecipientTypes')}
                type="checkbox"
                value="municipality"
                {...register('eligibleRecipientTypes')}
              />
              <label htmlFor={fieldId('eligibleRecipientTypes')}>
                {t('recipientType.municipality.plural')}
              </label>
            </div>
            <div className="checkbox">
              <input
                id="field-eligibleRecipientTypes-region"
                type="checkbox"
                value="region"
                {...register('eligibleRecipientTypes')}
              />
              <label htmlFor="field-eligibleRecipientTypes-region">
                {t('recipientType.region.plural')}
              </label>
            </div>
          </fieldset>
          <Field id={fieldId('purpose')} label={t('grant.purpose')} error={errors.purpose?.message}>
            {(describedBy) => (
              <textarea
                id={fieldId('purpose')}
                rows={4}
                className="input input--wide"
                aria-describedby={describedBy}
                aria-invalid={errors.purpose ? true : undefined}
                {...register('purpose')}
              />
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('grant.usageAreas')}</legend>
          <p className="field__hint">{t('grantForm.usageAreasHint')}</p>
          {errors.usageAreas?.message ? (
            <FieldError id="field-usageAreas-error" message={errors.usageAreas.message} />
          ) : null}
          {usageAreas.fields.length === 0 ? <p>{t('grantForm.noUsageAreas')}</p> : null}
          <ol className="editable-list">
            {usageAreas.fields.map((area, index) => {
              const name = `usageAreas.${index}.value` as const;
              const id = fieldId(name.replace('.value', ''));
              const message = errors.usageAreas?.[index]?.value?.message;
              return (
                <li key={area.id} className="editable-list__item">
                  <Field
                    id={id}
                    label={t('grantForm.usageAreaLabel', { n: index + 1 })}
                    error={message}
                  >
                    {(describedBy) => (
                      <input
                        id={id}
                        type="text"
                        className="input input--wide"
                        aria-describedby={describedBy}
                        aria-invalid={message ? true : undefined}
                        {...register(name)}
                      />
                    )}
                  </Field>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      usageAreas.remove(index);
                      announce(t('grantForm.usageAreaRemoved', { n: index + 1 }));
                    }}
                  >
                    {t('grantForm.removeUsageArea', { n: index + 1 })}
                  </button>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => usageAreas.append({ value: '' }, { shouldFocus: true })}
          >
            {t('grantForm.addUsageArea')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('grant.timeline')}</legend>
          <p className="field__hint">{t('grantForm.datesHint')}</p>
          <div className="field-grid">
            {DATE_FIELDS.map((name) => (
              <Field
                key={name}
                id={fieldId(name)}
                label={t(`grant.${name}`)}
                error={errors[name]?.message}
              >
                {(describedBy) => (
                  <input
                    id={fieldId(name)}
                    type="date"
                    className="input"
                    aria-describedby={describedBy}
                    aria-invalid={errors[name] ? true : undefined}
                    {...register(name)}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('grant.rules')}</legend>
          <div className="checkbox">
            <input
              id={fieldId('rules.repaymentRequired')}
              type="checkbox"
              {...register('rules.repaymentRequired')}
            />
            <label htmlFor={fieldId('rules.repaymentRequired')}>
              {t('grant.rules.repaymentRequired')}
            </label>
          </div>
          <Field
            id={fieldId('rules.waiverThresholdKr')}
            label={t('grant.rules.waiverThresholdKr')}
            hint={t('grantForm.waiverHint')}
            error={errors.rules?.waiverThresholdKr?.message}
          >
            {(describedBy) => (
              <div className="input-suffix">
                <input
                  id={fieldId('rules.waiverThresholdKr')}
                  type="text"
                  inputMode="numeric"
                  className="input input--amount"
                  aria-describedby={describedBy}
                  aria-invalid={errors.rules?.waiverThresholdKr ? true : undefined}
                  {...register('rules.waiverThresholdKr')}
                />
                <span aria-hidden="true">{t('common.kr')}</span>
              </div>
            )}
          </Field>
          <Field
            id={fieldId('rules.minimumAmountKr')}
            label={t('grant.rules.minimumAmountKr')}
            hint={t('grantForm.minimumHint')}
            error={errors.rules?.minimumAmountKr?.message}
          >
            {(describedBy) => (
              <div className="input-suffix">
                <input
                  id={fieldId('rules.minimumAmountKr')}
                  type="text"
                  inputMode="numeric"
                  className="input input--amount"
                  aria-describedby={describedBy}
                  aria-invalid={errors.rules?.minimumAmountKr ? true : undefined}
                  {...register('rules.minimumAmountKr')}
                />
                <span aria-hidden="true">{t('common.kr')}</span>
              </div>
            )}
          </Field>
          <div className="checkbox">
            <input
              id={fieldId('rules.privateProvidersShareRequired')}
              type="checkbox"
              {...register('rules.privateProvidersShareRequired')}
            />
            <label htmlFor={fieldId('rules.privateProvidersShareRequired')}>
              {t('grant.rules.privateProvidersShareRequired')}
            </label>
          </div>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {grant ? t('grantForm.saveChanges') : t('grantForm.create')}
          </button>
          <Link to={grant ? `/grants/${grant.id}` : '/'} className="button button--secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
