import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, it } from 'node:test';
import Papa from 'papaparse';
import { describeEachDatabase } from '../db/testing';
import type { ReportingOverview } from '../contracts/reporting';
import type { GovernmentReport } from '../contracts/government-report';
import type { Allocation } from '../contracts/allocation';
import type { AuditEvent, Grant } from '../contracts/grants';
import type { PerformanceOverview, PerformanceResult } from '../contracts/performance';
import type { App } from './server';
import { buildTestServer } from './testing';
import { DEMO_ACTOR, systemContext } from '../services/common/context';
import { loadDemoData } from '../services/demo/load-demo-data';

async function referenceAmounts(file: string, column: string): Promise<[string, number][]> {
  const text = await readFile(new URL(`../../reference/${file}`, import.meta.url), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  return rows.map((row) => [row.kommunkod ?? '', Number(row[column])]);
}

describeEachDatabase('demo data', (getDb) => {
  let app: App;
  let grants: Grant[];
  const ctx = () => systemContext(getDb(), DEMO_ACTOR, () => new Date('2026-06-15T08:00:00Z'));

  before(async () => {
    assert.equal(await loadDemoData(ctx()), true);
    app = await buildTestServer(getDb());
    grants = (await app.inject({ url: '/api/grants' })).json().items;
  });
  after(() => app.close());

  /** The demo grant by key of the year (2027 also has a performance-based demo grant). */
  const byKey = (grantYear: number) =>
    grants.find((g) => g.grantYear === grantYear && g.distributionMethod === 'allocation_key');
  const performance = (grantYear: number) =>
    grants.find((g) => g.grantYear === grantYear && g.distributionMethod === 'performance');

  async function publishedAllocation(grantYear: number): Promise<Allocation> {
    const grant = byKey(grantYear);
    assert.ok(grant?.publishedAllocationId, `the ${grantYear} grant has a published allocation`);
    return (await app.inject({ url: `/api/allocations/${grant.publishedAllocationId}` })).json();
  }

  it('holds the three seed grants, the two by key published, the 2025 follow-up demo and the two 2027 demos', () => {
    assert.deepEqual(
      grants.map((g) => [g.grantYear, g.status, g.totalAmountKr, g.distributionMethod]),
      [
        [2027, 'draft', 1_998_500_000, 'performance'],
        [2027, 'published', 3_998_500_000, 'allocation_key'],
        [2025, 'published', 3_998_500_000, 'allocation_key'],
        [2024, 'published', 3_998_500_000, 'allocation_key'],
        [2023, 'draft', 1_998_500_000, 'performance'],
        [2018, 'published', 350_000_000, 'allocation_key'],
      ],
    );
    assert.deepEqual(
      grants.map((g) => g.rules.secondRound),
      [false, true, false, false, false, false],
    );
    const elderlyCare = byKey(2024)!;
    assert.equal(
      elderlyCare.name,
      'Statsbidrag för att säkerställa en god omsorg och hälso- och sjukvård för äldre personer 2024',
    );
    assert.match(elderlyCare.legalBasis, /2023:609/);
    assert.deepEqual(
      [elderlyCare.usageStartOn, elderlyCare.usageEndOn],
      ['2024-01-01', '2024-12-31'],
    );
    assert.equal(elderlyCare.rules.waiverThresholdKr, 1_000);
    assert.equal(elderlyCare.rules.repaymentRequired, true);
    const welfareTech = byKey(2018)!;
    assert.match(welfareTech.appropriation, /4:5/);
    assert.match(welfareTech.appropriationItem, /11/);
    assert.equal(welfareTech.requisitionDeadlineOn, '2018-11-01');
    assert.equal(welfareTech.repaymentDeadlineOn, '2019-09-30');
  });

  it('shows the 2024 grant with 290 rows summing to exactly 3 998 500 000 kr, as in seed 000', async () => {
    const allocation = await publishedAllocation(2024);
    assert.equal(allocation.rows.length, 290);
    assert.equal(
      allocation.rows.reduce((sum, row) => sum + row.amountKr, 0),
      3_998_500_000,
    );
    assert.equal(allocation.totalKr, 3_998_500_000);
    assert.deepEqual(
      allocation.rows.map((row) => [row.recipientCode, row.amountKr]),
      await referenceAmounts('elderly_care_2024_usage.csv', 'allocation_key_kr'),
    );
  });

  it("reproduces seed 003's annex to the krona for the 2018 grant", async () => {
    const allocation = await publishedAllocation(2018);
    assert.equal(allocation.totalKr, 350_000_000);
    assert.deepEqual(
      allocation.rows.map((row) => [row.recipientCode, row.amountKr]),
      await referenceAmounts('welfare_tech_2018_allocation.csv', 'amount_kr'),
    );
  });

  it('was entered through the use cases, so every step is in the audit log', async () => {
    for (const grant of [byKey(2024)!, byKey(2025)!, byKey(2018)!]) {
      const events: AuditEvent[] = (
        await app.inject({ url: `/api/grants/${grant.id}/audit` })
      ).json().items;
      assert.deepEqual(
        events.slice(0, 5).map((e) => e.action),
        [
          'grant.created',
          'allocation.created',
          'allocation.published',
          'grant.allocation_published',
          'grant.status_changed',
        ],
      );
      assert.ok(
        events
          .slice(0, 5)
          .every((e) => e.actor === DEMO_ACTOR && e.occurredAt === '2026-06-15T08:00:00.000Z'),
      );
      // The follow-ups: the form and the reports (2024), and Stockholm's extension (2025).
      const followUp = new Set(events.slice(5).map((e) => e.action));
      const reported = ['report_form.created', 'report.started', 'report.submitted'];
      assert.deepEqual(
        followUp,
        new Set(
          grant.grantYear === 2024
            ? reported
            : grant.grantYear === 2025
              ? [...reported, 'report.deadline_extended']
              : [],
        ),
      );
      assert.ok(events.every((e) => e.actor === DEMO_ACTOR));
    }
  });

  it('has the 2024 follow-up concluded: every one of the 290 reports submitted before the last day', async () => {
    const grant = byKey(2024)!;
    const overview: ReportingOverview = (
      await app.inject({ url: `/api/grants/${grant.id}/reports` })
    ).json();
    assert.deepEqual(overview.counts, {
      submitted: 290,
      draft: 0,
      notStarted: 0,
      late: 0,
      total: 290,
    });
    assert.equal(overview.rows.find((r) => r.recipientCode === '0180')?.state, 'submitted');
  });

  it('has the 2024 report to the government computed from the demo reports: seed 000’s Tabell 1 totals', async () => {
    const grant = byKey(2024)!;
    const report: GovernmentReport = (
      await app.inject({ url: `/api/grants/${grant.id}/government-report` })
    ).json();
    assert.equal(report.respondents, 290);
    assert.deepEqual(
      [
        report.distribution.totals.unusedKr,
        report.distribution.totals.withUnused,
        report.distribution.totals.repaying,
      ],
      [60_207_927, 20, 18],
    );
  });

  it('has the 2025 demo round’s follow-up in progress: the 2024 template as form, demo reports, Stockholm free to report', async () => {
    const grant = byKey(2025)!;
    assert.match(grant.name, /äldre personer 2025 \(demo: 2024 års nyckel och svar\)$/);
    assert.equal(grant.reportingDeadlineOn, '2026-02-28');
    const overview: ReportingOverview = (
      await app.inject({ url: `/api/grants/${grant.id}/reports` })
    ).json();
    assert.deepEqual(overview.counts, {
      submitted: 24,
      draft: 6,
      notStarted: 260,
      late: 260 + 6 - 1,
      total: 290,
    });
    const stockholm = overview.rows.find((r) => r.recipientCode === '0180')!;
    assert.equal(stockholm.state, 'not_started');
    assert.equal(stockholm.deadlineOn, '2026-09-13');
    assert.equal(stockholm.late, false);
  });

  it('has the 2023 hourly-employment grant calculated and published: 20/29/50, 1 998 500 000 kr', async () => {
    const grant = performance(2023);
    assert.ok(grant);
    const overview: PerformanceOverview = (
      await app.inject({ url: `/api/grants/${grant.id}/performance` })
    ).json();
    assert.equal(overview.registrations.length, 99);
    assert.equal(overview.figures.rows.length, 99);
    const [summary] = overview.results;
    assert.equal(summary?.status, 'published');
    const result: PerformanceResult = (
      await app.inject({ url: `/api/performance-results/${summary?.id}` })
    ).json();
    assert.equal(result.totalKr, 1_998_500_000);
    assert.deepEqual(
      result.counts.combinations.map((c) => c.count),
      [20, 29, 50],
    );
  });

  it('has the 2027 grant open for requisition with demo requisitions in every state', async () => {
    const grant = byKey(2027);
    assert.ok(grant);
    assert.equal(grant.requisitionDeadlineOn, '2027-10-31');
    const overview = (await app.inject({ url: `/api/grants/${grant.id}/requisitions` })).json();
    assert.equal(overview.rows.length, 290);
    assert.deepEqual(overview.totals.counts, {
      not_started: 284,
      draft: 1,
      signed: 3,
      declined: 1,
      withdrawn: 1,
    });
    assert.equal(overview.totals.signedKr, 15_460_474 + 16_731_978 + 9_918_995);
    const stockholm = overview.rows.find(
      (r: { recipientCode: string }) => r.recipientCode === '0180',
    );
    assert.equal(stockholm.state, 'not_started');
  });

  it('has the 2027 performance-based demo open for interest: five registered by the agency, not Stockholm, one with figures', async () => {
    const grant = performance(2027);
    assert.ok(grant);
    assert.match(grant.name, /timanställningar .* 2027 \(demo: öppen för intresseanmälan\)$/);
    const overview: PerformanceOverview = (
      await app.inject({ url: `/api/grants/${grant.id}/performance` })
    ).json();
    assert.deepEqual(
      [overview.interestDeadlineOn, overview.figuresDeadlineOn],
      ['2027-03-31', '2027-12-15'],
    );
    const model = overview.model as { figures: { name: string }[]; conditions: unknown[] };
    assert.deepEqual(
      model.figures.map((f) => f.name),
      ['permanent_feb_2026', 'hourly_feb_2026', 'permanent_nov_2027', 'hourly_nov_2027'],
    );
    assert.equal(model.conditions.length, 2);
    assert.equal(overview.key?.recipientCount, 290);
    assert.deepEqual(overview.key?.totalKr, 3_998_500_000);
    assert.deepEqual(
      overview.registrations.map((r) => r.recipientCode),
      ['0114', '0115', '0117', '1280', '1480'],
    );
    assert.deepEqual(
      overview.figures.rows.map((r) => [r.recipientCode, r.source, r.values]),
      [
        [
          '0114',
          'agency_form',
          {
            permanent_feb_2026: '420',
            hourly_feb_2026: '105',
            permanent_nov_2027: '450',
            hourly_nov_2027: '81',
          },
        ],
      ],
    );
    assert.deepEqual(overview.results, []);
  });

  it('is loaded once: a second start adds nothing', async () => {
    assert.equal(await loadDemoData(ctx()), false);
    assert.equal((await app.inject({ url: '/api/grants' })).json().items.length, 6);
  });
});
