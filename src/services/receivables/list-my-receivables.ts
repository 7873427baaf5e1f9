// "Mina fordringar": what the signed-in recipient's organisation owes the agency, over every grant —
// its repayment demands (the latest submission's) and issued clawbacks, each with what is paid,
// what remains, its state at `now` (overdue after the due day in Stockholm) and its letter; totals.
import { loadAgencySettings } from '../../db/agency-settings';
import { listGrantIdsWithReceivables } from '../../db/receivables';
import type { ServiceContext } from '../common/context';
import {
  loadReceivableRows,
  summariseReceivables,
  type ReceivableRow,
  type ReceivablesView,
} from './get-receivables';
import { loadGrant } from '../grants/load-grant';
import { ownOrganisationCodes } from '../recipients/own-organisation';
import { authorize } from '../../domain/access/policy';

export interface MyReceivableRow extends ReceivableRow {
  grantId: string;
  grantName: string;
  grantYear: number;
  /** Where to pay (the agency's bankgiro), null when none is configured. */
  bankgiro: string | null;
  /** The demand's letter (repayment.pdf) or the clawback decision's letter, for the own staff. */
  letterUrl: string;
}

export interface MyReceivablesView extends Pick<ReceivablesView, 'totals' | 'counts'> {
  rows: MyReceivableRow[];
}

function letterUrl(grantId: string, row: ReceivableRow): string {
  return row.kind === 'repayment'
    ? `/api/grants/${grantId}/reports/${row.recipientCode}/repayment.pdf`
    : `/api/decisions/${row.id}/letter.pdf`;
}

/** The own organisation's receivables, the earliest due first; never another organisation's. */
export async function listMyReceivables(ctx: ServiceContext): Promise<MyReceivablesView> {
  authorize(ctx.user, 'own_organisation.read');
  const codes = await ownOrganisationCodes(ctx);
  const now = ctx.now();
  const { repaymentBankgiro } = await loadAgencySettings(ctx.db);
  const rows: MyReceivableRow[] = [];
  for (const grantId of await listGrantIdsWithReceivables(ctx.db, codes)) {
    const grant = await loadGrant(ctx.db, grantId);
    for (const row of await loadReceivableRows(ctx.db, grantId, now)) {
      if (!codes.includes(row.recipientCode)) continue;
      rows.push({
        ...row,
        grantId,
        grantName: grant.name,
        grantYear: grant.grantYear,
        bankgiro: repaymentBankgiro,
        letterUrl: letterUrl(grantId, row),
      });
    }
  }
  rows.sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      a.grantName.localeCompare(b.grantName, 'sv') ||
      a.kind.localeCompare(b.kind),
  );
  return { rows, ...summariseReceivables(rows) };
}
