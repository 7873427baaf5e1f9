// The grant page's step indicator: where the grant is (published → requisition → decisions →
// payouts → follow-up → closed), the steps behind it marked done, the current one marked as the
// page's current step, and the way to each reached step's page.
import { Link } from 'react-router-dom';
import type { Grant } from '../../../contracts/grants';
import { useI18n } from '../../i18n/i18n';
import { queryKeys, useApiQuery } from '../../query';
import { decisionsApi } from '../decisions/api';
import {
  currentStep,
  lifecycleSteps,
  todayInStockholm,
  type LifecycleStep,
} from './grant-lifecycle';

const STEP_PAGE: Partial<Record<LifecycleStep, (grantId: string) => string>> = {
  requisition: (id) => `/grants/${id}/rekvisitioner`,
  decisions: (id) => `/grants/${id}/decisions`,
  payouts: (id) => `/grants/${id}/payouts`,
  reporting: (id) => `/grants/${id}/aterrapportering`,
};

export function GrantLifecycle({ grant }: { grant: Grant }) {
  const { t } = useI18n();
  const published = grant.status !== 'draft';
  const decisions = useApiQuery(queryKeys.decisions(grant.id), (signal) =>
    decisionsApi.grantDecisions(grant.id, signal),
  );
  const payouts = useApiQuery(queryKeys.payouts(grant.id), (signal) =>
    decisionsApi.payoutBatches(grant.id, signal),
  );
  const steps = lifecycleSteps(grant);
  const current = currentStep({
    status: grant.status,
    distributionMethod: grant.distributionMethod,
    requisitionDeadlineOn: grant.requisitionDeadlineOn,
    today: todayInStockholm(),
    issuedDecisions: (decisions.data?.items ?? []).filter((d) => d.status === 'issued').length,
    paidBatches: (payouts.data?.items ?? []).filter((b) => b.status === 'paid').length,
  });
  const currentIndex = steps.indexOf(current);
  return (
    <nav aria-label={t('lifecycle.label')} className="lifecycle-nav">
      <ol className="lifecycle">
        {steps.map((step, index) => {
          const done = index < currentIndex;
          const page = published && index <= currentIndex ? STEP_PAGE[step] : undefined;
          const label = t(`lifecycle.step.${step}`);
          return (
            <li
              key={step}
              className={done ? 'lifecycle__step--done' : undefined}
              aria-current={step === current ? 'step' : undefined}
            >
              {page ? <Link to={page(grant.id)}>{label}</Link> : label}
              {done || step === current ? (
                <span className="lifecycle__state">
                  {t(done ? 'lifecycle.done' : 'lifecycle.current')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
