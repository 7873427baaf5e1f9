import { loadAgencySettings } from '../../db/agency-settings';
import { findRecipientsByCodes } from '../../db/recipients';
import { addressee } from '../../domain/recipients/postal-address';
import { agencyLetterhead, paymentInstruction } from '../../domain/decisions/agency';
import { todayInStockholm } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import { formatKronor } from '../../domain/money';
import { writePdfTable } from '../../files/write-pdf';
import type { ServiceContext } from '../common/context';
import type { ExportedFile } from '../allocation/export-allocation';
import { getReport } from '../reporting/get-report';

const OUTCOME_TITLES = {
  repay: 'Krav på återbetalning av statsbidrag',
  waived: 'Beslut om efterskänkning av oanvänt statsbidrag',
  fully_used: 'Besked om återrapporterat statsbidrag',
  kept: 'Besked om återrapporterat statsbidrag',
} as const;

/**
 * The letter to the recipient about its submitted report (PDF, Swedish): the amounts reported and
 * what follows — the demand with amount, due date, the agency's bankgiro and the OCR reference, or
 * the waiver under the grant's threshold, or that nothing is to be repaid. The sender is the
 * agency as its settings say now.
 */
export async function exportRepaymentLetter(
  ctx: ServiceContext,
  input: { grantId: string; recipientCode: string },
): Promise<ExportedFile> {
  const view = await getReport(ctx, input);
  const repayment = view.repayment;
  if (!view.report || view.report.status !== 'submitted' || !repayment)
    throw new DomainError('report.not_submitted', { status: view.report?.status ?? 'not_started' });
  const agency = await loadAgencySettings(ctx.db);
  // A demand without the bankgiro to pay to cannot be paid: it does not go out until it is set.
  if (repayment.outcome === 'repay' && !agency.repaymentBankgiro)
    throw new DomainError('agency.bankgiro_missing', {});
  const kr = (value: bigint) => formatKronor(value, 'sv');
  const [recipient] = await findRecipientsByCodes(ctx.db, [view.recipientCode]);
  // The register's legal name and postal address; without them the name alone (none invented).
  const to = addressee(
    recipient ?? {
      name: view.recipientName,
      legalName: null,
      postalStreet: null,
      postalCode: null,
      postalTown: null,
    },
  );
  // The day it was submitted where the recipient submitted it, not in UTC (00:30 on 1 March in
  // Stockholm is still 28 February in UTC).
  const submittedOn = todayInStockholm(view.report.submittedAt!);
  const outcome =
    repayment.outcome === 'repay'
      ? `Det oanvända beloppet, ${kr(repayment.toRepayKr)}, ska återbetalas till ${agency.name} senast ${repayment.dueOn}. ${paymentInstruction(agency, repayment.ocrReference ?? '')}`
      : repayment.outcome === 'waived'
        ? `Det oanvända beloppet, ${kr(repayment.waivedKr)}, understiger gränsen ${kr(view.grant.waiverThresholdKr)} och efterskänks. Inget ska återbetalas.`
        : repayment.outcome === 'kept'
          ? 'Enligt statsbidragets villkor ska oanvända medel inte återbetalas.'
          : 'Hela det mottagna beloppet har använts. Inget ska återbetalas.';
  const body = await writePdfTable({
    title: OUTCOME_TITLES[repayment.outcome],
    subtitle: `${view.grant.name} · ${view.recipientName} (${view.recipientCode})`,
    preamble: [
      { heading: 'Från', text: agencyLetterhead(agency).join('\n') },
      { heading: 'Till', text: [to.name, ...to.address].join('\n') },
      {
        heading: 'Återrapporten',
        text: `${view.recipientName} har i sin återrapport, inskickad ${submittedOn} (version ${view.report.revision}), redovisat att ${kr(repayment.usedKr)} av mottagna ${kr(repayment.receivedKr)} har använts. Oanvänt belopp: ${kr(repayment.unusedKr)}.`,
      },
      { heading: 'Beslut', text: outcome },
      ...(repayment.outcome === 'repay'
        ? [
            {
              heading: 'Betalning',
              text: [
                `Belopp ${kr(repayment.toRepayKr)}`,
                `Bankgiro ${agency.repaymentBankgiro ?? ''}`,
                `OCR-referens ${repayment.ocrReference ?? ''}`,
                `Förfallodag ${repayment.dueOn}`,
              ].join('\n'),
            },
          ]
        : []),
      {
        heading: 'Regel',
        text: `Statsbidrag som inte har använts ska återbetalas. Oanvända belopp under ${kr(view.grant.waiverThresholdKr)} efterskänks.`,
      },
    ],
    tableTitle: 'Belopp',
    columns: [
      { header: 'Post', weight: 3, align: 'left' },
      { header: 'Belopp', weight: 2, align: 'right' },
    ],
    rows: [
      ['Mottaget belopp', kr(repayment.receivedKr)],
      ['Använt belopp', kr(repayment.usedKr)],
      ['Oanvänt belopp', kr(repayment.unusedKr)],
      ['Efterskänkt', kr(repayment.waivedKr)],
    ],
    totalsRow: ['Att återbetala', kr(repayment.toRepayKr)],
    pageLabel: (page, pages) => `Sida ${page} av ${pages}`,
  });
  return {
    filename: `aterbetalning-${view.grant.grantYear}-${view.recipientCode}-v${view.report.revision}.pdf`,
    contentType: 'application/pdf',
    body,
  };
}
