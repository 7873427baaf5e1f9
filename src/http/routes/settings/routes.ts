// The agency's settings (docs/decisions/0016): read by agency staff, changed by an administrator.
import { getAgencySettings } from '../../../services/settings/get-agency-settings';
import { updateAgencySettings } from '../../../services/settings/update-agency-settings';
import type { ZodApp } from '../../validation';
import { settingsRoutes } from '../../../contracts/settings';
import { registerRoute } from '../register';

const tags = ['settings'];

export function registerSettingsRoutes(app: ZodApp): void {
  registerRoute(
    app,
    settingsRoutes.agency,
    {
      access: 'agency.read',
      tags,
      description:
        "The agency's settings: letterhead (name, organisation number, address, contact), the decision reference series, the bankgiro repayments are paid to and the default appeal text.",
    },
    async (request) => getAgencySettings(request.ctx),
  );

  registerRoute(
    app,
    settingsRoutes.updateAgency,
    {
      access: 'settings.manage',
      tags,
      description:
        'Changes the settings (administrators). 422 with every bad field (bankgiro.check_digit, bankgiro.invalid_format, org_number.…, agency.series_invalid, …), nothing stored; 409 agency.version_conflict for a stale version. Audited with before and after.',
    },
    async (request) => updateAgencySettings(request.ctx, request.body),
  );
}
