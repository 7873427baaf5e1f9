// The agency that issues decisions: its name and address for the letterhead, the series its
// reference numbers (diarienummer) are given in, the bankgiro repayments are paid to and the
// default appeal text. One agency per installation; an administrator edits these settings
// (agency_settings, docs/decisions/0016). The defaults below are what a new database starts with.
import type { Issue } from '../issues';
import { validateBankgiro } from '../payments/bank-account';
import { validateOrgNumber } from '../recipients/org-number';

export interface AgencySettings {
  name: string;
  /** NNNNNN-NNNN, or null when not printed. */
  orgNumber: string | null;
  /** One or more lines separated by line breaks. */
  postalAddress: string;
  email: string | null;
  phone: string | null;
  /** The prefix of reference numbers taken from now on: `SB` in `SB 2026/0001`. */
  referenceSeries: string;
  /** Where repayments and clawbacks are paid, NNN-NNNN or NNNN-NNNN; null: not yet set. */
  repaymentBankgiro: string | null;
  /** The appeal information of a grant that sets none of its own. */
  appealText: string;
}

/** The settings as text fields from a form: empty optional fields mean "not set". */
export type AgencySettingsInput = { [K in keyof AgencySettings]: string | null };

const MAX_LINE = 200;
const MAX_APPEAL_TEXT = 4000;
/** Capital letters (Å, Ä, Ö too) and digits, starting with a letter, at most 10, a hyphen inside. */
const SERIES = /^[A-ZÅÄÖ](?:[A-ZÅÄÖ0-9-]{0,8}[A-ZÅÄÖ0-9])?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Digits, spaces, hyphens and a leading +: 08-555 530 00, +46 75 247 30 00. */
const PHONE = /^\+?[0-9][0-9 -]{4,18}[0-9]$/;

/**
 * Checks every field of the agency's settings and returns them normalised (trimmed, the series in
 * capitals, the organisation number NNNNNN-NNNN, the bankgiro NNN-NNNN / NNNN-NNNN), or every issue
 * with its field as `path`.
 */
export function validateAgencySettings(
  input: AgencySettingsInput,
): { ok: true; value: AgencySettings } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const optional = (value: string | null) => {
    const trimmed = value?.trim() ?? '';
    return trimmed === '' ? null : trimmed;
  };
  const required = (path: keyof AgencySettings, max: number) => {
    const value = input[path]?.trim() ?? '';
    if (value === '') issues.push({ code: 'agency.required', params: {}, path });
    else if (value.length > max) issues.push({ code: 'agency.too_long', params: { max }, path });
    return value;
  };
  const name = required('name', MAX_LINE);
  const postalAddress = required('postalAddress', 3 * MAX_LINE)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  const appealText = required('appealText', MAX_APPEAL_TEXT);

  const series = required('referenceSeries', 10).toUpperCase();
  if (series !== '' && series.length <= 10 && !SERIES.test(series))
    issues.push({
      code: 'agency.series_invalid',
      params: { value: series },
      path: 'referenceSeries',
    });

  let orgNumber = optional(input.orgNumber);
  if (orgNumber !== null) {
    const checked = validateOrgNumber(orgNumber);
    if (checked.ok) orgNumber = checked.value;
    else issues.push({ code: checked.code, params: { value: orgNumber }, path: 'orgNumber' });
  }
  const email = optional(input.email)?.toLowerCase() ?? null;
  if (email !== null && (email.length > MAX_LINE || !EMAIL.test(email)))
    issues.push({ code: 'agency.email_invalid', params: { value: email }, path: 'email' });
  const phone = optional(input.phone);
  if (phone !== null && !PHONE.test(phone))
    issues.push({ code: 'agency.phone_invalid', params: { value: phone }, path: 'phone' });
  let repaymentBankgiro = optional(input.repaymentBankgiro);
  if (repaymentBankgiro !== null) {
    const checked = validateBankgiro(repaymentBankgiro);
    if (checked.ok) repaymentBankgiro = checked.value;
    else issues.push({ ...checked.issue, path: 'repaymentBankgiro' });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      name,
      orgNumber,
      postalAddress,
      email,
      phone,
      referenceSeries: series,
      repaymentBankgiro,
      appealText,
    },
  };
}

/** The letterhead's lines: name, address lines, organisation number and contact. */
export function agencyLetterhead(agency: AgencySettings): string[] {
  return [
    agency.name,
    ...agency.postalAddress.split('\n'),
    ...(agency.orgNumber ? [`Organisationsnummer ${agency.orgNumber}`] : []),
    ...[agency.email, agency.phone].filter((value): value is string => value !== null),
  ];
}

/**
 * The payment instruction of a repayment demand or clawback: to the agency's bankgiro, with the
 * OCR reference. Without a bankgiro set, the OCR reference alone.
 */
export function paymentInstruction(agency: AgencySettings, ocrReference: string): string {
  return agency.repaymentBankgiro
    ? `Betala till bankgiro ${agency.repaymentBankgiro}, ange OCR-nummer ${ocrReference}.`
    : `Ange OCR-nummer ${ocrReference} vid betalningen.`;
}

/**
 * A reference number: series, year and a running number padded to four digits.
 * @example formatReferenceNumber('SB', 2026, 7) // 'SB 2026/0007'
 */
export function formatReferenceNumber(series: string, year: number, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`bad running number ${number}`);
  return `${series} ${year}/${String(number).padStart(4, '0')}`;
}

/**
 * How to appeal, förvaltningslagen (2017:900) 40–45 §§: a decision that affects someone can be
 * appealed to a general administrative court (förvaltningsrätten); the appeal is written, handed in
 * to the authority that made the decision and must arrive within three weeks from the day the
 * appellant was told of the decision; the authority checks that it arrived in time (45 §). A grant
 * whose ordinance says its decisions cannot be appealed sets its own text instead.
 */
export const DEFAULT_APPEAL_TEXT =
  'Beslutet kan överklagas hos allmän förvaltningsdomstol (förvaltningsrätten), 40–42 §§ förvaltningslagen (2017:900). Överklagandet ska vara skriftligt. Ange vilket beslut som överklagas och hur ni vill att beslutet ska ändras. Skrivelsen ska ges in till myndigheten som har fattat beslutet, inte till förvaltningsrätten, och ska ha kommit in inom tre veckor från den dag då ni fick del av beslutet (43–44 §§). Myndigheten prövar att överklagandet har kommit in i rätt tid och överlämnar det sedan till förvaltningsrätten (45 §).';

/** A new installation's settings: the values that were constants before the settings page. */
export const DEFAULT_AGENCY_SETTINGS: AgencySettings = {
  name: 'Socialstyrelsen',
  orgNumber: null,
  postalAddress: '106 30 Stockholm',
  email: null,
  phone: null,
  referenceSeries: 'SB',
  repaymentBankgiro: null,
  appealText: DEFAULT_APPEAL_TEXT,
};
