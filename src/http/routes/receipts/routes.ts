// Receipts (kvittenser) of binding acts: the page after an act finds its receipt, shows it and
// offers it as a PDF (docs/decisions/0025). Agency staff read every receipt; a recipient's staff
// their own organisation's (the use case decides, so another's is 404).
import { receiptRoutes } from '../../../contracts/receipts';
import { exportReceiptPdf } from '../../../services/receipts/export-receipt-pdf';
import { findReceipt, getReceipt } from '../../../services/receipts/get-receipt';
import { sendFile } from '../../send-file';
import type { ZodApp } from '../../validation';
import { registerRoute } from '../register';

const tags = ['receipts'];

export function registerReceiptRoutes(app: ZodApp): void {
  registerRoute(
    app,
    receiptRoutes.find,
    {
      access: 'signed_in',
      tags,
      description:
        'The receipt of the latest binding act of the action on the entity (e.g. `decision.issued` and a decision id): every decision issued with it, who, when and its reference. 404 when there is none the user may see.',
    },
    async (request) => findReceipt(request.ctx, request.query),
  );
  registerRoute(
    app,
    receiptRoutes.get,
    {
      access: 'signed_in',
      tags,
      description:
        'A receipt by its reference (KV-<number>-<check digit>). 404 for a wrong reference or an act the user may not see.',
    },
    async (request) => getReceipt(request.ctx, request.params.reference),
  );
  registerRoute(
    app,
    receiptRoutes.pdf,
    {
      access: 'signed_in',
      tags,
      description: 'The receipt as a one-page PDF in Swedish, to keep.',
    },
    async (request, reply) =>
      sendFile(reply, await exportReceiptPdf(request.ctx, request.params.reference)),
  );
}
