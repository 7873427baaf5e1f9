// The report to the government as files, through the API: a dozen municipalities submit their
// 2024 follow-up (the synthetic answers, through the use cases), and the XLSX, CSV, PDF and annex
// are read back and compared with the report's own figures (getGovernmentReport).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { GovernmentReport } from '../../../contracts/government-report';
import type { Problem } from '../../../contracts/problem';
import { describeEachDatabase } from '../../../db/testing';
import { pdfText } from '../../../files/pdf-text';
import { systemContext } from '../../../services/common/context';
import { setUpSubmittedReports } from '../../../services/common/testing';
import { getGovernmentReport } from '../../../services/government-report/get-government-report';
import { getJointReport } from '../../../services/government-report/get-joint-report';
import type { App } from '../../server';
import { buildTestServer } from '../../testing';

const NOW = new Date('2025-02-20T10:00:00.000Z');
// Seven of Stockholm county (01) and three of others, so a county filter leaves some out.
const CODES = ['0114', '0115', '0117', '0120', '0123', '0125', '0180', '1280', '1480', '2480'];
const PROFESSIONS = 'professions_financed';

async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  return workbook;
}

function professionsOf(report: GovernmentReport) {
  const table = report.tables.find((t) => t.questionId === PROFESSIONS);
  assert.ok(table?.kind === 'choices', 'the professions table');
  return table;
}

describeEachDatabase('the report to the government as files', (getDb) => {
  let app: App;
  let grantId: string;
  let report: GovernmentReport;

  before(async () => {
    const ctx = systemContext(getDb(), 'system:test', () => NOW);
    grantId = await setUpSubmittedReports(ctx, CODES);
    report = await getGovernmentReport(ctx, grantId, {});
    app = await buildTestServer(getDb(), () => NOW);
  });
  after(() => app.close());

  const get = (path: string) => app.inject({ method: 'GET', url: `/api/grants/${grantId}${path}` });

  it('writes the whole report as XLSX: Tabell 1, a sheet per question table, free text and the annex, numbers as numbers', async () => {
    const response = await get('/government-report.xlsx');
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-disposition'] ?? '', /rapport-till-regeringen-2024/);
    const workbook = await workbookOf(response.rawPayload);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    assert.equal(names[0], 'Tabell 1');
    assert.ok(names.includes('Bilaga 1'));
    assert.ok(names.some((name) => name.startsWith('Fritextsvar')));
    assert.ok(names.every((name) => name.length <= 31));
    const summary = workbook.getWorksheet('Tabell 1');
    assert.equal(summary?.getCell('A5').value, 'Rekvirerat belopp');
    assert.equal(summary?.getCell('B5').value, report.distribution.totals.requisitionedKr);
    const professions = professionsOf(report);
    const sheet = workbook.worksheets.find((candidate) =>
      String(candidate.getCell('A1').value).includes(professions.title),
    );
    assert.ok(sheet, 'a sheet with the professions table');
    assert.equal(sheet.getCell('A2').value, 'N\u00a0=\u00a010. Flera svar kunde anges');
    professions.rows.forEach((row, index) => {
      const line = 5 + index;
      assert.equal(sheet.getCell(`A${line}`).value, row.label);
      assert.equal(sheet.getCell(`B${line}`).value, row.count, `${row.label}: a number`);
      assert.equal(sheet.getCell(`C${line}`).value, Number(row.percent) / 100);
    });
    // A 1–5 matrix's full spread on its own sheet, right after its table: a count and share per step.
    const matrix = report.tables.find((table) => table.kind === 'scale_matrix');
    assert.ok(matrix?.kind === 'scale_matrix', 'the report has a 1–5 matrix');
    const matrixSheet = names.findIndex((name, index) =>
      String(workbook.worksheets[index]?.getCell('A1').value).endsWith(matrix.title),
    );
    const spread = workbook.worksheets[matrixSheet + 1];
    assert.ok(spread, 'a sheet after the matrix');
    assert.match(spread.name, /^Tabell \d+, hela fördelningen$/);
    const first = matrix.rows[0]!;
    assert.equal(spread.getCell('A5').value, first.label);
    first.values.forEach((step) => {
      const column = 2 * (step.value - matrix.min) + 2;
      assert.equal(spread.getRow(5).getCell(column).value, step.count, `step ${step.value}`);
    });
    assert.equal(spread.getRow(5).getCell(12).value, first.base);
  });

  it('writes one table as CSV, and says so when the report has no such table', async () => {
    const response = await get(`/government-report.csv?table=${PROFESSIONS}`);
    assert.equal(response.statusCode, 200);
    const rows = Papa.parse<string[]>(response.body.replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    assert.deepEqual(rows[0], ['Svarsalternativ', 'Antal', 'Andel']);
    assert.deepEqual(
      rows.slice(1),
      professionsOf(report).rows.map((row) => [row.label, String(row.count), row.percent ?? '']),
    );
    const missing = await app.inject({
      method: 'GET',
      url: `/api/grants/${grantId}/government-report.csv?table=no_such_question`,
      headers: { 'accept-language': 'sv' },
    });
    assert.equal(missing.statusCode, 404);
    const problem = missing.json<Problem>();
    assert.equal(problem.errors[0]?.code, 'government_report.no_such_table');
    assert.match(problem.errors[0]?.message ?? '', /Rapporten har ingen tabell "no_such_question"/);
  });

  it('prints the report as PDF with each table, its base and its source line', async () => {
    const response = await get('/government-report.pdf');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    const text = pdfText(response.rawPayload).replace(/\s+/g, ' ');
    assert.match(text, /Tabell 1\. Rekvirerat och använt statsbidrag under 2024\./);
    const [first] = professionsOf(report).rows;
    assert.ok(first);
    assert.match(text, new RegExp(`${first.label} ${first.count} ${first.percent} %`));
    assert.match(text, /N = 10\. Flera svar kunde anges/);
    assert.match(text, /Källa: Kommunernas återrapportering av 2024 års statsbidrag\./);
  });

  it('prints a 1–5 matrix’s full spread after its table, and on request the years compared', async () => {
    const matrix = report.tables.find((t) => t.kind === 'scale_matrix');
    assert.ok(matrix?.kind === 'scale_matrix', 'a 1–5 matrix');
    const spreadOf = (row: (typeof matrix.rows)[number]) =>
      [
        ...row.values.flatMap((step) => [String(step.count), `${step.percent} %`]),
        String(row.base),
      ].join(' ');
    const plain = pdfText((await get('/government-report.pdf')).rawPayload).replace(/\s+/g, ' ');
    assert.match(plain, /Tabell \d+, hela fördelningen\./);
    // Each row's label and its counts and shares per step, then its base (pdftotext may drop the
    // no-break space of a narrow "0 %").
    const tight = (text: string) => text.replace(/ %/g, '%');
    // A long label wraps, its figures on its first line: every row's figures in order, and every
    // word of its label.
    for (const row of matrix.rows) {
      assert.ok(tight(plain).includes(tight(spreadOf(row))), `${row.label}: ${spreadOf(row)}`);
      for (const word of row.label.split(' ')) assert.ok(plain.includes(word), word);
    }
    assert.doesNotMatch(plain, /Jämförelse med andra år/);

    const ctx = systemContext(getDb(), 'system:test', () => NOW);
    const other = await setUpSubmittedReports(ctx, ['0114', '0115']);
    const compared = await get(`/government-report.pdf?compare=${other}`);
    assert.equal(compared.statusCode, 200, compared.body);
    const text = pdfText(compared.rawPayload).replace(/\s+/g, ' ');
    assert.match(text, /Jämförelse med andra år/);
    assert.match(text, /Användning per statsbidrag\. Rekvirerat och använt per statsbidrag/);
    // The professions side by side: this grant's count and share, then the other's.
    const joint = await getJointReport(ctx, `${grantId},${other}`);
    const professions = joint.questions.find((q) => q.questionId === PROFESSIONS);
    const [first] = professions?.rows ?? [];
    assert.ok(first?.cells[0] && first.cells[1]);
    assert.ok(
      text.includes(
        `${first.label} ${first.cells[0].count} ${first.cells[0].percent} % ${first.cells[1].count} ${first.cells[1].percent} %`,
      ),
      `${first.label} compared`,
    );
    // Bounded: at most four other grants, ids only.
    const many = Array.from({ length: 5 }, () => other).join(',');
    assert.equal((await get(`/government-report.pdf?compare=${many}`)).statusCode, 400);
    assert.equal((await get('/government-report.pdf?compare=x')).statusCode, 400);
  });

  it('writes the annex of a county alone, its filter stated, with totals of that county', async () => {
    const response = await get('/government-report/annex.xlsx?county=01');
    assert.equal(response.statusCode, 200);
    const workbook = await workbookOf(response.rawPayload);
    assert.deepEqual(
      workbook.worksheets.map((sheet) => sheet.name),
      ['Bilaga 1'],
    );
    const sheet = workbook.worksheets[0];
    assert.ok(sheet);
    const codes: string[] = [];
    sheet.eachRow((row, line) => {
      if (line > 4 && /^\d{4}$/.test(String(row.getCell(1).value)))
        codes.push(String(row.getCell(1).value));
    });
    assert.ok(codes.length > 0 && codes.every((code) => code.startsWith('01')), codes.join());
    const county = await getGovernmentReport(
      systemContext(getDb(), 'system:test', () => NOW),
      grantId,
      { countyCode: '01' },
    );
    const totals = sheet.findRow(5 + codes.length);
    assert.equal(totals?.getCell(1).value, 'Totalt');
    assert.equal(totals?.getCell(5).value, county.distribution.totals.usedKr);
    const below: string[] = [];
    sheet.eachRow((row, line) => {
      if (line > 5 + codes.length) below.push(String(row.getCell(1).value));
    });
    assert.ok(below.includes('Urval: län 01'), below.join(' | '));
    assert.ok(below.includes(`Antal inskickade återrapporter: ${county.respondents}`));
  });

  it('writes the joint report of two grants as XLSX: use per grant with the sum, each question compared, every recipient', async () => {
    const ctx = systemContext(getDb(), 'system:test', () => NOW);
    const other = await setUpSubmittedReports(ctx, ['0114', '0115']);
    const response = await app.inject({
      method: 'GET',
      url: `/api/government-report/joint.xlsx?grantIds=${other},${grantId}`,
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-disposition'] ?? '', /jamforelse-2024/);
    const joint = await getJointReport(ctx, `${other},${grantId}`);
    const workbook = await workbookOf(response.rawPayload);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    assert.equal(names[0], 'Användning per statsbidrag');
    assert.equal(names[names.length - 1], 'Per mottagare');
    const use = workbook.getWorksheet('Användning per statsbidrag');
    assert.ok(use);
    joint.grants.forEach((grant, index) => {
      assert.equal(use.getCell(5 + index, 3).value, grant.totals.requisitionedKr);
      assert.equal(use.getCell(5 + index, 4).value, grant.totals.usedKr);
    });
    assert.equal(use.getCell(7, 1).value, 'Totalt');
    assert.equal(use.getCell(7, 4).value, joint.total.usedKr);
    // The professions compared: each grant's count side by side, as the joint report has them.
    const professions = joint.questions.find((q) => q.questionId === PROFESSIONS);
    assert.ok(professions);
    const sheet = workbook.worksheets.find((candidate) =>
      String(candidate.getCell('A1').value).endsWith(professions.title),
    );
    assert.ok(sheet, 'a sheet comparing the professions');
    assert.match(sheet.name, /^Jämförelse \d+$/);
    const [first] = professions.rows;
    assert.ok(first);
    assert.equal(sheet.getCell('A5').value, first.label);
    assert.equal(sheet.getCell('B5').value, first.cells[0]?.count);
    assert.equal(sheet.getCell('D5').value, first.cells[1]?.count);
    // A recipient only the second grant holds has empty cells under the first.
    const recipients = workbook.getWorksheet('Per mottagare');
    assert.ok(recipients);
    const line = recipients.getColumn(1).values.indexOf('0180');
    assert.ok(line > 0, '0180 in the sheet');
    assert.equal(recipients.getCell(line, 3).value, '');
    const row = joint.recipients.find((r) => r.recipientCode === '0180')?.byGrant[1];
    assert.equal(recipients.getCell(line, 6).value, row?.requisitionedKr);

    const none = await app.inject({
      method: 'GET',
      url: '/api/government-report/joint.xlsx?grantIds=',
    });
    assert.equal(none.statusCode, 422);
  });
});
