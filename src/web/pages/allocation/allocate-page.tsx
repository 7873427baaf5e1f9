// Make a draft allocation for a grant (/grants/:id/allocate): upload the government's key
// (CSV/XLSX) or compute one with a formula (a model in the CLI's model.json form plus an indicator
// data file). A refused file is shown with every issue (file, line, column) and stores nothing.
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { Grant } from '../../../contracts/grants';
import { ApiError, api } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { ErrorSummary, Field } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { useResource } from '../../use-resource';
import { exampleModel } from './model-example';

type Method = 'key' | 'formula';

export function AllocatePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const grant = useResource(`grant:${id}`, (signal) => api.getGrant(id, signal));
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
  const { t, plural, locale } = useI18n();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [searchParams, setSearchParams] = useSearchParams();
  const method: Method = searchParams.get('method') === 'formula' ? 'formula' : 'key';
  const keyFile = useRef<HTMLInputElement>(null);
  const dataFile = useRef<HTMLInputElement>(null);
  const [model, setModel] = useState(() => exampleModel(grant.totalAmountKr));
  const [fieldErrors, setFieldErrors] = useState<[string, string][]>([]);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const errorFor = (id: string) => fieldErrors.find(([field]) => field === id)?.[1];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const problems: [string, string][] = [];
    const file = (method === 'key' ? keyFile : dataFile).current?.files?.[0];
    if (method === 'formula') {
      try {
        JSON.parse(model);
      } catch (parseError) {
        problems.push(['model', t('allocate.modelNotJson', { message: String(parseError) })]);
      }
    }
    if (!file)
      problems.push([method === 'key' ? 'key-file' : 'data-file', t('allocate.chooseFile')]);
    setFieldErrors(problems);
    if (problems.length > 0 || !file) {
      setAttempt((a) => a + 1);
      return;
    }
    setBusy(true);
    announce(t('allocate.uploading', { file: file.name }));
    try {
      const allocation =
        method === 'key'
          ? await api.importAllocation(grant.id, file)
          : await api.computeAllocation(grant.id, model, file);
      announce(plural('allocate.created', allocation.recipientCount));
      navigate(`/allocations/${allocation.id}`);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
      announce(t('allocate.refused'));
    } finally {
      setBusy(false);
    }
  };

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
      <ErrorSummary errors={fieldErrors} attempt={attempt} />
      {error ? (
        <ProblemAlert
          error={error}
          title={error.status === 422 ? t('allocate.refusedTitle') : t('allocate.failedTitle')}
        />
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        <fieldset>
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

        {method === 'key' ? (
          <fieldset>
            <legend>{t('allocate.keyLegend')}</legend>
            <Field
              id="key-file"
              label={t('allocate.keyFile')}
              hint={t('allocate.keyHint')}
              error={errorFor('key-file')}
            >
              {(describedBy) => (
                <input
                  id="key-file"
                  ref={keyFile}
                  type="file"
                  className="input-file"
                  accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  aria-describedby={describedBy}
                  aria-invalid={errorFor('key-file') ? true : undefined}
                />
              )}
            </Field>
          </fieldset>
        ) : (
          <fieldset>
            <legend>{t('allocate.formulaLegend')}</legend>
            <Field
              id="model"
              label={t('allocate.model')}
              hint={t('allocate.modelHint')}
              error={errorFor('model')}
            >
              {(describedBy) => (
                <textarea
                  id="model"
                  className="input input--code"
                  rows={16}
                  spellCheck={false}
                  value={model}
                  onChange={(event) => setModel(event.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={errorFor('model') ? true : undefined}
                />
              )}
            </Field>
            <Field
              id="data-file"
              label={t('allocate.dataFile')}
              hint={t('allocate.dataHint')}
              error={errorFor('data-file')}
            >
              {(describedBy) => (
                <input
                  id="data-file"
                  ref={dataFile}
                  type="file"
                  className="input-file"
                  accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  aria-describedby={describedBy}
                  aria-invalid={errorFor('data-file') ? true : undefined}
                />
              )}
            </Field>
          </fieldset>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {method === 'key' ? t('allocate.submitKey') : t('allocate.submitFormula')}
          </button>
          <Link to={`/grants/${grant.id}`} className="button button--secondary">
            {t('common.cancel')}
          </Link>
        </div>
        {busy ? <p className="loading">{t('allocate.working')}</p> : null}
      </form>
    </>
  );
}
