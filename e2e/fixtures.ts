// Test data for the journeys: the 2018 welfare technology key (reference/, 290 municipalities,
// 350 000 000 kr) written to temporary files in the shapes a case officer would upload.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { z } from 'zod';
import type { Database } from '../src/db/client';
import { setUpPerformanceCall } from '../src/http/testing';
import { systemContext } from '../src/services/common/context';
import type { GrantInput } from '../src/contracts/grants';
import { ReportSchema } from '../src/contracts/reporting';
import { StepUpProofAnswerSchema } from '../src/contracts/session';
import { DEMO_PASSWORD } from '../src/services/demo/load-demo-accounts';
import {
  synthetic2024Reports,
  syntheticReportJson,
} from '../src/services/demo/load-reporting-demo';
import {
  apiSessionHeaders,
  REPO_ROOT,
  signInContext,
  STOCKHOLM_SIGNATORY,
  type Harness,
} from './support';

export interface KeyRow {
  code: string;
  name: string;
  amountKr: number;
}

/** reference/welfare_tech_2018_allocation.csv: kommunkod,name,amount_kr,share_percent. */
export function readWelfareTechKey(): KeyRow[] {
  const text = readFileSync(
    path.join(REPO_ROOT, 'reference/welfare_tech_2018_allocation.csv'),
    'utf8',
  );
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header !== 'kommunkod,name,amount_kr,share_percent')
    throw new Error(`unexpected header ${header}`);
  return lines.map((line) => {
    const [code = '', name = '', amount = ''] = line.split(',');
    return { code, name, amountKr: Number(amount) };
  });
}

export const WELFARE_TECH_TOTAL_KR = 350_000_000;

/** The key as the government's annex gives it: code, name, amount in whole kronor. */
export async function writeKeyCsv(
  dir: string,
  rows: KeyRow[],
  fileName = 'fordelningsnyckel-2018.csv',
) {
  const file = path.join(dir, fileName);
  const body = rows.map((row) => `${row.code},${row.name},${row.amountKr}`).join('\n');
  await writeFile(file, `kommunkod,name,amount_kr\n${body}\n`, 'utf8');
  return file;
}

/** A key whose 4th data row (line 5, the header being line 1) has a word for an amount. */
export async function writeKeyCsvWithBadRow(dir: string, rows: KeyRow[]) {
  const file = path.join(dir, 'nyckel-med-fel.csv');
  const lines = rows.map((row, index) =>
    index === 3 ? `${row.code},${row.name},ettusen` : `${row.code},${row.name},${row.amountKr}`,
  );
  await writeFile(file, `kommunkod,name,amount_kr\n${lines.join('\n')}\n`, 'utf8');
  return { file, line: 5, column: 'amount_kr', code: rows[3]?.code ?? '' };
}

/** The grant of the reference key, as the API takes it (for setting up pages the test only visits). */
export function welfareTechGrant(overrides: Partial<GrantInput> = {}): GrantInput {
  return {
    name: 'Investeringar i välfärdsteknik 2018',
    grantYear: 2018,
    legalBasis: 'Regeringsbeslut S2018/00000 om medel för investeringar i välfärdsteknik',
    appropriation: '4:5',
    appropriationItem: 'ap. 11',
    totalAmountKr: WELFARE_TECH_TOTAL_KR,
    eligibleRecipientTypes: ['municipality'],
    purpose: 'Öka investeringstakten av välfärdsteknik i kommunernas omsorg.',
    usageAreas: ['Investeringar i välfärdsteknik'],
    distributionMethod: 'allocation_key',
    callOn: '2018-03-01',
    requisitionDeadlineOn: '2018-11-01',
    usageStartOn: '2018-01-01',
    usageEndOn: '2018-12-31',
    reportingDeadlineOn: '2019-03-31',
    repaymentDeadlineOn: '2019-09-30',
    rules: {
      repaymentRequired: true,
      waiverThresholdKr: 1000,
      minimumAmountKr: 0,
      privateProvidersShareRequired: false,
      secondRound: false,
    },
    ...overrides,
  };
}

/** Calls the API directly (setup only; the journeys themselves go through the UI). */
export async function apiCall<T>(
  schema: z.ZodType<T>,
  baseUrl: string,
  pathName: string,
  init: RequestInit = {},
): Promise<T> {
  const response = await fetch(`${baseUrl}/api${pathName}`, {
    ...init,
    headers: { ...apiSessionHeaders(baseUrl), ...init.headers },
  });
  const body: unknown = await response.json();
  if (!response.ok) {
    throw new Error(
      `${init.method ?? 'GET'} ${pathName}: ${response.status} ${JSON.stringify(body)}`,
    );
  }
  return schema.parse(body);
}

/**
 * Stockholm's signatory submits its follow-up report on the demo 2025 round through the API (e2e/reporting covers
 * the form) with `unusedKr` of the grant left unused, which gives it a repayment demand of that.
 */
export async function submitStockholmReportLeavingUnused(
  harness: Harness,
  grantId: string,
  unusedKr: bigint,
): Promise<void> {
  const draft = await draftStockholmReportLeavingUnused(harness, grantId, unusedKr);
  // Submitting is signed: the signatory re-enters the password for this report (docs/decisions/0032).
  const { stepUpProof } = await apiCall(
    StepUpProofAnswerSchema,
    harness.baseUrl,
    '/session/step-up',
    postJson({
      act: { kind: 'report.submit', grantId, recipientCode: '0180' },
      password: DEMO_PASSWORD,
    }),
  );
  await apiCall(
    ReportSchema,
    harness.baseUrl,
    `/grants/${grantId}/reports/0180/submit`,
    postJson({ version: draft.version, stepUpProof }),
  );
}

/**
 * Stockholm's signatory saves its 2024 follow-up report as a complete draft through the API, with
 * `unusedKr` of the grant left unused: submitted, it gives a repayment demand of that.
 */
export async function draftStockholmReportLeavingUnused(
  harness: Harness,
  grantId: string,
  unusedKr: bigint,
): Promise<{ version: number }> {
  await harness.context.clearCookies();
  await signInContext(harness.context, harness.baseUrl, STOCKHOLM_SIGNATORY);
  const reported = (await synthetic2024Reports()).find((r) => r.recipientCode === '0180')!;
  const { economic } = reported;
  const report = {
    ...reported,
    economic: {
      ...economic,
      usedKr: economic.usedKr! - unusedKr,
      costs: { ...economic.costs, salaries: economic.costs.salaries! - unusedKr },
    },
    answers: {
      ...reported.answers,
      unused_reason: 'Svårigheter att rekrytera personal under hösten.',
    },
  };
  return apiCall(ReportSchema, harness.baseUrl, `/grants/${grantId}/reports/0180`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(syntheticReportJson(report, 0)),
  });
}

export function postJson(body: unknown): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

export function postFile(field: string, fileName: string, content: string): RequestInit {
  const form = new FormData();
  form.append(field, new Blob([content], { type: 'text/csv' }), fileName);
  return { method: 'POST', body: form };
}

export function keyCsv(rows: KeyRow[]): string {
  return `kommunkod,name,amount_kr\n${rows.map((r) => `${r.code},${r.name},${r.amountKr}`).join('\n')}\n`;
}

/**
 * A performance-based call of 1 000 000 kr on the hourly-employment model: Stockholm 600 000 and
 * Upplands Väsby 400 000 kr in the key, both registered, interest by 2026-04-20, figures by
 * 2026-04-30 (set up as the system at `now`). Returns the grant's id.
 */
export function setUpFiguresCall(db: Database, now: Date, name: string): Promise<string> {
  return setUpPerformanceCall(
    systemContext(db, 'system:e2e', () => now),
    {
      name,
      grantYear: 2026,
      totalAmountKr: 1_000_000,
      key: { '0180': 600_000, '0114': 400_000 },
      interestDeadlineOn: '2026-04-20',
      figuresDeadlineOn: '2026-04-30',
      registered: ['0180', '0114'],
    },
  );
}

/** The hourly-employment model's figures by their labels (the model's, Swedish in any language). */
export const HOURLY_FIGURE_LABELS = [
  'Antal tillsvidareanställda, februari 2022',
  'Antal timanställda, februari 2022',
  'Antal tillsvidareanställda, november 2023',
  'Antal timanställda, november 2023',
] as const;

/** Types the four figures, in the model's order, into the form (the page or the officer's dialog). */
export async function fillFigures(form: Page | Locator, values: readonly string[]): Promise<void> {
  for (const [i, label] of HOURLY_FIGURE_LABELS.entries())
    await form.getByLabel(label).fill(values[i] ?? '');
}
