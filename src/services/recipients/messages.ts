// The sentences of the recipient register's codes (declared in src/domain/errors.ts); the import
// checks' own codes (recipient.unknown, …) are in src/domain/issues.ts.
import type { RecipientCode } from '../../domain/errors';
import { type MessageCatalogue, paramText } from '../../domain/issues';

const text = paramText;

export const RECIPIENT_MESSAGES = {
  /** Two codes of one organisation (Gotland) got different organisation numbers. Params: code, otherCode. */
  'recipient.same_organisation_differs': {
    sv: (p) =>
      `${text(p, 'code')} och ${text(p, 'otherCode')} är samma organisation (Region Gotland) och måste ha samma organisationsnummer.`,
    en: (p) =>
      `${text(p, 'code')} and ${text(p, 'otherCode')} are the same organisation (Region Gotland) and must have the same organisation number.`,
  },
  /** No recipient has this code, or it is another organisation's. Params: code. */
  'recipient.not_found': {
    sv: () => 'Mottagaren finns inte.',
    en: () => 'The recipient does not exist.',
  },
  /** A postal code that is not five digits. Params: value. */
  'recipient.postal_code_invalid': {
    sv: (p) => `"${text(p, 'value')}" är inte ett postnummer (fem siffror, till exempel 105 35).`,
    en: (p) => `"${text(p, 'value')}" is not a postal code (five digits, for example 105 35).`,
  },
  /** Part of a postal address without the postal code or town. Params: code. */
  'recipient.address_incomplete': {
    sv: (p) =>
      `Postadressen för ${text(p, 'code')} saknar postnummer eller postort. Ange båda, eller lämna hela adressen tom.`,
    en: (p) =>
      `The postal address of ${text(p, 'code')} lacks its postal code or town. Give both, or leave the whole address empty.`,
  },
} satisfies MessageCatalogue<RecipientCode>;
