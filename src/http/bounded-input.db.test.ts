// Any input's cost is bounded before the work starts (ADR 0022): hostile uploads are refused
// quickly while other clients are still answered, issue lists are capped, 413 names the right
// limit, and a figures upload without rows replaces nothing.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../db/testing';
import { systemContext } from '../services/common/context';
import { xlsxBomb, xlsxOfManyRows } from '../files/hostile-xlsx.testing';
import { MAX_TABLE_ROWS } from '../files/table-limits';
import type { App } from './server';
import { buildTestServer, grantInput, multipart, setUpPerformanceCall, TEST_NOW } from './testing';
import type { Grant } from '../contracts/grants';
import type { PerformanceOverview } from '../contracts/performance';
import type { Problem } from '../contracts/problem';

const FIGURES = ['permanent_feb_2022', 'hourly_feb_2022', 'permanent_nov_2023', 'hourly_nov_2023'];

describeEachDatabase('bounded input', (getDb) => {
  let app: App;
  before(async () => {
    app = await buildTestServer(getDb());
  });
  after(() => app.close());

  async function createGrant(): Promise<Grant> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/grants',
      payload: grantInput(),
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  async function importKey(grantId: string, filename: string, content: string | Uint8Array) {
    const body = await multipart({ file: { filename, content } });
    return app.inject({
      method: 'POST',
      url: `/api/grants/${grantId}/allocations/import`,
      ...body,
    });
  }

  async function allocationCount(grantId: string): Promise<number> {
    const response = await app.inject({ url: `/api/grants/${grantId}/allocations` });
    assert.equal(response.statusCode, 200, response.body);
    return response.json().items.length;
  }

  /** Starts a request and records when it has answered, to see what finished first. */
  function tracked<T>(request: Promise<T>): { done: () => boolean; response: Promise<T> } {
    let finished = false;
    const response = request.finally(() => {
      finished = true;
    });
    return { done: () => finished, response };
  }

  it("refuses an XLSX that unpacks to a million rows with 422, while another client's request is answered", async (t) => {
    const grant = await createGrant();
    const bytes = await xlsxOfManyRows(1_000_000);
    const started = performance.now();
    const bad = tracked(importKey(grant.id, 'miljon.xlsx', bytes));
    const other = await app.inject({ url: `/api/grants/${grant.id}` });
    const otherAnsweredWhileBadRan = !bad.done();
    const refused = await bad.response;
    t.diagnostic(
      `${Math.round(bytes.length / 1024)} kB upload refused in ${Math.round(performance.now() - started)} ms`,
    );
    assert.equal(other.statusCode, 200, other.body);
    assert.ok(otherAnsweredWhileBadRan, 'the other request waited for the hostile upload');
    assert.equal(refused.statusCode, 422, refused.body);
    const problem: Problem = refused.json();
    assert.deepEqual(
      problem.errors.map((error) => error.code),
      ['file.too_many_rows'],
    );
    assert.match(problem.detail ?? '', /50\s000 rader/);
    assert.equal(await allocationCount(grant.id), 0);
  });

  it('refuses three zip bombs at once with 422, answers another client meanwhile and stays up', async (t) => {
    const grant = await createGrant();
    const lying = await xlsxBomb(200_000_000, true);
    const honest = await xlsxBomb(200_000_000, false);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const bombs = [lying, honest, lying].map((bytes, index) =>
      tracked(importKey(grant.id, `bomb-${index}.xlsx`, bytes)),
    );
    const other = await app.inject({ url: '/api/grants' });
    const responses = await Promise.all(bombs.map((bomb) => bomb.response));
    t.diagnostic(
      `3 × ${Math.round(lying.length / 1024)} kB bombs (200 MB unpacked each) refused in ${Math.round(performance.now() - started)} ms; heap grew ${Math.round((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024)} MB`,
    );
    assert.equal(other.statusCode, 200, other.body);
    assert.deepEqual(
      responses.map((response) => [response.statusCode, response.json<Problem>().errors[0]?.code]),
      [
        [422, 'file.unreadable'],
        [422, 'file.unpacked_too_large'],
        [422, 'file.unreadable'],
      ],
    );
    assert.match(responses[1]!.json<Problem>().detail ?? '', /32 MB uppackad/);
    const after = await app.inject({ url: `/api/grants/${grant.id}` });
    assert.equal(after.statusCode, 200, after.body);
    assert.equal(await allocationCount(grant.id), 0);
  });

  it('refuses a key of 200 000 duplicate rows with 422 and one clear issue, not a 500', async () => {
    const grant = await createGrant();
    const response = await importKey(
      grant.id,
      'dubbletter.csv',
      'kommunkod,amount_kr\n' + '0114,1\n'.repeat(200_000),
    );
    assert.equal(response.statusCode, 422, response.body);
    const problem: Problem = response.json();
    assert.deepEqual(
      problem.errors.map((error) => [error.code, error.file]),
      [['file.too_many_rows', 'dubbletter.csv']],
    );
    assert.equal(problem.omittedErrors, undefined);
  });

  it('lists the first 100 issues of a 422 and says how many more there were, in Swedish and English', async () => {
    const grant = await createGrant();
    const rows = Array.from({ length: 10_000 }, (_, index) => `X${index},1`).join('\n');
    const csv = `kommunkod,amount_kr\n${rows}\n`;
    const swedish = await importKey(grant.id, 'okanda.csv', csv);
    assert.equal(swedish.statusCode, 422, swedish.body);
    const problem: Problem = swedish.json();
    assert.equal(problem.errors.length, 100);
    assert.ok((problem.omittedErrors ?? 0) >= 9_900, String(problem.omittedErrors));
    const found = problem.errors.length + (problem.omittedErrors ?? 0);
    assert.deepEqual(
      [problem.errors[0]?.row, problem.errors[0]?.code, problem.errors[99]?.row],
      [2, 'recipient.unknown', 101],
    );
    const count = new Intl.NumberFormat('sv-SE').format(found);
    assert.equal(
      problem.detail,
      `${count} fel hittades. De 100 första visas; rätta dem och försök igen.`,
    );
    const body = await multipart({ file: { filename: 'okanda.csv', content: csv } });
    const english = await app.inject({
      method: 'POST',
      url: `/api/grants/${grant.id}/allocations/import`,
      ...body,
      headers: { ...body.headers, 'accept-language': 'en' },
    });
    assert.equal(
      english.json<Problem>().detail,
      `${new Intl.NumberFormat('en-GB').format(found)} issues were found. The first 100 are shown; correct them and try again.`,
    );
    assert.ok(swedish.body.length < 50_000, `${swedish.body.length} bytes`);
    assert.equal(await allocationCount(grant.id), 0);
  });

  it('answers a JSON body over 1 MB with 413 naming the 1 MB body limit, not the file limit', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/grants',
      payload: { ...grantInput(), name: 'x'.repeat(1_100_000) },
    });
    assert.equal(response.statusCode, 413, response.body);
    const problem: Problem = response.json();
    assert.equal(problem.title, 'Begäran är för stor');
    assert.deepEqual(
      problem.errors.map((error) => error.code),
      ['request.too_large'],
    );
    assert.match(problem.detail ?? '', /större än 1 MB/);
    assert.doesNotMatch(problem.detail ?? '', /5 MB|[Ff]il/);
  });

  it(`reads a key of ${MAX_TABLE_ROWS} rows up to the limit (the limit is not hit by real files)`, async () => {
    const grant = await createGrant();
    const rows = Array.from({ length: MAX_TABLE_ROWS - 1 }, (_, index) => `X${index},1`);
    const response = await importKey(
      grant.id,
      'full.csv',
      `kommunkod,amount_kr\n${rows.join('\n')}\n`,
    );
    assert.equal(response.statusCode, 422, response.body);
    // Read to the end: every row's unknown code is found, none is cut off by the row limit.
    const problem: Problem = response.json();
    assert.ok((problem.omittedErrors ?? 0) + problem.errors.length >= MAX_TABLE_ROWS - 1);
    assert.equal(problem.errors[0]?.code, 'recipient.unknown');
  });

  it('refuses a figures upload with only a header, and keeps the figures there were', async () => {
    const ctx = systemContext(getDb(), 'system:test', () => TEST_NOW);
    const grantId = await setUpPerformanceCall(ctx, {
      name: 'Färre timanställningar (tom uppladdning)',
      grantYear: 2023,
      totalAmountKr: 1_998_500_000,
      key: { '0180': 3_000_000, '0114': 200_000 },
      interestDeadlineOn: '2026-03-15',
      registered: ['0180', '0114'],
    });
    const uploadFigures = async (filename: string, content: string) => {
      const body = await multipart({ file: { filename, content } });
      return app.inject({
        method: 'POST',
        url: `/api/grants/${grantId}/performance/figures`,
        ...body,
      });
    };
    const header = ['recipient_code', ...FIGURES].join(',');
    const good = await uploadFigures('uppgifter.csv', `${header}\n0180,100,50,120,40\n`);
    assert.equal(good.statusCode, 200, good.body);
    const empty = await uploadFigures('tom.csv', `${header}\n`);
    assert.equal(empty.statusCode, 422, empty.body);
    assert.deepEqual(
      empty.json<Problem>().errors.map((error) => [error.code, error.file]),
      [['table.no_rows', 'tom.csv']],
    );
    const overview: PerformanceOverview = (
      await app.inject({ url: `/api/grants/${grantId}/performance` })
    ).json();
    assert.equal(overview.figures.filename, 'uppgifter.csv');
    assert.deepEqual(
      overview.figures.rows.map((row) => row.recipientCode),
      ['0180'],
    );
  });
});
