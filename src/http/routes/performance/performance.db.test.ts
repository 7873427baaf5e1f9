import assert from 'node:assert/strict';
import { pdfText } from '../../../files/pdf-text';
import { readFile } from 'node:fs/promises';
import { after, before, it } from 'node:test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describeEachDatabase } from '../../../db/testing';
import type { App } from '../../server';
import { buildTestServer, grantInput, multipart, referenceFile } from '../../testing';
import type { AuditEvent, Grant } from '../../../contracts/grants';
import type {
  PerformanceOverview,
  PerformancePreview,
  PerformanceResult,
} from '../../../contracts/performance';
import type { Problem } from '../../../contracts/problem';

const MODEL_2023 = new URL(
  '../../../../docs/examples/hourly-employment-2023.model.json',
  import.meta.url,
);
const FIGURES = ['permanent_feb_2022', 'hourly_feb_2022', 'permanent_nov_2023', 'hourly_nov_2023'];

type Row = Record<string, string>;

function parseCsv(text: string): Row[] {
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

function toCsv(headers: string[], rows: string[][]): string {
  return [headers.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n';
}

describeEachDatabase('performance-based grants API', (getDb) => {
  let app: App;
  let modelText: string;
  let figures2023: Row[];
  let keyCsv: string;
  before(async () => {
    app = await buildTestServer(getDb());
    modelText = await readFile(MODEL_2023, 'utf8');
    figures2023 = parseCsv(
      (await referenceFile('hourly_employment_2023_performance.csv')).toString('utf8'),
    );
    const grants = parseCsv(
      (await referenceFile('elderly_grants_2023_by_municipality.csv')).toString('utf8'),
    );
    keyCsv = toCsv(
      ['recipient_code', 'key_kr'],
      grants.map((row) => [row.kommunkod ?? '', row.good_care_requisitioned_kr ?? '']),
    );
  });
  after(() => app.close());

  async function createGrant(): Promise<Grant> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/grants',
      payload: grantInput({
        name: 'Prestationsbaserat statsbidrag för att minska andelen timanställningar 2023',
        grantYear: 2023,
        totalAmountKr: 1_998_500_000,
        distributionMethod: 'performance',
        requisitionDeadlineOn: null,
        usageStartOn: '2023-01-01',
        usageEndOn: '2023-12-31',
        repaymentDeadlineOn: null,
      }),
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  async function upload(
    grantId: string,
    what: 'key' | 'figures',
    filename: string,
    content: string | Uint8Array,
  ) {
    const body = await multipart({ file: { filename, content } });
    return app.inject({
      method: 'POST',
      url: `/api/grants/${grantId}/performance/${what}`,
      ...body,
    });
  }

  async function saveModel(
    grantId: string,
    text: string,
    interestDeadlineOn: string | null = null,
  ) {
    return app.inject({
      method: 'PUT',
      url: `/api/grants/${grantId}/performance/model`,
      payload: { modelText: text, interestDeadlineOn },
    });
  }

  async function register(grantId: string, recipientCodes: string[]) {
    return app.inject({
      method: 'POST',
      url: `/api/grants/${grantId}/performance/registrations`,
      payload: { recipientCodes },
    });
  }

  async function setUp2023(): Promise<Grant> {
    const grant = await createGrant();
    const saved = await saveModel(grant.id, modelText, '2026-12-31');
    assert.equal(saved.statusCode, 200, saved.body);
    const key = await upload(grant.id, 'key', 'nyckel-2023.csv', keyCsv);
    assert.equal(key.statusCode, 200, key.body);
    const registered = await register(
      grant.id,
      figures2023.map((row) => row.kommunkod ?? ''),
    );
    assert.equal(registered.statusCode, 200, registered.body);
    return grant;
  }

  function figuresCsv(rows: Row[]): string {
    return toCsv(
      ['recipient_code', ...FIGURES, 'municipality'],
      rows.map((row) => [
        row.kommunkod ?? '',
        ...FIGURES.map((f) => row[f] ?? ''),
        row.municipality ?? '',
      ]),
    );
  }

  it('reproduces the 2023 hourly-employment grant through the API: 20 only 1, 29 only 2, 50 both, 1 998 500 000 kr exactly', async () => {
    const grant = await setUp2023();
    const uploaded = await upload(
      grant.id,
      'figures',
      'timanstallningar-2023.csv',
      figuresCsv(figures2023),
    );
    assert.equal(uploaded.statusCode, 200, uploaded.body);
    const overview: PerformanceOverview = uploaded.json();
    assert.equal(overview.figures.rows.length, 99);
    assert.equal(overview.registrations.length, 99);
    assert.deepEqual(overview.key, {
      recipientCount: 290,
      totalKr: 3_998_500_000,
      filename: 'nyckel-2023.csv',
    });

    const preview: PerformancePreview = (
      await app.inject({ url: `/api/grants/${grant.id}/performance/preview` })
    ).json();
    assert.equal(preview.recipients.length, 290);

    const created = await app.inject({
      method: 'POST',
      url: `/api/grants/${grant.id}/performance/results`,
    });
    assert.equal(created.statusCode, 201, created.body);
    const result: PerformanceResult = created.json();
    assert.equal(result.checksum, preview.checksum);
    assert.equal(result.status, 'draft');
    assert.equal(result.totalKr, 1_998_500_000);
    assert.equal(
      result.recipients.reduce((sum, r) => sum + r.amountKr, 0),
      1_998_500_000,
    );
    assert.deepEqual(
      result.pools.map((pool) => [pool.amountKr, pool.qualifierCount]),
      [
        [666_166_667, 70],
        [1_332_333_333, 79],
      ],
    );
    assert.deepEqual(
      result.counts.combinations.map((c) => [c.conditionIds.join('+'), c.count]),
      [
        ['good_level', 20],
        ['clear_improvement', 29],
        ['good_level+clear_improvement', 50],
      ],
    );
    assert.equal(result.counts.registered, 99);
    assert.equal(result.counts.reported, 99);
    assert.equal(result.counts.qualified, 99);
    // The 191 others did not register: 0 kr, with the reason.
    const others = result.recipients.filter((r) => r.status === 'not_registered');
    assert.equal(others.length, 191);
    assert.ok(
      others.every((r) => r.amountKr === 0 && r.explanation.includes('expression of interest')),
    );
    // Every amount of Bilaga 2 within the few kronor docs/performance-model.md documents.
    const published = new Map(figures2023.map((row) => [row.kommunkod, Number(row.allocated_kr)]));
    for (const recipient of result.recipients.filter((r) => r.status === 'qualified'))
      assert.ok(Math.abs(recipient.amountKr - (published.get(recipient.recipientCode) ?? 0)) <= 6);
    const arvika = result.recipients.find((r) => r.recipientCode === '1784');
    assert.equal(arvika?.conditions[0]?.steps[0]?.value.exact, '113/810');

    // The grant is published once its calculation is, not before.
    const publishGrant = () =>
      app.inject({
        method: 'POST',
        url: `/api/grants/${grant.id}/status`,
        payload: { status: 'published', reason: 'Beräkningen är publicerad' },
      });
    const early = await publishGrant();
    assert.equal(early.statusCode, 409, early.body);
    assert.equal(
      (early.json() as Problem).errors[0]?.code,
      'grant.no_published_performance_result',
    );
    const publish = await app.inject({
      method: 'POST',
      url: `/api/performance-results/${result.id}/publish`,
    });
    assert.equal(publish.statusCode, 200, publish.body);
    assert.equal(publish.json().status, 'published');
    const grantPublished = await publishGrant();
    assert.equal(grantPublished.statusCode, 200, grantPublished.body);
    assert.equal(grantPublished.json().status, 'published');
    // Frozen: the figures can no longer change.
    const late = await upload(grant.id, 'figures', 'sen.csv', figuresCsv(figures2023));
    assert.equal(late.statusCode, 409, late.body);

    const xlsx = await app.inject({ url: `/api/performance-results/${result.id}/annex.xlsx` });
    assert.equal(xlsx.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.rowCount, 1 + 99 + 1);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.ok(headers.includes('Belopp (kr)'));
    assert.ok(headers.includes('Förändring (procentenheter)'));
    const jarfalla = (sheet.getRow(2).values as unknown[]).slice(1);
    // 0123 Järfälla: 570, 261, 800, 285; shares 31 % and 26 %, −5 pp (Bilaga 2).
    assert.deepEqual(jarfalla.slice(0, 9), ['0123', 'Järfälla', 570, 261, 800, 285, 31, 26, -5]);
    // Every row's printed shares and change as Bilaga 2 prints them.
    const printed = new Map(
      figures2023.map((row) => [
        row.kommunkod,
        [
          row.hourly_share_2022_percent,
          row.hourly_share_2023_percent,
          row.difference_percentage_points,
        ].map(Number),
      ]),
    );
    for (let line = 2; line <= 100; line++) {
      const cells = (sheet.getRow(line).values as unknown[]).slice(1);
      assert.deepEqual(cells.slice(6, 9), printed.get(String(cells[0])), `row ${String(cells[0])}`);
    }

    for (const path of ['annex.csv', 'annex.pdf', 'decision.pdf']) {
      const file = await app.inject({ url: `/api/performance-results/${result.id}/${path}` });
      assert.equal(file.statusCode, 200, `${path}: ${file.body.slice(0, 200)}`);
    }
    // The collective decision names the grant once ("av Prestationsbaserat statsbidrag för …",
    // not "av statsbidraget Prestationsbaserat statsbidrag för …").
    const decisionText = pdfText(
      (await app.inject({ url: `/api/performance-results/${result.id}/decision.pdf` })).rawPayload,
    ).replace(/\s+/g, ' ');
    assert.match(decisionText, /av Prestationsbaserat statsbidrag för att minska andelen/);
    assert.doesNotMatch(decisionText, /statsbidraget Prestationsbaserat/i);
    const csv = (await app.inject({ url: `/api/performance-results/${result.id}/annex.csv` })).body;
    assert.match(csv, /Summa,.*1998500000/);
    const excel = await app.inject({
      url: `/api/performance-results/${result.id}/annex.csv?dialect=excel-sv`,
    });
    assert.equal(excel.statusCode, 200, excel.body.slice(0, 200));
    const excelLines = excel.rawPayload.toString('utf8').split('\r\n');
    assert.match(excelLines[0] ?? '', /^\uFEFFKod;Mottagare;.*;Belopp \(kr\)$/);
    assert.match(excelLines[1] ?? '', /^0123;Järfälla;570;261;800;285;31;26;-5;\d+$/);
    assert.match(excel.rawPayload.toString('utf8'), /;Summa;.*;1998500000\r\n$/);
    const english = await app.inject({
      url: `/api/performance-results/${result.id}/annex.xlsx?lang=en`,
    });
    const englishBook = new ExcelJS.Workbook();
    await englishBook.xlsx.load(english.rawPayload as unknown as ArrayBuffer);
    const englishHeaders = (englishBook.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(englishHeaders.slice(0, 2), ['Code', 'Recipient']);
    assert.ok(englishHeaders.includes('Change (percentage points)'));
    assert.equal(englishHeaders.at(-1), 'Amount (SEK)');

    const audit: AuditEvent[] = (await app.inject({ url: `/api/grants/${grant.id}/audit` })).json()
      .items;
    assert.deepEqual(
      audit.map((e) => e.action).filter((a) => a.startsWith('performance.')),
      [
        'performance.model_saved',
        'performance.key_uploaded',
        'performance.interest_registered',
        'performance.figures_uploaded',
        'performance.result_calculated',
        'performance.result_published',
      ],
    );
  });

  it('rejects figures with bad rows by line and column (422) and stores nothing', async () => {
    const grant = await setUp2023();
    const good = figuresCsv(figures2023.slice(0, 3));
    assert.equal((await upload(grant.id, 'figures', 'ok.csv', good)).statusCode, 200);
    const rows = [
      ['0123', '570', '261', '800', '285.5', ''], // line 2: not a whole number
      ['0126', '631', '-1', '585', '171', ''], // line 3: below min 0
      ['0136', '', '348', '585', '171', ''], // line 4: missing
      ['0123', '570', '261', '800', '285', ''], // line 5: duplicate
      ['0114', '1', '1', '1', '1', ''], // line 6: did not register
      ['9999', '1', '1', '1', '1', ''], // line 7: not in the key
    ];
    const bad = toCsv(['recipient_code', ...FIGURES, 'extra_figure'], rows);
    const response = await upload(grant.id, 'figures', 'fel.csv', bad);
    assert.equal(response.statusCode, 422, response.body);
    const problem: Problem = response.json();
    const located = problem.errors.map((e) => [e.row, e.column, e.code]);
    assert.deepEqual(located, [
      [1, 'extra_figure', 'performance.unknown_column'],
      [2, 'hourly_nov_2023', 'performance.not_integer'],
      [3, 'hourly_feb_2022', 'performance.out_of_range'],
      [4, 'permanent_feb_2022', 'cell.missing'],
      [5, 'recipient_code', 'recipient.duplicate'],
      [6, 'recipient_code', 'performance.not_registered'],
      [7, 'recipient_code', 'performance.recipient_not_in_key'],
    ]);
    assert.ok(problem.errors.every((e) => e.message.length > 0 && e.file === 'fel.csv'));
    const overview: PerformanceOverview = (
      await app.inject({ url: `/api/grants/${grant.id}/performance` })
    ).json();
    assert.equal(overview.figures.filename, 'ok.csv');
    assert.deepEqual(
      overview.figures.rows.map((r) => r.recipientCode),
      figures2023.slice(0, 3).map((r) => r.kommunkod),
    );
  });

  it('reports every model issue with its JSON path and the expression position, and saves nothing', async () => {
    const grant = await createGrant();
    const model = JSON.parse(modelText);
    model.total_kr = 5;
    model.conditions[0].expression = 'share(hourly_nov_2023, permanent_nov_2023) <= 17 procent';
    const response = await saveModel(grant.id, JSON.stringify(model));
    assert.equal(response.statusCode, 422, response.body);
    const problem: Problem = response.json();
    assert.deepEqual(
      problem.errors.map((e) => e.path),
      ['conditions[0].expression'],
    );
    assert.match(problem.errors[0]?.message ?? '', /Tecken \d+/);
    const wrongTotal = await saveModel(
      grant.id,
      JSON.stringify({ ...JSON.parse(modelText), total_kr: 5 }),
    );
    assert.equal(wrongTotal.statusCode, 422);
    assert.equal(wrongTotal.json().errors[0].path, 'total_kr');
    const overview: PerformanceOverview = (
      await app.inject({ url: `/api/grants/${grant.id}/performance` })
    ).json();
    assert.equal(overview.model, null);
  });

  it('refuses interest after the deadline and from recipients outside the key', async () => {
    const grant = await createGrant();
    assert.equal((await saveModel(grant.id, modelText, '2026-03-01')).statusCode, 200);
    assert.equal((await upload(grant.id, 'key', 'k.csv', keyCsv)).statusCode, 200);
    const late = await register(grant.id, ['0114']);
    assert.equal(late.statusCode, 409, late.body);
    assert.equal(late.json().errors[0].code, 'performance.interest_deadline_passed');
    assert.equal((await saveModel(grant.id, modelText, '2026-03-02')).statusCode, 200);
    const outside = await register(grant.id, ['0114', '01']);
    assert.equal(outside.statusCode, 422);
    assert.equal(outside.json().errors[0].path, 'recipientCodes.1');
    assert.equal((await register(grant.id, ['0114'])).statusCode, 200);
  });

  it('refuses a performance set-up on a grant distributed by key', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/grants',
      payload: grantInput(),
    });
    const grant: Grant = response.json();
    const saved = await saveModel(grant.id, modelText);
    assert.equal(saved.statusCode, 409);
    assert.equal(saved.json().errors[0].code, 'performance.not_performance_grant');
  });
});
