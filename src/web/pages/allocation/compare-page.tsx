// Compare two allocations, from any grants (/compare?a=&b=): every recipient with both amounts and
// the difference in kronor and per cent, largest change first, a chart of the largest changes,
// and the comparison as CSV or XLSX.
import { useMemo } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { Link, useSearchParams } from 'react-router-dom';
import type { AllocationComparison } from '../../../contracts/allocation';
import { api, fileLinks } from '../../api-client';
import { ExportLinks } from '../../components/export-links';
import { BarChartFigure } from '../../components/bar-chart-figure';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { DataTable, recipientColumns } from '../../components/data-table';
import { compare, parseRational, ZERO } from '../../../domain/rational';
import { formatKronor, formatPercent } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiQuery } from '../../query';
import type { Choice } from './compare-choose-form';
import { ChooseForm, allocationLabel } from './compare-choose-form';

type ComparisonRow = AllocationComparison['rows'][number];

/** Exact decimal percentages compared exactly; none (a recipient new in B) sorts lowest. */
function comparePercents(a: string | null, b: string | null): number {
  const x = a === null ? undefined : parseRational(a);
  const y = b === null ? undefined : parseRational(b);
  if (!x?.ok || !y?.ok) return (x?.ok ? 1 : 0) - (y?.ok ? 1 : 0);
  return compare(x.value, y.value);
}

export function ComparePage() {
  const { t } = useI18n();
  usePageTitle(t('compare.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const a = searchParams.get('a') ?? '';
  const b = searchParams.get('b') ?? '';
  const choices = useApiQuery(queryKeys.comparisonChoices, async (signal): Promise<Choice[]> => {
    const grants = await api.listGrants(signal);
    return Promise.all(
      grants.items.map(async (grant) => ({
        grant,
        allocations: (await api.grantAllocations(grant.id, signal)).items,
      })),
    );
  });
  const comparison = useApiQuery(
    queryKeys.allocationComparison(a, b),
    (signal) => api.compareAllocations(a, b, signal),
    { enabled: a !== '' && b !== '' },
  );

  return (
    <>
      <h1>{t('compare.title')}</h1>
      <p className="lead">{t('compare.intro')}</p>
      {choices.error ? <ProblemAlert error={choices.error} autoFocus={false} /> : null}
      {choices.data ? (
        <ChooseForm
          key={`${a}:${b}`}
          choices={choices.data}
          a={a}
          b={b}
          onChoose={(next) => setSearchParams(next)}
        />
      ) : choices.error ? null : (
        <Loading />
      )}
      {comparison.error ? (
        <ProblemAlert error={comparison.error} title={t('compare.failed')} />
      ) : null}
      {a && b && comparison.isPending ? <Loading /> : null}
      {comparison.data ? (
        <ComparisonView
          comparison={comparison.data}
          a={a}
          b={b}
          grantNames={new Map(choices.data?.map((choice) => [choice.grant.id, choice.grant.name]))}
        />
      ) : null}
    </>
  );
}

const NUMERIC = new Set(['amountAKr', 'amountBKr', 'differenceKr', 'differencePercent']);

function ComparisonView({
  comparison,
  a,
  b,
  grantNames,
}: {
  comparison: AllocationComparison;
  a: string;
  b: string;
  grantNames: Map<string, string>;
}) {
  const { t, plural, locale } = useI18n();
  const kr = (value: number) => formatKronor(value, locale);
  const signedKr = (value: number) => (value > 0 ? `+${kr(value)}` : kr(value));
  // Largest change first (by size, either direction); ties by code so the order is stable.
  const rows = useMemo(
    () =>
      [...comparison.rows].sort(
        (x, y) =>
          Math.abs(y.differenceKr) - Math.abs(x.differenceKr) ||
          x.recipientCode.localeCompare(y.recipientCode),
      ),
    [comparison],
  );
  const columns = useMemo<ColumnDef<ComparisonRow>[]>(
    () => [
      ...recipientColumns<ComparisonRow>(t, locale),
      {
        accessorKey: 'amountAKr',
        header: t('compare.amountA'),
        sortDescFirst: true,
        cell: (i) => kr(i.row.original.amountAKr),
      },
      {
        accessorKey: 'amountBKr',
        header: t('compare.amountB'),
        sortDescFirst: true,
        cell: (i) => kr(i.row.original.amountBKr),
      },
      {
        accessorKey: 'differenceKr',
        header: t('compare.differenceKr'),
        sortDescFirst: true,
        cell: (i) => signedKr(i.row.original.differenceKr),
      },
      {
        accessorKey: 'differencePercent',
        header: t('compare.differencePercent'),
        sortDescFirst: true,
        sortingFn: (x, y) =>
          comparePercents(x.original.differencePercent, y.original.differencePercent),
        cell: (i) => {
          const percent = i.row.original.differencePercent;
          if (percent === null) return t('compare.noPercent');
          const text = formatPercent(percent, locale, 1);
          const exact = parseRational(percent);
          return exact.ok && compare(exact.value, ZERO) > 0 ? `+${text}` : text;
        },
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- kr and signedKr only depend on locale
    [t, locale],
  );
  const largestChanges = rows
    .filter((row) => row.differenceKr !== 0)
    .slice(0, 20)
    .map((row) => ({ label: row.recipientName, value: row.differenceKr }));

  return (
    <>
      <section aria-labelledby="compared">
        <h2 id="compared">{t('compare.compared')}</h2>
        <dl className="facts">
          <dt>{t('compare.a')}</dt>
          <dd>
            {grantNames.get(comparison.a.grantId)
              ? `${grantNames.get(comparison.a.grantId)}: `
              : null}
            <Link to={`/allocations/${comparison.a.id}`}>
              {allocationLabel(comparison.a, t, locale)}
            </Link>{' '}
            – {kr(comparison.totals.amountAKr)}
          </dd>
          <dt>{t('compare.b')}</dt>
          <dd>
            {grantNames.get(comparison.b.grantId)
              ? `${grantNames.get(comparison.b.grantId)}: `
              : null}
            <Link to={`/allocations/${comparison.b.id}`}>
              {allocationLabel(comparison.b, t, locale)}
            </Link>{' '}
            – {kr(comparison.totals.amountBKr)}
          </dd>
          <dt>{t('compare.totalDifference')}</dt>
          <dd className="num">{signedKr(comparison.totals.differenceKr)}</dd>
        </dl>
        <ExportLinks
          links={(['csv', 'xlsx'] as const).map((format) => ({
            href: fileLinks.comparisonExport(a, b, format),
            label: t(`export.${format}`),
          }))}
        />
      </section>
      <section aria-labelledby="changes-chart">
        <h2 id="changes-chart">{t('compare.chart')}</h2>
        {largestChanges.length > 0 ? (
          <BarChartFigure
            caption={plural('compare.chartCaption', largestChanges.length)}
            data={largestChanges}
            format={signedKr}
            labelHeader={t('recipient.name')}
            valueHeader={t('compare.differenceKr')}
          />
        ) : (
          <p>{t('compare.noChanges')}</p>
        )}
      </section>
      <section aria-labelledby="per-recipient">
        <h2 id="per-recipient">{t('compare.perRecipient')}</h2>
        <p>{t('compare.sortedBy')}</p>
        <DataTable
          caption={t('compare.tableCaption')}
          data={rows}
          columns={columns}
          numeric={NUMERIC}
          cellClassName={(columnId, row) =>
            columnId.startsWith('difference') && row.differenceKr < 0 ? 'negative' : undefined
          }
          footer={
            <tr>
              <th scope="row" colSpan={2}>
                {plural('compare.sumRow', rows.length)}
              </th>
              <td className="num">{kr(comparison.totals.amountAKr)}</td>
              <td className="num">{kr(comparison.totals.amountBKr)}</td>
              <td className="num">{signedKr(comparison.totals.differenceKr)}</td>
              <td />
            </tr>
          }
        />
      </section>
    </>
  );
}
