// The grant form's values as typed (all text), and the zodResolver that checks them with the
// API's own GrantInputSchema, field by field, and turns them into a GrantInput. Messages are ours,
// per field, in the chosen language: zod's own messages are English and technical.
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldPath, Resolver } from 'react-hook-form';
import { z } from 'zod';
import type { Grant, GrantInput } from '../../../contracts/grants';
import { GrantInputSchema, GrantRulesSchema } from '../../../contracts/grants';
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

/**
 * The form's values (all text where a person types) checked field by field with GrantInputSchema's
 * own fields, and turned into a GrantInput: kronor read by the domain's parser, a year of four
 * digits, a blank date as none, the usage areas' texts. Unreadable numbers become NaN, so the
 * contract's field reports them.
 */
function grantFormSchema(): z.ZodType<GrantInput, GrantFormValues> {
  const shape = GrantInputSchema.shape;
  const rules = GrantRulesSchema.shape;
  const text = (field: z.ZodType<string, string>) => z.string().pipe(field);
  const kronor = (field: z.ZodType<number, number>) =>
    z
      .string()
      .transform((typed) => wholeKronorInput(typed) ?? Number.NaN)
      .pipe(field);
  const date = (field: z.ZodType<string | null, string | null>) =>
    z
      .string()
      .transform((typed) => (typed.trim() === '' ? null : typed.trim()))
      .pipe(field);
  return z.object({
    name: text(shape.name),
    grantYear: z
      .string()
      .transform((typed) =>
        /^\d{4}$/.test(typed.trim()) ? Number.parseInt(typed.trim(), 10) : Number.NaN,
      )
      .pipe(shape.grantYear),
    legalBasis: text(shape.legalBasis),
    appropriation: text(shape.appropriation.unwrap()),
    appropriationItem: text(shape.appropriationItem.unwrap()),
    totalAmountKr: kronor(shape.totalAmountKr),
    eligibleRecipientTypes: shape.eligibleRecipientTypes,
    distributionMethod: shape.distributionMethod.unwrap(),
    purpose: text(shape.purpose.unwrap()),
    usageAreas: z
      .array(z.object({ value: text(shape.usageAreas.unwrap().element) }))
      .transform((areas) => areas.map((area) => area.value))
      .pipe(shape.usageAreas.unwrap()),
    callOn: date(shape.callOn.unwrap()),
    requisitionDeadlineOn: date(shape.requisitionDeadlineOn.unwrap()),
    usageStartOn: date(shape.usageStartOn.unwrap()),
    usageEndOn: date(shape.usageEndOn.unwrap()),
    reportingDeadlineOn: date(shape.reportingDeadlineOn.unwrap()),
    repaymentDeadlineOn: date(shape.repaymentDeadlineOn.unwrap()),
    rules: z.object({
      repaymentRequired: rules.repaymentRequired,
      waiverThresholdKr: kronor(rules.waiverThresholdKr),
      minimumAmountKr: kronor(rules.minimumAmountKr),
      privateProvidersShareRequired: rules.privateProvidersShareRequired,
      secondRound: rules.secondRound.unwrap(),
    }),
  });
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

function messageFor(name: string, issue: z.core.$ZodRawIssue, t: Translate): string {
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
  return zodResolver(grantFormSchema(), {
    error: (issue) => messageFor(formFieldName(issue.path ?? []), issue, t),
  });
}
