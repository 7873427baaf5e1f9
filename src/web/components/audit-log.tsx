// The grant's audit log (audit_events, the grant's own and its allocations'): who did what and
// when, and what changed, as a list of "field: before → after" rather than two blobs of JSON.
// Every field is named in the reader's language and every coded value in words (audit-fields.ts:
// the same words the page's tags use), amounts, numbers and dates are formatted, and ids of other
// records are left out.
import type { AuditEvent } from '../../contracts/audit';
import { newestFirst } from '../../domain/audit-order';
import {
  auditFamily,
  documentFieldOf,
  fieldLabelKey,
  isHiddenField,
  PLAIN_NUMBER_FIELDS,
  VALUE_KEYS,
  type AuditFamily,
} from '../audit-fields';
import { api } from '../api-client';
import { formatDate, formatInstant, formatKronor } from '../format';
import { useI18n } from '../i18n/i18n';
import { queryKeys, useApiQuery } from '../query';
import { TableScroll } from './table-scroll';

/** Fields that hold a recipient's code: said with the recipient's name. */
const RECIPIENT_FIELDS = new Set(['recipientCode', 'recipientCodes', 'sampled', 'code']);

/** A list longer than this is said as a count in a history row. */
const LONGEST_LIST = 10;

export function AuditLog({ events }: { events: AuditEvent[] }) {
  const { t, has, locale } = useI18n();
  // Recipients are named, not only coded ("Stockholm (0180)"); the register is cached per session.
  const register = useApiQuery(queryKeys.recipients({}), (signal) =>
    api.listRecipients({}, signal),
  );
  const names = new Map((register.data?.items ?? []).map((r) => [r.code, r.name]));
  if (events.length === 0) return <p>{t('audit.empty')}</p>;
  const sorted = [...events].sort(newestFirst);
  const label = (family: AuditFamily | undefined, path: string) => {
    const key = family ? fieldLabelKey(family, path) : path;
    return has(key) ? t(key) : path;
  };
  const actionLabel = (event: AuditEvent) => {
    const key = `audit.action.${event.action}`;
    return has(key) ? t(key) : event.action;
  };
  const word = (family: AuditFamily | undefined, path: string, value: string) => {
    const keyOf = family ? VALUE_KEYS[family][path] : undefined;
    const key = keyOf?.(value);
    return key !== undefined && has(key) ? t(key) : undefined;
  };
  const count = (n: number) => t('audit.items', { count: new Intl.NumberFormat(locale).format(n) });
  /** A stored value as a reader would write it: kronor, dates, yes/no, the state's name. */
  const show = (family: AuditFamily | undefined, path: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('audit.noValue');
    if (family && documentFieldOf(family, path))
      return typeof value === 'object' ? count(Object.keys(value).length) : t('audit.document');
    if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
    if (typeof value === 'number') {
      if (path.endsWith('Kr')) return formatKronor(value, locale);
      if (PLAIN_NUMBER_FIELDS.has(path)) return String(value);
      return new Intl.NumberFormat(locale).format(value);
    }
    if (Array.isArray(value)) return showList(family, path, value);
    if (typeof value === 'string') {
      const named = word(family, path, value);
      if (named !== undefined) return named;
      if (path.endsWith('By') && value.startsWith('system:')) return t('audit.systemActor');
      const recipient = RECIPIENT_FIELDS.has(path) ? names.get(value) : undefined;
      if (recipient !== undefined) return `${recipient} (${value})`;
      if (path.endsWith('On')) return formatDate(value, locale);
      if (path.endsWith('At')) return formatInstant(value, locale);
      return value;
    }
    return count(Object.keys(value).length);
  };
  /** A short list item by item ("Kommuner, Regioner", roles by name); a long one as a count. */
  const showList = (family: AuditFamily | undefined, path: string, items: unknown[]): string => {
    if (items.length > LONGEST_LIST) return count(items.length);
    const words = items.map((item) => {
      if (item !== null && typeof item === 'object') {
        // An object in a list is said by its one coded field (a role), else not item by item.
        const coded = Object.entries(item).find(
          ([key, v]) => typeof v === 'string' && word(family, `${path}.${key}`, v) !== undefined,
        );
        return coded ? word(family, `${path}.${coded[0]}`, String(coded[1])) : undefined;
      }
      return show(family, path, item);
    });
    return words.every((w) => w !== undefined) ? words.join(', ') : count(items.length);
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
            // An event stored in an older shape is shown as stored, field names and all.
            const family = event.legacy ? undefined : auditFamily(event.action);
            const changes = diff(event.before, event.after, family);
            const list = (
              <ul className="diff">
                {changes.map((change) => (
                  <li key={change.path}>
                    <span className="diff__field">{label(family, change.path)}</span>:{' '}
                    {created || (family && documentFieldOf(family, change.path)) ? (
                      <span>
                        {created ? show(family, change.path, change.after) : t('audit.document')}
                      </span>
                    ) : (
                      <>
                        <del>
                          <span className="visually-hidden">{t('audit.before')} </span>
                          {show(family, change.path, change.before)}
                        </del>{' '}
                        <span aria-hidden="true">→</span>{' '}
                        <ins>
                          <span className="visually-hidden">{t('audit.after')} </span>
                          {show(family, change.path, change.after)}
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
                <td>{event.actor.startsWith('system:') ? t('audit.systemActor') : event.actor}</td>
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

/**
 * Leaf values by dotted path: `{ rules: { minimumAmountKr: 0 } }` → `rules.minimumAmountKr: 0`; a
 * list and a document field (a model, a form's answers) are one value each, hidden fields none.
 */
function flatten(
  value: unknown,
  family: AuditFamily | undefined,
  prefix = '',
  into = new Map<string, unknown>(),
): Map<string, unknown> {
  const whole = prefix !== '' && family !== undefined && documentFieldOf(family, prefix) === prefix;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !whole) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, family, prefix ? `${prefix}.${key}` : key, into);
    }
  } else if (prefix && !(family ? isHiddenField(family, prefix) : LEGACY_HIDDEN.has(prefix))) {
    into.set(prefix, value);
  }
  return into;
}

/** Bookkeeping fields of an event of an unknown or older shape, left out as before. */
const LEGACY_HIDDEN = new Set(['updatedAt', 'createdAt', 'version', 'id', 'grantId']);

/** What differs between two stored states, in the order the fields appear in the form. */
function diff(before: unknown, after: unknown, family: AuditFamily | undefined): Change[] {
  const a = flatten(before, family);
  const b = flatten(after, family);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  const rank = (path: string) => {
    const index = FIELD_ORDER.indexOf(path);
    return index === -1 ? FIELD_ORDER.length : index;
  };
  // Absent, null and blank all read "–": no change between them is worth a line.
  const same = (x: unknown, y: unknown) => JSON.stringify(x ?? '') === JSON.stringify(y ?? '');
  return paths
    .filter((path) => !same(a.get(path), b.get(path)))
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
