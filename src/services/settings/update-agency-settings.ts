import { appendAuditEvent } from '../../db/audit';
import { lockAgencySettings, saveAgencySettings } from '../../db/agency-settings';
import { validateAgencySettings, type AgencySettingsInput } from '../../domain/decisions/agency';
import { DomainError } from '../../domain/errors';
import type { ServiceContext } from '../common/context';
import { agencySettingsToJson, type AgencySettingsJson } from './present';
import { InvalidInputError } from '../common/invalid-input-error';
import { authorize } from '../../domain/access/policy';
import { agencySettingsSnapshot } from '../../db/audit-snapshots/settings';

/**
 * An administrator changes the agency's settings. Every field is checked first (422 with each bad
 * field as `path`, nothing stored); a stale `version` is a 409. A new reference series applies to
 * reference numbers taken from now on: issued decisions keep theirs. Audited with before and after.
 */
export async function updateAgencySettings(
  ctx: ServiceContext,
  input: AgencySettingsInput & { version: number },
): Promise<AgencySettingsJson> {
  authorize(ctx.user, 'settings.manage');
  const checked = validateAgencySettings(input);
  if (!checked.ok) throw new InvalidInputError(checked.issues);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await lockAgencySettings(tx);
    if (before.version !== input.version)
      throw new DomainError('agency.version_conflict', {
        expectedVersion: input.version,
        currentVersion: before.version,
      });
    const after = await saveAgencySettings(tx, checked.value, { updatedBy: ctx.actor, now });
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'agency_settings',
      entityId: 'agency',
      action: 'agency_settings.updated',
      before: agencySettingsSnapshot(before),
      after: agencySettingsSnapshot(after),
    });
    return agencySettingsToJson(after);
  });
}
