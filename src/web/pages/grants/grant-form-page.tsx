// Create a grant (/grants/new) or edit a draft (/grants/:id/edit). Validated in the browser with
// the API's GrantInputSchema; the server validates again, and its answers (a field error, a 409
// because someone else saved first or the grant is no longer a draft) are shown next to the form.
import { useMemo, useState } from 'react';
import type { FieldPath } from 'react-hook-form';
import { useFieldArray, useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Grant, GrantInput } from '../../../contracts/grants';
import { api } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { ErrorSummary, FieldError } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import {
  FORM_BEHAVIOUR,
  fieldError,
  fieldOfIssue,
  flattenErrors,
  setServerErrors,
} from '../../forms';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import type { InputOptions } from './grant-form-input';
import { FormInput } from './grant-form-input';
import type { GrantFormValues } from './grant-form-values';
import {
  DATE_FIELDS,
  emptyGrantFormValues,
  fieldId,
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
  'distributionMethod',
  'purpose',
  'usageAreas',
  ...DATE_FIELDS,
  'rules',
];

/** The form field a server issue's path names (`rules.minimumAmountKr`), if it is one. */
const grantField = (path: string) => {
  const name = formFieldName(path.split('.'));
  return isGrantFieldPath(name) ? name : undefined;
};

export function NewGrantPage() {
  const { t } = useI18n();
  usePageTitle(t('grantForm.newTitle'));
  return <GrantForm />;
}

export function EditGrantPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  usePageTitle(t('grantForm.editTitle'));
  const grant = useApiQuery(queryKeys.grantDetail(id), (signal) => api.getGrant(id, signal));
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
  const { t, has } = useI18n();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [attempt, setAttempt] = useState(0);
  const resolver = useMemo(() => grantResolver(t), [t]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<GrantFormValues, unknown, GrantInput>({
    defaultValues: grant ? grantToFormValues(grant) : emptyGrantFormValues(),
    ...FORM_BEHAVIOUR,
    resolver,
  });
  const save = useApiMutation({
    mutationFn: (input: GrantInput) =>
      grant ? api.updateGrant(grant.id, input, grant.version) : api.createGrant(input),
    invalidates: (saved) => [queryKeys.grants, queryKeys.grant(saved.id)],
    announce: (saved) => t('grantForm.saved', { name: saved.name }),
  });
  const serverError = save.error;
  const usageAreas = useFieldArray({ control, name: 'usageAreas' });

  const onValid = async (input: GrantInput) => {
    announce(t('grantForm.saving'));
    const outcome = await save.run(input);
    if (outcome.ok) {
      navigate(`/grants/${outcome.data.id}`);
      return;
    }
    if (setServerErrors(outcome.error, setError, grantField)) setAttempt((a) => a + 1);
    announce(t('grantForm.notSaved'));
  };

  // The summary names each field as its label does ("Totalt belopp: …").
  const summary = flattenErrors(errors, FIELD_ORDER).map(([name, message]): [string, string] => {
    const label = `grant.${name}`;
    return [fieldId(name), has(label) ? `${t(label)}: ${message}` : message];
  });
  const title = grant ? t('grantForm.editTitle') : t('grantForm.newTitle');
  const input = (name: FieldPath<GrantFormValues>, label: string, options: InputOptions = {}) => (
    <FormInput
      name={name}
      label={label}
      register={register}
      error={fieldError(errors, name)}
      {...options}
    />
  );

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{grant ? grant.name : t('grantForm.intro')}</p>
      {submitCount > 0 ? <ErrorSummary errors={summary} attempt={attempt} /> : null}
      {serverError ? (
        <ProblemAlert
          error={serverError}
          atField={(issue) => fieldOfIssue(issue, grantField) !== undefined}
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
          {input('name', t('grant.name'), { size: 'wide' })}
          {input('grantYear', t('grant.grantYear'), {
            hint: t('grantForm.grantYearHint'),
            size: 'short',
            numeric: true,
          })}
          {input('legalBasis', t('grant.legalBasis'), {
            hint: t('grantForm.legalBasisHint'),
            size: 'wide',
          })}
          <div className="field-row">
            {input('appropriation', t('grant.appropriation'), {
              hint: t('grantForm.appropriationHint'),
            })}
            {input('appropriationItem', t('grant.appropriationItem'), {
              hint: t('grantForm.appropriationItemHint'),
            })}
          </div>
          {input('totalAmountKr', t('grant.totalAmountKr'), {
            hint: t('grantForm.totalAmountHint'),
            kronor: true,
          })}
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
          <fieldset className="field">
            <legend className="field__label">{t('grant.distributionMethod')}</legend>
            {(['allocation_key', 'performance'] as const).map((method) => (
              <div className="radio" key={method}>
                <input
                  id={`field-distributionMethod-${method}`}
                  type="radio"
                  value={method}
                  {...register('distributionMethod')}
                />
                <label htmlFor={`field-distributionMethod-${method}`}>
                  {t(`audit.value.distributionMethod.${method}`)}
                </label>
              </div>
            ))}
          </fieldset>
          {input('purpose', t('grant.purpose'), { size: 'wide', multiline: true })}
        </fieldset>

        <fieldset>
          <legend>{t('grant.usageAreas')}</legend>
          <p className="field__hint">{t('grantForm.usageAreasHint')}</p>
          {errors.usageAreas?.message ? (
            <FieldError id="field-usageAreas-error" message={errors.usageAreas.message} />
          ) : null}
          {usageAreas.fields.length === 0 ? <p>{t('grantForm.noUsageAreas')}</p> : null}
          <ol className="editable-list">
            {usageAreas.fields.map((area, index) => (
              <li key={area.id} className="editable-list__item">
                {input(
                  `usageAreas.${index}.value`,
                  t('grantForm.usageAreaLabel', { n: index + 1 }),
                  {
                    size: 'wide',
                  },
                )}
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
            ))}
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
              <FormInput
                key={name}
                name={name}
                label={t(`grant.${name}`)}
                register={register}
                error={errors[name]?.message}
                date
              />
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
          {input('rules.waiverThresholdKr', t('grant.rules.waiverThresholdKr'), {
            hint: t('grantForm.waiverHint'),
            kronor: true,
          })}
          {input('rules.minimumAmountKr', t('grant.rules.minimumAmountKr'), {
            hint: t('grantForm.minimumHint'),
            kronor: true,
          })}
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
          <div className="checkbox">
            <input
              id={fieldId('rules.secondRound')}
              type="checkbox"
              {...register('rules.secondRound')}
            />
            <label htmlFor={fieldId('rules.secondRound')}>{t('grant.rules.secondRound')}</label>
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
