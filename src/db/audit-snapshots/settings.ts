// The audit snapshot of the agency's settings (agency_settings.updated): the whole row.
import { z } from 'zod';
import type { AgencySettingsRecord } from '../agency-settings';
import { changed, InstantJson } from './common';

export const AgencySettingsSnapshot = z.strictObject({
  name: z.string(),
  orgNumber: z.string().nullable(),
  postalAddress: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  referenceSeries: z.string(),
  repaymentBankgiro: z.string().nullable(),
  appealText: z.string(),
  version: z.number().int(),
  updatedAt: InstantJson,
  updatedBy: z.string(),
});

export function agencySettingsSnapshot(
  record: AgencySettingsRecord,
): z.infer<typeof AgencySettingsSnapshot> {
  return {
    name: record.name,
    orgNumber: record.orgNumber,
    postalAddress: record.postalAddress,
    email: record.email,
    phone: record.phone,
    referenceSeries: record.referenceSeries,
    repaymentBankgiro: record.repaymentBankgiro,
    appealText: record.appealText,
    version: record.version,
    updatedAt: record.updatedAt.toISOString(),
    updatedBy: record.updatedBy,
  };
}

export const settingsAuditPayloads = {
  'agency_settings.updated': changed(AgencySettingsSnapshot),
};
