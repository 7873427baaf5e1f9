// One grant: its facts, timeline and rules, its status and the next step, copying it to a new
// year, its allocations and the audit log.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AllocationSummary } from '../../http/routes/allocations.schema';
import type { Grant, GrantStatus } from '../../http/routes/grants.schema';
import { ApiError, api } from '../api-client';
import { useAnnounce } from '../announcer';
import { AuditLog } from '../components/audit-log';
import { Dialog } from '../components/dialog';
import { Field } from '../components/form-fields';
import { Loading } from '../components/loading';
import { ProblemAlert } from '../components/problem-alert';
import { AllocationStatusTag, GrantStatusTag } from '../components/status-tag';
import { formatDate, formatInstant, formatKronor } from '../format';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';
import { usePageTitle } from '../layout';
import { useResource } from '../use-resource';
import { DATE_FIELDS } from './grant-form-values';
import { TableScroll } from '../components/table-scroll';

/** The one step forward from each status (docs/ARCHITECTURE.md: draft → … → finished). */
const NEXT_STATUS: Partial<Record<GrantStatus, GrantStatus>> = {
  draft: 'published',
  published: 'closed',
  closed: 'follow_up',
  follow_up: 'finished',
};
const TRANSITION_KEY: Record<GrantStatus, MessageKey> = {
  draft: 'transition.draft',
  published: 'transition.published',
  closed: 'transition.closed',
  follow_up: 'transition.follow_up',
  finished: 'transition.finished',
};

export function GrantPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const grant = useResource(`grant:${id}`, (signal) => api.getGrant(id, signal));
  const allocations = useResource(`grant-allocations:${id}`, (signal) =>
    api.grantAllocations(id, signal),
  );
  const audit = useResource(`grant-audit:${id}`, (signal) => api.grantAudit(id, signal));
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
  const refresh = () => {
    grant.reload();
    audit.reload();
    allocations.reload();
  };
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
        {g.status === 'draft' ? (
          <Link to={`/grants/${g.id}/edit`} className="button button--secondary">
            {t('grantPage.edit')}
          </Link>
        ) : null}
        <CopyGrant grant={g} />
      </div>

      <StatusSection grant={g} onChanged={refresh} />

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
      <section aria-labelledby="allocations">
        <h2 id="allocations">{t('grantPage.allocations')}</h2>
        {/* Allocations are made and published while the grant is a draft (the server refuses
            them afterwards), so the entry points are offered only then. */}
        {g.status === 'draft' ? (
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
      <section aria-labelledby="audit">
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
    </dl>
  );
}

function StatusSection({ grant, onChanged }: { grant: Grant; onChanged(): void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const next = NEXT_STATUS[grant.status];
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!next) return;
    setBusy(true);
    setError(null);
    try {
      const updated = await api.changeGrantStatus(grant.id, next, reason.trim() || undefined);
      setReason('');
      announce(t('grantPage.statusChanged', { status: t(`status.${updated.status}`) }));
      onChanged();
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="status" className="panel">
      <h2 id="status">{t('grantPage.status')}</h2>
      <p>
        {t('grantPage.currentStatus')} <GrantStatusTag status={grant.status} />
      </p>
      {error ? (
        <ProblemAlert error={error} title={t('grantPage.statusNotChanged')} headingLevel={3} />
      ) : null}
      {next ? (
        <form onSubmit={submit} className="form form--inline">
          <Field id="status-reason" label={t('grantPage.reason')} hint={t('grantPage.reasonHint')}>
            {(describedBy) => (
              <textarea
                id="status-reason"
                rows={2}
                className="input input--wide"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                aria-describedby={describedBy}
              />
            )}
          </Field>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t(TRANSITION_KEY[next])}
          </button>
        </form>
      ) : (
        <p>{t('grantPage.noNextStatus')}</p>
      )}
    </section>
  );
}

function CopyGrant({ grant }: { grant: Grant }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(String(grant.grantYear + 1));
  const [yearError, setYearError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const grantYear = Number(year.trim());
    if (!/^\d{4}$/.test(year.trim()) || grantYear < 2000 || grantYear > 2100) {
      setYearError(t('validation.grantYear'));
      document.getElementById('copy-year')?.focus();
      return;
    }
    setYearError(undefined);
    setBusy(true);
    setError(null);
    try {
      const copy = await api.copyGrant(grant.id, grantYear);
      announce(t('grantPage.copied', { year: copy.grantYear }));
      setOpen(false);
      navigate(`/grants/${copy.id}`);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('grantPage.copy')}
      </button>
      {open ? (
        <Dialog title={t('grantPage.copyTitle')} onClose={() => setOpen(false)}>
          <form onSubmit={submit} noValidate>
            <p>{t('grantPage.copyHelp')}</p>
            {error ? (
              <ProblemAlert error={error} title={t('grantPage.copyFailed')} headingLevel={3} />
            ) : null}
            <Field id="copy-year" label={t('grant.grantYear')} error={yearError}>
              {(describedBy) => (
                <input
                  id="copy-year"
                  type="text"
                  inputMode="numeric"
                  className="input input--short"
                  value={year}
                  onChange={(event) => setYear(event.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={yearError ? true : undefined}
                />
              )}
            </Field>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('grantPage.copySubmit')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setOpen(false)}
              >
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </>
  );
}

function AllocationList({
  items,
  publishedId,
}: {
  items: AllocationSummary[];
  publishedId: string | null;
}) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <p>{t('grantPage.noAllocations')}</p>;
  const sorted = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <TableScroll label={t('grantPage.allocations')}>
      <table className="table">
        <caption className="visually-hidden">{t('grantPage.allocations')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('allocation.source')}</th>
            <th scope="col">{t('allocation.kind')}</th>
            <th scope="col">{t('allocation.createdAt')}</th>
            <th scope="col" className="num">
              {t('allocation.recipientCount')}
            </th>
            <th scope="col" className="num">
              {t('allocation.total')}
            </th>
            <th scope="col">{t('allocation.status')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((allocation) => (
            <tr key={allocation.id}>
              <th scope="row">
                <Link to={`/allocations/${allocation.id}`}>
                  {allocation.sourceFilename || t('allocation.untitled')}
                </Link>
              </th>
              <td>
                {t(
                  allocation.kind === 'formula'
                    ? 'allocation.kind.formula'
                    : 'allocation.kind.imported_key',
                )}
              </td>
              <td className="nowrap">{formatInstant(allocation.createdAt, locale)}</td>
              <td className="num">{allocation.recipientCount}</td>
              <td className="num">{formatKronor(allocation.totalKr, locale)}</td>
              <td>
                <AllocationStatusTag status={allocation.status} />
                {allocation.supersededAt ? (
                  <span className="tag tag--closed">{t('allocationStatus.superseded')}</span>
                ) : null}
                {allocation.id === publishedId ? (
                  <span className="tag tag--current">{t('grantPage.theGrantsAllocation')}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
