import type { AgencySettingsRecord } from '../../db/agency-settings';
import type { AgencySettings } from '../../domain/decisions/agency';

/** The agency's settings as the API answers them. */
export interface AgencySettingsJson extends AgencySettings {
  [key: string]: unknown;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export function agencySettingsToJson(record: AgencySettingsRecord): AgencySettingsJson {
  const { id: _id, updatedAt, ...rest } = record;
  return { ...rest, updatedAt: updatedAt.toISOString() };
}
