import { z } from 'zod';
import { RecipientTypeSchema } from './grants';
import { route } from './route';
import { SIZE_GROUPS } from '../domain/recipients/size-group';
import { FilePart, multipartBody } from './shared';

export const RecipientSchema = z.object({
  code: z.string().describe('kommunkod (4 digits) or county code (2 digits)'),
  type: RecipientTypeSchema,
  name: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  orgNumber: z.string().nullable().describe('NNNNNN-NNNN, check digit validated'),
  legalName: z
    .string()
    .nullable()
    .default(null)
    .describe(
      'The legal name letters are addressed with ("Stockholms kommun"), as the import gave it; null: letters use the name.',
    ),
  postalAddress: z
    .array(z.string())
    .default([])
    .describe('The postal address lines ("Box 1234", "105 35 Stockholm"); empty when not known.'),
  sizeGroup: z
    .enum(SIZE_GROUPS)
    .nullable()
    .default(null)
    .describe(
      "A municipality's group in SKR's Kommungruppsindelning 2023 (A1 Storstäder … C9), as an administrator imported it; null: not known, or a region.",
    ),
  sameOrganisationAs: z
    .string()
    .nullable()
    .default(null)
    .describe(
      'The code under which the same organisation also receives grants: Region Gotland is both the municipality 0980 and the region 09.',
    ),
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
export const RecipientImportResultSchema = z.object({
  updated: z
    .number()
    .int()
    .describe(
      'recipients whose name, organisation number, legal name, address or municipality group changed',
    ),
});

// Named components in the OpenAPI document (docs/api/openapi.json).
z.globalRegistry.add(RecipientSchema, { id: 'Recipient' });

export const recipientRoutes = {
  list: route({
    method: 'GET',
    path: '/recipients',
    querystring: RecipientQuerySchema,
    response: { 200: RecipientListSchema },
  }),
  import: route({
    method: 'POST',
    path: '/recipients/import',
    consumes: ['multipart/form-data'],
    body: multipartBody({ file: FilePart }),
    response: { 200: RecipientImportResultSchema },
  }),
};
