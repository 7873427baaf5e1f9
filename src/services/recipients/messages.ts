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
  /** A municipality group that is none of SKR's nine. Params: value. */
  'recipient.size_group_invalid': {
    sv: (p) =>
      `"${text(p, 'value')}" är ingen kommungrupp. Ange en av SKR:s grupper A1, A2, B3, B4, B5, C6, C7, C8 eller C9 (Kommungruppsindelning 2023), eller lämna cellen tom.`,
    en: (p) =>
      `"${text(p, 'value')}" is no municipality group. Give one of SKR's groups A1, A2, B3, B4, B5, C6, C7, C8 or C9 (Kommungruppsindelning 2023), or leave the cell empty.`,
  },
  /** A municipality group given for a region. Params: code. */
  'recipient.size_group_not_municipality': {
    sv: (p) =>
      `${text(p, 'code')} är en region. Kommungrupper gäller bara kommuner: lämna cellen tom.`,
    en: (p) =>
      `${text(p, 'code')} is a region. Municipality groups apply to municipalities only: leave the cell empty.`,
  },
} satisfies MessageCatalogue<RecipientCode>;
