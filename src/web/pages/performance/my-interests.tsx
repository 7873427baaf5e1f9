// On a recipient's start page: the performance-based grants its organisation may register interest
// in (intresseanmälan, issue 6), whether it has, and buttons to register or withdraw until the last
// day to register.
import { useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router-dom';
import type { MyInterest } from '../../../contracts/me';
import { api, ApiError } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { formatDate, formatInstant } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../use-resource';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { DataTable } from '../../components/data-table';

export function MyInterests() {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const interests = useResource('my-interests', (signal) => api.myInterests(signal));
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [done, setDone] = useState('');
  const items = interests.data?.items ?? [];
  if (interests.data && items.length === 0) return null;

  async function change(grantId: string, name: string, register: boolean) {
    setBusy(grantId);
    setError(undefined);
    setDone('');
    try {
      await (register ? api.registerOwnInterest(grantId) : api.withdrawOwnInterest(grantId));
      const message = t(register ? 'myInterests.done.registered' : 'myInterests.done.withdrawn', {
        name,
      });
      setDone(message);
      announce(message);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('unexpected', 0, null));
    } finally {
      setBusy(null);
      interests.reload();
    }
  }

  const columns: ColumnDef<MyInterest>[] = [
    { accessorKey: 'name', header: t('grants.col.name') },
    { accessorKey: 'grantYear', header: t('grants.col.year') },
    {
      accessorKey: 'interestDeadlineOn',
      header: t('myInterests.col.deadline'),
      cell: ({ row: { original: item } }) => (
        <>
          {item.interestDeadlineOn
            ? formatDate(item.interestDeadlineOn, locale)
            : t('myInterests.noCall')}
          {item.open || !item.interestDeadlineOn ? null : ` (${t('myInterests.closed')})`}
        </>
      ),
    },
    {
      id: 'status',
      accessorFn: (item) => item.registeredAt ?? '',
      header: t('myInterests.col.status'),
      cell: ({ row: { original: item } }) =>
        item.registeredAt
          ? t('myInterests.registered', { date: formatInstant(item.registeredAt, locale) })
          : t('myInterests.notRegistered'),
    },
    {
      id: 'action',
      header: t('myInterests.col.action'),
      enableSorting: false,
      cell: ({ row: { original: item } }) =>
        item.open ? (
          <button
            type="button"
            className={item.registered ? 'button button--secondary' : 'button button--primary'}
            disabled={busy !== null}
            onClick={() => void change(item.grantId, item.name, !item.registered)}
          >
            {t(item.registered ? 'myInterests.withdraw' : 'myInterests.register')}
            <span className="visually-hidden"> {item.name}</span>
          </button>
        ) : (
          '–'
        ),
    },
    {
      id: 'figures',
      accessorFn: (item) => item.figures?.reportedAt ?? '',
      header: t('myInterests.col.figures'),
      cell: ({ row: { original: item } }) =>
        item.figures ? (
          <>
            {item.figures.reportedAt
              ? t('myInterests.figures.reported', {
                  date: formatInstant(item.figures.reportedAt, locale),
                })
              : t('myInterests.figures.notReported')}
            {item.figures.deadlineOn && item.figures.open
              ? `, ${t('myInterests.figures.deadline', {
                  date: formatDate(item.figures.deadlineOn, locale),
                })}`
              : null}
            <br />
            <Link to={`/mina-bidrag/${item.grantId}/prestationsuppgifter`}>
              {t(item.figures.open ? 'myInterests.figures.report' : 'myInterests.figures.show')}
              <span className="visually-hidden"> {item.name}</span>
            </Link>
          </>
        ) : (
          '–'
        ),
    },
  ];

  return (
    <section aria-labelledby="my-interests">
      <h2 id="my-interests">{t('myInterests.heading')}</h2>
      <p>{t('myInterests.intro')}</p>
      {interests.error ? (
        <ProblemAlert error={interests.error} autoFocus={false} headingLevel={3} />
      ) : null}
      {error ? <ProblemAlert error={error} headingLevel={3} /> : null}
      {done ? <p role="status">{done}</p> : null}
      {interests.loading && !interests.data ? <Loading /> : null}
      {items.length > 0 ? (
        <DataTable
          caption={t('myInterests.tableCaption')}
          id="my-interests-table"
          data={items}
          columns={columns}
          numeric={new Set(['grantYear'])}
          rowHeader="name"
          rowKey={(item) => item.grantId}
          stacked
        />
      ) : null}
    </section>
  );
}
