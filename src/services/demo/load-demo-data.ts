// The demo data of a first start: three real grants (one performance-based) from the seed documents,
// the 2024 grant's follow-up (form and some reports), a 2027 grant open for requisition and a 2027
// performance-based grant open for expressions of interest, entered through the same
// use cases a case officer uses (so they are validated, computed and audited like any other).
import { readFile } from 'node:fs/promises';
import { hasMarker, setMarker } from '../../db/markers';
import { USAGE_AREAS_2024 } from '../../domain/reporting/template-2024';
import type { ServiceContext } from '../shared/context';
import type { GrantDraft } from '../grants/grant-draft';
import { listGrants } from '../grants/list-grants';
import { loadPerformanceDemo, loadPerformanceDemo2027 } from './load-performance-demo';
import { publishKeyGrant } from '../grants/publish-key-grant';
import { loadRequisitionDemo } from './load-requisition-demo';
import { loadReportingDemo } from './load-reporting-demo';

const DEMO_MARKER = 'demo_data_loaded';
const REFERENCE_DIR = new URL('../../../reference/', import.meta.url);

const APPROPRIATION_4_5 =
  'Utgiftsområde 9, anslag 4:5 Stimulansbidrag och åtgärder inom äldreområdet';

/** Seed 000: Socialstyrelsen's 2024 grant under SFS 2023:609, key = Bilaga 1 Tabell 1. */
export const ELDERLY_CARE_2024: GrantDraft = {
  name: 'Statsbidrag för att säkerställa en god omsorg och hälso- och sjukvård för äldre personer 2024',
  grantYear: 2024,
  legalBasis:
    'Förordning (2023:609) om statsbidrag till kommuner för att säkerställa en god omsorg och hälso- och sjukvård för äldre personer; regeringsbeslut S2023/03257',
  appropriation: APPROPRIATION_4_5,
  appropriationItem: '',
  totalAmountKr: 3_998_500_000n,
  eligibleRecipientTypes: ['municipality'],
  purpose:
    'Att utifrån lokala behov säkerställa en för äldre personer god omsorg och hälso- och sjukvård och möjliggöra förbättringar och utveckling av dessa verksamheter.',
  usageAreas: USAGE_AREAS_2024,
  distributionMethod: 'allocation_key',
  callOn: null, // "lyste ut bidraget i januari 2024": no day is given
  requisitionDeadlineOn: '2024-10-31',
  usageStartOn: '2024-01-01',
  usageEndOn: '2024-12-31',
  reportingDeadlineOn: '2025-02-28',
  repaymentDeadlineOn: null, // set in the repayment demand, not in the report
  rules: {
    repaymentRequired: true,
    waiverThresholdKr: 1_000n,
    minimumAmountKr: 0n,
    privateProvidersShareRequired: true,
    secondRound: false,
  },
};

/** Seed 003: the government's 2018 decision on welfare technology, key = its annex. */
export const WELFARE_TECH_2018: GrantDraft = {
  name: 'Stimulansmedel för investeringar i välfärdsteknik i omsorgen 2018',
  grantYear: 2018,
  legalBasis:
    'Regeringsbeslut 2018: Uppdrag att fördela medel för investering i välfärdsteknik i omsorgen',
  appropriation: APPROPRIATION_4_5,
  appropriationItem: 'Anslagspost 11 Utvecklingsmedel – Socialstyrelsen',
  totalAmountKr: 350_000_000n,
  eligibleRecipientTypes: ['municipality'],
  purpose:
    'Att möjliggöra för kommunerna att öka investeringstakten av välfärdsteknik i verksamheter inom kommunal hälso- och sjukvård och social omsorg.',
  usageAreas: [
    'Investeringar i välfärdsteknik',
    'Investeringar som ökar förutsättningarna att implementera välfärdsteknik (t.ex. wi-fi i särskilda boenden, operativ kunskap)',
    'Verksamheter inom hjälpmedelsområdet',
  ],
  distributionMethod: 'allocation_key',
  callOn: null,
  requisitionDeadlineOn: '2018-11-01',
  usageStartOn: '2018-01-01',
  usageEndOn: '2018-12-31',
  reportingDeadlineOn: null, // "vid den tid som Socialstyrelsen anger"
  repaymentDeadlineOn: '2019-09-30',
  rules: {
    repaymentRequired: true,
    waiverThresholdKr: 0n,
    minimumAmountKr: 0n,
    privateProvidersShareRequired: true,
    secondRound: false,
  },
};

export const DEMO_GRANTS = [
  { draft: ELDERLY_CARE_2024, keyFile: 'elderly_care_2024_usage.csv' },
  { draft: WELFARE_TECH_2018, keyFile: 'welfare_tech_2018_allocation.csv' },
] as const;

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
  const elderlyCare2024 = (await listGrants(ctx)).find(
    (g) => g.name === ELDERLY_CARE_2024.name && g.grantYear === ELDERLY_CARE_2024.grantYear,
  );
  if (elderlyCare2024) await loadReportingDemo(ctx, elderlyCare2024.id);
  await loadPerformanceDemo2027(ctx);
  await setMarker(ctx.db, DEMO_MARKER, { loadedAt: ctx.now().toISOString() });
  return true;
}
