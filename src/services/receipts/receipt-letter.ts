// A receipt as a one-page letter in Swedish, the copy to keep (the agency's letterhead, the
// reference, what was done, by whom and when, and each line it covered).
import type { Receipt } from '../../contracts/receipts';
import { agencyLetterhead, type AgencySettings } from '../../domain/decisions/agency';
import { formatKronor } from '../../domain/money';
import type { PdfLetter } from '../../files/write-letter-pdf';

const kr = (amount: number) => formatKronor(amount, 'sv');

const STOCKHOLM_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** What the act did, in plain words and figures. */
export function receiptSentence(receipt: Receipt): string {
  const grant = receipt.grant?.name ?? '';
  const recipient = receipt.recipient?.name ?? '';
  switch (receipt.kind) {
    case 'decisions_issued':
      return `${receipt.count} beslut om sammanlagt ${kr(receipt.totalKr ?? 0)} fattades för ${grant}. Besluten kan inte ändras.`;
    case 'payout_batch_approved':
      return `Utbetalningen av ${kr(receipt.totalKr ?? 0)} på ${receipt.count} rader godkändes för betalning ${receipt.paymentOn ?? ''} (${grant}).`;
    case 'requisition_signed':
      return `${recipient} rekvirerade ${kr(receipt.totalKr ?? 0)} av ${grant}. Rekvisitionen är undertecknad av firmatecknaren, som intygade att uppgifterna är riktiga.`;
    case 'requisition_declined':
      return `${recipient} avstod från ${grant}. Avståendet är undertecknat av firmatecknaren.`;
    case 'report_submitted': {
      const repayment = receipt.repayment;
      const consequence =
        repayment?.outcome === 'repay'
          ? ` ${kr(repayment.toRepayKr)} blev ett återbetalningskrav med förfallodag ${repayment.dueOn ?? ''} (OCR ${repayment.ocrReference ?? ''}).`
          : ' Inget ska betalas tillbaka.';
      return `${recipient} lämnade in sin redovisning av ${grant} med ${kr(receipt.totalKr ?? 0)} använt. Redovisningen är låst.${consequence}`;
    }
    case 'grant_published':
      return `${grant} (${kr(receipt.totalKr ?? 0)}) publicerades.`;
    case 'grant_closed':
      return `${grant} stängdes. Inga fler rekvisitioner tas emot.`;
    case 'performance_result_published':
      return `Beräkningen för ${grant} publicerades: ${kr(receipt.totalKr ?? 0)} till ${receipt.count} mottagare som uppfyllde villkoren. Underlaget låstes.`;
    case 'allocation_published':
      return `Fördelningen av ${kr(receipt.totalKr ?? 0)} för ${grant} publicerades.`;
  }
}

/** How the signatory proved who they were, for the letter: method, level, methods and when. */
export function signatureSentence(signature: NonNullable<Receipt['signature']>): string {
  const when = STOCKHOLM_TIME.format(new Date(signature.authenticatedAt));
  if (signature.method === 'password')
    return `Underskriven efter att firmatecknaren angett sitt lösenord på nytt, ${when}.`;
  const level = signature.acr ?? 'ingen angiven';
  const methods = signature.amr.length > 0 ? signature.amr.join(', ') : 'inga angivna';
  return `Underskriven med e-legitimation via identitetstjänsten, legitimering ${when}. Tillitsnivå (acr): ${level}. Autentiseringsmetod (amr): ${methods}.`;
}

export function receiptLetter(agency: AgencySettings, receipt: Receipt): PdfLetter {
  const when = STOCKHOLM_TIME.format(new Date(receipt.occurredAt));
  const who = receipt.actorName
    ? `${receipt.actorName} (${receipt.actorEmail})`
    : receipt.actorEmail;
  const lines = receipt.lines.map(
    (line) =>
      `${line.recipientName} (${line.recipientCode})${line.referenceNumber ? `, ${line.referenceNumber}` : ''}: ${kr(line.amountKr)}`,
  );
  return {
    letterhead: agencyLetterhead(agency),
    facts: [
      { label: 'Kvittens', value: receipt.reference },
      { label: 'Tidpunkt', value: when },
    ],
    addressee: receipt.recipient ? [receipt.recipient.name] : [],
    title: 'Kvittens',
    sections: [
      { heading: 'Vad som gjordes', text: receiptSentence(receipt) },
      { heading: 'Av vem och när', text: `${who}, ${when}.` },
      ...(receipt.signature
        ? [{ heading: 'Underskrift', text: signatureSentence(receipt.signature) }]
        : []),
      ...(lines.length > 0 ? [{ heading: 'Omfattar', text: lines.join('\n') }] : []),
      {
        heading: 'Om kvittensen',
        text: `Kvittensen bygger på myndighetens händelselogg, som inte kan ändras. Referens ${receipt.reference}.`,
      },
    ],
    signature: [],
    footer: (page, pages) => `${receipt.reference} · Sida ${page} av ${pages}`,
  };
}
