// The sentences of the requisition and second-round codes (declared in src/domain/errors.ts);
// their HTTP statuses are in src/http/problem.ts.
import type { RequisitionCode } from '../../domain/errors';
import { type MessageCatalogue, paramKronor, paramText } from '../../domain/issues';

const text = paramText;
const kronor = paramKronor;

export const REQUISITION_MESSAGES = {
  /** The organisation has no amount in the grant's published allocation. */
  'requisition.not_eligible': {
    sv: () => 'Organisationen har inget belopp i statsbidragets fördelning.',
    en: () => "The organisation has no amount in the grant's allocation.",
  },
  'requisition.not_found': {
    sv: () => 'Rekvisitionen finns inte.',
    en: () => 'The requisition does not exist.',
  },
  /** Params: expectedVersion, currentVersion. */
  'requisition.version_conflict': {
    sv: (p) =>
      `Rekvisitionen har ändrats av någon annan sedan du öppnade den (version ${text(p, 'currentVersion')}, du hade ${text(p, 'expectedVersion')}). Ladda om sidan och gör ändringen igen.`,
    en: (p) =>
      `The requisition was changed by someone else after you opened it (version ${text(p, 'currentVersion')}, you had ${text(p, 'expectedVersion')}). Reload the page and make the change again.`,
  },
  'requisition.already_exists': {
    sv: () =>
      'Organisationen har redan en rekvisition av statsbidraget. Ladda om sidan och ändra den i stället.',
    en: () =>
      'The organisation already has a requisition of this grant. Reload the page and change it instead.',
  },
  /** Params: deadlineOn, lateUntilOn?. */
  'requisition.deadline_passed': {
    sv: (p) =>
      `Sista dag att rekvirera var ${text(p, 'deadlineOn')}${p.lateUntilOn ? ` (sen rekvisition medgavs till ${text(p, 'lateUntilOn')})` : ''}. Rekvisitionen kan inte längre lämnas, ändras eller återkallas; kontakta handläggaren.`,
    en: (p) =>
      `The last day to requisition was ${text(p, 'deadlineOn')}${p.lateUntilOn ? ` (a late requisition was allowed until ${text(p, 'lateUntilOn')})` : ''}. The requisition can no longer be submitted, changed or withdrawn; contact the case officer.`,
  },
  /** Params: status. */
  'requisition.grant_not_open': {
    sv: () =>
      'Statsbidraget går inte att rekvirera (det är inte publicerat eller fördelas inte med nyckel).',
    en: () => 'The grant cannot be requisitioned (it is not published or not distributed by key).',
  },
  'requisition.second_round_confirmed': {
    sv: () => 'Andra omgången är fastställd; rekvisitionerna kan inte längre ändras.',
    en: () => 'The second round is confirmed; the requisitions can no longer change.',
  },
  /** Params: status. */
  'requisition.not_draft': {
    sv: () => 'Bara ett utkast kan signeras. Ändra rekvisitionen först.',
    en: () => 'Only a draft can be signed. Change the requisition first.',
  },
  /** Params: status. */
  'requisition.not_signed': {
    sv: () => 'Bara en signerad rekvisition kan återkallas.',
    en: () => 'Only a signed requisition can be withdrawn.',
  },
  'requisition.declines_with_amount': {
    sv: () => 'Den som avstår anger inget belopp.',
    en: () => 'Declining carries no amount.',
  },
  'requisition.declines_with_more': {
    sv: () => 'Den som avstår kan inte begära mer i andra omgången.',
    en: () => 'Declining cannot ask for more in the second round.',
  },
  'requisition.amount_missing': {
    sv: () => 'Ange belopp att rekvirera, eller välj att avstå.',
    en: () => 'Enter the amount to requisition, or choose to decline.',
  },
  /** Params: amountKr. */
  'requisition.amount_not_positive': {
    sv: () => 'Beloppet ska vara större än 0 kr.',
    en: () => 'The amount must be more than 0 kr.',
  },
  /** Params: amountKr, allocatedKr. */
  'requisition.amount_over_allocation': {
    sv: (p) =>
      `${kronor(p, 'amountKr', 'sv')} är mer än organisationens fördelade belopp, ${kronor(p, 'allocatedKr', 'sv')}.`,
    en: (p) =>
      `${kronor(p, 'amountKr', 'en')} is more than the organisation's allocated amount, ${kronor(p, 'allocatedKr', 'en')}.`,
  },
  'requisition.no_second_round': {
    sv: () => 'Statsbidraget har ingen andra omgång; det går inte att begära mer.',
    en: () => 'The grant has no second round; more cannot be requested.',
  },
  'requisition.more_amount_missing': {
    sv: () => 'Ange hur mycket mer organisationen vill ha (mer än 0 kr).',
    en: () => 'Enter how much more the organisation wants (more than 0 kr).',
  },
  'requisition.more_amount_without_request': {
    sv: () => 'Ett belopp för andra omgången anges bara om organisationen vill ha mer.',
    en: () => 'An amount for the second round is given only when the organisation wants more.',
  },
  /** Params: untilOn. */
  'requisition.late_until_passed': {
    sv: (p) => `Datumet ${text(p, 'untilOn')} har redan passerats.`,
    en: (p) => `The date ${text(p, 'untilOn')} has already passed.`,
  },
  /** Params: untilOn, deadlineOn. */
  'requisition.late_until_before_deadline': {
    sv: (p) => `Datumet ska vara efter sista dag att rekvirera (${text(p, 'deadlineOn')}).`,
    en: (p) => `The date must be after the requisition deadline (${text(p, 'deadlineOn')}).`,
  },
  /** Params: recipientCode. */
  'requisition.late_permission_not_found': {
    sv: (p) => `${text(p, 'recipientCode')} har inget medgivande att rekvirera sent.`,
    en: (p) => `${text(p, 'recipientCode')} has no permission to requisition late.`,
  },
  /** Params: recipientCode, signedAt, versionNumber. */
  'requisition.late_permission_used': {
    sv: (p) =>
      `${text(p, 'recipientCode')} har redan signerat en rekvisition efter sista dagen med stöd av medgivandet (version ${text(p, 'versionNumber')}, ${text(p, 'signedAt').slice(0, 10)}). Medgivandet kan inte längre återkallas.`,
    en: (p) =>
      `${text(p, 'recipientCode')} has already signed a requisition after the deadline under the permission (version ${text(p, 'versionNumber')}, ${text(p, 'signedAt').slice(0, 10)}). The permission can no longer be revoked.`,
  },
  'second_round.not_enabled': {
    sv: () => 'Statsbidraget har ingen andra omgång.',
    en: () => 'The grant has no second round.',
  },
  /** Params: deadlineOn. */
  'second_round.deadline_not_passed': {
    sv: (p) =>
      `Andra omgången kan köras först efter sista dag att rekvirera (${text(p, 'deadlineOn') || 'inte angiven'}).`,
    en: (p) =>
      `The second round can run only after the requisition deadline (${text(p, 'deadlineOn') || 'not set'}).`,
  },
  /** Params: recipientCode, untilOn. */
  'second_round.late_permission_open': {
    sv: (p) =>
      `${text(p, 'recipientCode')} får rekvirera sent till och med ${text(p, 'untilOn')}; kör andra omgången efter det.`,
    en: (p) =>
      `${text(p, 'recipientCode')} may requisition late until ${text(p, 'untilOn')}; run the second round after that.`,
  },
  'second_round.already_confirmed': {
    sv: () => 'Andra omgången är redan fastställd.',
    en: () => 'The second round is already confirmed.',
  },
  'second_round.changed': {
    sv: () =>
      'Underlaget har ändrats sedan du granskade andra omgången. Ladda om och granska igen.',
    en: () => 'The basis changed after you reviewed the second round. Reload and review again.',
  },
} satisfies MessageCatalogue<RequisitionCode>;
