// The sentences of the receivable, audit sample and clawback codes (declared in
// src/domain/errors.ts); the domain throws most of them (src/domain/receivables,
// src/domain/audit-sample).
import type { ReceivableCode } from '../../domain/errors';
import { type MessageCatalogue, paramKronor, paramText } from '../../domain/issues';

const text = paramText;
const kronor = paramKronor;

export const RECEIVABLE_MESSAGES = {
  /** The organisation's latest report carries no repayment demand. Params: recipientCode. */
  'receivable.not_found': {
    sv: (p) => `${text(p, 'recipientCode')} har inget återbetalningskrav på det här statsbidraget.`,
    en: (p) => `${text(p, 'recipientCode')} has no repayment demand on this grant.`,
  },
  /** More than is outstanding. Params: amountKr, outstandingKr. */
  'receivable.overpayment': {
    sv: (p) =>
      `Betalningen ${kronor(p, 'amountKr', 'sv')} är större än det som återstår att betala, ${kronor(p, 'outstandingKr', 'sv')}. En överbetalning registreras inte; den betalas tillbaka utanför systemet.`,
    en: (p) =>
      `The payment, ${kronor(p, 'amountKr', 'en')}, is more than is outstanding, ${kronor(p, 'outstandingKr', 'en')}. An overpayment is not registered; it is paid back outside the system.`,
  },
  /** Params: amountKr. */
  'receivable.amount_not_positive': {
    sv: () => 'Beloppet måste vara större än 0 kr.',
    en: () => 'The amount must be more than 0 kr.',
  },
  /** Params: paidOn. */
  'receivable.paid_on_in_future': {
    sv: (p) => `Betalningsdagen ${text(p, 'paidOn')} har inte inträffat än.`,
    en: (p) => `The payment date ${text(p, 'paidOn')} is in the future.`,
  },
  /** Params: seed. */
  'audit_sample.invalid_seed': {
    sv: (p) =>
      `Fröet ${text(p, 'seed')} är ogiltigt; det ska vara ett heltal från 0 till 4 294 967 295.`,
    en: (p) =>
      `The seed ${text(p, 'seed')} is invalid; it must be a whole number from 0 to 4 294 967 295.`,
  },
  /** Params: index (0-based). */
  'audit_sample.strata_not_ascending': {
    sv: (p) =>
      `Skikt ${Number(p.index ?? 0) + 1}: skikten ska börja på 0 kr och ha stigande gränser.`,
    en: (p) =>
      `Stratum ${Number(p.index ?? 0) + 1}: the strata must start at 0 kr with ascending bounds.`,
  },
  /** Params: index, size, populationSize. */
  'audit_sample.stratum_too_small': {
    sv: (p) =>
      `Skikt ${Number(p.index ?? 0) + 1}: kan inte dra ${text(p, 'size')} av ${text(p, 'populationSize')} inskickade återrapporter.`,
    en: (p) =>
      `Stratum ${Number(p.index ?? 0) + 1}: cannot draw ${text(p, 'size')} of ${text(p, 'populationSize')} submitted reports.`,
  },
  /** Params: key. */
  'audit_sample.duplicate_unit': {
    sv: (p) => `${text(p, 'key')} förekommer två gånger i populationen.`,
    en: (p) => `${text(p, 'key')} appears twice in the population.`,
  },
  /** Params: key. */
  'audit_sample.negative_amount': {
    sv: (p) => `${text(p, 'key')} har ett negativt belopp.`,
    en: (p) => `${text(p, 'key')} has a negative amount.`,
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
    sv: (p) =>
      `Återkravet ${kronor(p, 'amountKr', 'sv')} ska vara större än 0 kr och högst det mottagna beloppet ${kronor(p, 'receivedKr', 'sv')}.`,
    en: (p) =>
      `The clawback, ${kronor(p, 'amountKr', 'en')}, must be more than 0 kr and at most the amount received, ${kronor(p, 'receivedKr', 'en')}.`,
  },
  /** Params: dueOn. */
  'clawback.due_on_not_future': {
    sv: (p) => `Förfallodagen ${text(p, 'dueOn')} måste ligga efter i dag.`,
    en: (p) => `The due date ${text(p, 'dueOn')} must be after today.`,
  },
} satisfies MessageCatalogue<ReceivableCode>;
