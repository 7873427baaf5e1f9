import { importRecipients } from '../../../services/recipients/import-recipients';
import { listRecipients } from '../../../services/recipients/list-recipients';
import { presentRecipient } from '../../../services/recipients/present';
import { readUpload } from '../../upload';
import { FilePart, multipartBody, type ZodApp } from '../../validation';
import {
  RecipientImportResultSchema,
  RecipientListSchema,
  RecipientQuerySchema,
} from '../../../contracts/recipients';

export function recipientRoutes(app: ZodApp): void {
  app.get(
    '/recipients',
    {
      config: { access: 'recipient.read' },
      schema: {
        tags: ['recipients'],
        querystring: RecipientQuerySchema,
        response: { 200: RecipientListSchema },
      },
    },
    async (request) => {
      const items = (await listRecipients(request.ctx, request.query)).map(presentRecipient);
      return { items, total: items.length };
    },
  );

  app.post(
    '/recipients/import',
    {
      config: { access: 'recipient.import' },
      schema: {
        tags: ['recipients'],
        description:
          'CSV with the columns code,name,org_number. Every bad cell is reported; nothing changes then.',
        consumes: ['multipart/form-data'],
        body: multipartBody({ file: FilePart }),
        response: { 200: RecipientImportResultSchema },
      },
    },
    async (request) => {
      const upload = await readUpload(request, { files: ['file'] });
      const file = upload.files.get('file')!;
      return importRecipients(request.ctx, { filename: file.filename, bytes: file.bytes });
    },
  );
}
