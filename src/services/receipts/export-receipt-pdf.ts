import { loadAgencySettings } from '../../db/agency-settings';
import { writeLettersPdf } from '../../files/write-letter-pdf';
import type { ExportedFile } from '../allocation/export-allocation';
import type { ServiceContext } from '../common/context';
import { getReceipt } from './get-receipt';
import { receiptLetter } from './receipt-letter';

/** The receipt as a PDF to keep; the same access as the receipt itself. */
export async function exportReceiptPdf(
  ctx: ServiceContext,
  reference: string,
): Promise<ExportedFile> {
  const receipt = await getReceipt(ctx, reference);
  const agency = await loadAgencySettings(ctx.db);
  return {
    filename: `kvittens-${receipt.reference}.pdf`,
    contentType: 'application/pdf',
    body: await writeLettersPdf(`Kvittens ${receipt.reference}`, [receiptLetter(agency, receipt)]),
  };
}
