// A decision as a letter in Swedish (förvaltningslagen 2017:900 32–33 §§: the decision's content,
// its reasons and how to appeal).
import type { DecisionWithRecipient } from '../../db/decisions';
import type { GrantRecord } from '../../db/grants';
import {
  agencyLetterhead,
  paymentInstruction,
  type AgencySettings,
} from '../../domain/decisions/agency';
import { DomainError } from '../../domain/errors';
import { formatKronor } from '../../domain/money';
import { addressee as registerAddressee } from '../../domain/recipients/postal-address';
import type { PdfLetter } from '../../files/write-letter-pdf';

const PAYOUT_TEXT = {
  general_funds:
    'Beloppet betalas ut som generellt statsbidrag genom Skatteverket, på det sätt som gäller för generella statsbidrag till kommuner och regioner.',
  bank_transfer:
    'Beloppet betalas ut till det bankgiro- eller plusgironummer som organisationen har registrerat hos myndigheten.',
} as const;

/**
 * The letter of a decision from the agency (its settings: letterhead, the bankgiro to pay to);
 * `superseded` is the decision it corrects, named in the letter. A clawback (återkrav) demands the
 * amount back: `clawback` gives its OCR reference and due date.
 */
export function decisionLetter(
  agency: AgencySettings,
  grant: GrantRecord,
  decision: DecisionWithRecipient,
  superseded?: { referenceNumber: string | null; decidedOn: string | null },
  clawback?: { ocrReference: string; dueOn: string },
): PdfLetter {
  const issued = decision.status === 'issued';
  // An issued clawback demands payment: without the bankgiro to pay to it does not go out (a draft
  // may still be read while it is prepared).
  if (issued && clawback && !agency.repaymentBankgiro)
    throw new DomainError('agency.bankgiro_missing', {});
  const reference = decision.referenceNumber ?? 'ges när beslutet fattas';
  const amount = formatKronor(decision.amountKr, 'sv');
  const to = registerAddressee({
    name: decision.recipientName,
    legalName: decision.recipientLegalName,
    postalStreet: decision.recipientPostalStreet,
    postalCode: decision.recipientPostalCode,
    postalTown: decision.recipientPostalTown,
  });
  const verdict = clawback
    ? `${agency.name} beslutar att ${to.name} ska betala tillbaka ${amount} av statsbidraget: ${grant.name} (återkrav).`
    : decision.amountKr > 0n
      ? `${agency.name} beslutar att ${to.name} får ${amount} i statsbidrag: ${grant.name}.`
      : `${agency.name} beslutar att ${to.name} inte får något statsbidrag (0 kr): ${grant.name}.`;
  const sections = [
    { text: verdict },
    ...(superseded
      ? [
          {
            text: `Beslutet ersätter beslut ${superseded.referenceNumber ?? ''} den ${superseded.decidedOn ?? ''}, som rättas genom detta beslut.`,
          },
        ]
      : []),
    { heading: 'Skälen för beslutet', text: decision.reasons },
    { heading: 'Rättslig grund', text: `Beslutet har fattats med stöd av ${decision.legalBasis}.` },
    ...(decision.conditions ? [{ heading: 'Villkor', text: decision.conditions }] : []),
    ...(clawback
      ? [
          {
            heading: 'Betalning',
            text: `Beloppet ${amount} ska ha kommit in till ${agency.name} senast ${clawback.dueOn}. ${paymentInstruction(agency, clawback.ocrReference)}`,
          },
        ]
      : decision.amountKr > 0n
        ? [{ heading: 'Utbetalning', text: PAYOUT_TEXT[decision.payoutChannel] }]
        : []),
    { heading: 'Hur man överklagar', text: decision.appealText },
  ];
  return {
    letterhead: agencyLetterhead(agency),
    facts: [
      { label: 'Datum', value: decision.decidedOn ?? '–' },
      { label: 'Diarienummer', value: reference },
      ...(clawback
        ? [
            ...(agency.repaymentBankgiro
              ? [{ label: 'Bankgiro', value: agency.repaymentBankgiro }]
              : []),
            { label: 'OCR-referens', value: clawback.ocrReference },
            { label: 'Förfallodag', value: clawback.dueOn },
          ]
        : []),
    ],
    // Without an address in the register the letter prints the name only: no invented address.
    addressee: [
      to.name,
      ...to.address,
      ...(decision.orgNumber ? [`Organisationsnummer ${decision.orgNumber}`] : []),
    ],
    addresseeNameFrom: to.nameSource,
    title: issued ? 'Beslut' : 'Utkast till beslut',
    sections,
    signature: issued
      ? [
          `Beslutet har fattats av ${decision.decisionMakerName ?? ''}.`,
          'Beslutet har fattats digitalt och saknar därför underskrift.',
        ]
      : ['Utkast: beslutet är inte fattat.'],
    footer: (page, pages) => `${reference} · Sida ${page} av ${pages}`,
  };
}
