// The case officer's report to the government on a grant year: Tabell 1 (distribution and use)
// and one table per question, each with its bar chart beside it, the free-text answers to read,
// the annex per recipient, filters (county, municipality group, private providers) and the files to download (the
// whole report as XLSX and PDF, each table as CSV, the annex as XLSX). The tables are printed by
// the same functions as the files (domain/government-report/print-report.ts).
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { GovernmentReport } from '../../../contracts/government-report';
import { printGovernmentReport } from '../../../domain/government-report/print-report';
import { api } from '../../api-client';
import { ExportLinks } from '../../components/export-links';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiQuery } from '../../query';
import { governmentReportApi, governmentReportFiles, type ReportFilter } from './api';
import { ComparisonSection } from './comparison-section';
import { PrintedTableView } from './printed-table-view';
import { parseSizeGroup, sizeGroupName } from '../../../domain/recipients/size-group';

const PRIVATE_PROVIDERS = ['yes', 'no', 'not_applicable'] as const;
type PrivateProviders = (typeof PRIVATE_PROVIDERS)[number];
const isPrivateProviders = (value: string | null): value is PrivateProviders =>
  PRIVATE_PROVIDERS.some((choice) => choice === value);

function useReportFilter(): [ReportFilter, (next: ReportFilter) => void] {
  const [params, setParams] = useSearchParams();
  const county = params.get('county');
  const privateProviders = params.get('privateProviders');
  const sizeGroup = parseSizeGroup(params.get('sizeGroup') ?? '');
  const filter: ReportFilter = {
    ...(county && /^\d{2}$/.test(county) && { county }),
    ...(sizeGroup && { sizeGroup }),
    ...(isPrivateProviders(privateProviders) && { privateProviders }),
  };
  const set = (next: ReportFilter) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined)), {
      replace: true,
    });
  return [filter, set];
}

export function GovernmentReportPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('governmentReport.title'));
  const [filter, setFilter] = useReportFilter();
  const grant = useApiQuery(queryKeys.grantDetail(id), (signal) => api.getGrant(id, signal));
  const report = useApiQuery(
    ['grant', id, 'government-report', filter],
    (signal) => governmentReportApi.report(id, filter, signal),
    { keepPrevious: true },
  );
  return (
    <>
      <p>
        <Link to={`/grants/${id}/aterrapportering`}>{t('reporting.title')}</Link>
      </p>
      <h1>{t('governmentReport.title')}</h1>
      {grant.data ? <p className="lead">{grant.data.name}</p> : null}
      <Filters filter={filter} onChange={setFilter} sizeGroups={report.data?.sizeGroups} />
      {report.error ? <ProblemAlert error={report.error} autoFocus={false} /> : null}
      {report.isPending ? <Loading /> : null}
      {report.data ? <Report grantId={id} filter={filter} report={report.data} /> : null}
    </>
  );
}

function Filters({
  filter,
  onChange,
  sizeGroups,
}: {
  filter: ReportFilter;
  onChange(next: ReportFilter): void;
  /** The groups the register holds for the grant's recipients (undefined while loading). */
  sizeGroups: GovernmentReport['sizeGroups'] | undefined;
}) {
  const { t, locale, language } = useI18n();
  const recipients = useApiQuery(queryKeys.recipients({}), (signal) =>
    api.listRecipients({}, signal),
  );
  const counties = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const recipient of recipients.data?.items ?? [])
      if (recipient.countyCode) byCode.set(recipient.countyCode, recipient.countyName);
    return [...byCode].sort(([, a], [, b]) => a.localeCompare(b, locale));
  }, [recipients.data, locale]);
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('governmentReport.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor="government-report-county" className="field__label">
          {t('governmentReport.county')}
        </label>
        <select
          id="government-report-county"
          value={filter.county ?? ''}
          onChange={(event) => onChange({ ...filter, county: event.target.value || undefined })}
        >
          <option value="">{t('governmentReport.allCounties')}</option>
          {counties.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {sizeGroups && sizeGroups.length === 0 && !filter.sizeGroup ? (
        <div className="field">
          <p className="field__label" id="government-report-size-group">
            {t('governmentReport.sizeGroup')}
          </p>
          <p className="field__hint">{t('governmentReport.sizeGroup.none')}</p>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="government-report-size-group" className="field__label">
            {t('governmentReport.sizeGroup')}
          </label>
          <select
            id="government-report-size-group"
            value={filter.sizeGroup ?? ''}
            onChange={(event) =>
              onChange({ ...filter, sizeGroup: parseSizeGroup(event.target.value) })
            }
          >
            <option value="">{t('governmentReport.sizeGroup.all')}</option>
            {(sizeGroups ?? []).map(({ group }) => (
              <option key={group} value={group}>
                {sizeGroupName(group, language)}
              </option>
            ))}
            {filter.sizeGroup && !sizeGroups?.some(({ group }) => group === filter.sizeGroup) ? (
              <option value={filter.sizeGroup}>{sizeGroupName(filter.sizeGroup, language)}</option>
            ) : null}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="government-report-private" className="field__label">
          {t('governmentReport.privateProviders')}
        </label>
        <select
          id="government-report-private"
          value={filter.privateProviders ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onChange({
              ...filter,
              privateProviders: isPrivateProviders(value) ? value : undefined,
            });
          }}
        >
          <option value="">{t('governmentReport.privateProviders.all')}</option>
          {PRIVATE_PROVIDERS.map((choice) => (
            <option key={choice} value={choice}>
              {t(`governmentReport.privateProviders.${choice}`)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

function Report({
  grantId,
  filter,
  report,
}: {
  grantId: string;
  filter: ReportFilter;
  report: GovernmentReport;
}) {
  const { t, language } = useI18n();
  const printed = useMemo(() => printGovernmentReport(report, language), [report, language]);
  if (report.respondents === 0) return <p role="status">{t('governmentReport.noReports')}</p>;
  return (
    <>
      <p role="status">{printed.report.facts.join('. ')}</p>
      <ExportLinks
        links={[
          { href: governmentReportFiles.xlsx(grantId, filter), label: t('governmentReport.xlsx') },
          { href: governmentReportFiles.pdf(grantId, filter), label: t('governmentReport.pdf') },
          {
            href: governmentReportFiles.annexXlsx(grantId, filter),
            label: t('governmentReport.annexXlsx'),
          },
        ]}
      />
      {printed.report.tables.map((table) => (
        <PrintedTableView
          key={table.key}
          table={table}
          csvHref={governmentReportFiles.tableCsv(grantId, filter, table.key)}
        />
      ))}
      <ComparisonSection grantId={grantId} grantYear={report.grant.grantYear} filter={filter} />
      {printed.freeText.length > 0 ? (
        <section aria-labelledby="government-report-free-text">
          <h2 id="government-report-free-text">{t('governmentReport.freeText')}</h2>
          {printed.freeText.map((table) => (
            <details key={table.key} className="printed-table__details">
              <summary>
                {t('governmentReport.freeTextSummary', {
                  caption: table.caption,
                  count: table.rows.length,
                })}
              </summary>
              <PrintedTableView table={table} csvHref={null} headingLevel={3} />
            </details>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="government-report-annex">
        <h2 id="government-report-annex">{t('governmentReport.annex')}</h2>
        <details className="printed-table__details">
          <summary>{t('governmentReport.showAnnex')}</summary>
          <PrintedTableView table={printed.annex} csvHref={null} headingLevel={3} />
        </details>
      </section>
    </>
  );
}
