import { findAgencySettings } from '../../db/agency-settings';
import type { ServiceContext } from '../common/context';
import { agencySettingsToJson, type AgencySettingsJson } from './present';
import { authorize } from '../../domain/access/policy';

/** The agency's settings (letterhead, reference series, repayment bankgiro, appeal text). */
export async function getAgencySettings(ctx: ServiceContext): Promise<AgencySettingsJson> {
  authorize(ctx.user, 'agency.read');
  return agencySettingsToJson(await findAgencySettings(ctx.db));
}
