// On a recipient's start page: the performance-based grants its organisation may register interest
// in (intresseanmälan, issue 6), whether it has, and buttons to register or withdraw until the last
// day to register.
import { useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router-dom';
import type { MyInterest } from '../../../contracts/me';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api-client';
import { formatDate, formatInstant } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { queryKeys, useApiMutation, useApiQuery } from '../../query';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { DataTable } from '../../components/data-table';

/** Registering or withdrawing the organisation's interest in one grant. */
interface InterestChange {
  grantId: string;
  name: string;
  register: boolean;
}

export function MyInterests() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const interests = useApiQuery(queryKeys.myInterests, (signal) => api.myInterests(signal));
  const [done, setDone] = useState('');
  const change = useApiMutation({
    mutationFn: ({ grantId, register }: InterestChange) =>
      register ? api.registerOwnInterest(grantId) : api.withdrawOwnInterest(grantId),
    invalidates: [queryKeys.myInterests, queryKeys.myGrants],
    announce: (_answer, { name, register }) =>
      t(register ? 'myInterests.done.registered' : 'myInterests.done.withdrawn', { name }),
  });
  const items = interests.data?.items ?? [];
  if (interests.data && items.length === 0) return null;

  async function run(request: InterestChange) {
    setDone('');
    const outcome = await change.run(request);
    if (outcome.ok)
      setDone(
        t(request.register ? 'myInterests.done.registered' : 'myInterests.done.withdrawn', {
          name: request.name,
        }),
      );
    // Refused (the last day may just have passed): show how things now stand.
    else await queryClient.invalidateQueries({ queryKey: queryKeys.myInterests });
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
            disabled={change.isPending}
            onClick={() =>
              void run({ grantId: item.grantId, name: item.name, register: !item.registered })
            }
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
      {change.error ? <ProblemAlert error={change.error} headingLevel={3} /> : null}
      {done ? <p role="status">{done}</p> : null}
      {interests.isPending ? <Loading /> : null}
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
