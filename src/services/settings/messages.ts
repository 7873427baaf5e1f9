// The sentences of the agency settings and OpenID Connect identity codes (spread into
// SERVICE_MESSAGES); src/domain/decisions/agency.ts reports the settings' issues.
import type { IssueParams } from '../../domain/issues';

const text = (params: IssueParams, key: string) => String(params[key] ?? '');

export const SETTINGS_MESSAGES = {
  /** A required field of the agency's settings is empty. */
  'agency.required': {
    sv: () => 'Fältet måste fyllas i.',
    en: () => 'The field must be filled in.',
  },
  /** Longer than allowed. Params: max. */
  'agency.too_long': {
    sv: (p: IssueParams) => `Högst ${text(p, 'max')} tecken.`,
    en: (p: IssueParams) => `At most ${text(p, 'max')} characters.`,
  },
  /** The reference series is not 1–10 capital letters and digits. Params: value. */
  'agency.series_invalid': {
    sv: (p: IssueParams) =>
      `"${text(p, 'value')}" kan inte vara en diarieserie: 1–10 versaler (A–Ö) och siffror, som börjar med en bokstav (t.ex. SB).`,
    en: (p: IssueParams) =>
      `"${text(p, 'value')}" cannot be a reference series: 1–10 capital letters (A–Ö) and digits, starting with a letter (e.g. SB).`,
  },
  /** Not an email address. Params: value. */
  'agency.email_invalid': {
    sv: (p: IssueParams) => `"${text(p, 'value')}" är inte en e-postadress.`,
    en: (p: IssueParams) => `"${text(p, 'value')}" is not an email address.`,
  },
  /** Not a phone number. Params: value. */
  'agency.phone_invalid': {
    sv: (p: IssueParams) =>
      `"${text(p, 'value')}" är inte ett telefonnummer (siffror, mellanslag och bindestreck, t.ex. 075-247 30 00).`,
    en: (p: IssueParams) =>
      `"${text(p, 'value')}" is not a phone number (digits, spaces and hyphens, e.g. 075-247 30 00).`,
  },
  /** Someone else changed the settings first. Params: expectedVersion, currentVersion. */
  'agency.version_conflict': {
    sv: () =>
      'Inställningarna har ändrats av någon annan sedan du öppnade dem. Ladda om sidan och gör ändringen igen.',
    en: () =>
      'The settings were changed by someone else after you opened them. Reload the page and make the change again.',
  },
  /** The email's account is bound to another identity at the same provider. Params: email. */
  'auth.oidc_identity_conflict': {
    sv: () =>
      'Kontot för din e-postadress är redan kopplat till en annan identitet hos identitetstjänsten. Be en administratör att ta bort den kopplingen om du har fått en ny identitet.',
    en: () =>
      'The account for your email address is already bound to another identity at the identity provider. Ask an administrator to remove that binding if your identity has changed.',
  },
  /** No such binding of the account. Params: identityId. */
  'user.identity_not_found': {
    sv: () => 'Kopplingen till identitetstjänsten finns inte.',
    en: () => 'The binding to the identity provider does not exist.',
  },
};
