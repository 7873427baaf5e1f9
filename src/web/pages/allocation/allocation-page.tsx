// One allocation: whether its sum equals the grant's amount, every recipient with its explanation,
// the 20 largest amounts as a chart, exports, how to reproduce it with the CLI, and publishing.
import { Link, useParams } from 'react-router-dom';
import type { Allocation } from '../../../contracts/allocation';
import type { Grant } from '../../../contracts/grants';
import { api, fileLinks } from '../../api-client';
import { ExportLinks } from '../../components/export-links';
import { AllocationTable } from './allocation-table';
import { BarChartFigure } from '../../components/bar-chart-figure';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { AllocationStatusTag } from '../../components/status-tag';
import { formatFigureValue, formatInstant, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiQuery } from '../../query';
import { PublishAllocation } from './publish-allocation';
import { TableScroll } from '../../components/table-scroll';

export function AllocationPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const allocation = useApiQuery(queryKeys.allocation(id), (signal) =>
    api.getAllocation(id, signal),
  );
  const grantId = allocation.data?.grantId ?? '';
  const grant = useApiQuery(
    queryKeys.grantDetail(grantId),
    (signal) => api.getGrant(grantId, signal),
    {
      enabled: grantId !== '',
    },
  );
  usePageTitle(
    grant.data
      ? t('allocationPage.titleFor', { grant: grant.data.name })
      : t('allocationPage.title'),
  );

  if (allocation.error) {
    return (
      <>
        <h1>{t('allocationPage.title')}</h1>
        <ProblemAlert error={allocation.error} autoFocus={false} />
      </>
    );
  }
  if (!allocation.data) {
    return (
      <>
        <h1>{t('allocationPage.title')}</h1>
        <Loading />
      </>
    );
  }
  return <AllocationView allocation={allocation.data} grant={grant.data} />;
}

function AllocationView({
  allocation,
  grant,
}: {
  allocation: Allocation;
  grant: Grant | undefined;
}) {
  const { t, plural, locale, language } = useI18n();
  const kr = (value: number) => formatKronor(value, locale);
  const grantAmount = grant?.totalAmountKr ?? allocation.budgetKr;
  const difference = allocation.totalKr - grantAmount;
  const largest = [...allocation.rows]
    .sort((a, b) => b.amountKr - a.amountKr || a.recipientCode.localeCompare(b.recipientCode))
    .slice(0, 20)
    .map((row) => ({ label: row.recipientName, value: row.amountKr }));
  const isGrantsAllocation = grant?.publishedAllocationId === allocation.id;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/">{t('grants.title')}</Link>
        {grant ? (
          <>
            {' '}
            <span aria-hidden="true">›</span> <Link to={`/grants/${grant.id}`}>{grant.name}</Link>
          </>
        ) : null}
      </p>
      <div className="page-heading">
        <h1>
          {grant ? t('allocationPage.titleFor', { grant: grant.name }) : t('allocationPage.title')}
        </h1>
        <AllocationStatusTag status={allocation.status} />
      </div>

      <section aria-labelledby="totals" className="panel">
        <h2 id="totals">{t('allocationPage.totals')}</h2>
        <dl className="totals">
          <div>
            <dt>{t('allocation.recipientCount')}</dt>
            <dd className="num" data-testid="recipient-count">
              {allocation.recipientCount}
            </dd>
          </div>
          <div>
            <dt>{t('allocation.total')}</dt>
            <dd className="num" data-testid="allocation-total">
              {kr(allocation.totalKr)}
            </dd>
          </div>
          <div>
            <dt>{t('grant.totalAmountKr')}</dt>
            <dd className="num">{kr(grantAmount)}</dd>
          </div>
        </dl>
        {difference === 0 ? (
          <p className="notice notice--success" data-testid="sum-check">
            {t('allocationPage.sumEquals', { total: kr(allocation.totalKr) })}
          </p>
        ) : (
          <p className="notice notice--warning" data-testid="sum-check">
            {t('allocationPage.sumDiffers', {
              total: kr(allocation.totalKr),
              amount: kr(grantAmount),
              difference: kr(Math.abs(difference)),
            })}
          </p>
        )}
        {allocation.unallocatedKr > 0 ? (
          <p className="notice notice--warning">
            {t('allocationPage.unallocated', { amount: kr(allocation.unallocatedKr) })}
          </p>
        ) : null}
        {allocation.supersededAt ? (
          <p className="notice notice--warning">
            {t('allocationPage.superseded', { at: formatInstant(allocation.supersededAt, locale) })}{' '}
            {allocation.supersededByAllocationId ? (
              <Link to={`/allocations/${allocation.supersededByAllocationId}`}>
                {t('allocationPage.supersededBy')}
              </Link>
            ) : null}
          </p>
        ) : null}
        {allocation.status === 'draft' && grant && grant.status !== 'draft' ? (
          <p>{t('allocationPage.grantNotDraft')}</p>
        ) : allocation.status === 'draft' ? (
          <PublishAllocation allocation={allocation} />
        ) : (
          <p>
            {t('allocationPage.publishedAt', {
              at: allocation.publishedAt ? formatInstant(allocation.publishedAt, locale) : '–',
            })}{' '}
            {isGrantsAllocation ? t('allocationPage.isGrantsAllocation') : null}
          </p>
        )}
      </section>

      <section aria-labelledby="about">
        <h2 id="about">{t('allocationPage.about')}</h2>
        <dl className="facts">
          <dt>{t('allocation.kind')}</dt>
          <dd>
            {t(
              allocation.kind === 'formula'
                ? 'allocation.kind.formula'
                : 'allocation.kind.imported_key',
            )}
          </dd>
          <dt>{t('allocation.source')}</dt>
          <dd>{allocation.sourceFilename || '–'}</dd>
          <dt>{t('allocation.createdAt')}</dt>
          <dd>{formatInstant(allocation.createdAt, locale)}</dd>
          <dt>{t('allocation.createdBy')}</dt>
          <dd>{allocation.createdBy}</dd>
          <dt>{t('allocation.budget')}</dt>
          <dd className="num">{kr(allocation.budgetKr)}</dd>
        </dl>
        {allocation.components.length > 0 ? <Components allocation={allocation} /> : null}
      </section>

      <section aria-labelledby="exports">
        <h2 id="exports">{t('allocationPage.exports')}</h2>
        <ExportLinks
          links={[
            {
              href: fileLinks.allocationExport(allocation.id, 'xlsx', { lang: language }),
              label: t('export.xlsx'),
            },
            {
              href: fileLinks.allocationExport(allocation.id, 'csv', {
                dialect: 'excel-sv',
                lang: language,
              }),
              label: t('export.csvExcel'),
            },
            { href: fileLinks.allocationExport(allocation.id, 'pdf'), label: t('export.pdf') },
            {
              href: fileLinks.allocationExport(allocation.id, 'csv'),
              label: t('export.csvPlain'),
            },
          ]}
        />
      </section>

      <section aria-labelledby="recipients">
        <h2 id="recipients">{t('allocationPage.recipients')}</h2>
        <AllocationTable allocation={allocation} />
      </section>

      <section aria-labelledby="chart">
        <h2 id="chart">{t('allocationPage.chart')}</h2>
        <BarChartFigure
          caption={plural('allocationPage.chartCaption', largest.length)}
          data={largest}
          format={kr}
          labelHeader={t('recipient.name')}
          valueHeader={t('allocation.amount')}
        />
      </section>

      <section aria-labelledby="reproduce">
        <h2 id="reproduce">{t('reproduce.title')}</h2>
        <p>{t('reproduce.intro')}</p>
        <dl className="facts">
          <dt>{t('reproduce.checksum')}</dt>
          <dd>
            <code className="checksum" data-testid="checksum">
              {allocation.checksum}
            </code>
          </dd>
        </dl>
        <ol className="steps">
          <li>
            {t('reproduce.step1')}{' '}
            <a href={fileLinks.allocationModel(allocation.id)} download="model.json">
              model.json
            </a>{' '}
            {t('reproduce.and')}{' '}
            <a href={fileLinks.allocationInputs(allocation.id)} download="inputs.csv">
              inputs.csv
            </a>
          </li>
          <li>
            {t('reproduce.step2')}
            <pre className="command">
              <code data-testid="cli-command">{cliCommand(grant)}</code>
            </pre>
          </li>
          <li>{t('reproduce.step3')}</li>
        </ol>
      </section>
    </>
  );
}

/** The command that recomputes the allocation from its model.json and inputs.csv. */
function cliCommand(grant: Grant | undefined): string {
  const eligible = grant ? ` --eligible ${grant.eligibleRecipientTypes.join(' ')}` : '';
  return `npx statsbidrag allocate --model model.json --data inputs.csv${eligible} --out result.csv\nsha256sum result.csv`;
}

function Components({ allocation }: { allocation: Allocation }) {
  const { t, locale, language } = useI18n();
  return (
    <TableScroll label={t('allocationPage.components')}>
      <table className="table">
        <caption>{t('allocationPage.components')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('component.name')}</th>
            <th scope="col">{t('component.indicator')}</th>
            <th scope="col" className="num">
              {t('component.amount')}
            </th>
            <th scope="col" className="num">
              {t('component.indicatorTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {allocation.components.map((component) => (
            <tr key={component.name}>
              <th scope="row">{component.label[language]}</th>
              <td>{component.indicatorLabel[language]}</td>
              <td className="num">{formatKronor(component.amountKr, locale)}</td>
              <td className="num">{formatFigureValue(component.indicatorTotal, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
