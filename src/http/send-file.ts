import type { FastifyReply } from 'fastify';
import type { ExportedFile } from '../services/export-allocation';
import { FilePart } from './validation';

/** Sends an exported file as an attachment. */
export function sendFile(reply: FastifyReply, file: ExportedFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
}

/** The OpenAPI answer of a file route. */
export function fileResponse(contentType: string) {
  return {
    200: {
      description: 'The file, as an attachment',
      content: { [contentType]: { schema: FilePart } },
    },
  };
}
