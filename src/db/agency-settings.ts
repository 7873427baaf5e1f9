// The agency's settings: one row (id 1), seeded by a migration (docs/decisions/0016).
import { eq, sql } from 'drizzle-orm';
import { DEFAULT_AGENCY_SETTINGS, type AgencySettings } from '../domain/decisions/agency';
import type { Executor } from './client';
import { findAppealText } from './decisions';
import { agencySettings } from './schema';

export type AgencySettingsRecord = typeof agencySettings.$inferSelect;

/** The stored settings; the defaults (version 0) should the row be missing. */
export async function findAgencySettings(executor: Executor): Promise<AgencySettingsRecord> {
  const [row] = await executor.select().from(agencySettings).where(eq(agencySettings.id, 1));
  return (
    row ?? {
      id: 1,
      ...DEFAULT_AGENCY_SETTINGS,
      version: 0,
      updatedAt: new Date(0),
      updatedBy: 'system',
    }
  );
}

/** The settings as the letters and the reference numbers use them. */
export async function loadAgencySettings(executor: Executor): Promise<AgencySettings> {
  const {
    id: _id,
    version: _version,
    updatedAt: _at,
    updatedBy: _by,
    ...settings
  } = await findAgencySettings(executor);
  return settings;
}

/** The row locked for an update (FOR UPDATE), created with the defaults if it is missing. */
export async function lockAgencySettings(executor: Executor): Promise<AgencySettingsRecord> {
  await executor
    .insert(agencySettings)
    .values({ id: 1, ...DEFAULT_AGENCY_SETTINGS })
    .onConflictDoNothing();
  const [row] = await executor
    .select()
    .from(agencySettings)
    .where(eq(agencySettings.id, 1))
    .for('update');
  if (!row) throw new Error('agency_settings has no row');
  return row;
}

export async function saveAgencySettings(
  executor: Executor,
  settings: AgencySettings,
  meta: { updatedBy: string; now: Date },
): Promise<AgencySettingsRecord> {
  const [row] = await executor
    .update(agencySettings)
    .set({
      ...settings,
      version: sql`${agencySettings.version} + 1`,
      updatedAt: meta.now,
      updatedBy: meta.updatedBy,
    })
    .where(eq(agencySettings.id, 1))
    .returning();
  if (!row) throw new Error('agency_settings has no row');
  return row;
}

/** The grant's own appeal text, or else the agency's default one. */
export async function appealTextOf(executor: Executor, grantId: string): Promise<string> {
  return (
    (await findAppealText(executor, grantId)) ?? (await loadAgencySettings(executor)).appealText
  );
}
