// The payment specification (betalningsspecifikation) of a payout batch as a PDF: who built,
// approved and paid it and when, then one row per line and the total. Cells arrive formatted (the
// service writes kronor and dates the Swedish way); the table layout is the shared A4 writer's.
import { writePdfTable } from './write-pdf';

export interface PayoutSpecification {
  /** "Statsbidrag till … 2027" */
  grantName: string;
  /** Facts printed under the title, one per line: "Utbetalning: …", "Godkänd av: …". */
  facts: readonly { label: string; value: string }[];
  lines: readonly {
    position: string;
    recipient: string;
    channel: string;
    account: string;
    referenceNumber: string;
    amount: string;
  }[];
  total: string;
}

export function writePayoutSpecificationPdf(spec: PayoutSpecification): Promise<Uint8Array> {
  return writePdfTable({
    title: `Betalningsspecifikation – ${spec.grantName}`,
    subtitle: spec.facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n'),
    columns: [
      { header: 'Rad', weight: 0.5, align: 'right' },
      { header: 'Mottagare', weight: 3.2, align: 'left' },
      { header: 'Betalningssätt', weight: 2.4, align: 'left' },
      { header: 'Konto', weight: 1.8, align: 'left' },
      { header: 'Diarienummer', weight: 1.4, align: 'left' },
      { header: 'Belopp', weight: 1.7, align: 'right' },
    ],
    rows: spec.lines.map((line) => [
      line.position,
      line.recipient,
      line.channel,
      line.account,
      line.referenceNumber,
      line.amount,
    ]),
    totalsRow: ['', 'Summa', '', '', '', spec.total],
    pageLabel: (page, pages) => `Sida ${page} av ${pages}`,
  });
}
