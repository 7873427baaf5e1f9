// One grant: where it is in its lifecycle (a step indicator linking each reached step's page), its
// facts, timeline and rules, its status and the next step, copying it to a new year, its
// allocations and the audit log.
import { DecisionLinks } from '../decisions/decision-links';
import { Link, useParams } from 'react-router-dom';
import type { Grant } from '../../../contracts/grants';
import { api } from '../../api-client';
import { AllocationList } from '../allocation/allocation-list';
import { AuditLog } from '../../components/audit-log';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { GrantStatusTag } from '../../components/status-tag';
import { formatDate, formatInstant, formatKronor } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { queryKeys, useApiQuery } from '../../query';
import { useAuth } from '../../auth';
import { CopyGrant, StatusSection } from './grant-actions';
import { DATE_FIELDS } from './grant-form-values';
import { GrantLifecycle } from './grant-lifecycle-steps';

export function GrantPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const { id = '' } = useParams();
  const grant = useApiQuery(queryKeys.grantDetail(id), (signal) => api.getGrant(id, signal));
  const allocations = useApiQuery(queryKeys.grantAllocations(id), (signal) =>
    api.grantAllocations(id, signal),
  );
  const audit = useApiQuery(queryKeys.grantAudit(id), (signal) => api.grantAudit(id, signal));
  usePageTitle(grant.data?.name ?? t('grantPage.title'));

  if (grant.error) {
    return (
      <>
        <h1>{t('grantPage.title')}</h1>
        <ProblemAlert error={grant.error} autoFocus={false} />
      </>
    );
  }
  if (!grant.data) {
    return (
      <>
        <h1>{t('grantPage.title')}</h1>
        <Loading />
      </>
    );
  }
  const g = grant.data;
  // The server decides; these only hide what the user's roles cannot do anywhere.
  const { can } = auth;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">{t('grants.title')}</Link>
      </p>
      <div className="page-heading">
        <h1>{g.name}</h1>
        <GrantStatusTag status={g.status} />
      </div>
      <GrantLifecycle grant={g} />
      <div className="actions">
        {g.status === 'draft' && can('grant.edit') ? (
          <Link to={`/grants/${g.id}/edit`} className="button button--secondary">
            {t('grantPage.edit')}
          </Link>
        ) : null}
        {can('grant.create') ? <CopyGrant grant={g} /> : null}
      </div>

      {can('grant.change_status') ? <StatusSection grant={g} /> : null}

      <section aria-labelledby="facts">
        <h2 id="facts">{t('grantPage.facts')}</h2>
        <GrantFacts grant={g} />
      </section>
      <section aria-labelledby="timeline">
        <h2 id="timeline">{t('grant.timeline')}</h2>
        <Timeline grant={g} />
      </section>
      <section aria-labelledby="rules">
        <h2 id="rules">{t('grant.rules')}</h2>
        <Rules grant={g} />
      </section>
      <DecisionLinks grantId={g.id} />
      {g.distributionMethod === 'performance' ? (
        <section aria-labelledby="performance">
          <h2 id="performance">{t('perf.title')}</h2>
          <p>
            <Link to={`/grants/${g.id}/performance`} className="button button--primary">
              {t('perf.open')}
            </Link>
          </p>
        </section>
      ) : null}
      {g.status !== 'draft' && g.distributionMethod === 'allocation_key' ? (
        <section aria-labelledby="requisitions">
          <h2 id="requisitions">{t('reqOverview.title')}</h2>
          <p>
            <Link to={`/grants/${g.id}/rekvisitioner`} className="button button--primary">
              {t('reqOverview.open')}
            </Link>
          </p>
        </section>
      ) : null}
      {g.status !== 'draft' ? (
        <section aria-labelledby="reporting">
          <h2 id="reporting">{t('reporting.title')}</h2>
          <p>
            <Link to={`/grants/${g.id}/aterrapportering`} className="button button--primary">
              {t('reporting.open')}
            </Link>{' '}
            <Link to={`/grants/${g.id}/fordringar`} className="button button--secondary">
              {t('receivables.open')}
            </Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="allocations">
        <h2 id="allocations">{t('grantPage.allocations')}</h2>
        {/* Allocations are made and published while the grant is a draft (the server refuses
            them afterwards), so the entry points are offered only then. */}
        {g.status === 'draft' && can('grant.edit') ? (
          <p className="actions">
            <Link to={`/grants/${g.id}/allocate?method=key`} className="button button--primary">
              {t('grantPage.uploadKey')}
            </Link>
            <Link
              to={`/grants/${g.id}/allocate?method=formula`}
              className="button button--secondary"
            >
              {t('grantPage.useFormula')}
            </Link>
          </p>
        ) : (
          <p>{t('grantPage.allocationsOnlyForDrafts')}</p>
        )}
        {allocations.error ? (
          <ProblemAlert error={allocations.error} autoFocus={false} headingLevel={3} />
        ) : null}
        {allocations.data ? (
          <AllocationList items={allocations.data.items} publishedId={g.publishedAllocationId} />
        ) : allocations.error ? null : (
          <Loading />
        )}
      </section>
      <section aria-labelledby="audit" aria-busy={audit.isFetching}>
        <h2 id="audit">{t('audit.title')}</h2>
        {audit.error ? (
          <ProblemAlert error={audit.error} autoFocus={false} headingLevel={3} />
        ) : null}
        {audit.data ? <AuditLog events={audit.data.items} /> : audit.error ? null : <Loading />}
      </section>
    </>
  );
}

function GrantFacts({ grant }: { grant: Grant }) {
  const { t, locale } = useI18n();
  const dash = t('common.notSet');
  return (
    <dl className="facts">
      <dt>{t('grant.grantYear')}</dt>
      <dd>{grant.grantYear}</dd>
      <dt>{t('grant.legalBasis')}</dt>
      <dd>{grant.legalBasis}</dd>
      <dt>{t('grant.appropriation')}</dt>
      <dd>{grant.appropriation || dash}</dd>
      <dt>{t('grant.appropriationItem')}</dt>
      <dd>{grant.appropriationItem || dash}</dd>
      <dt>{t('grant.totalAmountKr')}</dt>
      <dd className="num">{formatKronor(grant.totalAmountKr, locale)}</dd>
      <dt>{t('grant.eligibleRecipientTypes')}</dt>
      <dd>
        {grant.eligibleRecipientTypes
          .map((type) =>
            t(
              type === 'municipality'
                ? 'recipientType.municipality.plural'
                : 'recipientType.region.plural',
            ),
          )
          .join(', ')}
      </dd>
      <dt>{t('grant.purpose')}</dt>
      <dd className="prose">{grant.purpose || dash}</dd>
      <dt>{t('grant.usageAreas')}</dt>
      <dd>
        {grant.usageAreas.length === 0 ? (
          dash
        ) : (
          <ul>
            {grant.usageAreas.map((area, index) => (
              <li key={index}>{area}</li>
            ))}
          </ul>
        )}
      </dd>
      {grant.copiedFromGrantId ? (
        <>
          <dt>{t('grantPage.copiedFrom')}</dt>
          <dd>
            <Link to={`/grants/${grant.copiedFromGrantId}`}>{t('grantPage.copiedFromLink')}</Link>
          </dd>
        </>
      ) : null}
      <dt>{t('grantPage.updatedAt')}</dt>
      <dd>{formatInstant(grant.updatedAt, locale)}</dd>
    </dl>
  );
}

function Timeline({ grant }: { grant: Grant }) {
  const { t, locale } = useI18n();
  const dated = DATE_FIELDS.map((field) => ({ field, on: grant[field] }));
  return (
    <ol className="timeline">
      {dated.map(({ field, on }) => (
        <li key={field} className={on ? undefined : 'timeline__item--empty'}>
          <span className="timeline__label">{t(`grant.${field}`)}</span>{' '}
          {on ? (
            <time dateTime={on}>{formatDate(on, locale)}</time>
          ) : (
            <span className="muted">{t('common.notSet')}</span>
          )}
        </li>
      ))}
    </ol>
  );
}

function Rules({ grant }: { grant: Grant }) {
  const { t, locale } = useI18n();
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  return (
    <dl className="facts">
      <dt>{t('grant.rules.repaymentRequired')}</dt>
      <dd>{yesNo(grant.rules.repaymentRequired)}</dd>
      <dt>{t('grant.rules.waiverThresholdKr')}</dt>
      <dd className="num">{formatKronor(grant.rules.waiverThresholdKr, locale)}</dd>
      <dt>{t('grant.rules.minimumAmountKr')}</dt>
      <dd className="num">{formatKronor(grant.rules.minimumAmountKr, locale)}</dd>
      <dt>{t('grant.rules.privateProvidersShareRequired')}</dt>
      <dd>{yesNo(grant.rules.privateProvidersShareRequired)}</dd>
      <dt>{t('grant.rules.secondRound')}</dt>
      <dd>{yesNo(grant.rules.secondRound)}</dd>
    </dl>
  );
}
