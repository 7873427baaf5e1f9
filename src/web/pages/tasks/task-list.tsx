// The task list ("Att göra") of whoever is signed in: one card per task with what waits, on which
// grant, by when, and the next step as a link. Every role's start page opens with it.
import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { Task, TaskKind } from '../../../contracts/tasks';
import { api } from '../../api-client';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { queryKeys, useApiQuery } from '../../query';
import { HandOffText } from './hand-off';

/** Where each kind of task is done. */
const NEXT_STEP: Record<TaskKind, (grantId: string) => string> = {
  requisition_to_start: (id) => `/mina-bidrag/${id}/rekvisition`,
  requisition_to_sign: (id) => `/mina-bidrag/${id}/rekvisition`,
  report_to_fill: (id) => `/mina-bidrag/${id}/aterrapport`,
  report_to_submit: (id) => `/mina-bidrag/${id}/aterrapport`,
  requisitions_late: (id) => `/grants/${id}/rekvisitioner`,
  reports_late: (id) => `/grants/${id}/aterrapportering`,
  payment_accounts_missing: (id) => `/grants/${id}/payouts`,
  payment_accounts_to_confirm: (id) => `/grants/${id}/payouts`,
  decisions_to_issue: (id) => `/grants/${id}/decisions`,
  payouts_to_approve: (id) => `/grants/${id}/payouts`,
};

/** The task list under a heading of `headingLevel` (the start page's h1, or an h2 on a page). */
export function TaskList({ headingLevel }: { headingLevel: 1 | 2 }) {
  const { t } = useI18n();
  const headingId = useId();
  const tasks = useApiQuery(queryKeys.myTasks, (signal) => api.myTasks(signal));
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const SubHeading = headingLevel === 1 ? 'h2' : 'h3';
  const items = tasks.data?.items ?? [];
  const handedOff = tasks.data?.handedOff ?? [];
  return (
    <section aria-labelledby={headingId} className="tasks" aria-busy={tasks.isFetching}>
      <Heading id={headingId}>{t('tasks.title')}</Heading>
      <p className="lead">{t('tasks.intro')}</p>
      {tasks.error ? (
        <ProblemAlert
          error={tasks.error}
          autoFocus={false}
          headingLevel={headingLevel === 1 ? 2 : 3}
        />
      ) : null}
      {tasks.isPending ? <Loading /> : null}
      {tasks.data && items.length === 0 && handedOff.length === 0 ? (
        <p>{t('tasks.empty')}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="task-list" data-testid="task-list">
          {items.map((task) => (
            <TaskCard key={`${task.kind}:${task.grantId}`} task={task} />
          ))}
        </ul>
      ) : null}
      {handedOff.length > 0 ? (
        <>
          <SubHeading>{t('tasks.handedOff.title')}</SubHeading>
          <ul className="hand-off-list" data-testid="handed-off">
            {handedOff.map((item) => (
              <li key={`${item.kind}:${item.grantId}`}>
                <span className="hand-off-list__grant">{item.grantName}</span>{' '}
                <HandOffText item={item} />{' '}
                <Link to={NEXT_STEP[item.kind](item.grantId)}>
                  {t('tasks.handedOff.open')}
                  <span className="visually-hidden"> {item.grantName}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function TaskCard({ task }: { task: Task }) {
  const { t, plural, locale } = useI18n();
  const grantId = useId();
  return (
    <li className={`task task--${task.kind}`}>
      <p className="task__what">{plural(`tasks.kind.${task.kind}`, task.count)}</p>
      <p className="task__grant" id={grantId}>
        {task.grantName}
      </p>
      <p className="task__due">
        {task.dueOn ? (
          <>
            {t('tasks.due')} <time dateTime={task.dueOn}>{formatDate(task.dueOn, locale)}</time>
          </>
        ) : (
          t('tasks.noDue')
        )}
      </p>
      {/* The link's name is the step; the grant it is on is its description (and the card's). */}
      <Link
        to={NEXT_STEP[task.kind](task.grantId)}
        className="button button--primary task__next"
        aria-describedby={grantId}
      >
        {t(`tasks.action.${task.kind}`)}
      </Link>
    </li>
  );
}
