// The grant's audit log (audit_events, the grant's own and its allocations'): who did what and
// when, and what changed, as a list of "field: before → after" rather than two blobs of JSON.
import type { AuditEvent } from '../../contracts/audit';
import { newestFirst } from '../../domain/audit-order';
import { formatDate, formatInstant, formatKronor } from '../format';
import { useI18n } from '../i18n/i18n';
import { TableScroll } from './table-scroll';

/** Bookkeeping fields that change on every save and say nothing to the reader. */
const IGNORED = new Set(['updatedAt', 'createdAt', 'version', 'id', 'grantId']);

export function AuditLog({ events }: { events: AuditEvent[] }) {
  const { t, has, locale } = useI18n();
  if (events.length === 0) return <p>{t('audit.empty')}</p>;
  const sorted = [...events].sort(newestFirst);
  // Field names and values are said per entity: "Publicerat" (ett statsbidrag) but
  // "Publicerad" (en fördelning).
  const prefix = (event: AuditEvent) => (event.entityType === 'allocation' ? 'allocation.' : '');
  const label = (event: AuditEvent, path: string) => {
    const key = event.entityType === 'allocation' ? `allocation.field.${path}` : `grant.${path}`;
    return has(key) ? t(key) : path;
  };
  const actionLabel = (event: AuditEvent) => {
    const key = `audit.action.${event.action}`;
    return has(key) ? t(key) : event.action;
  };
  /** A stored value as a reader would write it: kronor, dates, yes/no, the status's name. */
  const show = (event: AuditEvent, path: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('audit.noValue');
    if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
    if (typeof value === 'number' && path.endsWith('Kr')) return formatKronor(value, locale);
    if (typeof value === 'string' && path.endsWith('On')) return formatDate(value, locale);
    if (typeof value === 'string' && path.endsWith('At')) return formatInstant(value, locale);
    if (Array.isArray(value)) return value.map((item) => show(event, `${path}[]`, item)).join(', ');
    const key = `audit.value.${prefix(event)}${path.replace(/\[\]$/, '')}.${String(value)}`;
    if (has(key)) return t(key);
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  return (
    <TableScroll label={t('audit.caption')}>
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
            const created = event.before === null || event.before === undefined;
            const changes = diff(event.before, event.after);
            const list = (
              <ul className="diff">
                {changes.map((change) => (
                  <li key={change.path}>
                    <span className="diff__field">{label(event, change.path)}</span>:{' '}
                    {created ? (
                      <span>{show(event, change.path, change.after)}</span>
                    ) : (
                      <>
                        <del>
                          <span className="visually-hidden">{t('audit.before')} </span>
                          {show(event, change.path, change.before)}
                        </del>{' '}
                        <span aria-hidden="true">→</span>{' '}
                        <ins>
                          <span className="visually-hidden">{t('audit.after')} </span>
                          {show(event, change.path, change.after)}
                        </ins>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            );
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
                  {event.legacy ? <p className="muted">{t('audit.legacy')}</p> : null}
                </td>
                <td>
                  {changes.length === 0 ? (
                    <span className="muted">{t('audit.noChanges')}</span>
                  ) : created ? (
                    <details>
                      <summary>{t('audit.showValues', { count: changes.length })}</summary>
                      {list}
                    </details>
                  ) : (
                    list
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

interface Change {
  path: string;
  before?: unknown;
  after?: unknown;
}

/** Leaf values by dotted path: `{ rules: { minimumAmountKr: 0 } }` → `rules.minimumAmountKr: 0`. */
function flatten(
  value: unknown,
  prefix = '',
  into = new Map<string, unknown>(),
): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (!prefix && IGNORED.has(key)) continue;
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else if (prefix) {
    into.set(prefix, value);
  }
  return into;
}

/** What differs between two stored states, in the order the fields appear in the form. */
function diff(before: unknown, after: unknown): Change[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  const rank = (path: string) => {
    const index = FIELD_ORDER.indexOf(path);
    return index === -1 ? FIELD_ORDER.length : index;
  };
  return paths
    .filter((path) => JSON.stringify(a.get(path)) !== JSON.stringify(b.get(path)))
    .sort((x, y) => rank(x) - rank(y))
    .map((path) => ({ path, before: a.get(path), after: b.get(path) }));
}

const FIELD_ORDER = [
  'status',
  'name',
  'grantYear',
  'legalBasis',
  'appropriation',
  'appropriationItem',
  'totalAmountKr',
  'eligibleRecipientTypes',
  'purpose',
  'usageAreas',
  'distributionMethod',
  'callOn',
  'requisitionDeadlineOn',
  'usageStartOn',
  'usageEndOn',
  'reportingDeadlineOn',
  'repaymentDeadlineOn',
  'rules.repaymentRequired',
  'rules.waiverThresholdKr',
  'rules.minimumAmountKr',
  'rules.privateProvidersShareRequired',
  'rules.secondRound',
  'publishedAllocationId',
  'copiedFromGrantId',
];
