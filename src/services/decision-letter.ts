// A decision as a letter in Swedish (förvaltningslagen 2017:900 32–33 §§: the decision's content,
// its reasons and how to appeal).
import type { DecisionWithRecipient } from '../db/decisions';
import type { GrantRecord } from '../db/grants';
import { AGENCY } from '../domain/decisions/agency';
import { formatKronor } from '../domain/money';
import type { PdfLetter } from '../files/write-letter-pdf';

const PAYOUT_TEXT = {
  general_funds:
    'Beloppet betalas ut som generellt statsbidrag genom Skatteverket, på det sätt som gäller för generella statsbidrag till kommuner och regioner.',
  bank_transfer:
    'Beloppet betalas ut till det bankgiro- eller plusgironummer som organisationen har registrerat hos myndigheten.',
} as const;

/**
 * The letter of a decision; `superseded` is the decision it corrects, named in the letter.
 */
export function decisionLetter(
  grant: GrantRecord,
  decision: DecisionWithRecipient,
  superseded?: { referenceNumber: string | null; decidedOn: string | null },
): PdfLetter {
  const issued = decision.status === 'issued';
  const reference = decision.referenceNumber ?? 'ges när beslutet fattas';
  const amount = formatKronor(decision.amountKr, 'sv');
  const verdict =
    decision.amountKr > 0n
      ? `${AGENCY.name} beslutar att ${decision.recipientName} får ${amount} i statsbidrag: ${grant.name}.`
      : `${AGENCY.name} beslutar att ${decision.recipientName} inte får något statsbidrag (0 kr): ${grant.name}.`;
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
    ...(decision.amountKr > 0n
      ? [{ heading: 'Utbetalning', text: PAYOUT_TEXT[decision.payoutChannel] }]
      : []),
    { heading: 'Hur man överklagar', text: decision.appealText },
  ];
  return {
    letterhead: [AGENCY.name, AGENCY.address],
    facts: [
      { label: 'Datum', value: decision.decidedOn ?? '–' },
      { label: 'Diarienummer', value: reference },
    ],
    addressee: [
      decision.recipientName,
      ...(decision.orgNumber ? [`Organisationsnummer ${decision.orgNumber}`] : []),
    ],
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
