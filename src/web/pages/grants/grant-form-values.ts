// The grant form's values as typed (all text), their conversion to GrantInput, and a
// react-hook-form resolver that validates with the API's own GrantInputSchema. Messages are ours,
// per field, in the chosen language: zod's own messages are English and technical.
import type { FieldErrors, FieldPath, Resolver } from 'react-hook-form';
import { set } from 'react-hook-form';
import type { z } from 'zod';
import type { Grant, GrantInput } from '../../../contracts/grants';
import { GrantInputSchema } from '../../../contracts/grants';
import { wholeKronorInput } from '../../format';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';

export const DATE_FIELDS = [
  'callOn',
  'requisitionDeadlineOn',
  'usageStartOn',
  'usageEndOn',
  'reportingDeadlineOn',
  'repaymentDeadlineOn',
] as const;
type DateField = (typeof DATE_FIELDS)[number];

export type GrantFormValues = {
  name: string;
  grantYear: string;
  legalBasis: string;
  appropriation: string;
  appropriationItem: string;
  totalAmountKr: string;
  eligibleRecipientTypes: ('municipality' | 'region')[];
  distributionMethod: 'allocation_key' | 'performance';
  purpose: string;
  usageAreas: { value: string }[];
  rules: {
    repaymentRequired: boolean;
    waiverThresholdKr: string;
    minimumAmountKr: string;
    privateProvidersShareRequired: boolean;
    secondRound: boolean;
  };
} & Record<DateField, string>;

export function emptyGrantFormValues(): GrantFormValues {
  return {
    name: '',
    grantYear: String(new Date().getFullYear() + 1),
    legalBasis: '',
    appropriation: '',
    appropriationItem: '',
    totalAmountKr: '',
    eligibleRecipientTypes: [],
    distributionMethod: 'allocation_key',
    purpose: '',
    usageAreas: [],
    callOn: '',
    requisitionDeadlineOn: '',
    usageStartOn: '',
    usageEndOn: '',
    reportingDeadlineOn: '',
    repaymentDeadlineOn: '',
    rules: {
      repaymentRequired: true,
      waiverThresholdKr: '0',
      minimumAmountKr: '0',
      privateProvidersShareRequired: false,
      secondRound: false,
    },
  };
}

export function grantToFormValues(grant: Grant): GrantFormValues {
  return {
    name: grant.name,
    grantYear: String(grant.grantYear),
    legalBasis: grant.legalBasis,
    appropriation: grant.appropriation,
    appropriationItem: grant.appropriationItem,
    totalAmountKr: String(grant.totalAmountKr),
    eligibleRecipientTypes: grant.eligibleRecipientTypes,
    distributionMethod: grant.distributionMethod,
    purpose: grant.purpose,
    usageAreas: grant.usageAreas.map((value) => ({ value })),
    callOn: grant.callOn ?? '',
    requisitionDeadlineOn: grant.requisitionDeadlineOn ?? '',
    usageStartOn: grant.usageStartOn ?? '',
    usageEndOn: grant.usageEndOn ?? '',
    reportingDeadlineOn: grant.reportingDeadlineOn ?? '',
    repaymentDeadlineOn: grant.repaymentDeadlineOn ?? '',
    rules: {
      repaymentRequired: grant.rules.repaymentRequired,
      waiverThresholdKr: String(grant.rules.waiverThresholdKr),
      minimumAmountKr: String(grant.rules.minimumAmountKr),
      privateProvidersShareRequired: grant.rules.privateProvidersShareRequired,
      secondRound: grant.rules.secondRound,
    },
  };
}

/** What the schema sees: numbers parsed (NaN when unreadable, so the schema reports it). */
function toCandidate(values: GrantFormValues): unknown {
  const kronor = (text: string) => wholeKronorInput(text) ?? Number.NaN;
  const year = values.grantYear.trim();
  const dates = Object.fromEntries(
    DATE_FIELDS.map((field) => [field, values[field].trim() === '' ? null : values[field].trim()]),
  );
  return {
    name: values.name,
    grantYear: /^\d{4}$/.test(year) ? Number(year) : Number.NaN,
    legalBasis: values.legalBasis,
    appropriation: values.appropriation,
    appropriationItem: values.appropriationItem,
    totalAmountKr: kronor(values.totalAmountKr),
    eligibleRecipientTypes: values.eligibleRecipientTypes,
    purpose: values.purpose,
    usageAreas: values.usageAreas.map((area) => area.value),
    distributionMethod: values.distributionMethod,
    ...dates,
    rules: {
      repaymentRequired: values.rules.repaymentRequired,
      waiverThresholdKr: kronor(values.rules.waiverThresholdKr),
      minimumAmountKr: kronor(values.rules.minimumAmountKr),
      privateProvidersShareRequired: values.rules.privateProvidersShareRequired,
      secondRound: values.rules.secondRound,
    },
  };
}

/** Field name in the form for a path in GrantInput (usage areas are `{ value }` objects). */
export function formFieldName(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'usageAreas' && parts.length >= 2) return `usageAreas.${parts[1]}.value`;
  return parts.join('.');
}

const FIELD_PATH = new RegExp(
  `^(name|grantYear|legalBasis|appropriation|appropriationItem|totalAmountKr|eligibleRecipientTypes|distributionMethod|purpose|usageAreas|usageAreas\\.\\d+\\.value|${DATE_FIELDS.join('|')}|rules\\.(repaymentRequired|waiverThresholdKr|minimumAmountKr|privateProvidersShareRequired|secondRound))$`,
);

/** True for the name of a field in this form (e.g. a path in a server's validation error). */
export function isGrantFieldPath(name: string): name is FieldPath<GrantFormValues> {
  return FIELD_PATH.test(name);
}

/** The id of the input for a form field, for labels and the error summary's links. */
export function fieldId(name: string): string {
  return `field-${name.replace(/\.value$/, '').replace(/\./g, '-')}`;
}

function messageFor(name: string, issue: z.core.$ZodIssue, t: Translate): string {
  const tooLong = issue.code === 'too_big' && 'maximum' in issue;
  if (tooLong && issue.origin === 'string') {
    return t('validation.tooLong', { max: Number(issue.maximum) });
  }
  const byField: Record<string, MessageKey> = {
    name: 'validation.name',
    grantYear: 'validation.grantYear',
    legalBasis: 'validation.legalBasis',
    totalAmountKr: 'validation.totalAmount',
    eligibleRecipientTypes: 'validation.recipientTypes',
    'rules.waiverThresholdKr': 'validation.kronor',
    'rules.minimumAmountKr': 'validation.kronor',
  };
  if (name === 'usageAreas' && tooLong) return t('validation.tooManyUsageAreas');
  if (name.startsWith('usageAreas.')) return t('validation.usageArea');
  if ((DATE_FIELDS as readonly string[]).includes(name)) return t('validation.date');
  const key = byField[name];
  return key ? t(key) : t('validation.invalid');
}

export function grantResolver(t: Translate): Resolver<GrantFormValues, unknown, GrantInput> {
  return (values) => {
    const result = GrantInputSchema.safeParse(toCandidate(values));
    if (result.success) return { values: result.data, errors: {} };
    const errors: FieldErrors<GrantFormValues> = {};
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const name = formFieldName(issue.path);
      // The first issue per field is the one to fix first.
      if (seen.has(name)) continue;
      seen.add(name);
      set(errors, name, { type: issue.code, message: messageFor(name, issue, t) });
    }
    return { values: {}, errors };
  };
}
