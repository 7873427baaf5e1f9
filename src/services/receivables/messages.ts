// The sentences of the receivable and audit codes (spread into SERVICE_MESSAGES); the domain
// throws most of them (src/domain/receivables, src/domain/audit-sample).
import { paramKronor, paramText } from '../shared/message-params';
import type { IssueParams } from '../../domain/issues';

const text = paramText;
const kronor = paramKronor;

export const RECEIVABLE_MESSAGES = {
  /** The organisation's latest report carries no repayment demand. Params: recipientCode. */
  'receivable.not_found': {
    sv: (p: IssueParams) =>
      `${text(p, 'recipientCode')} har inget återbetalningskrav på det här statsbidraget.`,
    en: (p: IssueParams) => `${text(p, 'recipientCode')} has no repayment demand on this grant.`,
  },
  /** More than is outstanding. Params: amountKr, outstandingKr. */
  'receivable.overpayment': {
    sv: (p: IssueParams) =>
      `Betalningen ${kronor(p, 'amountKr', 'sv')} är större än det som återstår att betala, ${kronor(p, 'outstandingKr', 'sv')}. En överbetalning registreras inte; den betalas tillbaka utanför systemet.`,
    en: (p: IssueParams) =>
      `The payment, ${kronor(p, 'amountKr', 'en')}, is more than is outstanding, ${kronor(p, 'outstandingKr', 'en')}. An overpayment is not registered; it is paid back outside the system.`,
  },
  /** Params: amountKr. */
  'receivable.amount_not_positive': {
    sv: () => 'Beloppet måste vara större än 0 kr.',
    en: () => 'The amount must be more than 0 kr.',
  },
  /** Params: paidOn. */
  'receivable.paid_on_in_future': {
    sv: (p: IssueParams) => `Betalningsdagen ${text(p, 'paidOn')} har inte inträffat än.`,
    en: (p: IssueParams) => `The payment date ${text(p, 'paidOn')} is in the future.`,
  },
  /** Params: seed. */
  'audit_sample.invalid_seed': {
    sv: (p: IssueParams) =>
      `Fröet ${text(p, 'seed')} är ogiltigt; det ska vara ett heltal från 0 till 4 294 967 295.`,
    en: (p: IssueParams) =>
      `The seed ${text(p, 'seed')} is invalid; it must be a whole number from 0 to 4 294 967 295.`,
  },
  /** Params: index (0-based). */
  'audit_sample.strata_not_ascending': {
    sv: (p: IssueParams) =>
      `Skikt ${Number(p.index ?? 0) + 1}: skikten ska börja på 0 kr och ha stigande gränser.`,
    en: (p: IssueParams) =>
      `Stratum ${Number(p.index ?? 0) + 1}: the strata must start at 0 kr with ascending bounds.`,
  },
  /** Params: index, size, populationSize. */
  'audit_sample.stratum_too_small': {
    sv: (p: IssueParams) =>
      `Skikt ${Number(p.index ?? 0) + 1}: kan inte dra ${text(p, 'size')} av ${text(p, 'populationSize')} inskickade återrapporter.`,
    en: (p: IssueParams) =>
      `Stratum ${Number(p.index ?? 0) + 1}: cannot draw ${text(p, 'size')} of ${text(p, 'populationSize')} submitted reports.`,
  },
  /** Params: key. */
  'audit_sample.duplicate_unit': {
    sv: (p: IssueParams) => `${text(p, 'key')} förekommer två gånger i populationen.`,
    en: (p: IssueParams) => `${text(p, 'key')} appears twice in the population.`,
  },
  /** Params: key. */
  'audit_sample.negative_amount': {
    sv: (p: IssueParams) => `${text(p, 'key')} har ett negativt belopp.`,
    en: (p: IssueParams) => `${text(p, 'key')} has a negative amount.`,
  },
  /** No sample with this id on the grant, or the organisation is not in it. Params: sampleId. */
  'audit_sample.not_found': {
    sv: () => 'Urvalet eller återrapporten i urvalet finns inte.',
    en: () => 'The sample, or the report in it, does not exist.',
  },
  /** The grant has no submitted report to draw from. */
  'audit_sample.empty_population': {
    sv: () => 'Det finns inga inskickade återrapporter att dra ett urval ur.',
    en: () => 'There are no submitted reports to draw a sample from.',
  },

  /** The finding on the report did not propose a clawback. Params: recipientCode. */
  'clawback.not_proposed': {
    sv: () => 'Ett återkrav kan bara förberedas från en granskning som föreslår återkrav.',
    en: () => 'A clawback can only be prepared from a finding that proposes one.',
  },
  /** Params: amountKr, receivedKr. */
  'clawback.amount_out_of_range': {
    sv: (p: IssueParams) =>
      `Återkravet ${kronor(p, 'amountKr', 'sv')} ska vara större än 0 kr och högst det mottagna beloppet ${kronor(p, 'receivedKr', 'sv')}.`,
    en: (p: IssueParams) =>
      `The clawback, ${kronor(p, 'amountKr', 'en')}, must be more than 0 kr and at most the amount received, ${kronor(p, 'receivedKr', 'en')}.`,
  },
  /** Params: dueOn. */
  'clawback.due_on_not_future': {
    sv: (p: IssueParams) => `Förfallodagen ${text(p, 'dueOn')} måste ligga efter i dag.`,
    en: (p: IssueParams) => `The due date ${text(p, 'dueOn')} must be after today.`,
  },
};
