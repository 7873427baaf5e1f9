// The case officer's overview of a grant's follow-up: who has submitted, who has a draft, who has
// not started; late reports; whom to remind; the figures; exports; and counts per answer as charts.
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ReportingOverview } from '../../../contracts/reporting';
import { api } from '../../api-client';
import { ExportLinks } from '../../components/export-links';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { TableScroll } from '../../components/table-scroll';
import { formatDate, formatInstant, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiQuery } from '../../query';

const BarChartFigure = lazy(() =>
  import('../../components/bar-chart-figure').then((m) => ({ default: m.BarChartFigure })),
);

export function ReportingOverviewPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('reporting.title'));
  const grant = useApiQuery(queryKeys.grantDetail(id), (signal) => api.getGrant(id, signal));
  const overview = useApiQuery(queryKeys.reportingOverview(id), (signal) =>
    api.reportingOverview(id, signal),
  );
  return (
    <>
      <p>
        <Link to={`/grants/${id}`}>{grant.data?.name ?? t('grants.title')}</Link>
      </p>
      <h1>{t('reporting.title')}</h1>
      <p className="actions">
        <Link to={`/grants/${id}/aterrapportering/formular`} className="button button--primary">
          {t('reporting.designForm')}
        </Link>
        <Link to={`/grants/${id}/rapport-till-regeringen`} className="button button--secondary">
          {t('governmentReport.open')}
        </Link>
      </p>
      {overview.error?.status === 404 ? (
        <p>{t('reporting.noForm')}</p>
      ) : overview.error ? (
        <ProblemAlert error={overview.error} autoFocus={false} />
      ) : null}
      {overview.data ? <Overview grantId={id} overview={overview.data} /> : null}
      {overview.isPending ? <Loading /> : null}
    </>
  );
}

function Overview({ grantId, overview }: { grantId: string; overview: ReportingOverview }) {
  const { t, plural, locale } = useI18n();
  const c = overview.counts;
  const toRemind = overview.rows.filter((r) => r.state !== 'submitted');
  const emails = [...new Set(toRemind.flatMap((r) => r.emails))];
  return (
    <>
      <dl className="facts">
        <dt>{t('reporting.deadline')}</dt>
        <dd>
          {overview.reportingDeadlineOn
            ? formatDate(overview.reportingDeadlineOn, locale)
            : t('common.notSet')}
        </dd>
        <dt>{t('reporting.voluntary')}</dt>
        <dd>{overview.voluntary ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('reporting.counts')}</dt>
        <dd>
          {t('reporting.countsText', {
            submitted: plural('reporting.countsText.submitted', c.submitted),
            draft: plural('reporting.countsText.draft', c.draft),
            notStarted: plural('reporting.countsText.notStarted', c.notStarted),
            total: c.total,
          })}
        </dd>
        <dt>{overview.voluntary ? t('reporting.missing') : t('reporting.late')}</dt>
        <dd>{overview.voluntary ? c.draft + c.notStarted : c.late}</dd>
        <dt>{t('reporting.totals')}</dt>
        <dd>
          {t('reporting.totalsText', {
            received: formatKronor(overview.totals.receivedKr, locale),
            used: formatKronor(overview.totals.usedKr, locale),
            unused: formatKronor(overview.totals.unusedKr, locale),
          })}
        </dd>
        <dt>{t('reporting.repayments')}</dt>
        <dd>
          {t('reporting.repaymentsText', {
            demands: plural('reporting.repaymentsText.demands', overview.totals.demands),
            toRepay: formatKronor(overview.totals.toRepayKr, locale),
            waivers: plural('reporting.repaymentsText.waivers', overview.totals.waivers),
            waived: formatKronor(overview.totals.waivedKr, locale),
          })}
        </dd>
      </dl>
      <ExportLinks
        links={[
          { href: `/api/grants/${grantId}/reports.csv`, label: t('reporting.exportCsv') },
          { href: `/api/grants/${grantId}/reports.xlsx`, label: t('reporting.exportXlsx') },
        ]}
      />
      <TableScroll label={t('reporting.tableCaption')}>
        <table className="table">
          <caption className="visually-hidden">{t('reporting.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('recipient.code')}</th>
              <th scope="col">{t('reporting.col.recipient')}</th>
              <th scope="col">{t('reporting.col.state')}</th>
              <th scope="col">{t('reporting.col.submittedAt')}</th>
              <th scope="col" className="num">
                {t('report.used')}
              </th>
              <th scope="col" className="num">
                {t('report.unused')}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((row) => (
              <tr key={row.recipientCode}>
                <td>{row.recipientCode}</td>
                <th scope="row">
                  <Link to={`/grants/${grantId}/aterrapportering/${row.recipientCode}`}>
                    {row.recipientName}
                  </Link>
                </th>
                <td>
                  <span className={`tag tag--report-${row.state}`}>
                    {t(`reporting.state.${row.state}`)}
                  </span>
                  {row.late ? <> {t('reporting.lateTag')}</> : null}
                  {overview.voluntary && row.state !== 'submitted' ? (
                    <> {t('reporting.missingTag')}</>
                  ) : null}
                </td>
                <td>{row.submittedAt ? formatInstant(row.submittedAt, locale) : ''}</td>
                <td className="num">
                  {row.usedKr === null ? '' : formatKronor(row.usedKr, locale)}
                </td>
                <td className="num">
                  {row.unusedKr === null ? '' : formatKronor(row.unusedKr, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <section aria-labelledby="reminders">
        <h2 id="reminders">{t('reporting.reminders')}</h2>
        <p>{plural('reporting.remindersIntro', toRemind.length)}</p>
        {emails.length > 0 ? (
          <>
            <p>
              <a className="button button--secondary" href={`mailto:?bcc=${emails.join(',')}`}>
                {t('reporting.remindEmail')}
              </a>
            </p>
            <ul className="email-list">
              {emails.map((email) => (
                <li key={email}>{email}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('reporting.noEmails')}</p>
        )}
      </section>
      {overview.summaries.length > 0 && c.submitted > 0 ? (
        <section aria-labelledby="summaries">
          <h2 id="summaries">{t('reporting.summaries')}</h2>
          <Suspense fallback={<Loading />}>
            {overview.summaries.map((summary) => (
              <BarChartFigure
                key={summary.question}
                caption={t('reporting.summaryCaption', {
                  title: summary.title,
                  base: summary.base,
                })}
                data={summary.counts.map((count) => ({ label: count.label, value: count.count }))}
                format={(value) => value.toLocaleString(locale)}
                labelHeader={t('reporting.answer')}
                valueHeader={t('reporting.count')}
              />
            ))}
          </Suspense>
        </section>
      ) : null}
    </>
  );
}
