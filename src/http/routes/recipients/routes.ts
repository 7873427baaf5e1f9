import { importRecipients } from '../../../services/recipients/import-recipients';
import { listRecipients } from '../../../services/recipients/list-recipients';
import { presentRecipient } from '../../../services/recipients/present';
import { readUpload } from '../../upload';
import type { ZodApp } from '../../validation';
import { recipientRoutes } from '../../../contracts/recipients';
import { registerRoute } from '../register';

export function registerRecipientRoutes(app: ZodApp): void {
  registerRoute(
    app,
    recipientRoutes.list,
    { access: 'recipient.read', tags: ['recipients'] },
    async (request) => {
      const items = (await listRecipients(request.ctx, request.query)).map(presentRecipient);
      return { items, total: items.length };
    },
  );

  registerRoute(
    app,
    recipientRoutes.import,
    {
      access: 'recipient.import',
      tags: ['recipients'],
      description:
        'CSV with the columns code,name,org_number. Every bad cell is reported; nothing changes then.',
    },
    async (request) => {
      const upload = await readUpload(request, { files: ['file'] });
      const file = upload.files.get('file')!;
      return importRecipients(request.ctx, { filename: file.filename, bytes: file.bytes });
    },
  );
}
