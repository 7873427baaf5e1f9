// The sentences of the grant use cases' codes (declared in src/domain/errors.ts).
import type { GrantCode } from '../../domain/errors';
import {
  type IssueParams,
  type MessageCatalogue,
  paramKronor,
  paramText,
} from '../../domain/issues';
import type { Locale } from '../../domain/money';

const text = paramText;
const kronor = paramKronor;

const STATUS_NAMES: Record<string, Record<Locale, string>> = {
  draft: { sv: 'utkast', en: 'draft' },
  published: { sv: 'publicerat', en: 'published' },
  closed: { sv: 'stängt', en: 'closed' },
  follow_up: { sv: 'uppföljning', en: 'follow-up' },
  finished: { sv: 'avslutat', en: 'finished' },
};
const status = (params: IssueParams, key: string, locale: Locale) => {
  const value = text(params, key);
  return STATUS_NAMES[value]?.[locale] ?? value;
};

export const GRANT_MESSAGES = {
  /** No grant has this id. Params: grantId. */
  'grant.not_found': {
    sv: () => 'Statsbidraget finns inte.',
    en: () => 'The grant does not exist.',
  },
  /** The grant was changed by someone else since it was loaded. Params: expectedVersion, currentVersion. */
  'grant.version_conflict': {
    sv: (p) =>
      `Statsbidraget har ändrats av någon annan sedan du öppnade det (version ${text(p, 'currentVersion')}, du hade ${text(p, 'expectedVersion')}). Ladda om och gör ändringen igen.`,
    en: (p) =>
      `The grant was changed by someone else after you opened it (version ${text(p, 'currentVersion')}, you had ${text(p, 'expectedVersion')}). Reload and make the change again.`,
  },
  /** Only a draft grant can be edited, or given a new allocation. Params: status. */
  'grant.not_draft': {
    sv: (p) => `Statsbidraget har status ${status(p, 'status', 'sv')}; bara ett utkast kan ändras.`,
    en: (p) => `The grant's status is ${status(p, 'status', 'en')}; only a draft can be changed.`,
  },
  /** The usage period ends before it starts. Params: usageStartOn, usageEndOn. */
  'grant.usage_period_reversed': {
    sv: (p) =>
      `Användningsperioden slutar (${text(p, 'usageEndOn')}) före sin början (${text(p, 'usageStartOn')}).`,
    en: (p) =>
      `The usage period ends (${text(p, 'usageEndOn')}) before it starts (${text(p, 'usageStartOn')}).`,
  },
  /** Statuses go one step forward at a time. Params: from, to. */
  'grant.status_transition_not_allowed': {
    sv: (p) =>
      `Status kan inte ändras från ${status(p, 'from', 'sv')} till ${status(p, 'to', 'sv')}. Ordningen är utkast → publicerat → stängt → uppföljning → avslutat, ett steg i taget.`,
    en: (p) =>
      `The status cannot change from ${status(p, 'from', 'en')} to ${status(p, 'to', 'en')}. The order is draft → published → closed → follow-up → finished, one step at a time.`,
  },
  /** A performance-based grant is published once its calculation is. */
  'grant.no_published_performance_result': {
    sv: () =>
      'Det prestationsbaserade statsbidraget kan inte publiceras förrän beräkningen är publicerad.',
    en: () => 'The performance-based grant cannot be published until its calculation is published.',
  },
  /** Publishing the grant needs a published allocation. */
  'grant.no_published_allocation': {
    sv: () => 'Statsbidraget kan inte publiceras utan en publicerad fördelning.',
    en: () => 'The grant cannot be published without a published allocation.',
  },
  /** The published allocation does not distribute the grant's amount. Params: allocationTotalKr, totalAmountKr. */
  'grant.allocation_total_differs': {
    sv: (p) =>
      `Den publicerade fördelningen summerar till ${kronor(p, 'allocationTotalKr', 'sv')} men bidragets belopp är ${kronor(p, 'totalAmountKr', 'sv')}.`,
    en: (p) =>
      `The published allocation adds up to ${kronor(p, 'allocationTotalKr', 'en')} but the grant's amount is ${kronor(p, 'totalAmountKr', 'en')}.`,
  },
} satisfies MessageCatalogue<GrantCode>;
