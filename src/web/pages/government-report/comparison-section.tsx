// The same questions across grant years (the joint report of docs/government-report.md): the case
// officer chooses other grants to set beside this one, and each question with counts is printed
// with a count and a share per year, the latest year charted; the whole comparison (use per grant,
// the questions, every recipient) downloads as XLSX, and the report with the years compared as PDF.
import { useMemo, useState, type FormEvent } from 'react';
import { governmentReportRoutes } from '../../../contracts/government-report';
import { printJointReport } from '../../../domain/government-report/print-joint';
import { api, call } from '../../api-client';
import { ExportLinks } from '../../components/export-links';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { useI18n } from '../../i18n/i18n';
import { queryKeys, useApiQuery } from '../../query';
import { governmentReportFiles, type ReportFilter } from './api';
import { PrintedTableView } from './printed-table-view';

export function ComparisonSection({
  grantId,
  grantYear,
  filter,
}: {
  grantId: string;
  grantYear: number;
  /** The report's own selection, which its PDF keeps (the comparison itself is of whole grants). */
  filter: ReportFilter;
}) {
  const { t, language } = useI18n();
  const grants = useApiQuery(queryKeys.grants, (signal) => api.listGrants(signal));
  const [chosen, setChosen] = useState<string[]>([]);
  const [compared, setCompared] = useState<string | null>(null);
  const others = (grants.data?.items ?? [])
    .filter((grant) => grant.id !== grantId)
    .sort((a, b) => a.grantYear - b.grantYear || a.name.localeCompare(b.name));
  // Oldest first, this grant among them by its year.
  const ids = useMemo(() => {
    const years = new Map(others.map((grant) => [grant.id, grant.grantYear]));
    years.set(grantId, grantYear);
    return [...chosen, grantId].sort((a, b) => (years.get(a) ?? 0) - (years.get(b) ?? 0));
  }, [chosen, grantId, grantYear, others]);
  const joint = useApiQuery(
    ['grant', grantId, 'government-report', 'joint', compared],
    (signal) => call(governmentReportRoutes.joint, { query: { grantIds: compared ?? '' }, signal }),
    { enabled: compared !== null },
  );
  // Printed as the XLSX prints them (the same labels and numbering); the page shows the questions.
  const tables = useMemo(
    () =>
      joint.data
        ? printJointReport(joint.data, language).tables.filter((table) =>
            table.key.startsWith('compare-'),
          )
        : [],
    [joint.data, language],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCompared(ids.join(','));
  };
  return (
    <section aria-labelledby="government-report-comparison">
      <h2 id="government-report-comparison">{t('governmentReport.comparison')}</h2>
      <form onSubmit={submit}>
        <fieldset className="field">
          <legend className="field__label">{t('governmentReport.comparisonChoose')}</legend>
          {others.map((grant) => (
            <div key={grant.id} className="checkbox">
              <input
                id={`compare-${grant.id}`}
                type="checkbox"
                checked={chosen.includes(grant.id)}
                onChange={(event) =>
                  setChosen((current) =>
                    event.target.checked
                      ? [...current, grant.id]
                      : current.filter((id) => id !== grant.id),
                  )
                }
              />
              <label htmlFor={`compare-${grant.id}`}>
                {t('governmentReport.comparisonGrant', { name: grant.name, year: grant.grantYear })}
              </label>
            </div>
          ))}
        </fieldset>
        <p className="actions">
          <button type="submit" className="button button--secondary" disabled={chosen.length === 0}>
            {t('governmentReport.compare')}
          </button>
        </p>
      </form>
      {joint.error ? <ProblemAlert error={joint.error} autoFocus={false} /> : null}
      {compared !== null && joint.isPending ? <Loading /> : null}
      {compared !== null && joint.data ? (
        <ExportLinks
          links={[
            {
              href: governmentReportFiles.jointXlsx(compared),
              label: t('governmentReport.comparisonXlsx'),
            },
            {
              href: governmentReportFiles.pdf(grantId, {
                ...filter,
                compare: compared
                  .split(',')
                  .filter((id) => id !== grantId)
                  .join(','),
              }),
              label: t('governmentReport.comparisonPdf'),
            },
          ]}
        />
      ) : null}
      {tables.map((table) => (
        <PrintedTableView key={table.key} table={table} csvHref={null} headingLevel={3} />
      ))}
    </section>
  );
}
