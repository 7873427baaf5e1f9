// The demo performance-based grants: the 2023 grant for fewer hourly employments (seed 001, Bilaga
// 2), set up, registered, reported, calculated and published through the case officer's use cases;
// and a 2027 grant modelled on it that is open for expressions of interest, so that a demo
// recipient can register itself and report its figures.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { calculatePerformance } from '../performance/calculate-performance';
import type { ServiceContext } from '../common/context';
import { createGrant } from '../grants/create-grant';
import type { GrantDraft } from '../grants/grant-draft';
import { listGrants } from '../grants/list-grants';
import { listPerformanceResults } from '../../db/performance';
import { deadlinePassed, localDate } from '../../domain/dates';
import { publishPerformanceResult } from '../performance/publish-performance-result';
import { saveRecipientFigures } from '../performance/recipient-figures';
import { registerInterest } from '../performance/register-interest';
import { savePerformanceModel } from '../performance/save-performance-model';
import { uploadPerformanceFigures } from '../performance/upload-performance-figures';
import { uploadPerformanceKey } from '../performance/upload-performance-key';

const ROOT = new URL('../../../', import.meta.url);
const FIGURE_COLUMNS = [
  'permanent_feb_2022',
  'hourly_feb_2022',
  'permanent_nov_2023',
  'hourly_nov_2023',
];

export const HOURLY_EMPLOYMENT_2023: GrantDraft = {
  name: 'Prestationsbaserat statsbidrag för att minska andelen timanställningar inom kommunalt finansierad vård och omsorg om äldre 2023',
  grantYear: 2023,
  legalBasis: 'Regeringsbeslut S2021/04601: uppdrag att fördela prestationsbaserade medel',
  appropriation: 'Utgiftsområde 9, anslag 4:5 Stimulansbidrag och åtgärder inom äldreområdet',
  appropriationItem: '',
  totalAmountKr: 1_998_500_000n,
  eligibleRecipientTypes: ['municipality'],
  purpose:
    'Att minska andelen timanställningar inom kommunalt finansierad vård och omsorg om äldre.',
  usageAreas: [],
  distributionMethod: 'performance',
  callOn: null,
  requisitionDeadlineOn: null,
  usageStartOn: '2023-01-01',
  usageEndOn: '2023-12-31',
  reportingDeadlineOn: null,
  repaymentDeadlineOn: null,
  rules: {
    repaymentRequired: false,
    waiverThresholdKr: 0n,
    minimumAmountKr: 0n,
    privateProvidersShareRequired: false,
    secondRound: false,
  },
};

/**
 * Not a seed grant: the 2023 model moved to 2026/2027 (docs/examples/hourly-employment-2027-demo
 * .model.json, same conditions and pools), open for interest until 2027-03-31.
 */
export const HOURLY_EMPLOYMENT_2027_DEMO: GrantDraft = {
  ...HOURLY_EMPLOYMENT_2023,
  name: 'Prestationsbaserat statsbidrag för att minska andelen timanställningar inom kommunalt finansierad vård och omsorg om äldre 2027 (demo: öppen för intresseanmälan)',
  grantYear: 2027,
  legalBasis: 'Demodata: bygger på regeringsbeslut S2021/04601 (2023 års villkor och potter)',
  usageStartOn: '2027-01-01',
  usageEndOn: '2027-12-31',
};
const DEMO_2027_INTEREST_DEADLINE = '2027-03-31';
const DEMO_2027_FIGURES_DEADLINE = '2027-12-15';
/** Registered by the agency (not Stockholm, 0180: the demo accounts register it themselves). */
const DEMO_2027_REGISTERED = ['0114', '0115', '0117', '1280', '1480'];
/** Upplands Väsby's figures, entered by the case officer (condition 2 met, condition 1 not). */
const DEMO_2027_FIGURES = {
  recipientCode: '0114',
  values: {
    permanent_feb_2026: '420',
    hourly_feb_2026: '105',
    permanent_nov_2027: '450',
    hourly_nov_2027: '81',
  },
};

async function readRows(path: string): Promise<Record<string, string>[]> {
  const text = await readFile(new URL(path, ROOT), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

function csv(headers: string[], rows: string[][]): Uint8Array {
  const lines = [headers, ...rows].map((row) => row.join(','));
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** The 2023 "god vård" key (docs/performance-model.md explains why), uploaded to a grant. */
async function uploadGoodCareKey2023(ctx: ServiceContext, grantId: string): Promise<void> {
  const grants2023 = await readRows('reference/elderly_grants_2023_by_municipality.csv');
  await uploadPerformanceKey(ctx, {
    grantId,
    filename: 'fordelningsnyckel-2023.csv',
    bytes: csv(
      ['recipient_code', 'key_kr'],
      grants2023.map((row) => [row.kommunkod ?? '', row.good_care_requisitioned_kr ?? '']),
    ),
  });
}

/**
 * The 2027 demo grant, open for interest: model and deadlines, the 2023 key, a few municipalities
 * registered by the agency and one of them with figures. Skipped when it exists already (an earlier
 * start); once the last day to register has passed (a late start) it is left without registrations.
 */
export async function loadPerformanceDemo2027(ctx: ServiceContext): Promise<void> {
  const existing = (await listGrants(ctx)).some(
    (g) =>
      g.name === HOURLY_EMPLOYMENT_2027_DEMO.name &&
      g.grantYear === HOURLY_EMPLOYMENT_2027_DEMO.grantYear,
  );
  if (existing) return;
  const grant = await createGrant(ctx, HOURLY_EMPLOYMENT_2027_DEMO);
  const modelText = await readFile(
    new URL('docs/examples/hourly-employment-2027-demo.model.json', ROOT),
    'utf8',
  );
  await savePerformanceModel(ctx, {
    grantId: grant.id,
    modelText,
    interestDeadlineOn: DEMO_2027_INTEREST_DEADLINE,
    figuresDeadlineOn: DEMO_2027_FIGURES_DEADLINE,
  });
  await uploadGoodCareKey2023(ctx, grant.id);
  if (deadlinePassed(localDate(DEMO_2027_INTEREST_DEADLINE), ctx.now())) return;
  await registerInterest(ctx, { grantId: grant.id, recipientCodes: DEMO_2027_REGISTERED });
  await saveRecipientFigures(ctx, { grantId: grant.id, ...DEMO_2027_FIGURES, version: null });
}

/**
 * Creates the grant unless it exists and takes it as far as it got: model, the 2023 "god vård"
 * key (docs/performance-model.md explains why), the 99 municipalities of Bilaga 2 as registered,
 * their figures, and a published calculation.
 */
export async function loadPerformanceDemo(ctx: ServiceContext): Promise<void> {
  const existing = (await listGrants(ctx)).find(
    (g) => g.name === HOURLY_EMPLOYMENT_2023.name && g.grantYear === 2023,
  );
  const grant = existing ?? (await createGrant(ctx, HOURLY_EMPLOYMENT_2023));
  const results = await listPerformanceResults(ctx.db, grant.id);
  if (results.some((result) => result.status === 'published')) return;
  const modelText = await readFile(
    new URL('docs/examples/hourly-employment-2023.model.json', ROOT),
    'utf8',
  );
  await savePerformanceModel(ctx, { grantId: grant.id, modelText, interestDeadlineOn: null });
  await uploadGoodCareKey2023(ctx, grant.id);
  const figures = await readRows('reference/hourly_employment_2023_performance.csv');
  await registerInterest(ctx, {
    grantId: grant.id,
    recipientCodes: figures.map((row) => row.kommunkod ?? ''),
  });
  await uploadPerformanceFigures(ctx, {
    grantId: grant.id,
    filename: 'timanstallningar-2023.csv',
    bytes: csv(
      ['recipient_code', ...FIGURE_COLUMNS],
      figures.map((row) => [row.kommunkod ?? '', ...FIGURE_COLUMNS.map((c) => row[c] ?? '')]),
    ),
  });
  const result = await calculatePerformance(ctx, grant.id);
  await publishPerformanceResult(ctx, result.id);
}
