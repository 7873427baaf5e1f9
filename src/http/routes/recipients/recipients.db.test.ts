import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { listAuditEventsForEntity } from '../../../db/audit';
import { describeEachDatabase } from '../../../db/testing';
import type { App } from '../../server';
import { buildTestServer, multipart, testEmail } from '../../testing';
import type { Problem } from '../../../contracts/problem';
import type { Recipient } from '../../../contracts/recipients';

describeEachDatabase('recipients API', (getDb) => {
  let app: App;
  before(async () => {
    app = await buildTestServer(getDb());
  });
  after(() => app.close());

  async function search(query: string): Promise<{ items: Recipient[]; total: number }> {
    const response = await app.inject({ url: `/api/recipients${query}` });
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  }

  async function importCsv(content: string) {
    const body = await multipart({ file: { filename: 'mottagare.csv', content } });
    return app.inject({ method: 'POST', url: '/api/recipients/import', ...body });
  }

  it('lists the 290 municipalities and 21 regions, regions first, with their county', async () => {
    const all = await search('');
    assert.equal(all.total, 311);
    assert.equal(all.items[0]?.code, '01');
    const uppsala = all.items.find((r) => r.code === '0380');
    assert.deepEqual(uppsala, {
      code: '0380',
      type: 'municipality',
      name: 'Uppsala',
      countyCode: '03',
      countyName: 'Region Uppsala',
      orgNumber: null,
      legalName: null,
      postalAddress: [],
      sizeGroup: null,
      sameOrganisationAs: null,
    });
    assert.equal((await search('?type=region')).total, 21);
    assert.equal((await search('?type=municipality')).total, 290);
  });

  it('finds recipients by part of the name in any case, or by the start of the code', async () => {
    assert.deepEqual(
      (await search('?q=ÖSTER')).items.map((r) => r.name),
      ['Region Östergötland', 'Österåker', 'Östersund'],
    );
    assert.deepEqual(
      (await search('?q=göteborg')).items.map((r) => r.code),
      ['1480'],
    );
    assert.deepEqual(
      (await search('?q=018&type=municipality')).items.map((r) => r.code),
      ['0180', '0181', '0182', '0183', '0184', '0186', '0187', '0188'],
    );
    assert.equal((await search('?q=100%25')).total, 0);
  });

  it('shows Region Gotland as one organisation under two codes', async () => {
    const gotland = (await search('?q=gotland')).items;
    assert.deepEqual(
      gotland.map((r) => [r.code, r.type, r.name, r.sameOrganisationAs]),
      [
        ['09', 'region', 'Region Gotland', '0980'],
        ['0980', 'municipality', 'Gotland', '09'],
      ],
    );
  });

  it('reports every bad cell of an import with its line and column, and changes nothing', async () => {
    const csv = [
      'code,name,org_number',
      '0114,Upplands Väsby kommun,212000-0142', // fine
      '9999,Atlantis,212000-0159', // unknown code
      '0115,Vallentuna kommun,212000-0143', // wrong check digit
      '0117,,21200-0167', // empty name, malformed number
      '0114,Upplands Väsby,212000-0142', // 0114 again
    ].join('\n');
    const response = await importCsv(csv);
    assert.equal(response.statusCode, 422, response.body);
    const problem: Problem = response.json();
    assert.deepEqual(
      problem.errors.map((e) => [e.row, e.column, e.code]),
      [
        [3, 'code', 'recipient.unknown'],
        [4, 'org_number', 'org_number.check_digit'],
        [5, 'name', 'cell.missing'],
        [5, 'org_number', 'org_number.invalid_format'],
        [6, 'code', 'recipient.duplicate'],
      ],
    );
    assert.match(problem.errors[1]?.message ?? '', /Kontrollsiffran/);
    const upplandsVasby = (await search('?q=0114')).items[0];
    assert.equal(upplandsVasby?.name, 'Upplands Väsby');
    assert.equal(upplandsVasby?.orgNumber, null);
  });

  it('updates names and organisation numbers, audited, and gives Gotland one number for both codes', async () => {
    const response = await importCsv(
      'code,name,org_number\n0114,Upplands Väsby kommun,2120000142\n0980,Gotland,212000-0803\n0115,Vallentuna,\n',
    );
    assert.equal(response.statusCode, 200, response.body);
    // 0114 renamed and numbered, 0980 numbered and with it 09; 0115 unchanged.
    assert.deepEqual(response.json(), { updated: 3 });
    const [upplandsVasby] = (await search('?q=0114')).items;
    assert.equal(upplandsVasby?.name, 'Upplands Väsby kommun');
    assert.equal(upplandsVasby?.orgNumber, '212000-0142');
    const gotland = (await search('?q=gotland')).items;
    assert.deepEqual(
      gotland.map((r) => r.orgNumber),
      ['212000-0803', '212000-0803'],
    );
    const [event] = await listAuditEventsForEntity(getDb(), 'recipient', '0114');
    assert.equal(event?.actor, testEmail('case_officer'));
    assert.deepEqual(event?.before, {
      code: '0114',
      name: 'Upplands Väsby',
      orgNumber: null,
      legalName: null,
      postalStreet: null,
      postalCode: null,
      postalTown: null,
      sizeGroup: null,
    });
    assert.deepEqual(event?.after, {
      code: '0114',
      name: 'Upplands Väsby kommun',
      orgNumber: '212000-0142',
      legalName: null,
      postalStreet: null,
      postalCode: null,
      postalTown: null,
      sizeGroup: null,
    });
    assert.equal(event?.reason, 'import mottagare.csv');

    const conflict = await importCsv('code,org_number\n0980,212000-0803\n09,232100-0008\n');
    assert.equal(conflict.statusCode, 422);
    assert.deepEqual(
      (conflict.json() as Problem).errors.map((e) => [e.row, e.code]),
      [
        [2, 'recipient.same_organisation_differs'],
        [3, 'recipient.same_organisation_differs'],
      ],
    );
  });

  it('stores the legal name and postal address as imported, audited, and refuses a bad address', async () => {
    const bad = await importCsv(
      'code,legal_name,postal_street,postal_code,postal_town\n1480,Göteborgs stad,Box 1,4040,Göteborg\n1280,Malmö stad,August Palms plats 1,,\n',
    );
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(
      (bad.json() as Problem).errors.map((e) => [e.row, e.column, e.code]),
      [
        [2, 'postal_code', 'recipient.postal_code_invalid'],
        [3, 'legal_name', 'recipient.address_incomplete'],
      ],
    );
    assert.match(
      (bad.json() as Problem).errors[0]?.message ?? '',
      /"4040" (är inte ett postnummer|is not a postal code)/,
    );
    assert.equal((await search('?q=1480')).items[0]?.legalName, null);

    const good = await importCsv(
      'code,legal_name,postal_street,postal_code,postal_town\n1480,Göteborgs stad,Box 1,40401,Göteborg\n1280,Malmö stad,,,\n',
    );
    assert.equal(good.statusCode, 200, good.body);
    assert.deepEqual(good.json(), { updated: 2 });
    const [goteborg] = (await search('?q=1480')).items;
    assert.equal(goteborg?.name, 'Göteborg');
    assert.equal(goteborg?.legalName, 'Göteborgs stad');
    assert.deepEqual(goteborg?.postalAddress, ['Box 1', '404 01 Göteborg']);
    const [malmo] = (await search('?q=1280')).items;
    assert.equal(malmo?.legalName, 'Malmö stad');
    assert.deepEqual(malmo?.postalAddress, []);
    const [event] = await listAuditEventsForEntity(getDb(), 'recipient', '1480');
    assert.deepEqual(event?.after, {
      code: '1480',
      name: 'Göteborg',
      orgNumber: null,
      legalName: 'Göteborgs stad',
      postalStreet: 'Box 1',
      postalCode: '404 01',
      postalTown: 'Göteborg',
      sizeGroup: null,
    });
  });

  it('stores municipalities’ SKR groups from a file kommunkod,kommungrupp, audited, and refuses a bad group or a region', async () => {
    const bad = await importCsv('kommunkod,kommungrupp\n0180,A1\n0114,A3\n01,A1\n0380,\n');
    assert.equal(bad.statusCode, 422);
    const problem = bad.json() as Problem;
    assert.deepEqual(
      problem.errors.map((e) => [e.row, e.column, e.code]),
      [
        [3, 'kommungrupp', 'recipient.size_group_invalid'],
        [4, 'kommungrupp', 'recipient.size_group_not_municipality'],
      ],
    );
    assert.match(
      problem.errors[0]?.message ?? '',
      /"A3" (är ingen kommungrupp|is no municipality group)/,
    );
    // Nothing changed, not even the good line.
    assert.equal((await search('?q=0180')).items[0]?.sizeGroup, null);

    const good = await importCsv('kommunkod,kommungrupp\n0180,a1\n0114, A2 \n0380,B3\n');
    assert.equal(good.statusCode, 200, good.body);
    assert.deepEqual(good.json(), { updated: 3 });
    const groups = async () =>
      Object.fromEntries(
        (await search('?type=municipality')).items
          .filter((r) => r.sizeGroup !== null)
          .map((r) => [r.code, r.sizeGroup]),
      );
    assert.deepEqual(await groups(), { '0114': 'A2', '0180': 'A1', '0380': 'B3' });
    // The names and the rest of the register are kept; an empty cell removes a group.
    assert.equal((await search('?q=0180')).items[0]?.name, 'Stockholm');
    const [event] = await listAuditEventsForEntity(getDb(), 'recipient', '0380');
    assert.deepEqual(
      [
        (event?.before as { sizeGroup: unknown }).sizeGroup,
        (event?.after as { sizeGroup: unknown }).sizeGroup,
      ],
      [null, 'B3'],
    );
    const removed = await importCsv('kommunkod,kommungrupp\n0380,\n');
    assert.deepEqual(removed.json(), { updated: 1 });
    assert.deepEqual(await groups(), { '0114': 'A2', '0180': 'A1' });
  });

  it('refuses a file without a code column and a file type it cannot read', async () => {
    const noCode = await importCsv('name,org_number\nUppsala,\n');
    assert.equal(noCode.statusCode, 422);
    assert.deepEqual(
      (noCode.json() as Problem).errors.map((e) => e.code),
      ['table.missing_column'],
    );
    const body = await multipart({ file: { filename: 'mottagare.pdf', content: '%PDF-1.4' } });
    const pdf = await app.inject({ method: 'POST', url: '/api/recipients/import', ...body });
    assert.equal(pdf.statusCode, 422);
    assert.deepEqual(
      (pdf.json() as Problem).errors.map((e) => e.code),
      ['file.unsupported_type'],
    );
  });
});
