// Recipients in the API's JSON shape (contracts/recipients.ts).
import type { RecipientWithCounty } from '../../db/recipients';
import type { Recipient } from '../../contracts/recipients';
import { postalAddressLines } from '../../domain/recipients/postal-address';
import { parseSizeGroup } from '../../domain/recipients/size-group';

export function presentRecipient(recipient: RecipientWithCounty): Recipient {
  return {
    code: recipient.code,
    type: recipient.type,
    name: recipient.name,
    countyCode: recipient.countyCode,
    countyName: recipient.countyName,
    orgNumber: recipient.orgNumber,
    legalName: recipient.legalName,
    postalAddress: postalAddressLines(recipient),
    sizeGroup: parseSizeGroup(recipient.sizeGroup ?? '') ?? null,
    sameOrganisationAs: recipient.sameOrganisationAs,
  };
}
