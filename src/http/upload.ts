import type { FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors';

/** One uploaded file may be at most this large (5 MB, the largest key table is ~20 kB). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** A JSON request body may be at most this large (1 MB; a grant or a report is a few kB). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** A byte limit in whole megabytes, as the 413 sentences say it. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

export interface Upload {
  files: Map<string, UploadedFile>;
  fields: Map<string, string>;
}

/**
 * Reads a multipart/form-data body into memory: the files by part name and the text fields. A part
 * named in `textOrFile` may come either way (a JSON model pasted as text, or chosen as a file).
 * The 5 MB and file-count limits raise errors that problem.ts answers with 413.
 */
export async function readUpload(
  request: FastifyRequest,
  expect: { files: string[]; textOrFile?: string[] },
): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new DomainError('upload.not_multipart_content', {});
  }
  const textOrFile = new Set(expect.textOrFile ?? []);
  const upload: Upload = { files: new Map(), fields: new Map() };
  const maxFiles = expect.files.length + textOrFile.size;
  for await (const part of request.parts({ limits: { files: maxFiles } })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (textOrFile.has(part.fieldname)) upload.fields.set(part.fieldname, bytes.toString('utf8'));
      else if (expect.files.includes(part.fieldname))
        upload.files.set(part.fieldname, { filename: part.filename, bytes });
    } else if (typeof part.value === 'string') {
      upload.fields.set(part.fieldname, part.value);
    }
  }
  for (const name of expect.files) {
    if (!upload.files.has(name)) throw new DomainError('upload.file_missing', { path: name });
  }
  for (const name of textOrFile) {
    if (!upload.fields.has(name)) throw new DomainError('upload.file_missing', { path: name });
  }
  return upload;
}
