// The recipients every installation starts with: the 290 municipalities and the 21 regions, from
// the reference tables shipped in the repository (reference/SOURCES.md says how they were checked).
// Inserted when absent on every start; an existing row is never touched, so names and organisation
// numbers updated later by a CSV import survive restarts and new releases.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import Papa from 'papaparse';
import { z } from 'zod';
import type { Executor } from './client';
import { recipients } from './schema';

const REFERENCE_DIR = new URL('../../reference/', import.meta.url);

/**
 * Gotland has no county council: Region Gotland is the municipality 0980 and also carries the
 * regional tasks as the region 09. One organisation, two recipient codes (see schema.ts).
 */
export const GOTLAND = { municipalityCode: '0980', regionCode: '09' } as const;

const MunicipalityRow = z.object({
  kommunkod: z.string().regex(/^\d{4}$/),
  name: z.string().min(1),
  county_code: z.string().regex(/^\d{2}$/),
});
const RegionRow = z.object({ county_code: z.string().regex(/^\d{2}$/), name: z.string().min(1) });

export interface ReferenceRecipient {
  code: string;
  type: 'municipality' | 'region';
  name: string;
  countyCode: string;
}

export function readReferenceRecipients(): ReferenceRecipient[] {
  const regions = readCsv('regions.csv', RegionRow).map((r): ReferenceRecipient => ({
    code: r.county_code,
    type: 'region',
    name: r.name,
    countyCode: r.county_code,
  }));
  const municipalities = readCsv('municipalities.csv', MunicipalityRow).map(
    (m): ReferenceRecipient => ({
      code: m.kommunkod,
      type: 'municipality',
      name: m.name,
      countyCode: m.county_code,
    }),
  );
  return [...regions, ...municipalities];
}

export async function ensureReferenceData(executor: Executor): Promise<void> {
  const rows = readReferenceRecipients();
  await executor.transaction(async (tx) => {
    // Regions first: a municipality's county and Gotland's link refer to them.
    await tx
      .insert(recipients)
      .values(rows.map((r) => ({ ...r, sameOrganisationAs: null })))
      .onConflictDoNothing({ target: recipients.code });
    await tx.execute(sql`
      update ${recipients} set same_organisation_as = case code
          when ${GOTLAND.municipalityCode} then ${GOTLAND.regionCode}
          else ${GOTLAND.municipalityCode} end
        where code in (${GOTLAND.municipalityCode}, ${GOTLAND.regionCode}) and same_organisation_as is null`);
  });
}

function readCsv<T>(fileName: string, rowSchema: z.ZodType<T>): T[] {
  const text = readFileSync(new URL(fileName, REFERENCE_DIR), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    throw new Error(
      `reference/${fileName}: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`,
    );
  }
  return parsed.data.map((row, index) => {
    const result = rowSchema.safeParse(row);
    if (!result.success)
      throw new Error(`reference/${fileName} line ${index + 2}: ${result.error.message}`);
    return result.data;
  });
}
