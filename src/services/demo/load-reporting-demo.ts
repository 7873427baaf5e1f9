// The demo follow-ups of the elderly care grant (seed 000), both on a copy of the 2024 template and
// the synthetic 2024 answers (reference/elderly_care_2024_followup_answers.jsonl; only their totals
// are real): the 2024 grant's concluded (all 290 submitted, the source of the report to the
// government) and the 2025 demo round's in progress (some submitted, some drafts, Stockholm free to
// report).
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { findReport, findReportForm, listReports } from '../../db/reporting';
import { addDays, todayInStockholm } from '../../domain/dates';
import type { EconomicAnswers, SurveyAnswers } from '../../domain/reporting/check-report';
import { answers2024, TEMPLATE_2024_ID } from '../../domain/reporting/template-2024';
import type { ServiceContext } from '../common/context';
import { changeGrantStatus } from '../grants/change-grant-status';
import { copyReportFormTemplate } from '../reporting/copy-report-form-template';
import { createGrant } from '../grants/create-grant';
import { importKeyAllocation } from '../allocation/import-key-allocation';
import { ELDERLY_CARE_2024 } from './demo-grants';
import { publishAllocation } from '../allocation/publish-allocation';
import { extendReportDeadline } from '../reporting/extend-report-deadline';
import { SYSTEM_USER } from '../../domain/access/policy';
import { saveReportDraft } from '../reporting/save-report-draft';
import { submitReport } from '../reporting/submit-report';
import { z } from 'zod';
import { PrivateProvidersSchema, PrivateShareBandSchema } from '../../db/schema';

const REFERENCE_DIR = new URL('../../../reference/', import.meta.url);

export interface SyntheticReport {
  recipientCode: string;
  receivedKr: bigint;
  economic: EconomicAnswers;
  answers: SurveyAnswers;
}

/**
 * Every municipality's 2024 report from the reference data: used = Bilaga 1 Tabell 1's amount
 * used; the costs split 84 / 11 / 5 % over salaries, purchased services and other (the shares of
 * seed 002; seed 000 prints no breakdown), the rest of the rounding on salaries.
 */
/** One line of the reference follow-up answers (reference/elderly_care_2024_followup_answers.jsonl). */
const FollowUpAnswersLine = z.object({
  kommunkod: z.string(),
  answers: z.record(z.string(), z.unknown()),
});

export async function synthetic2024Reports(): Promise<SyntheticReport[]> {
  const usage = Papa.parse<Record<string, string>>(
    await readFile(new URL('elderly_care_2024_usage.csv', REFERENCE_DIR), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;
  const byCode = new Map(usage.map((row) => [row.kommunkod ?? '', row]));
  const lines = (
    await readFile(new URL('elderly_care_2024_followup_answers.jsonl', REFERENCE_DIR), 'utf8')
  )
    .trim()
    .split('\n')
    .map((line) => FollowUpAnswersLine.parse(JSON.parse(line)));
  return lines.map((line) => {
    const row = byCode.get(line.kommunkod);
    if (!row) throw new Error(`no 2024 usage row for ${line.kommunkod}`);
    const usedKr = BigInt(row.used_kr ?? '');
    const purchased = (usedKr * 11n) / 100n;
    const other = (usedKr * 5n) / 100n;
    const converted = answers2024(line);
    return {
      recipientCode: line.kommunkod,
      receivedKr: BigInt(row.allocation_key_kr ?? ''),
      economic: {
        usedKr,
        costs: { salaries: usedKr - purchased - other, purchased_services: purchased, other },
        privateProviders: PrivateProvidersSchema.parse(converted.privateProviders),
        privateShareBand: PrivateShareBandSchema.nullable().parse(converted.privateShareBand),
      },
      answers: converted.survey,
    };
  });
}

/** The report as the HTTP API takes it (`PUT …/reports/:code`): kronor as JSON integers. */
export function syntheticReportJson(report: SyntheticReport, version: number) {
  const kr = (value: bigint | null) => (value === null ? null : Number(value));
  return {
    version,
    economic: {
      usedKr: kr(report.economic.usedKr),
      costs: Object.fromEntries(
        Object.entries(report.economic.costs).map(([id, value]) => [id, kr(value)]),
      ),
      privateProviders: report.economic.privateProviders,
      privateShareBand: report.economic.privateShareBand,
    },
    answers: report.answers,
  };
}

/**
 * Each report saved as a draft and submitted by its organisation's signatory, one after the other
 * (the fixture of the golden test, the receivables tests and the bench).
 */
export async function submitSyntheticReports(
  ctx: ServiceContext,
  grantId: string,
  reports: readonly SyntheticReport[],
): Promise<void> {
  for (const report of reports)
    await submitOne(recipientContext(ctx, report.recipientCode), grantId, report);
}

/** A context acting as a signatory of the organisation (the demo's stand-in for its staff). */
export function recipientContext(
  ctx: ServiceContext,
  recipientCode: string,
  now: () => Date = ctx.now,
): ServiceContext {
  return {
    ...ctx,
    now,
    user: {
      ...SYSTEM_USER,
      recipientCode,
      roles: [{ role: 'recipient_signatory', grantId: null }],
    },
  };
}

const SUBMITTED = 24;
const DRAFTS = 6;
const STOCKHOLM = '0180';

/**
 * The 2024 follow-up concluded: every municipality's report, from the reference answers, submitted
 * in February 2025 before the grant's last day (2025-02-28), so the 2024 report to the government
 * shows seed 000's tables computed from stored reports. Skips what is there already.
 */
export async function loadReportedDemo(ctx: ServiceContext, grantId: string): Promise<void> {
  if (!(await findReportForm(ctx.db, grantId)))
    await copyReportFormTemplate(ctx, { grantId, templateId: TEMPLATE_2024_ID });
  const started = new Set((await listReports(ctx.db, grantId)).map((r) => r.recipientCode));
  for (const [i, report] of (await synthetic2024Reports()).entries()) {
    if (started.has(report.recipientCode)) continue;
    const at = () => new Date(Date.UTC(2025, 1, 3 + (i % 20), 8 + (i % 8), 15 + (i % 40)));
    await submitOne(recipientContext(ctx, report.recipientCode, at), grantId, report);
  }
}

/**
 * A follow-up in progress, on the 2025 demo round (the same form and answers): some
 * municipalities submitted in February 2026, some left drafts; Stockholm has not started and its
 * demo accounts fill in and submit on a fresh start, under an extension ("anstånd") the demo gives
 * it, since the round's own last day (2026-02-28) has passed. Loaded unless its form exists.
 */
export async function loadReportingDemo(ctx: ServiceContext, grantId: string): Promise<void> {
  if (await findReportForm(ctx.db, grantId)) return;
  await copyReportFormTemplate(ctx, { grantId, templateId: TEMPLATE_2024_ID });
  const reports = (await synthetic2024Reports()).filter((r) => r.recipientCode !== STOCKHOLM);
  // Spread over the list (small and large municipalities).
  const chosen = reports.filter((_, i) => i % 9 === 0).slice(0, SUBMITTED + DRAFTS);
  for (const [i, report] of chosen.entries()) {
    const at = () => new Date(Date.UTC(2026, 1, 3 + (i % 20), 9 + (i % 7), 15));
    const as = recipientContext(ctx, report.recipientCode, at);
    if (await findReport(ctx.db, grantId, report.recipientCode)) continue;
    if (i < SUBMITTED) await submitOne(as, grantId, report);
    else
      await saveReportDraft(as, {
        grantId,
        recipientCode: report.recipientCode,
        version: 0,
        economic: report.economic,
        answers: partial(report.answers),
      });
  }
  const today = todayInStockholm(ctx.now());
  await extendReportDeadline(ctx, {
    grantId,
    recipientCode: STOCKHOLM,
    deadlineOn: addDays(today, 90),
    reason: 'Demodata: anstånd så att demokontona för Stockholm kan återrapportera.',
  });
}

/** The report saved as a draft and submitted, as its organisation (`as`) does it. */
async function submitOne(
  as: ServiceContext,
  grantId: string,
  report: SyntheticReport,
): Promise<void> {
  const saved = await saveReportDraft(as, {
    grantId,
    recipientCode: report.recipientCode,
    version: 0,
    economic: report.economic,
    answers: report.answers,
  });
  await submitReport(as, {
    grantId,
    recipientCode: report.recipientCode,
    version: saved.report!.version,
  });
}

/** The first half of the answers: a draft someone is still working on. */
function partial(answers: SurveyAnswers): SurveyAnswers {
  const entries = Object.entries(answers);
  return Object.fromEntries(entries.slice(0, Math.ceil(entries.length / 2)));
}

/**
 * The 2024 elderly care grant published with its key and the 2024 template as its form, with
 * `reportingDeadlineOn` as given: the fixture of the reporting tests and the bench.
 */
export async function setUpReportingGrant(
  ctx: ServiceContext,
  reportingDeadlineOn: string | null,
): Promise<string> {
  const grant = await createGrant(ctx, { ...ELDERLY_CARE_2024, reportingDeadlineOn });
  const file = 'elderly_care_2024_usage.csv';
  const allocation = await importKeyAllocation(ctx, {
    grantId: grant.id,
    filename: file,
    bytes: await readFile(new URL(file, REFERENCE_DIR)),
  });
  await publishAllocation(ctx, allocation.id);
  await changeGrantStatus(ctx, { id: grant.id, status: 'published', reason: 'Test' });
  await copyReportFormTemplate(ctx, { grantId: grant.id, templateId: TEMPLATE_2024_ID });
  return grant.id;
}
