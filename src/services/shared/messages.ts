import { paramKronor, paramText } from './message-params';
import type { Locale } from '../../domain/money';
import type { IssueParams } from '../../domain/issues';
import { REQUISITION_MESSAGES } from '../requisition/messages';
import { DECISION_MESSAGES } from '../decisions/messages';
import { RECEIVABLE_MESSAGES } from '../receivables/messages';
import { SETTINGS_MESSAGES } from '../settings/messages';

interface ServiceMessage {
  sv: (params: IssueParams) => string;
  en: (params: IssueParams) => string;
}

const text = paramText;
const kronor = paramKronor;

const STATUS_NAMES: Record<string, { sv: string; en: string }> = {
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

/**
 * The codes the services throw (DomainError) or report (Issue), with their sentences. The domain's
 * own codes are in domain/issues.ts; these are the use cases' rules.
 */
export const SERVICE_MESSAGES = {
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
  /** Publishing the grant needs a published allocation. */
  /** A performance-based grant is published once its calculation is. */
  'grant.no_published_performance_result': {
    sv: () =>
      'Det prestationsbaserade statsbidraget kan inte publiceras förrän beräkningen är publicerad.',
    en: () => 'The performance-based grant cannot be published until its calculation is published.',
  },
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
  /** No allocation has this id. Params: allocationId. */
  'allocation.not_found': {
    sv: () => 'Fördelningen finns inte.',
    en: () => 'The allocation does not exist.',
  },
  /** A published allocation is frozen. Params: allocationId. */
  'allocation.already_published': {
    sv: () => 'Fördelningen är redan publicerad och kan inte ändras.',
    en: () => 'The allocation is already published and cannot be changed.',
  },
  /** The model's budget must be the grant's amount. Params: budgetKr, totalAmountKr. */
  'allocation.budget_differs_from_grant': {
    sv: (p) =>
      `Modellens budget är ${kronor(p, 'budgetKr', 'sv')} men bidragets belopp är ${kronor(p, 'totalAmountKr', 'sv')}.`,
    en: (p) =>
      `The model's budget is ${kronor(p, 'budgetKr', 'en')} but the grant's amount is ${kronor(p, 'totalAmountKr', 'en')}.`,
  },
  /** Two codes of one organisation (Gotland) got different organisation numbers. Params: code, otherCode. */
  'recipient.same_organisation_differs': {
    sv: (p) =>
      `${text(p, 'code')} och ${text(p, 'otherCode')} är samma organisation (Region Gotland) och måste ha samma organisationsnummer.`,
    en: (p) =>
      `${text(p, 'code')} and ${text(p, 'otherCode')} are the same organisation (Region Gotland) and must have the same organisation number.`,
  },
  /** The request needs a signed-in user. */
  'auth.unauthenticated': {
    sv: () => 'Logga in för att fortsätta.',
    en: () => 'Sign in to continue.',
  },
  /** The signed-in user's roles do not allow this. Params: action or role. */
  'auth.forbidden': {
    sv: () => 'Du har inte behörighet att göra detta.',
    en: () => 'You are not allowed to do this.',
  },
  /** Wrong email or password; deliberately not saying which. */
  'auth.invalid_credentials': {
    sv: () => 'Fel e-postadress eller lösenord.',
    en: () => 'Wrong email address or password.',
  },
  /** Too many failed sign-ins. Params: retryAfterSeconds. */
  'auth.too_many_attempts': {
    sv: (p) =>
      `För många misslyckade inloggningar. Försök igen om ${Math.ceil(Number(p.retryAfterSeconds ?? 60) / 60)} minuter.`,
    en: (p) =>
      `Too many failed sign-ins. Try again in ${Math.ceil(Number(p.retryAfterSeconds ?? 60) / 60)} minutes.`,
  },
  /** OpenID Connect sign-in is not set up on this server (OIDC_* in README.md). */
  'auth.oidc_not_configured': {
    sv: () => 'Inloggning via organisationens identitetstjänst är inte aktiverad.',
    en: () => "Sign-in with the organisation's identity provider is not enabled.",
  },
  /** The identity provider's verified email matches no active account. Params: email. */
  'auth.oidc_unknown_account': {
    sv: () =>
      'Det finns inget aktivt konto för din e-postadress. Be en administratör att bjuda in dig först.',
    en: () =>
      'There is no active account for your email address. Ask an administrator to invite you first.',
  },
  /** The identity provider gave no email, or did not say it is verified. */
  'auth.oidc_email_not_verified': {
    sv: () => 'Identitetstjänsten uppgav ingen verifierad e-postadress, så du kan inte loggas in.',
    en: () => 'The identity provider gave no verified email address, so you cannot be signed in.',
  },
  /** The provider's answer could not be checked (state, code, tokens) or it reported an error. */
  'auth.oidc_failed': {
    sv: () => 'Inloggningen via identitetstjänsten misslyckades. Försök igen.',
    en: () => 'Signing in with the identity provider failed. Try again.',
  },
  /** No account with this id that the user may manage. Params: userId. */
  'user.not_found': {
    sv: () => 'Användaren finns inte.',
    en: () => 'The user does not exist.',
  },
  /** An account with this email exists. Params: email. */
  'user.email_taken': {
    sv: (p) => `Det finns redan ett konto för ${text(p, 'email')}.`,
    en: (p) => `There is already an account for ${text(p, 'email')}.`,
  },
  /** The organisation code is not in the register. Params: recipientCode. */
  'user.unknown_organisation': {
    sv: (p) => `Organisationen ${text(p, 'recipientCode')} finns inte i mottagarregistret.`,
    en: (p) => `The organisation ${text(p, 'recipientCode')} is not in the recipient register.`,
  },
  /** Recipient roles need an organisation, agency roles none; only case officers have one grant. Params: role. */
  'user.role_does_not_fit': {
    sv: (p) => `Rollen ${text(p, 'role')} passar inte kontot (organisation eller bidrag).`,
    en: (p) => `The role ${text(p, 'role')} does not fit the account (organisation or grant).`,
  },
  /** An administrator cannot remove their own admin role (someone must be left to manage). */
  'user.cannot_remove_own_admin': {
    sv: () => 'Du kan inte ta bort din egen administratörsroll.',
    en: () => 'You cannot remove your own administrator role.',
  },
  /** Nobody deactivates their own account (someone else must be able to reactivate it). */
  'user.cannot_deactivate_self': {
    sv: () => 'Du kan inte inaktivera ditt eget konto.',
    en: () => 'You cannot deactivate your own account.',
  },
  /** Changing the password: the current one given is wrong. */
  'user.wrong_password': {
    sv: () => 'Det nuvarande lösenordet är fel.',
    en: () => 'The current password is wrong.',
  },
  /** Params: min. */
  'user.password_too_short': {
    sv: (p) => `Lösenordet måste ha minst ${text(p, 'min')} tecken.`,
    en: (p) => `The password must have at least ${text(p, 'min')} characters.`,
  },
  /** The one-time link is unknown, used or expired. */
  'user.password_link_invalid': {
    sv: () => 'Länken är ogiltig eller har gått ut. Be administratören om en ny.',
    en: () => 'The link is invalid or has expired. Ask the administrator for a new one.',
  },
  // ---- performance-based grants -------------------------------------------------------------
  /** The grant distributes by key or formula, not by performance. Params: grantId. */
  'performance.not_performance_grant': {
    sv: () => 'Statsbidraget fördelas inte prestationsbaserat. Ändra fördelningssättet först.',
    en: () => 'The grant is not performance-based. Change its distribution method first.',
  },
  /** The set-up lacks the model. */
  'performance.model_missing': {
    sv: () => 'Modellen (mätpunkter, uppgifter, villkor och potter) är inte sparad än.',
    en: () =>
      'The model (measurement points, figures, conditions and pools) has not been saved yet.',
  },
  /** The set-up lacks the allocation key. */
  'performance.key_missing': {
    sv: () => 'Fördelningsnyckeln är inte uppladdad än.',
    en: () => 'The allocation key has not been uploaded yet.',
  },
  /** The model's total must be the grant's amount. Params: modelTotalKr, totalAmountKr. */
  'performance.total_differs_from_grant': {
    sv: (p) =>
      `Modellens total_kr är ${kronor(p, 'modelTotalKr', 'sv')} men bidragets belopp är ${kronor(p, 'totalAmountKr', 'sv')}.`,
    en: (p) =>
      `The model's total_kr is ${kronor(p, 'modelTotalKr', 'en')} but the grant's amount is ${kronor(p, 'totalAmountKr', 'en')}.`,
  },
  /** A column of the figures file that is neither recipient_code, a name nor a figure of the model. Params: column, known. */
  'performance.unknown_column': {
    sv: (p) =>
      `Kolumnen "${text(p, 'column')}" är ingen uppgift i modellen. Kända kolumner: ${text(p, 'known')}.`,
    en: (p) =>
      `The column "${text(p, 'column')}" is not a figure of the model. Known columns: ${text(p, 'known')}.`,
  },
  /** Figures for a recipient that has not registered an expression of interest. Params: code. */
  'performance.not_registered': {
    sv: (p) => `${text(p, 'code')} har inte anmält intresse för statsbidraget.`,
    en: (p) => `${text(p, 'code')} has not registered an expression of interest in the grant.`,
  },
  /** A recipient code that is not in the allocation key (registrations). Params: code. */
  'performance.recipient_not_eligible': {
    sv: (p) => `${text(p, 'code')} finns inte i fördelningsnyckeln och kan inte anmäla intresse.`,
    en: (p) => `${text(p, 'code')} is not in the allocation key and cannot register interest.`,
  },
  /** The last day to register interest has passed. Params: interestDeadlineOn. */
  'performance.interest_deadline_passed': {
    sv: (p) => `Sista dag för intresseanmälan var ${text(p, 'interestDeadlineOn')}.`,
    en: (p) => `The last day to register interest was ${text(p, 'interestDeadlineOn')}.`,
  },
  /** The last day to report figures has passed. Params: figuresDeadlineOn. */
  'performance.figures_deadline_passed': {
    sv: (p) =>
      `Sista dag att rapportera prestationsuppgifter var ${text(p, 'figuresDeadlineOn')}. Kontakta handläggaren om uppgifterna behöver ändras.`,
    en: (p) =>
      `The last day to report figures was ${text(p, 'figuresDeadlineOn')}. Contact the case officer if the figures need to change.`,
  },
  /** The last day to report figures is before the last day to register. Params: figuresDeadlineOn, interestDeadlineOn. */
  'performance.figures_deadline_before_interest': {
    sv: (p) =>
      `Sista dag att rapportera (${text(p, 'figuresDeadlineOn')}) kan inte vara före sista dag för intresseanmälan (${text(p, 'interestDeadlineOn')}).`,
    en: (p) =>
      `The last day to report figures (${text(p, 'figuresDeadlineOn')}) cannot be before the last day to register interest (${text(p, 'interestDeadlineOn')}).`,
  },
  /** Someone saved the recipient's figures since the form was opened. Params: recipientCode, expected, actual. */
  'performance.figures_version_conflict': {
    sv: () =>
      'Uppgifterna har sparats av någon annan sedan du öppnade formuläret. Läs in dem igen och gör om ändringen.',
    en: () =>
      'Someone else has saved the figures since you opened the form. Reload them and make your change again.',
  },
  /** A value for a name that is no figure of the model. Params: figure, known. */
  'performance.unknown_figure': {
    sv: (p) =>
      `"${text(p, 'figure')}" är ingen uppgift i modellen. Uppgifterna är ${text(p, 'known')}.`,
    en: (p) =>
      `"${text(p, 'figure')}" is not a figure of the model. The figures are ${text(p, 'known')}.`,
  },
  /** No reported figures to calculate from. */
  'performance.no_figures': {
    sv: () => 'Inga inrapporterade uppgifter finns än. Ladda upp uppgifterna först.',
    en: () => 'No figures have been reported yet. Upload the figures first.',
  },
  /** No calculation has this id. Params: resultId. */
  'performance.result_not_found': {
    sv: () => 'Beräkningen finns inte.',
    en: () => 'The calculation does not exist.',
  },
  /** A published calculation is frozen. Params: resultId. */
  'performance.result_already_published': {
    sv: () => 'Beräkningen är redan publicerad.',
    en: () => 'The calculation is already published.',
  },
  /** The set-up cannot change once a calculation is published. */
  'performance.result_published': {
    sv: () =>
      'En beräkning är publicerad; modell, nyckel, intresseanmälningar och uppgifter kan inte ändras längre.',
    en: () =>
      'A calculation is published; the model, key, registrations and figures can no longer change.',
  },
  ...REQUISITION_MESSAGES,
  ...DECISION_MESSAGES,
  ...RECEIVABLE_MESSAGES,
  ...SETTINGS_MESSAGES,
} satisfies Record<string, ServiceMessage>;

export type ServiceMessageCode = keyof typeof SERVICE_MESSAGES;

export function isServiceMessageCode(code: string): code is ServiceMessageCode {
  return Object.hasOwn(SERVICE_MESSAGES, code);
}
