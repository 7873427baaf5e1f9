// A stored calculation of a performance-based grant (/performance-results/:id): the counts (like
// seed 001's Tabell 3 and 4) with a chart and its table, the pools, every recipient with its
// verdicts and explained amount, the downloads (annex and the collective decision) and publishing.
import { Link, useParams } from 'react-router-dom';
import type { PerformanceResult } from '../../../contracts/performance';
import { api, fileLinks } from '../../api-client';
import { ExportLinks } from '../../components/export-links';
import { BarChartFigure } from '../../components/bar-chart-figure';
import { Loading } from '../../components/loading';
import { PerformanceTable } from './performance-table';
import { labelIn } from './model-labels';
import { ProblemAlert } from '../../components/problem-alert';
import { ConfirmActDialog, useBindingAct } from '../../components/confirm-act';
import { formatInstant, formatKronor, formatPercent } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiQuery } from '../../query';

export function PerformanceResultPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const result = useApiQuery(queryKeys.performanceResult(id), (signal) =>
    api.getPerformanceResult(id, signal),
  );
  usePageTitle(t('perf.result.title'));
  if (result.error)
    return (
      <>
        <h1>{t('perf.result.title')}</h1>
        <ProblemAlert error={result.error} autoFocus={false} />
      </>
    );
  if (!result.data)
    return (
      <>
        <h1>{t('perf.result.title')}</h1>
        <Loading />
      </>
    );
  return <ResultView result={result.data} />;
}

function ResultView({ result }: { result: PerformanceResult }) {
  const { t, locale, language } = useI18n();
  // Publishing binds the agency (the result decides every amount): confirmed, then a receipt.
  const publish = useBindingAct({
    perform: () => api.publishPerformanceResult(result.id),
    receiptOf: (published) => ({ action: 'performance.result_published', entityId: published.id }),
    invalidates: [queryKeys.performanceResult(result.id), queryKeys.performance(result.grantId)],
  });
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/grants/${result.grantId}/performance`}>{t('perf.result.back')}</Link>
      </p>
      <h1>{t('perf.result.title')}</h1>
      <p className="lead">
        {result.name}: {formatKronor(result.totalKr, locale)}
      </p>
      <p>
        {result.status === 'published' && result.publishedAt
          ? t('perf.result.published', { date: formatInstant(result.publishedAt, locale) })
          : t('perf.result.draft')}
        {' · '}
        <span className="checksum">{t('perf.result.checksum', { checksum: result.checksum })}</span>
      </p>
      {result.status === 'draft' ? (
        <p className="actions">
          <button type="button" className="button button--primary" onClick={publish.open}>
            {t('perf.result.publish')}
          </button>
        </p>
      ) : null}
      {publish.isOpen ? (
        <ConfirmActDialog
          title={t('confirm.performance.title')}
          consequence={
            <p>
              {t('confirm.performance.consequence', {
                amount: formatKronor(result.totalKr, locale),
                count: result.counts.qualified,
              })}
            </p>
          }
          confirmLabel={t('confirm.performance.confirm')}
          act={publish}
        />
      ) : null}
      <section aria-labelledby="perf-exports">
        <h2 id="perf-exports">{t('perf.result.exports')}</h2>
        <ExportLinks
          links={[
            {
              href: fileLinks.performanceExport(result.id, 'annex.xlsx', { lang: language }),
              label: t('perf.result.annexXlsx'),
            },
            {
              href: fileLinks.performanceExport(result.id, 'annex.csv', {
                dialect: 'excel-sv',
                lang: language,
              }),
              label: t('perf.result.annexCsvExcel'),
            },
            {
              href: fileLinks.performanceExport(result.id, 'annex.csv'),
              label: t('perf.result.annexCsv'),
            },
            {
              href: fileLinks.performanceExport(result.id, 'annex.pdf'),
              label: t('perf.result.annexPdf'),
            },
            {
              href: fileLinks.performanceExport(result.id, 'decision.pdf'),
              label: t('perf.result.decisionPdf'),
            },
          ]}
        />
      </section>
      <Counts result={result} />
      <section aria-labelledby="perf-pools">
        <h2 id="perf-pools">{t('perf.result.pools')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('perf.result.pool')}</th>
              <th scope="col" className="num">
                {t('perf.result.fraction')}
              </th>
              <th scope="col" className="num">
                {t('perf.result.qualifiers')}
              </th>
              <th scope="col" className="num">
                {t('allocation.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.pools.map((pool) => (
              <tr key={pool.poolId}>
                <th scope="row">{labelIn(pool, language)}</th>
                <td className="num">{pool.fraction}</td>
                <td className="num">{pool.qualifierCount}</td>
                <td className="num">{formatKronor(pool.amountKr, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="perf-recipients">
        <h2 id="perf-recipients">{t('perf.table.caption')}</h2>
        <PerformanceTable calculation={result} />
      </section>
    </>
  );
}

function Counts({ result }: { result: PerformanceResult }) {
  const { t, locale, language } = useI18n();
  const counts = result.counts;
  // The counts were stored with the Swedish label; the model's conditions carry both.
  const conditionLabel = (count: { conditionId: string; label: string }) => {
    const condition = result.conditions.find((c) => c.id === count.conditionId);
    return condition ? labelIn(condition, language) : count.label;
  };
  const number = (n: number) => n.toLocaleString(locale);
  const position = (id: string) => result.conditions.findIndex((c) => c.id === id) + 1;
  const combinationLabel = (ids: string[]) => {
    const names = ids.map((id) => String(position(id))).join(' + ');
    if (ids.length === 1) return t('perf.counts.only', { conditions: names });
    return t('perf.counts.all', { conditions: names });
  };
  return (
    <section aria-labelledby="perf-counts">
      <h2 id="perf-counts">{t('perf.counts.heading')}</h2>
      <dl className="facts" data-testid="performance-counts">
        <dt>{t('perf.counts.registered')}</dt>
        <dd>{number(counts.registered)}</dd>
        <dt>{t('perf.counts.reported')}</dt>
        <dd>{number(counts.reported)}</dd>
        <dt>{t('perf.counts.qualified')}</dt>
        <dd>{number(counts.qualified)}</dd>
        {counts.qualifiedShareOfReported ? (
          <>
            <dt>{t('perf.counts.share')}</dt>
            <dd>{formatPercent(counts.qualifiedShareOfReported.percent, locale, 1)}</dd>
          </>
        ) : null}
        {counts.perCondition.map((condition) => (
          <div key={condition.conditionId} className="facts__row">
            <dt>{t('perf.counts.condition', { label: conditionLabel(condition) })}</dt>
            <dd>{number(condition.count)}</dd>
          </div>
        ))}
        {counts.combinations.map((combination) => (
          <div key={combination.conditionIds.join('+')} className="facts__row">
            <dt>{combinationLabel(combination.conditionIds)}</dt>
            <dd>{number(combination.count)}</dd>
          </div>
        ))}
      </dl>
      {counts.combinations.length > 0 ? (
        <BarChartFigure
          caption={t('perf.counts.chart')}
          data={counts.combinations.map((c) => ({
            label: combinationLabel(c.conditionIds),
            value: c.count,
          }))}
          format={number}
          labelHeader={t('perf.counts.combination')}
          valueHeader={t('perf.counts.number')}
        />
      ) : null}
    </section>
  );
}
