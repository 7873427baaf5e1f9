// The sentences of the receipt codes (declared in src/domain/errors.ts).
import type { ReceiptCode } from '../../domain/errors';
import type { MessageCatalogue } from '../../domain/issues';

export const RECEIPT_MESSAGES = {
  /** No receipt has the reference, or the user may not see the act. Params: reference. */
  'receipt.not_found': {
    sv: () => 'Kvittensen finns inte, eller så får du inte se den.',
    en: () => 'The receipt does not exist, or you may not see it.',
  },
} satisfies MessageCatalogue<ReceiptCode>;
