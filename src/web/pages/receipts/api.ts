// The web's calls for receipts of binding acts (docs/decisions/0025).
import { receiptRoutes, type ReceiptAction } from '../../../contracts/receipts';
import { apiUrl, call } from '../../api-client';

export const receiptsApi = {
  find: (action: ReceiptAction, entityId: string) =>
    call(receiptRoutes.find, { query: { action, entityId } }),
  get: (reference: string, signal?: AbortSignal) =>
    call(receiptRoutes.get, { params: { reference }, signal }),
  pdfUrl: (reference: string) => apiUrl(receiptRoutes.pdf, { reference }),
};
