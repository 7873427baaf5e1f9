import { formatKronor } from '../../domain/money';
import { writeCsv } from '../../files/write-csv';
import { writePayoutSpecificationPdf } from '../../files/write-payout-specification';
import { writeXlsx } from '../../files/write-xlsx';
import type { ServiceContext } from '../common/context';
import type { ExportedFile } from '../allocation/export-allocation';
import { getPayoutBatch } from './get-payout-batch';
import { loadGrant } from '../grants/load-grant';

const CHANNEL = {
  bank_transfer: 'Bankgiro/plusgiro',
  general_funds: 'Generellt statsbidrag (Skatteverket)',
} as const;
const ACCOUNT_TYPE = { bankgiro: 'Bankgiro', plusgiro: 'Plusgiro' } as const;
const STATUS = { draft: 'Utkast', approved: 'Godkänd', paid: 'Utbetald' } as const;
const STOCKHOLM_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});
const HEADERS = [
  'Rad',
  'Utbetalningsdag',
  'Mottagarkod',
  'Mottagare',
  'Belopp (kr)',
  'Betalningssätt',
  'Kontotyp',
  'Kontonummer',
  'Diarienummer',
] as const;

/**
 * A payout batch for the finance system, as CSV (UTF-8 with BOM, CRLF) or XLSX: one row per line
 * (general funds carry no account and say so) and a Summa row that is the batch total. Text cells
 * are protected against formula injection by the writers. As PDF it is the payment specification
 * people read and file: the batch, its status, who built, approved and paid it and when, the lines
 * and the total.
 */
export async function exportPayoutBatch(
  ctx: ServiceContext,
  batchId: string,
  format: 'csv' | 'xlsx' | 'pdf',
): Promise<ExportedFile> {
  const { batch, lines } = await getPayoutBatch(ctx, batchId);
  const grant = await loadGrant(ctx.db, batch.grantId);
  const filename = `utbetalning-${grant.grantYear}-${batch.paymentOn}-${batch.id.slice(0, 8)}.${format}`;
  if (format === 'pdf') {
    const kr = (value: bigint) => formatKronor(value, 'sv');
    const by = (who: string | null, at: Date | null) =>
      who && at ? `${who}, ${STOCKHOLM_TIME.format(at)}` : '–';
    return {
      filename,
      contentType: 'application/pdf',
      body: await writePayoutSpecificationPdf({
        grantName: grant.name,
        facts: [
          { label: 'Utbetalning', value: batch.id },
          { label: 'Status', value: STATUS[batch.status] },
          { label: 'Utbetalningsdag', value: batch.paymentOn },
          { label: 'Skapad av', value: by(batch.createdBy, batch.createdAt) },
          { label: 'Godkänd av', value: by(batch.approvedBy, batch.approvedAt) },
          {
            label: 'Markerad som utbetald av',
            value: batch.paidOn
              ? `${by(batch.paidBy, batch.paidAt)} (betald ${batch.paidOn})`
              : '–',
          },
          { label: 'Antal rader', value: String(lines.length) },
        ],
        lines: lines.map((line) => ({
          position: String(line.position),
          recipient: `${line.recipientCode} ${line.recipientName}`,
          channel: CHANNEL[line.channel],
          account: line.accountType
            ? `${ACCOUNT_TYPE[line.accountType]} ${line.accountNumber ?? ''}`
            : 'Inget konto (Skatteverket)',
          referenceNumber: line.referenceNumber,
          amount: kr(line.amountKr),
        })),
        total: kr(batch.totalKr),
      }),
    };
  }
  const cells = lines.map(
    (line) =>
      [
        String(line.position),
        batch.paymentOn,
        line.recipientCode,
        line.recipientName,
        line.amountKr,
        CHANNEL[line.channel],
        line.accountType ? ACCOUNT_TYPE[line.accountType] : '',
        line.accountNumber ?? '',
        line.referenceNumber,
      ] as const,
  );
  if (format === 'csv') {
    const kinds = [
      'number',
      'text',
      'text',
      'text',
      'number',
      'text',
      'text',
      'text',
      'text',
    ] as const;
    const rows = [
      ...cells.map((row) => row.map((cell) => String(cell))),
      ['', '', '', 'Summa', String(batch.totalKr), '', '', '', ''],
    ];
    return {
      filename,
      contentType: 'text/csv; charset=utf-8',
      body: writeCsv(
        HEADERS.map((header, index) => ({ header, kind: kinds[index] ?? 'text' })),
        rows,
        { bom: true, lineEnding: '\r\n' },
      ),
    };
  }
  return {
    filename,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await writeXlsx({
      name: 'Utbetalning',
      columns: HEADERS.map((header, index) => ({
        header,
        kind: index === 0 ? 'integer' : index === 4 ? 'kronor' : 'text',
      })),
      rows: cells.map((row) => row.map((cell, index) => (index === 0 ? BigInt(cell) : cell))),
      totalsLabel: 'Summa',
    }),
  };
}
