// The sentences of the payout codes (declared in src/domain/errors.ts).
import type { PayoutCode } from '../../domain/errors';
import { type IssueParams, type MessageCatalogue, paramText } from '../../domain/issues';
import type { Locale } from '../../domain/money';

const text = paramText;

const BATCH_STATUS: Record<string, Record<Locale, string>> = {
  draft: { sv: 'utkast', en: 'draft' },
  approved: { sv: 'godkänd', en: 'approved' },
  paid: { sv: 'utbetald', en: 'paid' },
};
const batchStatus = (params: IssueParams, key: string, locale: Locale) =>
  BATCH_STATUS[text(params, key)]?.[locale] ?? text(params, key);

export const PAYOUT_MESSAGES = {
  /** A recipient paid by bank transfer lacks an account. Params: recipientCode, recipientName. */
  'payout.account_missing': {
    sv: (p) =>
      p.pendingChange === 1
        ? `${text(p, 'recipientName')} (${text(p, 'recipientCode')}) har inget bekräftat bankgiro eller plusgiro: en ändring väntar på att en annan person bekräftar den.`
        : `${text(p, 'recipientName')} (${text(p, 'recipientCode')}) har inget bankgiro eller plusgiro registrerat.`,
    en: (p) =>
      p.pendingChange === 1
        ? `${text(p, 'recipientName')} (${text(p, 'recipientCode')}) has no confirmed bankgiro or plusgiro number: a change is waiting for a second person to confirm it.`
        : `${text(p, 'recipientName')} (${text(p, 'recipientCode')}) has no bankgiro or plusgiro number registered.`,
  },
  /** Every issued decision of the grant is already in a payout batch (or is 0 kr). */
  'payout.nothing_to_pay': {
    sv: () => 'Det finns inga fattade beslut som inte redan finns i en utbetalning.',
    en: () => 'There are no issued decisions that are not already in a payout batch.',
  },
  /** No payout batch has this id. Params: batchId. */
  'payout.batch_not_found': {
    sv: () => 'Utbetalningen finns inte.',
    en: () => 'The payout batch does not exist.',
  },
  /** Batches go draft → approved → paid. Params: from, to. */
  'payout.status_transition_not_allowed': {
    sv: (p) =>
      `Utbetalningen kan inte gå från ${batchStatus(p, 'from', 'sv')} till ${batchStatus(p, 'to', 'sv')}. Ordningen är utkast → godkänd → utbetald.`,
    en: (p) =>
      `The payout batch cannot go from ${batchStatus(p, 'from', 'en')} to ${batchStatus(p, 'to', 'en')}. The order is draft → approved → paid.`,
  },
  /** No change of the organisation's payment account waits to be confirmed. Params: recipientCode. */
  'payment_account.no_pending_change': {
    sv: () => 'Det finns ingen ändring av kontot som väntar på bekräftelse.',
    en: () => 'No change of the account is waiting to be confirmed.',
  },
  /** The waiting change differs from the one confirmed (changed meanwhile). Params: recipientCode. */
  'payment_account.pending_changed': {
    sv: () =>
      'Ändringen som väntar på bekräftelse har ändrats sedan du läste den. Läs in sidan igen och kontrollera kontonumret.',
    en: () =>
      'The change waiting for confirmation was altered since you read it. Reload the page and check the account number.',
  },
  /** Paid before the batch was approved (a date before the approval day). Params: paidOn, approvedOn. */
  'payout.paid_before_approval': {
    sv: (p) =>
      `Utbetalningsdagen ${text(p, 'paidOn')} är före godkännandet ${text(p, 'approvedOn')}.`,
    en: (p) =>
      `The payment day ${text(p, 'paidOn')} is before the approval on ${text(p, 'approvedOn')}.`,
  },
} satisfies MessageCatalogue<PayoutCode>;
