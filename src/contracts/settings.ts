import { z } from 'zod';
import { route } from './route';

const optionalText = (max: number, description: string) =>
  z.string().max(max).nullable().describe(`${description}; null or empty: not set`);

/** What an administrator sends: every field, checked by the server (422 with each bad `path`). */
export const AgencySettingsInputSchema = z.strictObject({
  name: z.string().max(400).describe("The agency's name, first line of every letterhead"),
  orgNumber: optionalText(40, 'Organisation number NNNNNN-NNNN (Luhn check digit verified)'),
  postalAddress: z.string().max(1000).describe('Postal address, one or more lines'),
  email: optionalText(400, 'Contact email'),
  phone: optionalText(40, 'Contact phone'),
  referenceSeries: z
    .string()
    .max(40)
    .describe(
      'Prefix of decision reference numbers taken from now on (SB in SB 2026/0001): 1–10 capital letters and digits, starting with a letter; issued decisions keep theirs',
    ),
  repaymentBankgiro: optionalText(
    40,
    'Bankgiro repayments and clawbacks are paid to: 7–8 digits with a Luhn check digit, stored as NNN-NNNN or NNNN-NNNN',
  ),
  appealText: z
    .string()
    .max(8000)
    .describe('Appeal information for grants that set none of their own'),
  version: z.number().int().min(0).describe('As read; a stale one is 409 agency.version_conflict'),
});
export type AgencySettingsInput = z.infer<typeof AgencySettingsInputSchema>;

export const AgencySettingsSchema = z.object({
  name: z.string(),
  orgNumber: z.string().nullable(),
  postalAddress: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  referenceSeries: z.string(),
  repaymentBankgiro: z.string().nullable().describe('NNN-NNNN or NNNN-NNNN; null: not set'),
  appealText: z.string(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type AgencySettings = z.infer<typeof AgencySettingsSchema>;

export const settingsRoutes = {
  agency: route({
    method: 'GET',
    path: '/settings/agency',
    response: { 200: AgencySettingsSchema },
  }),
  updateAgency: route({
    method: 'PUT',
    path: '/settings/agency',
    body: AgencySettingsInputSchema,
    response: { 200: AgencySettingsSchema },
  }),
};
