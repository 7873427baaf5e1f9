// The sentences of the decision use cases' codes (declared in src/domain/errors.ts).
import type { DecisionCode } from '../../domain/errors';
import { type MessageCatalogue, paramKronor, paramText } from '../../domain/issues';

const text = paramText;
const kronor = paramKronor;

export const DECISION_MESSAGES = {
  /** No decision has this id, or it is not the user's organisation's. Params: decisionId. */
  'decision.not_found': {
    sv: () => 'Beslutet finns inte.',
    en: () => 'The decision does not exist.',
  },
  /** No source of decided amounts of this kind is available. Params: kind. */
  'decision.source_not_available': {
    sv: (p) => `Beslut av slaget ${text(p, 'kind')} kan inte förberedas för det här statsbidraget.`,
    en: (p) => `Decisions of the kind ${text(p, 'kind')} cannot be prepared for this grant.`,
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
    sv: (p) =>
      `Beslutet ${text(p, 'referenceNumber')} är redan fattat och kan inte ändras. En rättelse är ett nytt beslut.`,
    en: (p) =>
      `The decision ${text(p, 'referenceNumber')} is already issued and cannot change. A correction is a new decision.`,
  },
  /** Nothing to issue: the grant has no draft decisions (or none of those named). */
  'decision.no_drafts': {
    sv: () => 'Det finns inga utkast till beslut att fatta.',
    en: () => 'There are no draft decisions to issue.',
  },
  /** A named decision is not a draft of this grant. Params: decisionId. */
  'decision.not_a_draft_of_grant': {
    sv: (p) => `Beslutet ${text(p, 'decisionId')} är inte ett utkast i det här statsbidraget.`,
    en: (p) => `The decision ${text(p, 'decisionId')} is not a draft of this grant.`,
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
    sv: (p) =>
      `${kronor(p, 'amountKr', 'sv')} är mer än underlaget medger, högst ${kronor(p, 'maxKr', 'sv')}.`,
    en: (p) =>
      `${kronor(p, 'amountKr', 'en')} is more than the basis allows, at most ${kronor(p, 'maxKr', 'en')}.`,
  },
  /** No issued decision to print. */
  'decision.none_issued': {
    sv: () => 'Statsbidraget har inga fattade beslut än.',
    en: () => 'The grant has no issued decisions yet.',
  },
} satisfies MessageCatalogue<DecisionCode>;
