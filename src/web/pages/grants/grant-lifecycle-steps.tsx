// The grant page's step indicator, which is also its navigation: where the grant is (published →
// requisition → decisions → payouts → follow-up → closed), the steps behind it marked done, the
// current one marked as the current step, and each step a tab whose panel holds that step's work.
// The shown step is in the address (`?steg=beslut`), so a step can be linked to and reloaded.
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
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

/** The id of the one panel every step's tab controls (only the shown step's panel exists). */
export const STEP_PANEL_ID = 'grant-step-panel';
export const stepTabId = (step: LifecycleStep) => `grant-step-${step}`;

/**
 * The grant's steps and the one it is at. `ready` is false until its decisions and payout batches
 * are read: the current step depends on them, and opening another step first would jump.
 */
export function useGrantLifecycle(grant: Grant) {
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
  // A failed read leaves the step at what the status alone says rather than waiting for ever.
  const ready = !decisions.isPending && !payouts.isPending;
  return { steps, current, ready };
}

export function GrantLifecycle({
  steps,
  current,
  shown,
  onShow,
}: {
  steps: LifecycleStep[];
  current: LifecycleStep;
  shown: LifecycleStep;
  onShow: (step: LifecycleStep) => void;
}) {
  const { t } = useI18n();
  const tabs = useRef(new Map<LifecycleStep, HTMLButtonElement>());
  const currentIndex = steps.indexOf(current);
  // The tabs pattern (WAI-ARIA APG): one tab in the tab order, arrows move between the steps and
  // show each at once, Home and End go to the first and the last.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const target: Partial<Record<string, number>> = {
      ArrowRight: (index + 1) % steps.length,
      ArrowDown: (index + 1) % steps.length,
      ArrowLeft: (index - 1 + steps.length) % steps.length,
      ArrowUp: (index - 1 + steps.length) % steps.length,
      Home: 0,
      End: steps.length - 1,
    };
    const next = target[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const step = steps[next];
    if (!step) return;
    onShow(step);
    tabs.current.get(step)?.focus();
  };
  return (
    <div className="lifecycle-nav">
      <ol role="tablist" aria-label={t('lifecycle.label')} className="lifecycle">
        {steps.map((step, index) => {
          const done = index < currentIndex;
          const isCurrent = step === current;
          const selected = step === shown;
          const classes = [
            done ? 'lifecycle__step--done' : '',
            isCurrent ? 'lifecycle__step--current' : '',
          ].filter(Boolean);
          return (
            <li
              key={step}
              role="presentation"
              className={classes.length > 0 ? classes.join(' ') : undefined}
            >
              <button
                type="button"
                role="tab"
                id={stepTabId(step)}
                className="lifecycle__tab"
                aria-selected={selected}
                aria-controls={STEP_PANEL_ID}
                aria-current={isCurrent ? 'step' : undefined}
                tabIndex={selected ? 0 : -1}
                ref={(element) => {
                  if (element) tabs.current.set(step, element);
                  else tabs.current.delete(step);
                }}
                onClick={() => onShow(step)}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                {t(`lifecycle.step.${step}`)}
                {done || isCurrent ? (
                  <span className="lifecycle__state">
                    {t(done ? 'lifecycle.done' : 'lifecycle.current')}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
