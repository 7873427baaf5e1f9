// The grant's audit log (audit_events): who did what and when, and what changed, as a list of
// "field: before → after" rather than two blobs of JSON.
import type { AuditEvent } from '../../http/routes/grants.schema';
import { formatInstant } from '../format';
import { useI18n } from '../i18n/i18n';

/** Bookkeeping fields that change on every save and say nothing to the reader. */
const IGNORED = new Set(['updatedAt', 'createdAt', 'version', 'id']);

export function AuditLog({ events }: { events: AuditEvent[] }) {
  const { t, has, locale } = useI18n();
  if (events.length === 0) return <p>{t('audit.empty')}</p>;
  const sorted = [...events].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  const label = (path: string) => {
    const key = `grant.${path}`;
    return has(key) ? t(key) : path;
  };
  const actionLabel = (event: AuditEvent) => {
    const key = `audit.action.${event.action}`;
    return has(key) ? t(key) : event.action;
  };
  const show = (value: string | undefined) => (value === undefined ? t('audit.noValue') : value);
  return (
    <div className="table-scroll">
      <table className="table audit-log">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((event) => {
            const changes = diff(event.before, event.after);
            return (
              <tr key={event.id}>
                <td className="nowrap">
                  <time dateTime={event.occurredAt}>{formatInstant(event.occurredAt, locale)}</time>
                </td>
                <td>{event.actor}</td>
                <td>
                  {actionLabel(event)}
                  {event.reason ? (
                    <p className="audit-log__reason">
                      {t('audit.reason', { reason: event.reason })}
                    </p>
                  ) : null}
                </td>
                <td>
                  {changes.length === 0 ? (
                    <span className="muted">{t('audit.noChanges')}</span>
                  ) : (
                    <ul className="diff">
                      {changes.map((change) => (
                        <li key={change.path}>
                          <span className="diff__field">{label(change.path)}</span>:{' '}
                          {event.before === null || event.before === undefined ? (
                            <ins>{show(change.after)}</ins>
                          ) : (
                            <>
                              <del>
                                <span className="visually-hidden">{t('audit.before')} </span>
                                {show(change.before)}
                              </del>{' '}
                              <span aria-hidden="true">→</span>{' '}
                              <ins>
                                <span className="visually-hidden">{t('audit.after')} </span>
                                {show(change.after)}
                              </ins>
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface Change {
  path: string;
  before?: string;
  after?: string;
}

/** Leaf values by dotted path: `{ rules: { minimumAmountKr: 0 } }` → `rules.minimumAmountKr: "0"`. */
function flatten(
  value: unknown,
  prefix = '',
  into = new Map<string, string>(),
): Map<string, string> {
  if (value === null || value === undefined) {
    if (prefix) into.set(prefix, '–');
  } else if (Array.isArray(value)) {
    into.set(
      prefix,
      value
        .map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item)))
        .join(', ') || '–',
    );
  } else if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (!prefix && IGNORED.has(key)) continue;
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into.set(prefix || 'value', String(value));
  }
  return into;
}

export function diff(before: unknown, after: unknown): Change[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((path) => a.get(path) !== b.get(path))
    .map((path) => ({ path, before: a.get(path), after: b.get(path) }));
}
