// The recipients: 290 municipalities and 21 regions, searchable by name or code and filtered by
// type, with their organisation numbers; and the CSV import (code,name,org_number) that updates
// names and organisation numbers, showing every refused cell.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { api } from '../../api-client';
import { Field } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { FORM_BEHAVIOUR, chosenFile, zodMessages } from '../../forms';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import type { ColumnDef } from '@tanstack/react-table';
import type { Recipient } from '../../../contracts/recipients';
import { DataTable } from '../../components/data-table';
import { recipientTypeChoices, TableFilters } from '../../components/table-filters';

const CODES = new Set(['code', 'orgNumber']);

export function RecipientsPage() {
  const { t, plural } = useI18n();
  usePageTitle(t('recipients.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const type = searchParams.get('type') ?? '';
  const [text, setText] = useState(q);
  const recipients = useApiQuery(queryKeys.recipients({ q, type }), (signal) =>
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
  const columns: ColumnDef<Recipient>[] = [
    { accessorKey: 'code', header: t('recipient.code') },
    { accessorKey: 'name', header: t('recipient.name') },
    {
      accessorKey: 'type',
      header: t('recipient.type'),
      cell: (info) =>
        t(info.getValue() === 'region' ? 'recipientType.region' : 'recipientType.municipality'),
    },
    { accessorKey: 'countyName', header: t('recipient.county') },
    {
      accessorKey: 'orgNumber',
      header: t('recipient.orgNumber'),
      cell: (info) =>
        info.row.original.orgNumber ?? <span className="muted">{t('common.notSet')}</span>,
    },
    {
      // Letters use the legal name the import gave, else the name; an address only if imported.
      id: 'letterAddress',
      header: t('recipient.letterAddress'),
      enableSorting: false,
      cell: ({ row: { original: recipient } }) =>
        [recipient.legalName ?? recipient.name, ...recipient.postalAddress].join(', '),
    },
  ];
  return (
    <>
      <h1>{t('recipients.title')}</h1>
      <p className="lead">{t('recipients.intro')}</p>
      <TableFilters
        label={t('recipients.searchLabel')}
        idPrefix="recipient"
        search={{ label: t('recipients.search'), value: text, onChange: setText }}
        choice={{
          name: 'type',
          label: t('recipient.type'),
          value: type,
          options: recipientTypeChoices(t),
          onChange: setType,
        }}
      />
      {recipients.error ? <ProblemAlert error={recipients.error} autoFocus={false} /> : null}
      <p role="status" className="table-status">
        {recipients.data ? plural('recipients.count', recipients.data.total) : ''}
      </p>
      {recipients.isPending ? <Loading /> : null}
      {items.length > 0 ? (
        <DataTable
          caption={t('recipients.tableCaption')}
          data={items}
          columns={columns}
          rowHeader="name"
          numericText={CODES}
          sortable={false}
          rowKey={(recipient) => recipient.code}
        />
      ) : recipients.data ? (
        <p>{t('recipients.none')}</p>
      ) : null}
      <RecipientImport />
    </>
  );
}

/**
 * The import's columns by the header names the importer knows them by
 * (src/services/recipients/import-recipients.ts), in the user's language.
 */
const IMPORT_COLUMNS = [
  { key: 'code', sv: 'kod', en: 'code' },
  { key: 'name', sv: 'namn', en: 'name' },
  { key: 'org_number', sv: 'organisationsnummer', en: 'org_number' },
  { key: 'legal_name', sv: 'juridiskt_namn', en: 'legal_name' },
  { key: 'postal_street', sv: 'postadress', en: 'postal_street' },
  { key: 'postal_code', sv: 'postnummer', en: 'postal_code' },
  { key: 'postal_town', sv: 'postort', en: 'postal_town' },
] as const;

function RecipientImport() {
  const { t, plural, language } = useI18n();
  const schema = useMemo(() => z.object({ file: chosenFile(t('allocate.chooseFile')) }), [t]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    ...FORM_BEHAVIOUR,
    // One field: focus goes straight to it.
    shouldFocusError: true,
    reValidateMode: 'onSubmit',
    resolver: zodResolver(schema, zodMessages(t)),
  });
  const importing = useApiMutation({
    mutationFn: (file: File) => api.importRecipients(file),
    invalidates: [queryKeys.allRecipients],
    announce: ({ updated }) => plural('recipients.imported', updated),
  });
  const error = importing.error;
  const result = importing.data ? plural('recipients.imported', importing.data.updated) : null;
  const fileError = errors.file?.message;

  return (
    <section aria-labelledby="recipient-import" className="panel">
      <h2 id="recipient-import">{t('recipients.importTitle')}</h2>
      <p>{t('recipients.importHelp')}</p>
      {/* The columns' names are literals the file must contain, so they are shown as code. */}
      <dl className="import-columns" aria-label={t('recipients.importColumnsCaption')}>
        {IMPORT_COLUMNS.map((column) => (
          <div key={column.key}>
            <dt>
              <code>{column[language]}</code>
            </dt>
            <dd>{t(`recipients.importColumn.${column.key}`)}</dd>
          </div>
        ))}
      </dl>
      {error ? (
        <ProblemAlert error={error} title={t('recipients.importRefused')} headingLevel={3} />
      ) : null}
      {result ? <p className="notice notice--success">{result}</p> : null}
      <form
        onSubmit={handleSubmit(({ file }) => importing.run(file), importing.reset)}
        noValidate
        className="form form--inline"
      >
        <Field id="recipient-file" label={t('recipients.importFile')} error={fileError}>
          {(describedBy) => (
            <input
              id="recipient-file"
              {...register('file')}
              type="file"
              className="input-file"
              accept=".csv,text/csv"
              aria-describedby={describedBy}
              aria-invalid={fileError ? true : undefined}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={importing.isPending}>
          {t('recipients.importSubmit')}
        </button>
      </form>
    </section>
  );
}
