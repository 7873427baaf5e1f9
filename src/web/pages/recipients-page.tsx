// The recipients: 290 municipalities and 21 regions, searchable by name or code and filtered by
// type, with their organisation numbers; and the CSV import (code,name,org_number) that updates
// names and organisation numbers, showing every refused cell.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError, api } from '../api-client';
import { useAnnounce } from '../announcer';
import { Field } from '../components/form-fields';
import { Loading } from '../components/loading';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../layout';
import { useResource } from '../use-resource';
import { TableScroll } from '../components/table-scroll';

export function RecipientsPage() {
  const { t } = useI18n();
  usePageTitle(t('recipients.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const type = searchParams.get('type') ?? '';
  const [text, setText] = useState(q);
  const recipients = useResource(`recipients:${q}:${type}`, (signal) =>
    api.listRecipients({ q: q || undefined, type: type || undefined }, signal),
  );

  // Search as the person types, a moment after the last key.
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => {
      setSearchParams(
        (params) => {
          const next = new URLSearchParams(params);
          if (text.trim()) next.set('q', text.trim());
          else next.delete('q');
          return next;
        },
        { replace: true },
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [text, q, setSearchParams]);

  const setType = (value: string) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        if (value) next.set('type', value);
        else next.delete('type');
        return next;
      },
      { replace: true },
    );

  const items = recipients.data?.items ?? [];
  return (
    <>
      <h1>{t('recipients.title')}</h1>
      <p className="lead">{t('recipients.intro')}</p>
      <form
        className="filters"
        role="search"
        aria-label={t('recipients.searchLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label htmlFor="recipient-search" className="field__label">
            {t('recipients.search')}
          </label>
          <input
            id="recipient-search"
            type="search"
            className="input"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="recipient-type" className="field__label">
            {t('recipient.type')}
          </label>
          <select
            id="recipient-type"
            className="input"
            value={type}
            onChange={(event) => setType(event.target.value)}
          >
            <option value="">{t('recipientType.all')}</option>
            <option value="municipality">{t('recipientType.municipality.plural')}</option>
            <option value="region">{t('recipientType.region.plural')}</option>
          </select>
        </div>
      </form>
      {recipients.error ? <ProblemAlert error={recipients.error} autoFocus={false} /> : null}
      <p role="status" className="table-status">
        {recipients.data ? t('recipients.count', { count: recipients.data.total }) : ''}
      </p>
      {recipients.loading && !recipients.data ? <Loading /> : null}
      {items.length > 0 ? (
        <TableScroll label={t('recipients.tableCaption')}>
          <table className="table table--striped">
            <caption className="visually-hidden">{t('recipients.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('recipient.code')}</th>
                <th scope="col">{t('recipient.name')}</th>
                <th scope="col">{t('recipient.type')}</th>
                <th scope="col">{t('recipient.county')}</th>
                <th scope="col">{t('recipient.orgNumber')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((recipient) => (
                <tr key={recipient.code}>
                  <td className="num-text">{recipient.code}</td>
                  <th scope="row">{recipient.name}</th>
                  <td>
                    {t(
                      recipient.type === 'region'
                        ? 'recipientType.region'
                        : 'recipientType.municipality',
                    )}
                  </td>
                  <td>{recipient.countyName}</td>
                  <td className="num-text">
                    {recipient.orgNumber ?? <span className="muted">{t('common.notSet')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : recipients.data ? (
        <p>{t('recipients.none')}</p>
      ) : null}
      <RecipientImport onImported={recipients.reload} />
    </>
  );
}

function RecipientImport({ onImported }: { onImported(): void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setResult(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setFileError(t('allocate.chooseFile'));
      fileInput.current?.focus();
      return;
    }
    setFileError(undefined);
    setBusy(true);
    try {
      const { updated } = await api.importRecipients(file);
      const message = t('recipients.imported', { count: updated });
      setResult(message);
      announce(message);
      onImported();
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="recipient-import" className="panel">
      <h2 id="recipient-import">{t('recipients.importTitle')}</h2>
      <p>{t('recipients.importHelp')}</p>
      {error ? (
        <ProblemAlert error={error} title={t('recipients.importRefused')} headingLevel={3} />
      ) : null}
      {result ? <p className="notice notice--success">{result}</p> : null}
      <form onSubmit={submit} noValidate className="form form--inline">
        <Field id="recipient-file" label={t('recipients.importFile')} error={fileError}>
          {(describedBy) => (
            <input
              id="recipient-file"
              ref={fileInput}
              type="file"
              className="input-file"
              accept=".csv,text/csv"
              aria-describedby={describedBy}
              aria-invalid={fileError ? true : undefined}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('recipients.importSubmit')}
        </button>
      </form>
    </section>
  );
}
