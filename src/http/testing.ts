// Helpers for API tests: a server on the suite's database and valid request bodies to vary.
import { readFile } from 'node:fs/promises';
import type { Database } from '../db/client';
import type { GrantInput } from './routes/grants.schema';
import { buildServer, type App } from './server';

/** A fixed clock, so audit times and dates in answers are predictable. */
export const TEST_NOW = new Date('2026-03-02T09:30:00.000Z');

export function buildTestServer(db: Database, now: () => Date = () => TEST_NOW): Promise<App> {
  return buildServer({ db, now });
}

/** A valid grant body (the 2018 welfare technology grant); override what the test is about. */
export function grantInput(overrides: Partial<GrantInput> = {}): GrantInput {
  return {
    name: 'Stimulansmedel för investeringar i välfärdsteknik 2018',
    grantYear: 2018,
    legalBasis:
      'Regeringsbeslut: uppdrag att fördela medel för investering i välfärdsteknik i omsorgen',
    appropriation: 'Utgiftsområde 9, anslag 4:5 Stimulansbidrag och åtgärder inom äldreområdet',
    appropriationItem: 'ap. 11 Utvecklingsmedel – Socialstyrelsen',
    totalAmountKr: 350_000_000,
    eligibleRecipientTypes: ['municipality'],
    purpose:
      'Öka investeringstakten av välfärdsteknik i kommunal hälso- och sjukvård och social omsorg.',
    usageAreas: ['Investeringar i välfärdsteknik'],
    distributionMethod: 'allocation_key',
    callOn: null,
    requisitionDeadlineOn: '2018-11-01',
    usageStartOn: '2018-01-01',
    usageEndOn: '2018-12-31',
    reportingDeadlineOn: null,
    repaymentDeadlineOn: '2019-09-30',
    rules: {
      repaymentRequired: true,
      waiverThresholdKr: 0,
      minimumAmountKr: 0,
      privateProvidersShareRequired: true,
    },
    ...overrides,
  };
}

export type MultipartPart = string | { filename: string; content: string | Uint8Array };

/** A multipart/form-data body for app.inject, encoded by the platform's own FormData. */
export async function multipart(
  parts: Record<string, MultipartPart>,
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, part] of Object.entries(parts)) {
    if (typeof part === 'string') form.append(name, part);
    else {
      const content =
        typeof part.content === 'string' ? part.content : new Uint8Array(part.content);
      form.append(name, new Blob([content]), part.filename);
    }
  }
  const encoded = new Response(form);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  };
}

/** Reads a file of reference/ (the shipped, verified tables). */
export function referenceFile(name: string): Promise<Buffer> {
  return readFile(new URL(`../../reference/${name}`, import.meta.url));
}
