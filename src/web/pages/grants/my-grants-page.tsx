// A recipient's start page: its task list ("Att göra"), then the published grants their organisation
// receives, each with its next step first ("Rekvirera senast …", "Rapportera senast …", "Visa beslut"), the amount it may
// requisition, the deadline, its requisition's status, and links to the requisition and the
// follow-up report (a card per grant on a narrow screen); the performance-based grants it may
// register interest in; its decisions; and a link to what it owes (Mina fordringar).
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router-dom';
import type { MyGrant } from '../../../contracts/me';
import { api } from '../../api-client';
import { useAuth } from '../../auth';
import { DataTable } from '../../components/data-table';
import { Loading } from '../../components/loading';
import { MyDecisions } from '../decisions/my-decisions';
import { decisionsApi } from '../decisions/api';
import { MyInterests } from '../performance/my-interests';
import { ProblemAlert } from '../../components/problem-alert';
import { RequisitionStateTag } from '../requisition/requisition-state-tag';
import { formatDate, formatKronor, type Locale } from '../../format';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { usePageTitle } from '../../layout';
import { TaskList } from '../tasks/task-list';
import { queryKeys, useApiQuery } from '../../query';

/** Requisition if it still can, otherwise open what there is (history, versions, the closed notice). */
function requisitionAction(item: MyGrant): MessageKey {
  if (item.requisition) return 'myGrants.openRequisition';
  return item.window === 'closed' ? 'myGrants.viewRequisition' : 'myGrants.requisition';
}

/**
 * What the organisation should do next on the grant: requisition while it may and has not signed
 * (or declined), else report while the report is not submitted, else read its decisions — only
 * when it has one: "Visa beslut" on a grant without a decision led to a list without it (the
 * 2018 demo grant's requisitions closed unsigned, so it has none).
 */
function NextStep({ item, decided }: { item: MyGrant; decided: boolean }) {
  const { t, locale } = useI18n();
  const state = item.requisition?.state ?? 'not_started';
  const date = (value: string | null) => (value ? formatDate(value, locale) : t('common.notSet'));
  const [to, text] =
    item.window !== 'closed' && state !== 'signed' && state !== 'declined'
      ? [
          `/mina-bidrag/${item.grantId}/rekvisition`,
          t('myGrants.next.requisition', { date: date(item.requisitionDeadlineOn) }),
        ]
      : item.followUp.hasForm && item.followUp.reportStatus !== 'submitted'
        ? [
            `/mina-bidrag/${item.grantId}/aterrapport`,
            t('myGrants.next.report', { date: date(item.followUp.deadlineOn) }),
          ]
        : ['#my-decisions', t('myGrants.next.decisions')];
  const label = <span className="visually-hidden"> {item.name}</span>;
  if (to === '#my-decisions' && !decided)
    return <span className="next-action">{t('myGrants.next.noDecision')}</span>;
  return to.startsWith('#') ? (
    <a href={to} className="next-action">
      {text}
      {label}
    </a>
  ) : (
    <Link to={to} className="next-action">
      {text}
      {label}
    </Link>
  );
}

function grantColumns(
  t: Translate,
  locale: Locale,
  decidedGrantIds: ReadonlySet<string>,
): ColumnDef<MyGrant>[] {
  return [
    { accessorKey: 'name', header: t('grants.col.name') },
    // Right after the grant's name, so the next step is in view at every width (the rest may scroll).
    {
      id: 'next',
      header: t('myGrants.col.next'),
      enableSorting: false,
      cell: (info) => (
        <NextStep
          item={info.row.original}
          decided={decidedGrantIds.has(info.row.original.grantId)}
        />
      ),
    },
    { accessorKey: 'grantYear', header: t('grants.col.year') },
    {
      accessorKey: 'amountKr',
      header: t('myGrants.col.amount'),
      cell: (info) => formatKronor(info.row.original.amountKr, locale),
    },
    {
      accessorKey: 'requisitionDeadlineOn',
      header: t('myGrants.col.deadline'),
      cell: ({ row: { original: item } }) => (
        <>
          {item.requisitionDeadlineOn
            ? formatDate(item.requisitionDeadlineOn, locale)
            : t('common.notSet')}
          {item.window === 'closed' ? ` (${t('requisition.window.closed')})` : null}
          {item.window === 'open_late' ? ` (${t('requisition.window.open_late')})` : null}
        </>
      ),
    },
    {
      id: 'requisition',
      accessorFn: (item) => item.requisition?.state ?? 'not_started',
      header: t('myGrants.col.requisition'),
      cell: (info) => (
        <RequisitionStateTag state={info.row.original.requisition?.state ?? 'not_started'} />
      ),
    },
    {
      id: 'requisitioned',
      accessorFn: (item) => item.requisition?.amountKr ?? -1,
      header: t('myGrants.col.requisitioned'),
      cell: ({ row: { original: item } }) =>
        item.requisition?.amountKr != null ? formatKronor(item.requisition.amountKr, locale) : '–',
    },
    {
      id: 'action',
      header: t('myGrants.col.action'),
      enableSorting: false,
      cell: ({ row: { original: item } }) => (
        <Link
          to={`/mina-bidrag/${item.grantId}/rekvisition`}
          aria-label={`${t(requisitionAction(item))}: ${item.name}`}
        >
          {t(requisitionAction(item))}
        </Link>
      ),
    },
    {
      id: 'report',
      header: t('myGrants.col.report'),
      enableSorting: false,
      cell: ({ row: { original: item } }) =>
        item.followUp.hasForm ? (
          <>
            <Link to={`/mina-bidrag/${item.grantId}/aterrapport`}>
              {t('myGrants.openReport')}
              <span className="visually-hidden"> {item.name}</span>
            </Link>{' '}
            ({t(`reporting.state.${item.followUp.reportStatus}`)})
          </>
        ) : (
          <span title={t('myGrants.noReportForm')}>–</span>
        ),
    },
  ];
}

export function MyGrantsPage() {
  const { t, locale } = useI18n();
  const { session } = useAuth();
  usePageTitle(t('myGrants.title'));
  const grants = useApiQuery(queryKeys.myGrants, (signal) => api.myGrants(signal));
  const items = grants.data?.items ?? [];
  // The same query as the decisions list below (one request): which grants have a decision.
  const decisions = useApiQuery(queryKeys.myDecisions, (signal) =>
    decisionsApi.myDecisions(signal),
  );
  const decidedGrantIds = new Set((decisions.data?.items ?? []).map((d) => d.grantId));
  return (
    <>
      <h1>{t('myGrants.title')}</h1>
      <p className="lead">{t('myGrants.intro', { code: session?.user?.recipientCode ?? '' })}</p>
      <TaskList headingLevel={2} />
      <h2>{t('myGrants.tableCaption')}</h2>
      <p>
        <Link to="/mina-fordringar">{t('myReceivables.startLink')}</Link>
      </p>
      {grants.error ? <ProblemAlert error={grants.error} autoFocus={false} /> : null}
      {grants.isPending ? <Loading /> : null}
      {grants.data && items.length === 0 ? <p>{t('myGrants.empty')}</p> : null}
      {items.length > 0 ? (
        <DataTable
          caption={t('myGrants.tableCaption')}
          id="my-grants"
          data={items}
          columns={grantColumns(t, locale, decidedGrantIds)}
          numeric={new Set(['grantYear', 'amountKr', 'requisitioned'])}
          rowHeader="name"
          rowKey={(item) => item.grantId}
          sortable={false}
          cellClassName={(column) => (column === 'next' ? 'cell--first-on-narrow' : undefined)}
          stacked
        />
      ) : null}
      <MyInterests />
      <MyDecisions />
    </>
  );
}
