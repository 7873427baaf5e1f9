// Texts at the boundary (docs/decisions/0023): a control character anywhere in a request or an
// uploaded table is refused with 422 naming the field or cell, a text over its limit is refused,
// and a report draft is checked for shape on save. Nothing is stored in any of these cases.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { listAuditEventsForGrant } from '../db/audit';
import { describeEachDatabase } from '../db/testing';
import { systemContext } from '../services/common/context';
import {
  setUpReportingGrant,
  synthetic2024Reports,
  syntheticReportJson,
} from '../services/demo/load-reporting-demo';
import type { Problem } from '../contracts/problem';
import type { Recipient } from '../contracts/recipients';
import type { Report } from '../contracts/reporting';
import type { App } from './server';
import { buildTestServer, grantInput, multipart, signInAs, TEST_NOW } from './testing';

const STOCKHOLM = '0180';

describeEachDatabase('texts at the boundary', (getDb) => {
  let app: App;
  before(async () => {
    app = await buildTestServer(getDb());
  });
  after(() => app.close());

  const errors = (response: { json: () => unknown }) =>
    (response.json() as Problem).errors.map((e) => `${e.path ?? ''} ${e.code}`);
  const grantCount = async () =>
    ((await app.inject({ url: '/api/grants' })).json() as { items: unknown[] }).items.length;
  async function importCsv(content: string) {
    const body = await multipart({ file: { filename: 'mottagare.csv', content } });
    return app.inject({ method: 'POST', url: '/api/recipients/import', ...body });
  }
  const stockholm = async () =>
    (
      (await app.inject({ url: '/api/recipients?q=Stockholm' })).json() as { items: Recipient[] }
    ).items.find((r) => r.code === STOCKHOLM)!;

  it('refuses a NUL in a grant’s fields with 422 naming each field, and stores nothing', async () => {
    const before = await grantCount();
    const response = await app.inject({
      method: 'POST',
      url: '/api/grants',
      payload: grantInput({
        name: 'Bidrag\u0000 2018',
        usageAreas: ['Välfärdsteknik', 'Digitalisering\u0007'],
      }),
    });
    assert.equal(response.statusCode, 422, response.body);
    assert.deepEqual(errors(response), [
      'name text.control_character',
      'usageAreas.1 text.control_character',
    ]);
    const problem = response.json() as Problem;
    assert.match(problem.errors[0]!.message, /otillåtet kontrolltecken \(tecken 7\)/);
    assert.equal(await grantCount(), before);
    // Line breaks and tabs are text.
    const fine = await app.inject({
      method: 'POST',
      url: '/api/grants',
      payload: grantInput({ purpose: 'Första stycket.\r\n\tAndra stycket.' }),
    });
    assert.equal(fine.statusCode, 201, fine.body);
  });

  it('refuses a NUL in a query with 422 naming the parameter', async () => {
    const response = await app.inject({ url: '/api/recipients?q=Stock%00holm' });
    assert.equal(response.statusCode, 422, response.body);
    assert.deepEqual(errors(response), ['querystring.q text.control_character']);
  });

  it('refuses a recipient CSV with a NUL or an oversized name, by line and column, and stores nothing', async () => {
    const name = (await stockholm()).name;
    const nul = await importCsv(`code,name\n${STOCKHOLM},Stock\u0000holm\n`);
    assert.equal(nul.statusCode, 422, nul.body);
    assert.deepEqual(
      (nul.json() as Problem).errors.map((e) => [e.row, e.column, e.code]),
      [[2, 'name', 'text.control_character']],
    );
    const huge = await importCsv(`code,name\n${STOCKHOLM},${'S'.repeat(4 * 1024 * 1024)}\n`);
    assert.equal(huge.statusCode, 422);
    assert.deepEqual(
      (huge.json() as Problem).errors.map((e) => [e.row, e.column, e.code]),
      [[2, 'name', 'text.too_long']],
    );
    const long = await importCsv(`code,name\n${STOCKHOLM},${'S'.repeat(201)}\n`);
    assert.equal(long.statusCode, 422);
    assert.deepEqual(
      (long.json() as Problem).errors.map((e) => [e.row, e.column, e.code, e.message]),
      [
        [
          2,
          'name',
          'text.too_long',
          'mottagare.csv, rad 2, kolumn name: Texten är för lång: högst 200 tecken, den har 201.',
        ],
      ],
    );
    assert.equal((await stockholm()).name, name);
  });

  it('refuses a report draft with a NUL in an answer or with unknown cost categories, and stores nothing', async () => {
    const db = getDb();
    const grantId = await setUpReportingGrant(
      systemContext(db, 'system:test', () => TEST_NOW),
      '2026-03-31',
    );
    const user = await signInAs(
      db,
      `recipient_user-${STOCKHOLM}`,
      [{ role: 'recipient_user', grantId: null }],
      { recipientCode: STOCKHOLM },
    );
    const url = `/api/grants/${grantId}/reports/${STOCKHOLM}`;
    const report = (await synthetic2024Reports()).find((r) => r.recipientCode === STOCKHOLM)!;
    const body = syntheticReportJson(report, 0);
    const auditRows = async () => (await listAuditEventsForGrant(db, grantId)).length;
    const rowsBefore = await auditRows();

    const comment = Object.entries(body.answers).find(([, v]) => typeof v === 'string');
    assert.ok(comment, 'the synthetic report has a free-text answer');
    const nul = await app.inject({
      method: 'PUT',
      url,
      headers: user.headers,
      payload: { ...body, answers: { ...body.answers, [comment[0]]: 'Bra\u0000' } },
    });
    assert.equal(nul.statusCode, 422, nul.body);
    assert.deepEqual(errors(nul), [`answers.${comment[0]} text.control_character`]);

    const costs = { ...body.economic.costs };
    for (let index = 0; index < 10_000; index++) costs[`x${index}`] = 1;
    const unknown = await app.inject({
      method: 'PUT',
      url,
      headers: user.headers,
      payload: { ...body, economic: { ...body.economic, costs } },
    });
    assert.equal(unknown.statusCode, 422, unknown.body.slice(0, 500));
    const problem = unknown.json() as Problem;
    assert.equal(problem.errors.length, 50); // the first ones say enough
    assert.equal(problem.errors[0]?.path, 'economic.costs.x0');
    assert.equal(problem.errors[0]?.code, 'report.unknown_answer');

    const read = (await app.inject({ url, headers: user.headers })).json() as Report;
    assert.equal(read.state, 'not_started');
    assert.equal(await auditRows(), rowsBefore);
    const saved = await app.inject({ method: 'PUT', url, headers: user.headers, payload: body });
    assert.equal(saved.statusCode, 200, saved.body);
  });
});
