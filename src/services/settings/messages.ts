// The sentences of the agency settings' codes (declared in src/domain/errors.ts);
// src/domain/decisions/agency.ts reports them.
import type { SettingsCode } from '../../domain/errors';
import { type MessageCatalogue, paramText } from '../../domain/issues';

const text = paramText;

export const SETTINGS_MESSAGES = {
  /** A required field of the agency's settings is empty. */
  'agency.required': {
    sv: () => 'Fältet måste fyllas i.',
    en: () => 'The field must be filled in.',
  },
  /** Longer than allowed. Params: max. */
  'agency.too_long': {
    sv: (p) => `Högst ${text(p, 'max')} tecken.`,
    en: (p) => `At most ${text(p, 'max')} characters.`,
  },
  /** The reference series is not 1–10 capital letters and digits. Params: value. */
  'agency.series_invalid': {
    sv: (p) =>
      `"${text(p, 'value')}" kan inte vara en diarieserie: 1–10 versaler (A–Ö) och siffror, som börjar med en bokstav (t.ex. SB).`,
    en: (p) =>
      `"${text(p, 'value')}" cannot be a reference series: 1–10 capital letters (A–Ö) and digits, starting with a letter (e.g. SB).`,
  },
  /** Not an email address. Params: value. */
  'agency.email_invalid': {
    sv: (p) => `"${text(p, 'value')}" är inte en e-postadress.`,
    en: (p) => `"${text(p, 'value')}" is not an email address.`,
  },
  /** Not a phone number. Params: value. */
  'agency.phone_invalid': {
    sv: (p) =>
      `"${text(p, 'value')}" är inte ett telefonnummer (siffror, mellanslag och bindestreck, t.ex. 075-247 30 00).`,
    en: (p) =>
      `"${text(p, 'value')}" is not a phone number (digits, spaces and hyphens, e.g. 075-247 30 00).`,
  },
  /** Someone else changed the settings first. Params: expectedVersion, currentVersion. */
  'agency.version_conflict': {
    sv: () =>
      'Inställningarna har ändrats av någon annan sedan du öppnade dem. Ladda om sidan och gör ändringen igen.',
    en: () =>
      'The settings were changed by someone else after you opened them. Reload the page and make the change again.',
  },
  /** No bankgiro in the settings, so no demand to pay can go out. */
  'agency.bankgiro_missing': {
    sv: () =>
      'Myndighetens bankgiro för återbetalningar är inte angivet, så kravet kan inte skickas: mottagaren skulle inte veta vart pengarna ska betalas. En administratör anger bankgirot under Inställningar.',
    en: () =>
      'The agency’s bankgiro for repayments is not set, so the demand cannot be sent: the recipient would not know where to pay. An administrator sets the bankgiro under Settings.',
  },
} satisfies MessageCatalogue<SettingsCode>;
