import type { ReceivableState } from '../../domain/receivables/receivable';
import type { ServiceContext } from '../common/context';
import type { ExportedFile } from '../allocation/export-allocation';
import { exportTable } from '../common/export-table';
import { getReceivables, type ReceivableFilter } from './get-receivables';
import { loadGrant } from '../grants/load-grant';

export const RECEIVABLE_STATE_SV: Record<ReceivableState, string> = {
  open: 'Obetald',
  partly_paid: 'Delvis betald',
  paid: 'Betald',
  overdue: 'Förfallen',
};

/** The receivables list (as filtered) as CSV or XLSX. */
export async function exportReceivables(
  ctx: ServiceContext,
  grantId: string,
  filter: ReceivableFilter,
  format: 'csv' | 'xlsx',
): Promise<ExportedFile> {
  const view = await getReceivables(ctx, grantId, filter);
  const grant = await loadGrant(ctx.db, grantId);
  return exportTable(
    {
      filename: `fordringar-${grant.grantYear}-${grant.id.slice(0, 8)}`,
      sheetName: 'Fordringar',
      columns: [
        { header: 'Kod', kind: 'text' },
        { header: 'Mottagare', kind: 'text' },
        { header: 'Slag', kind: 'text' },
        { header: 'OCR-nummer', kind: 'text' },
        { header: 'Förfallodag', kind: 'text' },
        { header: 'Status', kind: 'text' },
        { header: 'Belopp (kr)', kind: 'kronor' },
        { header: 'Betalt (kr)', kind: 'kronor' },
        { header: 'Återstår (kr)', kind: 'kronor' },
      ],
      rows: view.rows.map((r) => [
        r.recipientCode,
        r.recipientName,
        r.kind === 'repayment' ? 'Återbetalningskrav' : `Återkrav ${r.referenceNumber ?? ''}`,
        r.ocrReference,
        r.dueOn,
        RECEIVABLE_STATE_SV[r.state],
        r.amountKr,
        r.paidKr,
        r.outstandingKr,
      ]),
    },
    format,
  );
}
