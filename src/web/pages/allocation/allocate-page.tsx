// Make a draft allocation for a grant (/grants/:id/allocate): upload the government's key
// (CSV/XLSX) or compute one with a formula (formula-form.tsx: a plain indicator CSV and a form,
// or model.json for the expert). A refused file is shown with every issue (file, line, column)
// and stores nothing.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import type { Grant } from '../../../contracts/grants';
import { api } from '../../api-client';
import { AllocateActions } from './allocate-actions';
import { useAnnounce } from '../../announcer';
import { ErrorSummary, Field } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { formatKronor } from '../../format';
import { FORM_BEHAVIOUR, chosenFile, errorSummary, zodMessages } from '../../forms';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import { FormulaForm } from './formula-form';

type Method = 'key' | 'formula';

interface KeyFormValues {
  keyFile: FileList | undefined;
}
const FIELD_ORDER = ['keyFile'];
const INPUT_IDS: Record<string, string> = { keyFile: 'key-file' };

/** The key needs its file. */
function keyFormSchema(t: Translate): z.ZodType<{ file: File }, Partial<KeyFormValues>> {
  return z
    .object({ keyFile: chosenFile(t('allocate.chooseFile')) })
    .transform(({ keyFile }) => ({ file: keyFile }));
}

export function AllocatePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const grant = useApiQuery(queryKeys.grantDetail(id), (signal) => api.getGrant(id, signal));
  usePageTitle(t('allocate.title'));
  if (grant.error) {
    return (
      <>
        <h1>{t('allocate.title')}</h1>
        <ProblemAlert error={grant.error} autoFocus={false} />
      </>
    );
  }
  if (!grant.data) {
    return (
      <>
        <h1>{t('allocate.title')}</h1>
        <Loading />
      </>
    );
  }
  if (grant.data.status !== 'draft') {
    return (
      <>
        <h1>{t('allocate.title')}</h1>
        <p>{t('grantPage.allocationsOnlyForDrafts')}</p>
        <p>
          <Link to={`/grants/${grant.data.id}`}>{t('grantForm.backToGrant')}</Link>
        </p>
      </>
    );
  }
  return <AllocateForm grant={grant.data} />;
}

function AllocateForm({ grant }: { grant: Grant }) {
  const { t, locale } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const method: Method = searchParams.get('method') === 'formula' ? 'formula' : 'key';
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">{t('grants.title')}</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/grants/${grant.id}`}>{grant.name}</Link>
      </p>
      <h1>{t('allocate.title')}</h1>
      <p className="lead">
        {t('allocate.intro', {
          grant: grant.name,
          amount: formatKronor(grant.totalAmountKr, locale),
        })}
      </p>
      <fieldset className="form">
        <legend>{t('allocate.method')}</legend>
        <div className="radio">
          <input
            type="radio"
            id="method-key"
            name="method"
            value="key"
            checked={method === 'key'}
            onChange={() => setSearchParams({ method: 'key' }, { replace: true })}
          />
          <label htmlFor="method-key">{t('allocate.method.key')}</label>
        </div>
        <div className="radio">
          <input
            type="radio"
            id="method-formula"
            name="method"
            value="formula"
            checked={method === 'formula'}
            onChange={() => setSearchParams({ method: 'formula' }, { replace: true })}
          />
          <label htmlFor="method-formula">{t('allocate.method.formula')}</label>
        </div>
      </fieldset>
      {method === 'key' ? <KeyForm grant={grant} /> : <FormulaForm grant={grant} />}
    </>
  );
}

function KeyForm({ grant }: { grant: Grant }) {
  const { t, plural } = useI18n();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [attempt, setAttempt] = useState(0);
  const schema = useMemo(() => keyFormSchema(t), [t]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    ...FORM_BEHAVIOUR,
    reValidateMode: 'onSubmit',
    resolver: zodResolver(schema, zodMessages(t)),
  });
  const upload = useApiMutation({
    mutationFn: ({ file }: { file: File }) => api.importAllocation(grant.id, file),
    invalidates: [queryKeys.grant(grant.id)],
    announce: (allocation) => plural('allocate.created', allocation.recipientCount),
    onSuccess: (allocation) => navigate(`/allocations/${allocation.id}`),
  });
  const error = upload.error;
  const summary = errorSummary(errors, FIELD_ORDER, (name) => INPUT_IDS[name] ?? name);
  const keyFileError = errors.keyFile?.message;

  const onValid = async (input: { file: File }) => {
    announce(t('allocate.uploading', { file: input.file.name }));
    const outcome = await upload.run(input);
    if (!outcome.ok) announce(t('allocate.refused'));
  };
  const onInvalid = () => {
    upload.reset();
    setAttempt((a) => a + 1);
  };

  return (
    <>
      <ErrorSummary errors={summary} attempt={attempt} />
      {error ? (
        <ProblemAlert
          error={error}
          title={error.status === 422 ? t('allocate.refusedTitle') : t('allocate.failedTitle')}
        />
      ) : null}
      <form onSubmit={handleSubmit(onValid, onInvalid)} noValidate className="form">
        <fieldset>
          <legend>{t('allocate.keyLegend')}</legend>
          <Field
            id="key-file"
            label={t('allocate.keyFile')}
            hint={t('allocate.keyHint')}
            error={keyFileError}
          >
            {(describedBy) => (
              <input
                id="key-file"
                {...register('keyFile')}
                type="file"
                className="input-file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={describedBy}
                aria-invalid={keyFileError ? true : undefined}
              />
            )}
          </Field>
        </fieldset>
        <AllocateActions
          grantId={grant.id}
          submitLabel={t('allocate.submitKey')}
          pending={upload.isPending}
        />
      </form>
    </>
  );
}
