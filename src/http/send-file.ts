import type { FastifyReply } from 'fastify';
import type { ExportedFile } from '../services/allocation/export-allocation';
import { FilePart } from './validation';

/** Sends an exported file as an attachment. */
export function sendFile(reply: FastifyReply, file: ExportedFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
}

/** A file download in the OpenAPI document (the body is sent as is, not serialised). */
export function fileResponse(contentType: string) {
  return {
    description: 'The file, as an attachment',
    content: { [contentType]: { schema: FilePart } },
  };
}
