// The grant page's two actions: the next status step (with an optional reason) and copying the
// grant to a new year (a dialog that asks for the year).
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Grant, GrantStatus } from '../../../contracts/grants';
import { ApiError, api } from '../../api-client';
import { useAnnounce } from '../../announcer';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/form-fields';
import { ProblemAlert } from '../../components/problem-alert';
import { GrantStatusTag } from '../../components/status-tag';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';

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

export function StatusSection({ grant, onChanged }: { grant: Grant; onChanged(): void }) {
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

export function CopyGrant({ grant }: { grant: Grant }) {
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
