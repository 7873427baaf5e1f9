// The sentences of the decision and payout use cases' codes (spread into SERVICE_MESSAGES).
import { paramKronor, paramText } from '../shared/message-params';
import type { IssueParams } from '../../domain/issues';

const text = paramText;
const kronor = paramKronor;

const BATCH_STATUS: Record<string, { sv: string; en: string }> = {
  draft: { sv: 'utkast', en: 'draft' },
  approved: { sv: 'godkänd', en: 'approved' },
  paid: { sv: 'utbetald', en: 'paid' },
};
const batchStatus = (params: IssueParams, key: string, locale: 'sv' | 'en') =>
  BATCH_STATUS[text(params, key)]?.[locale] ?? text(params, key);

export const DECISION_MESSAGES = {
  /** No decision has this id, or it is not the user's organisation's. Params: decisionId. */
  'decision.not_found': {
    sv: () => 'Beslutet finns inte.',
    en: () => 'The decision does not exist.',
  },
  /** No source of decided amounts of this kind is available. Params: kind. */
  'decision.source_not_available': {
    sv: (p: IssueParams) =>
      `Beslut av slaget ${text(p, 'kind')} kan inte förberedas för det här statsbidraget.`,
    en: (p: IssueParams) =>
      `Decisions of the kind ${text(p, 'kind')} cannot be prepared for this grant.`,
  },
  /** The grant has no published performance result to decide from. */
  'decision.no_published_result': {
    sv: () =>
      'Statsbidraget har ingen publicerad beräkning att besluta utifrån. Publicera beräkningen först.',
    en: () =>
      'The grant has no published calculation to decide from. Publish the calculation first.',
  },
  /** The decision is already issued. Params: decisionId, referenceNumber. */
  'decision.already_issued': {
    sv: (p: IssueParams) =>
      `Beslutet ${text(p, 'referenceNumber')} är redan fattat och kan inte ändras. En rättelse är ett nytt beslut.`,
    en: (p: IssueParams) =>
      `The decision ${text(p, 'referenceNumber')} is already issued and cannot change. A correction is a new decision.`,
  },
  /** Nothing to issue: the grant has no draft decisions (or none of those named). */
  'decision.no_drafts': {
    sv: () => 'Det finns inga utkast till beslut att fatta.',
    en: () => 'There are no draft decisions to issue.',
  },
  /** A named decision is not a draft of this grant. Params: decisionId. */
  'decision.not_a_draft_of_grant': {
    sv: (p: IssueParams) =>
      `Beslutet ${text(p, 'decisionId')} är inte ett utkast i det här statsbidraget.`,
    en: (p: IssueParams) => `The decision ${text(p, 'decisionId')} is not a draft of this grant.`,
  },
  /** Only an issued decision can be corrected. Params: decisionId. */
  'decision.not_issued': {
    sv: () => 'Beslutet är inte fattat än; ändra utkastet i stället för att rätta det.',
    en: () => 'The decision is not issued yet; change the draft instead of correcting it.',
  },
  /** A decision is corrected at most once; correct the correction. Params: decisionId, correctionId. */
  'decision.already_corrected': {
    sv: () => 'Beslutet har redan en rättelse. Rätta det senaste beslutet i stället.',
    en: () => 'The decision already has a correction. Correct the latest decision instead.',
  },
  /** Only drafts from a source are changed or discarded here; a clawback's amount is its finding's. Params: decisionId, kind. */
  'decision.not_editable': {
    sv: () => 'Ett utkast till återkrav ändras via granskningens iakttagelse, inte här.',
    en: () => 'A draft clawback is changed through the audit finding, not here.',
  },
  /** The draft's source no longer lists its amount (the requisition was withdrawn). Params: decisionId. */
  'decision.source_changed': {
    sv: () =>
      'Underlaget för utkastet finns inte längre (till exempel en återkallad rekvisition). Kassera utkastet.',
    en: () =>
      'The basis of the draft no longer exists (a withdrawn requisition, for example). Discard the draft.',
  },
  /** A draft's amount above what its source allows. Params: amountKr, maxKr. */
  'decision.amount_over_source': {
    sv: (p: IssueParams) =>
      `${kronor(p, 'amountKr', 'sv')} är mer än underlaget medger, högst ${kronor(p, 'maxKr', 'sv')}.`,
    en: (p: IssueParams) =>
      `${kronor(p, 'amountKr', 'en')} is more than the basis allows, at most ${kronor(p, 'maxKr', 'en')}.`,
  },
  /** No issued decision to print. */
  'decision.none_issued': {
    sv: () => 'Statsbidraget har inga fattade beslut än.',
    en: () => 'The grant has no issued decisions yet.',
  },
  /** No recipient has this code, or it is another organisation's. Params: code. */
  'recipient.not_found': {
    sv: () => 'Mottagaren finns inte.',
    en: () => 'The recipient does not exist.',
  },
  /** The organisation has no payment account registered. Params: recipientCode. */
  'payment_account.not_found': {
    sv: () => 'Organisationen har inget bankgiro eller plusgiro registrerat.',
    en: () => 'The organisation has no bankgiro or plusgiro number registered.',
  },
  /** A recipient paid by bank transfer lacks an account. Params: recipientCode, recipientName. */
  'payout.account_missing': {
    sv: (p: IssueParams) =>
      `${text(p, 'recipientName')} (${text(p, 'recipientCode')}) har inget bankgiro eller plusgiro registrerat.`,
    en: (p: IssueParams) =>
      `${text(p, 'recipientName')} (${text(p, 'recipientCode')}) has no bankgiro or plusgiro number registered.`,
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
    sv: (p: IssueParams) =>
      `Utbetalningen kan inte gå från ${batchStatus(p, 'from', 'sv')} till ${batchStatus(p, 'to', 'sv')}. Ordningen är utkast → godkänd → utbetald.`,
    en: (p: IssueParams) =>
      `The payout batch cannot go from ${batchStatus(p, 'from', 'en')} to ${batchStatus(p, 'to', 'en')}. The order is draft → approved → paid.`,
  },
  /** The person who built the batch cannot also approve it. */
  'payout.approver_is_creator': {
    sv: () => 'Den som har skapat utbetalningen kan inte också godkänna den.',
    en: () => 'The person who built the payout batch cannot also approve it.',
  },
  /** Paid before the batch was approved (a date before the approval day). Params: paidOn, approvedOn. */
  'payout.paid_before_approval': {
    sv: (p: IssueParams) =>
      `Utbetalningsdagen ${text(p, 'paidOn')} är före godkännandet ${text(p, 'approvedOn')}.`,
    en: (p: IssueParams) =>
      `The payment day ${text(p, 'paidOn')} is before the approval on ${text(p, 'approvedOn')}.`,
  },
};
