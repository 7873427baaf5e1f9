// What the allocation page's formula form sends (issue 13 §4, docs/decisions/0031): model.json made
// from the form and the plain indicator CSV as chosen, with Swedish headers, semicolons and decimal
// commas. The server accepts it and computes, krona for krona, what the page previewed.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { allocate } from '../../../domain/allocation/allocate';
import { indicatorInputRows, readIndicatorCsv } from '../../../domain/allocation/indicator-csv';
import { parseAllocationModel } from '../../../domain/allocation/model';
import { modelFormToJson } from '../../../domain/allocation/model-form';
import type { Allocation } from '../../../contracts/allocation';
import type { Grant } from '../../../contracts/grants';
import type { Problem } from '../../../contracts/problem';
import { describeEachDatabase } from '../../../db/testing';
import type { App } from '../../server';
import { buildTestServer, grantInput, multipart } from '../../testing';

const CSV =
  '\uFEFFKommunkod;Kommun;Befolkning 80+;Sökt belopp\r\n' +
  '0114;Upplands Väsby;2 051,5;\r\n' +
  '0115;Vallentuna;1 600;150 000\r\n' +
  '0117;Österåker;2 480;\r\n' +
  '0120;Värmdö;2 120,25;\r\n';

describeEachDatabase('the formula form’s model and a plain indicator CSV', (getDb) => {
  let app: App;
  before(async () => {
    app = await buildTestServer(getDb());
  });
  after(() => app.close());

  async function post(grantId: string, model: string, csv: string) {
    const body = await multipart({
      model: { filename: 'model.json', content: model },
      file: { filename: 'befolkning-80plus.csv', content: csv },
    });
    return app.inject({
      method: 'POST',
      url: `/api/grants/${grantId}/allocations/formula`,
      ...body,
    });
  }

  it('computes the allocation the page previewed, to the krona', async () => {
    const grant: Grant = (
      await app.inject({
        method: 'POST',
        url: '/api/grants',
        payload: grantInput({ totalAmountKr: 1_000_003 }),
      })
    ).json();
    const form = modelFormToJson(
      {
        components: [
          {
            name: '',
            indicator: 'Befolkning 80+',
            basis: 'share',
            sharePercent: '100',
            amountKr: '',
          },
        ],
        minimumKr: '50 000',
        capColumn: 'Sökt belopp',
      },
      1_000_003n,
    );
    assert.ok(form.ok);
    const read = readIndicatorCsv(CSV, 'befolkning-80plus.csv');
    assert.ok(read.ok);
    const parsed = parseAllocationModel(form.json);
    assert.ok(parsed.ok);
    const rows = indicatorInputRows(read.data, parsed.model);
    assert.ok(rows.ok);
    const preview = allocate(parsed.model, rows.rows);

    const response = await post(grant.id, JSON.stringify(form.json), CSV);
    assert.equal(response.statusCode, 201, response.body);
    const allocation: Allocation = response.json();
    assert.equal(allocation.totalKr, 1_000_003);
    assert.deepEqual(
      allocation.rows.map((row) => [row.recipientCode, row.amountKr]).sort(),
      preview.rows.map((row) => [row.recipientCode, Number(row.amountKr)]).sort(),
    );
    // Vallentuna is held to what it asked for; the others share the rest above the minimum.
    assert.equal(allocation.rows.find((row) => row.recipientCode === '0115')?.amountKr, 150_000);
    assert.deepEqual(allocation.model, form.json);
  });

  it('refuses, by line and column, a cell the page would also have refused', async () => {
    const grant: Grant = (
      await app.inject({ method: 'POST', url: '/api/grants', payload: grantInput() })
    ).json();
    const bad = CSV.replace('2 480', '2 48O');
    const read = readIndicatorCsv(bad, 'befolkning-80plus.csv');
    assert.deepEqual(
      read.ok ? [] : read.issues.map(({ row, column, code }) => ({ row, column, code })),
      [{ row: 4, column: 'Befolkning 80+', code: 'cell.not_a_number' }],
    );
    const model = {
      budget_kr: 350_000_000,
      components: [{ name: 'p', indicator: 'Befolkning 80+' }],
    };
    const response = await post(grant.id, JSON.stringify(model), bad);
    assert.equal(response.statusCode, 422);
    const problem: Problem = response.json();
    assert.deepEqual(
      problem.errors.map(({ row, column, code }) => ({ row, column, code })),
      [{ row: 4, column: 'Befolkning 80+', code: 'cell.not_a_number' }],
    );
  });
});
