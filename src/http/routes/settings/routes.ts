// The agency's settings (docs/decisions/0016): read by agency staff, changed by an administrator.
import { getAgencySettings } from '../../../services/settings/get-agency-settings';
import { updateAgencySettings } from '../../../services/settings/update-agency-settings';
import type { ZodApp } from '../../validation';
import { AgencySettingsInputSchema, AgencySettingsSchema } from '../../../contracts/settings';

const tags = ['settings'];

export function settingsRoutes(app: ZodApp): void {
  app.get(
    '/settings/agency',
    {
      config: { access: 'agency.read' },
      schema: {
        tags,
        description:
          "The agency's settings: letterhead (name, organisation number, address, contact), the decision reference series, the bankgiro repayments are paid to and the default appeal text.",
        response: { 200: AgencySettingsSchema },
      },
    },
    async (request) => getAgencySettings(request.ctx),
  );

  app.put(
    '/settings/agency',
    {
      config: { access: 'settings.manage' },
      schema: {
        tags,
        description:
          'Changes the settings (administrators). 422 with every bad field (bankgiro.check_digit, bankgiro.invalid_format, org_number.…, agency.series_invalid, …), nothing stored; 409 agency.version_conflict for a stale version. Audited with before and after.',
        body: AgencySettingsInputSchema,
        response: { 200: AgencySettingsSchema },
      },
    },
    async (request) => updateAgencySettings(request.ctx, request.body),
  );
}
