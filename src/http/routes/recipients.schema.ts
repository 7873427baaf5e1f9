import { z } from 'zod';
import { RecipientTypeSchema } from './grants.schema';

export const RecipientSchema = z.object({
  code: z.string().describe('kommunkod (4 digits) or county code (2 digits)'),
  type: RecipientTypeSchema,
  name: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  orgNumber: z.string().nullable().describe('NNNNNN-NNNN, check digit validated'),
});
export type Recipient = z.infer<typeof RecipientSchema>;

export const RecipientQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  type: RecipientTypeSchema.optional(),
});

export const RecipientListSchema = z.object({
  items: z.array(RecipientSchema),
  total: z.number().int(),
});
export const RecipientImportResultSchema = z.object({ updated: z.number().int() });
