// The web's calls for receipts of binding acts (docs/decisions/0025).
import { receiptRoutes, type ReceiptAction } from '../../../contracts/receipts';

/**
 * Which act's receipt: by its entity, or (a requisition, a report: the API names them by grant and
 * organisation) by those.
 */
export type ReceiptOf =
  | { action: ReceiptAction; entityId: string }
  | { action: ReceiptAction; grantId: string; recipientCode: string };
import { apiUrl, call } from '../../api-client';

export const receiptsApi = {
  find: (act: ReceiptOf) => call(receiptRoutes.find, { query: act }),
  get: (reference: string, signal?: AbortSignal) =>
    call(receiptRoutes.get, { params: { reference }, signal }),
  pdfUrl: (reference: string) => apiUrl(receiptRoutes.pdf, { reference }),
};
