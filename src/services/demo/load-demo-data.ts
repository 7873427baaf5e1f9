// The demo data of a first start: three real grants (one performance-based) from the seed documents,
// the 2024 grant's follow-up (every report submitted), its 2025 demo round's follow-up in progress, a 2027 grant open for requisition and a 2027
// performance-based grant open for expressions of interest, entered through the same
// use cases a case officer uses (so they are validated, computed and audited like any other).
import { readFile } from 'node:fs/promises';
import { hasMarker, setMarker } from '../../db/markers';
import type { ServiceContext } from '../common/context';
import { listGrants } from '../grants/list-grants';
import { loadPerformanceDemo, loadPerformanceDemo2027 } from './load-performance-demo';
import { publishKeyGrant } from '../grants/publish-key-grant';
import { loadRequisitionDemo } from './load-requisition-demo';
import { loadReportedDemo, loadReportingDemo } from './load-reporting-demo';
import { DEMO_GRANTS, ELDERLY_CARE_2024, ELDERLY_CARE_2025_DEMO } from './demo-grants';
import type { GrantDraft } from '../grants/grant-draft';

const DEMO_MARKER = 'demo_data_loaded';
const REFERENCE_DIR = new URL('../../../reference/', import.meta.url);

/**
 * Creates and publishes the demo grants unless they were loaded before (a marker in the database,
 * so a demo grant the user changed is never overwritten). Each grant is a few use cases, each its
 * own transaction; a start interrupted halfway skips the grants already there on the next start.
 * Returns whether it loaded anything.
 */
export async function loadDemoData(ctx: ServiceContext): Promise<boolean> {
  if (await hasMarker(ctx.db, DEMO_MARKER)) return false;
  const existing = await listGrants(ctx);
  for (const demo of DEMO_GRANTS) {
    const existingGrant = existing.find(
      (g) => g.name === demo.draft.name && g.grantYear === demo.draft.grantYear,
    );
    const bytes = await readFile(new URL(demo.keyFile, REFERENCE_DIR));
    await publishKeyGrant(ctx, demo.draft, { filename: demo.keyFile, bytes }, existingGrant);
  }
  await loadPerformanceDemo(ctx);
  await loadRequisitionDemo(ctx);
  const grants = await listGrants(ctx);
  const find = (draft: GrantDraft) =>
    grants.find((g) => g.name === draft.name && g.grantYear === draft.grantYear);
  const elderlyCare2024 = find(ELDERLY_CARE_2024);
  if (elderlyCare2024) await loadReportedDemo(ctx, elderlyCare2024.id);
  const elderlyCare2025 = find(ELDERLY_CARE_2025_DEMO);
  if (elderlyCare2025) await loadReportingDemo(ctx, elderlyCare2025.id);
  await loadPerformanceDemo2027(ctx);
  await setMarker(ctx.db, DEMO_MARKER, { loadedAt: ctx.now().toISOString() });
  return true;
}
