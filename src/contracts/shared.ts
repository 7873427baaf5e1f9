// Pieces more than one feature's contract uses: ids in paths, dates, kronor, organisation codes,
// uploads and downloads.
import { z } from 'zod';
import { hasNoControlCharacter } from '../domain/text';

/**
 * A text field: at most `max` characters and no control characters (docs/decisions/0023). Every
 * text a request carries is one; chain `.trim().min(1)` and the like as on any string. The server
 * checks control characters in every part of a request before its schema (422
 * `text.control_character`); this refinement says the same in the web's forms.
 */
export function text(max: number) {
  return z
    .string()
    .max(max)
    .refine(hasNoControlCharacter, { params: { code: 'text.control_character' } });
}

/** A path with one id: `/grants/:id`, `/allocations/:id`, … */
export const IdParamsSchema = z.object({ id: z.uuid() });

export const LocalDateSchema = z.iso
  .date()
  .describe('A calendar date, YYYY-MM-DD (Europe/Stockholm).');

export const KronorSchema = z
  .number()
  .int()
  .nonnegative()
  .max(Number.MAX_SAFE_INTEGER)
  .describe('Whole kronor.');

/** A municipality's (four digits) or a region's (two digits) code. */
export const RecipientCodeSchema = z.string().regex(/^[0-9]{2}([0-9]{2})?$/);

/** A grant and one organisation on it: `/grants/:id/reports/:code`. */
export const GrantRecipientParamsSchema = z.object({ id: z.uuid(), code: RecipientCodeSchema });

// Bodies sent as multipart/form-data are read part by part in the route (the file can be 5 MB);
// their schema only documents the parts in the OpenAPI document.
const multipartBodies = new WeakSet<z.ZodType>();

/** A multipart/form-data body: documented in OpenAPI, read with readUpload() in the route. */
export function multipartBody<T extends z.ZodRawShape>(shape: T): z.ZodObject<T> {
  const schema = z.object(shape);
  multipartBodies.add(schema);
  return schema;
}

/** Whether the body is multipart/form-data (the validator leaves it to the route). */
export function isMultipartBody(schema: z.ZodType): boolean {
  return multipartBodies.has(schema);
}

/** A file part in the OpenAPI document. */
export const FilePart = z.string().meta({ format: 'binary' });

/** The media types of the export formats, as the OpenAPI document names them. */
export const EXPORT_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;
