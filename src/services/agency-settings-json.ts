import type { AgencySettingsRecord } from '../db/agency-settings';

/** The agency's settings as the API answers them and the audit log records them. */
export interface AgencySettingsJson {
  [key: string]: unknown;
  name: string;
  orgNumber: string | null;
  postalAddress: string;
  email: string | null;
  phone: string | null;
  referenceSeries: string;
  repaymentBankgiro: string | null;
  appealText: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export function agencySettingsToJson(record: AgencySettingsRecord): AgencySettingsJson {
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
