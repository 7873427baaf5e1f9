// Recipients in the API's JSON shape (contracts/recipients.ts).
import type { RecipientWithCounty } from '../../db/recipients';
import type { Recipient } from '../../contracts/recipients';

export function presentRecipient(recipient: RecipientWithCounty): Recipient {
  return {
    code: recipient.code,
    type: recipient.type,
    name: recipient.name,
    countyCode: recipient.countyCode,
    countyName: recipient.countyName,
    orgNumber: recipient.orgNumber,
    sameOrganisationAs: recipient.sameOrganisationAs,
  };
}
