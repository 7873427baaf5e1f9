// One grant: its name, status and next status step, and its lifecycle as a step indicator that is
// also the page's navigation: each step (the draft's facts and allocation, the requisitions, the
// decisions, the payouts, the follow-up) is a tab panel of its own, the step the grant is at open
// by default, so the page stays short. The audit log opens on request below.
import { DecisionLinks } from '../decisions/decision-links';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
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
import { stepFromSlug, stepSlug, type LifecycleStep } from './grant-lifecycle';
import {
  GrantLifecycle,
  STEP_PANEL_ID,
  stepTabId,
  useGrantLifecycle,
} from './grant-lifecycle-steps';

const STEP_PARAM = 'steg';

export function GrantPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const { id = '' } = useParams();
  const grant = useApiQuery(queryKeys.grantDetail(id), (signal) => api.getGrant(id, signal));
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
      <div className="actions">
        {g.status === 'draft' && can('grant.edit') ? (
          <Link to={`/grants/${g.id}/edit`} className="button button--secondary">
            {t('grantPage.edit')}
          </Link>
        ) : null}
        {can('grant.create') ? <CopyGrant grant={g} /> : null}
      </div>

      {can('grant.change_status') ? <StatusSection grant={g} /> : null}

      <GrantSteps grant={g} />
      <GrantAuditLog grantId={g.id} />
    </>
  );
}

/** The step indicator and the shown step's panel: the one in the address, else the current one. */
function GrantSteps({ grant }: { grant: Grant }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const { steps, current, ready } = useGrantLifecycle(grant);
  const shown = stepFromSlug(params.get(STEP_PARAM), steps) ?? current;
  const show = (step: LifecycleStep) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(STEP_PARAM, stepSlug(step));
        return next;
      },
      { replace: true },
    );
  if (!ready) return <Loading />;
  return (
    <>
      <GrantLifecycle steps={steps} current={current} shown={shown} onShow={show} />
      <div
        role="tabpanel"
        id={STEP_PANEL_ID}
        aria-labelledby={stepTabId(shown)}
        className="step-panel"
        tabIndex={0}
      >
        <h2 className="step-panel__heading">{t(`lifecycle.step.${shown}`)}</h2>
        <StepPanel
          grant={grant}
          step={shown}
          reached={steps.indexOf(shown) <= steps.indexOf(current)}
        />
      </div>
    </>
  );
}

function StepPanel({
  grant,
  step,
  reached,
}: {
  grant: Grant;
  step: LifecycleStep;
  reached: boolean;
}) {
  const { t } = useI18n();
  const g = grant;
  const notReached = reached ? null : <p className="muted">{t('lifecycle.notReached')}</p>;
  const published = g.status !== 'draft';
  switch (step) {
    case 'draft':
      return (
        <>
          <section aria-labelledby="facts">
            <h3 id="facts">{t('grantPage.facts')}</h3>
            <GrantFacts grant={g} />
          </section>
          <section aria-labelledby="timeline">
            <h3 id="timeline">{t('grant.timeline')}</h3>
            <Timeline grant={g} />
          </section>
          <section aria-labelledby="rules">
            <h3 id="rules">{t('grant.rules')}</h3>
            <Rules grant={g} />
          </section>
          <Distribution grant={g} />
        </>
      );
    case 'published':
      return (
        <>
          {notReached}
          <p>{t('lifecycle.panel.published')}</p>
          <Distribution grant={g} />
        </>
      );
    case 'requisition':
      return (
        <>
          {notReached}
          <p>{t('lifecycle.panel.requisition')}</p>
          {published ? (
            <p>
              <Link to={`/grants/${g.id}/rekvisitioner`} className="button button--primary">
                {t('reqOverview.open')}
              </Link>
            </p>
          ) : null}
        </>
      );
    case 'decisions':
      return (
        <>
          {notReached}
          <p>{t('lifecycle.panel.decisions')}</p>
          <DecisionLinks grantId={g.id} />
        </>
      );
    case 'payouts':
      return (
        <>
          {notReached}
          <p>{t('payouts.whoBuilds')}</p>
          <p>
            <Link to={`/grants/${g.id}/payouts`} className="button button--primary">
              {t('decisions.payoutsOpen')}
            </Link>
          </p>
        </>
      );
    case 'reporting':
      return (
        <>
          {notReached}
          <p>{t('lifecycle.panel.reporting')}</p>
          {published ? (
            <p className="actions">
              <Link to={`/grants/${g.id}/aterrapportering`} className="button button--primary">
                {t('reporting.open')}
              </Link>
              <Link to={`/grants/${g.id}/fordringar`} className="button button--secondary">
                {t('receivables.open')}
              </Link>
            </p>
          ) : null}
        </>
      );
    case 'closed':
      return (
        <>
          {notReached}
          <p>{t('lifecycle.panel.closed')}</p>
          {published ? (
            <p>
              <Link
                to={`/grants/${g.id}/rapport-till-regeringen`}
                className="button button--secondary"
              >
                {t('governmentReport.open')}
              </Link>
            </p>
          ) : null}
        </>
      );
  }
}

/** How the money is distributed: the allocations (a key grant) or the performance model and result. */
function Distribution({ grant }: { grant: Grant }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const g = grant;
  const allocations = useApiQuery(
    queryKeys.grantAllocations(g.id),
    (signal) => api.grantAllocations(g.id, signal),
    { enabled: g.distributionMethod === 'allocation_key' },
  );
  if (g.distributionMethod === 'performance') {
    return (
      <section aria-labelledby="performance">
        <h3 id="performance">{t('perf.title')}</h3>
        <p>
          <Link to={`/grants/${g.id}/performance`} className="button button--primary">
            {t('perf.open')}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="allocations">
      <h3 id="allocations">{t('grantPage.allocations')}</h3>
      {/* Allocations are made and published while the grant is a draft (the server refuses
          them afterwards), so the entry points are offered only then. */}
      {g.status === 'draft' && can('grant.edit') ? (
        <p className="actions">
          <Link to={`/grants/${g.id}/allocate?method=key`} className="button button--primary">
            {t('grantPage.uploadKey')}
          </Link>
          <Link to={`/grants/${g.id}/allocate?method=formula`} className="button button--secondary">
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
  );
}

/** The audit log, long on a grant that has lived a while: read only when asked for. */
function GrantAuditLog({ grantId }: { grantId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const audit = useApiQuery(
    queryKeys.grantAudit(grantId),
    (signal) => api.grantAudit(grantId, signal),
    { enabled: open },
  );
  return (
    <section aria-labelledby="audit" aria-busy={open && audit.isFetching}>
      <h2 id="audit">{t('audit.title')}</h2>
      <p>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open}
          aria-controls="grant-audit-log"
          onClick={() => setOpen((was) => !was)}
        >
          {t(open ? 'lifecycle.auditHide' : 'lifecycle.auditShow')}
        </button>
      </p>
      <div id="grant-audit-log">
        {!open ? null : audit.error ? (
          <ProblemAlert error={audit.error} autoFocus={false} headingLevel={3} />
        ) : audit.data ? (
          <AuditLog events={audit.data.items} />
        ) : (
          <Loading />
        )}
      </div>
    </section>
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
