// The demo performance-based grant: the 2023 grant for fewer hourly employments (seed 001, Bilaga
// 2), set up, registered, reported, calculated and published through the case officer's use cases.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { calculatePerformance } from './calculate-performance';
import type { ServiceContext } from './context';
import { createGrant } from './create-grant';
import type { GrantDraft } from './grant-draft';
import { listGrants } from './list-grants';
import { listPerformanceResults } from '../db/performance';
import { publishPerformanceResult } from './publish-performance-result';
import { registerInterest } from './register-interest';
import { savePerformanceModel } from './save-performance-model';
import { uploadPerformanceFigures } from './upload-performance-figures';
import { uploadPerformanceKey } from './upload-performance-key';

const ROOT = new URL('../../', import.meta.url);
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

async function readRows(path: string): Promise<Record<string, string>[]> {
  const text = await readFile(new URL(path, ROOT), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

function csv(headers: string[], rows: string[][]): Uint8Array {
  const lines = [headers, ...rows].map((row) => row.join(','));
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
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
  const grants2023 = await readRows('reference/elderly_grants_2023_by_municipality.csv');
  await uploadPerformanceKey(ctx, {
    grantId: grant.id,
    filename: 'fordelningsnyckel-2023.csv',
    bytes: csv(
      ['recipient_code', 'key_kr'],
      grants2023.map((row) => [row.kommunkod ?? '', row.good_care_requisitioned_kr ?? '']),
    ),
  });
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
