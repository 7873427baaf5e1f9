import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describeEachDatabase } from '../../../db/testing';
import type { App } from '../../server';
import {
  buildTestServer,
  grantInput,
  multipart,
  referenceFile,
  type MultipartPart,
} from '../../testing';
import type {
  Allocation,
  AllocationComparison,
  AllocationSummary,
} from '../../../contracts/allocation';
import type { AuditEvent, Grant } from '../../../contracts/grants';
import type { Problem } from '../../../contracts/problem';

const WELFARE_TECH_KEY = 'welfare_tech_2018_allocation.csv';

describeEachDatabase('allocations API', (getDb) => {
  let app: App;
  let annex: { kommunkod: string; amount_kr: string }[];
  before(async () => {
    app = await buildTestServer(getDb());
    annex = Papa.parse<{ kommunkod: string; amount_kr: string }>(
      (await referenceFile(WELFARE_TECH_KEY)).toString('utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
  });
  after(() => app.close());

  async function createGrant(overrides: Parameters<typeof grantInput>[0] = {}): Promise<Grant> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/grants',
      payload: grantInput(overrides),
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  async function upload(url: string, parts: Record<string, MultipartPart>) {
    const body = await multipart(parts);
    return app.inject({ method: 'POST', url, ...body });
  }

  async function importKey(grantId: string, filename: string, content: string | Uint8Array) {
    return upload(`/api/grants/${grantId}/allocations/import`, { file: { filename, content } });
  }

  async function allocationsOf(grantId: string): Promise<AllocationSummary[]> {
    return (await app.inject({ url: `/api/grants/${grantId}/allocations` })).json().items;
  }

  async function auditOf(grantId: string): Promise<AuditEvent[]> {
    return (await app.inject({ url: `/api/grants/${grantId}/audit` })).json().items;
  }

  it("imports the 2018 government key: all 290 amounts of seed 003's annex and 350 000 000 kr exactly", async () => {
    const grant = await createGrant();
    const response = await importKey(
      grant.id,
      WELFARE_TECH_KEY,
      await referenceFile(WELFARE_TECH_KEY),
    );
    assert.equal(response.statusCode, 201, response.body);
    const allocation: Allocation = response.json();
    assert.equal(allocation.kind, 'imported_key');
    assert.equal(allocation.status, 'draft');
    assert.equal(allocation.recipientCount, 290);
    assert.equal(allocation.totalKr, 350_000_000);
    assert.equal(allocation.unallocatedKr, 0);
    assert.equal(
      allocation.rows.reduce((sum, row) => sum + row.amountKr, 0),
      350_000_000,
    );
    assert.deepEqual(
      allocation.rows.map((row) => [row.recipientCode, String(row.amountKr)]),
      annex.map((row) => [row.kommunkod, row.amount_kr]),
    );
    const stockholm = allocation.rows.find((row) => row.recipientCode === '0180');
    assert.equal(stockholm?.recipientName, 'Stockholm');
    assert.equal(stockholm?.explanation.parts[0]?.share, '21625197/350000000');
    assert.equal(stockholm?.explanation.exactQuotaKr, '21625197');
    assert.equal(stockholm?.explanation.roundedUp, false);
    assert.match(allocation.checksum, /^[0-9a-f]{64}$/);
    assert.deepEqual(allocation.model, {
      budget_kr: 350_000_000,
      components: [{ name: 'imported key', indicator: 'amount_kr' }],
    });

    const [created] = (await auditOf(grant.id)).filter(
      (event) => event.action === 'allocation.created',
    );
    assert.equal(created?.entityId, allocation.id);
    assert.equal((created?.after as AllocationSummary).totalKr, 350_000_000);
  });

  it('imports a key from an XLSX workbook that names the municipalities instead of giving codes', async () => {
    const grant = await createGrant({ totalAmountKr: 1_000_000 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Bilaga');
    sheet.addRow(['Kommun', 'Utfall, kr']);
    sheet.addRow(['Upplands Väsby', 600_000]);
    sheet.addRow(['Falu', 300_000]); // printed label of Falun (2080) in the annexes
    sheet.addRow(['Region Gotland', 100_000]); // the municipality 0980, as seed 000 prints it
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const response = await importKey(grant.id, 'bilaga.xlsx', bytes);
    assert.equal(response.statusCode, 201, response.body);
    const allocation: Allocation = response.json();
    assert.deepEqual(
      allocation.rows.map((row) => [row.recipientCode, row.amountKr]),
      [
        ['0114', 600_000],
        ['2080', 300_000],
        ['0980', 100_000],
      ],
    );
  });

  it('reports every bad row of a key with its line and column, and stores nothing', async () => {
    const grant = await createGrant({ totalAmountKr: 1_000 });
    const csv = [
      'kommunkod;belopp',
      '0114;100', // line 2: fine
      '9999;100', // line 3: no such municipality
      '0115;-5', // line 4: negative
      '0117;tio', // line 5: not a number
      '0114;200', // line 6: 0114 again
      '0120;12,5', // line 7: not whole kronor
      '01;100', // line 8: a region, the grant is for municipalities
    ].join('\n');
    const response = await importKey(grant.id, 'nyckel.csv', csv);
    assert.equal(response.statusCode, 422, response.body);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    const problem: Problem = response.json();
    assert.deepEqual(
      problem.errors.map((e) => [e.row, e.column, e.code]),
      [
        [2, 'kommunkod', 'recipient.duplicate'],
        [3, 'kommunkod', 'recipient.unknown'],
        [4, 'belopp', 'cell.negative'],
        [5, 'belopp', 'cell.not_whole_kronor'],
        [6, 'kommunkod', 'recipient.duplicate'],
        [7, 'belopp', 'cell.not_whole_kronor'],
        [8, 'kommunkod', 'recipient.not_eligible'],
      ],
    );
    assert.ok(
      problem.errors.every(
        (e) => e.file === 'nyckel.csv' && /^nyckel\.csv, rad \d+, kolumn /.test(e.message),
      ),
    );
    assert.deepEqual(await allocationsOf(grant.id), []);
    assert.deepEqual(
      (await auditOf(grant.id)).map((e) => e.action),
      ['grant.created'],
    );
  });

  it("refuses a key whose sum differs from the grant's amount, stating both", async () => {
    const grant = await createGrant({ totalAmountKr: 1_000 });
    const response = await importKey(
      grant.id,
      'nyckel.csv',
      'kommunkod,amount_kr\n0114,600\n0115,399\n',
    );
    assert.equal(response.statusCode, 422);
    const problem: Problem = response.json();
    assert.deepEqual(
      problem.errors.map((e) => e.code),
      ['key.sum_mismatch'],
    );
    assert.match(problem.errors[0]?.message ?? '', /999\skr.*1\s000\skr/);
    assert.deepEqual(await allocationsOf(grant.id), []);
  });

  it("answers with the model's labels for people, and an imported key's own words", async () => {
    const grant = await createGrant({ totalAmountKr: 1_000 });
    const model = {
      budget_kr: 1_000,
      components: [
        {
          name: 'population',
          label: 'Befolkning 80 år och äldre',
          label_en: 'Population aged 80 and over',
          indicator: 'befolkning_80plus',
          indicator_label: 'Invånare 80 år och äldre 2024',
        },
      ],
    };
    const response = await upload(`/api/grants/${grant.id}/allocations/formula`, {
      model: { filename: 'model.json', content: JSON.stringify(model) },
      file: { filename: 'data.csv', content: 'recipient_code,befolkning_80plus\n0114,1\n0115,3\n' },
    });
    assert.equal(response.statusCode, 201, response.body);
    const allocation: Allocation = response.json();
    assert.deepEqual(allocation.model, model, 'the labels are kept with the model');
    assert.deepEqual(
      allocation.components.map(({ label, indicatorLabel }) => ({ label, indicatorLabel })),
      [
        {
          label: { sv: 'Befolkning 80 år och äldre', en: 'Population aged 80 and over' },
          indicatorLabel: {
            sv: 'Invånare 80 år och äldre 2024',
            en: 'Invånare 80 år och äldre 2024',
          },
        },
      ],
    );
    const csv = await app.inject({
      url: `/api/allocations/${allocation.id}/export.csv?dialect=excel-sv&lang=sv`,
    });
    assert.match(csv.body, /;Befolkning 80 år och äldre: värde;/);

    const keyGrant = await createGrant({ totalAmountKr: 1_000 });
    const key = await importKey(
      keyGrant.id,
      'nyckel.csv',
      'kommunkod,amount_kr\n0114,600\n0115,400\n',
    );
    assert.equal(key.statusCode, 201, key.body);
    const keyAllocation: Allocation = key.json();
    assert.deepEqual(keyAllocation.components[0]?.label, {
      sv: 'Fördelningsnyckel',
      en: 'Allocation key',
    });
  });

  it('computes a formula allocation with every rounding explained', async () => {
    const grant = await createGrant({ totalAmountKr: 1_000 });
    const model = {
      budget_kr: 1_000,
      components: [{ name: 'befolkning', indicator: 'population' }],
    };
    const response = await upload(`/api/grants/${grant.id}/allocations/formula`, {
      model: { filename: 'model.json', content: JSON.stringify(model) },
      file: {
        filename: 'data.csv',
        content: 'recipient_code,population\n0114,1\n0115,1\n0117,1\n',
      },
    });
    assert.equal(response.statusCode, 201, response.body);
    const allocation: Allocation = response.json();
    assert.equal(allocation.kind, 'formula');
    assert.equal(allocation.totalKr, 1_000);
    assert.deepEqual(allocation.rows.map((row) => row.amountKr).sort(), [333, 333, 334]);
    const rounded = allocation.rows.filter((row) => row.explanation.roundedUp);
    assert.equal(rounded.length, 1);
    assert.equal(rounded[0]?.explanation.exactQuotaKr, '1000/3');
    assert.equal(rounded[0]?.explanation.roundedDownKr, 333);
    assert.equal(rounded[0]?.explanation.parts[0]?.sharePercent, '33.333333');
    assert.deepEqual(allocation.model, model);
    assert.deepEqual(allocation.inputs.columns, ['population']);
    assert.deepEqual(allocation.inputs.rows[0], {
      recipientCode: '0114',
      values: { population: '1' },
    });
  });

  it("refuses a formula whose budget is not the grant's amount, and a model with errors, with their paths", async () => {
    const grant = await createGrant({ totalAmountKr: 1_000 });
    const data = { filename: 'data.csv', content: 'recipient_code,population\n0114,1\n0115,x\n' };
    const budget = await upload(`/api/grants/${grant.id}/allocations/formula`, {
      model: JSON.stringify({
        budget_kr: 999,
        components: [{ name: 'befolkning', indicator: 'population' }],
      }),
      file: data,
    });
    assert.equal(budget.statusCode, 422);
    assert.deepEqual(
      (budget.json() as Problem).errors.map((e) => [e.code, e.path ?? `${e.row}:${e.column}`]),
      [
        ['allocation.budget_differs_from_grant', 'budget_kr'],
        ['cell.not_a_number', '3:population'],
      ],
    );
    const model = await upload(`/api/grants/${grant.id}/allocations/formula`, {
      model: JSON.stringify({
        budget_kr: 1_000,
        components: [{ name: 'b', indicator: 'population', fraction: '3/2' }],
        minimun_kr: 5,
      }),
      file: data,
    });
    assert.equal(model.statusCode, 422);
    assert.deepEqual(
      (model.json() as Problem).errors.map((e) => [e.code, e.path]),
      [
        ['model.unknown_field', 'minimun_kr'],
        ['model.invalid_fraction', 'components[0].fraction'],
      ].sort(),
    );
    assert.deepEqual(await allocationsOf(grant.id), []);
  });

  it('publishes an allocation: frozen, the grant points to it, and a later one supersedes it', async () => {
    const grant = await createGrant({ totalAmountKr: 1_000 });
    const first: Allocation = (
      await importKey(grant.id, 'a.csv', 'kommunkod,amount_kr\n0114,600\n0115,400\n')
    ).json();
    const second: Allocation = (
      await importKey(grant.id, 'b.csv', 'kommunkod,amount_kr\n0114,500\n0115,500\n')
    ).json();

    const published = await app.inject({
      method: 'POST',
      url: `/api/allocations/${first.id}/publish`,
    });
    assert.equal(published.statusCode, 200, published.body);
    const firstPublished: Allocation = published.json();
    assert.equal(firstPublished.status, 'published');
    assert.equal(firstPublished.checksum, first.checksum);
    assert.ok(firstPublished.publishedAt);
    let current: Grant = (await app.inject({ url: `/api/grants/${grant.id}` })).json();
    assert.equal(current.publishedAllocationId, first.id);

    const again = await app.inject({ method: 'POST', url: `/api/allocations/${first.id}/publish` });
    assert.equal(again.statusCode, 409);
    assert.equal((again.json() as Problem).errors[0]?.code, 'allocation.already_published');

    assert.equal(
      (await app.inject({ method: 'POST', url: `/api/allocations/${second.id}/publish` }))
        .statusCode,
      200,
    );
    current = (await app.inject({ url: `/api/grants/${grant.id}` })).json();
    assert.equal(current.publishedAllocationId, second.id);
    const firstNow: Allocation = (await app.inject({ url: `/api/allocations/${first.id}` })).json();
    assert.equal(firstNow.supersededByAllocationId, second.id);
    assert.equal(firstNow.status, 'published');
    assert.deepEqual(
      (await auditOf(grant.id)).map((e) => e.action),
      [
        'grant.created',
        'allocation.created',
        'allocation.created',
        'allocation.published',
        'grant.allocation_published',
        'allocation.published',
        'allocation.superseded',
        'grant.allocation_published',
      ],
    );
  });

  it('walks the grant through every status once its allocation is published, and then refuses changes', async () => {
    const grant = await createGrant({ totalAmountKr: 1_000 });
    const allocation: Allocation = (
      await importKey(grant.id, 'a.csv', 'kommunkod,amount_kr\n0114,600\n0115,400\n')
    ).json();
    await app.inject({ method: 'POST', url: `/api/allocations/${allocation.id}/publish` });
    for (const status of ['published', 'closed', 'follow_up', 'finished'] as const) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/grants/${grant.id}/status`,
        payload: { status, reason: `Steg ${status}` },
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal((response.json() as Grant).status, status);
    }
    const back = await app.inject({
      method: 'POST',
      url: `/api/grants/${grant.id}/status`,
      payload: { status: 'follow_up' },
    });
    assert.equal(back.statusCode, 409);

    const current: Grant = (await app.inject({ url: `/api/grants/${grant.id}` })).json();
    const edit = await app.inject({
      method: 'PUT',
      url: `/api/grants/${grant.id}`,
      payload: { ...grantInput({ totalAmountKr: 1_000 }), version: current.version },
    });
    assert.equal(edit.statusCode, 409);
    assert.equal((edit.json() as Problem).errors[0]?.code, 'grant.not_draft');
    const anotherKey = await importKey(grant.id, 'c.csv', 'kommunkod,amount_kr\n0114,1000\n');
    assert.equal(anotherKey.statusCode, 409);

    const changes = (await auditOf(grant.id)).filter((e) => e.action === 'grant.status_changed');
    assert.deepEqual(
      changes.map((e) => [(e.before as Grant).status, (e.after as Grant).status, e.reason]),
      [
        ['draft', 'published', 'Steg published'],
        ['published', 'closed', 'Steg closed'],
        ['closed', 'follow_up', 'Steg follow_up'],
        ['follow_up', 'finished', 'Steg finished'],
      ],
    );
  });

  it("refuses to publish the grant when its allocation no longer adds up to the grant's amount", async () => {
    const grant = await createGrant({ totalAmountKr: 1_000 });
    const allocation: Allocation = (
      await importKey(grant.id, 'a.csv', 'kommunkod,amount_kr\n0114,1000\n')
    ).json();
    await app.inject({ method: 'POST', url: `/api/allocations/${allocation.id}/publish` });
    const current: Grant = (await app.inject({ url: `/api/grants/${grant.id}` })).json();
    await app.inject({
      method: 'PUT',
      url: `/api/grants/${grant.id}`,
      payload: { ...grantInput({ totalAmountKr: 2_000 }), version: current.version },
    });
    const response = await app.inject({
      method: 'POST',
      url: `/api/grants/${grant.id}/status`,
      payload: { status: 'published' },
    });
    assert.equal(response.statusCode, 409);
    assert.equal((response.json() as Problem).errors[0]?.code, 'grant.allocation_total_differs');
  });

  it('compares two allocations recipient by recipient, the largest change first', async () => {
    const grant = await createGrant({ totalAmountKr: 1_000 });
    const a: Allocation = (
      await importKey(grant.id, 'a.csv', 'kommunkod,amount_kr\n0114,600\n0115,400\n')
    ).json();
    const b: Allocation = (
      await importKey(grant.id, 'b.csv', 'kommunkod,amount_kr\n0114,550\n0115,300\n0117,150\n')
    ).json();
    const response = await app.inject({ url: `/api/allocations/compare?a=${a.id}&b=${b.id}` });
    assert.equal(response.statusCode, 200, response.body);
    const comparison: AllocationComparison = response.json();
    assert.deepEqual(
      comparison.rows.map((r) => [
        r.recipientCode,
        r.recipientName,
        r.amountAKr,
        r.amountBKr,
        r.differenceKr,
        r.differencePercent,
      ]),
      [
        ['0117', 'Österåker', 0, 150, 150, null],
        ['0115', 'Vallentuna', 400, 300, -100, '-25.0'],
        ['0114', 'Upplands Väsby', 600, 550, -50, '-8.3'],
      ],
    );
    assert.deepEqual(comparison.totals, { amountAKr: 1_000, amountBKr: 1_000, differenceKr: 0 });
    assert.equal(comparison.a.id, a.id);
  });

  it('refuses an upload over 5 MB with 413 and a clear problem, and a second file', async () => {
    const grant = await createGrant();
    const big = await importKey(
      grant.id,
      'stor.csv',
      'kommunkod,amount_kr\n' + '0114,1\n'.repeat(800_000),
    );
    assert.equal(big.statusCode, 413, big.body);
    const problem: Problem = big.json();
    assert.equal(problem.errors[0]?.code, 'upload.too_large');
    assert.match(problem.detail ?? '', /5 MB/);
    const two = await upload(`/api/grants/${grant.id}/allocations/import`, {
      file: { filename: 'a.csv', content: 'kommunkod,amount_kr\n' },
      other: { filename: 'b.csv', content: 'kommunkod,amount_kr\n' },
    });
    assert.equal(two.statusCode, 413, two.body);
    assert.equal((two.json() as Problem).errors[0]?.code, 'upload.too_many_files');
    assert.deepEqual(await allocationsOf(grant.id), []);
  });

  it('asks for the file when the upload has none', async () => {
    const grant = await createGrant();
    const response = await upload(`/api/grants/${grant.id}/allocations/import`, {
      note: 'ingen fil',
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      (response.json() as Problem).errors.map((e) => [e.code, e.path]),
      [['upload.file_missing', 'file']],
    );
  });
});
