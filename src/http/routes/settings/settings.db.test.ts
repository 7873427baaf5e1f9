// The agency's settings through the API, on PGlite and PostgreSQL: the seeded defaults, every
// field checked (bankgiro Luhn cases), audit with before and after, the reference series used by
// decisions issued afterwards only, and the bankgiro printed on the repayment demand and clawback.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { listAuditEventsForEntity } from '../../../db/audit';
import { describeEachDatabase } from '../../../db/testing';
import { insertDecisions } from '../../../db/decisions';
import { DEFAULT_AGENCY_SETTINGS, DEFAULT_APPEAL_TEXT } from '../../../domain/decisions/agency';
import { pdfText } from '../../../files/pdf-text';
import { systemContext } from '../../../services/common/context';
import { setUpSubmittedReports } from '../../../services/common/testing';
import { buildServer, type App } from '../../server';
import { signInAs, type TestSession } from '../../testing';
import type { Problem } from '../../../contracts/problem';
import type { AgencySettings, AgencySettingsInput } from '../../../contracts/settings';

const NOW = new Date('2025-03-10T10:00:00.000Z');
const SUBMITTED_AT = new Date('2025-02-20T10:00:00.000Z');
/** 0114 repays 1 801 181 kr; 0180 used everything. */
const CODES = ['0114', '0180'];
const flat = (text: string) => text.replace(/\s+/g, ' ');

describeEachDatabase('agency settings API', (getDb) => {
  let app: App;
  let grantId: string;
  let admin: TestSession;
  let officer: TestSession;
  let maker: TestSession;

  before(async () => {
    const db = getDb();
    const ctx = systemContext(db, 'system:test', () => SUBMITTED_AT);
    grantId = await setUpSubmittedReports(ctx, CODES);
    app = await buildServer({ db, now: () => NOW });
    admin = await signInAs(db, 'admin', [{ role: 'admin', grantId: null }], { now: NOW });
    officer = await signInAs(db, 'officer', [{ role: 'case_officer', grantId: null }], {
      now: NOW,
    });
    maker = await signInAs(db, 'maker', [{ role: 'decision_maker', grantId: null }], { now: NOW });
  });
  after(() => app.close());

  const read = async (as = officer) =>
    (await app.inject({ url: '/api/settings/agency', headers: as.headers })).json<AgencySettings>();
  const write = (body: AgencySettingsInput, as = admin) =>
    app.inject({ method: 'PUT', url: '/api/settings/agency', headers: as.headers, payload: body });
  const input = (settings: AgencySettings, changes: Partial<AgencySettingsInput> = {}) => {
    const { updatedAt: _at, updatedBy: _by, ...rest } = settings;
    return { ...rest, ...changes };
  };

  it('starts with the values that used to be constants (seeded by the migration)', async () => {
    const settings = await read();
    assert.deepEqual(input(settings), { ...DEFAULT_AGENCY_SETTINGS, version: 1 });
    assert.equal(settings.name, 'Socialstyrelsen');
    assert.equal(settings.referenceSeries, 'SB');
    assert.equal(settings.appealText, DEFAULT_APPEAL_TEXT);
    assert.equal(settings.repaymentBankgiro, null);
  });

  it('refuses bad bankgiro numbers (Luhn, format) and every other bad field; nothing changes', async () => {
    const current = await read();
    const cases: [string, string][] = [
      ['5402-9682', 'bankgiro.check_digit'],
      ['160-9907', 'bankgiro.check_digit'],
      ['54029680', 'bankgiro.check_digit'],
      ['54-0296', 'bankgiro.invalid_format'],
      ['5402-96810', 'bankgiro.invalid_format'],
      ['bankgiro', 'bankgiro.invalid_format'],
    ];
    for (const [bankgiro, code] of cases) {
      const response = await write(input(current, { repaymentBankgiro: bankgiro }));
      assert.equal(response.statusCode, 422, bankgiro);
      const problem = response.json<Problem>();
      assert.deepEqual(
        problem.errors.map((e) => [e.path, e.code]),
        [['repaymentBankgiro', code]],
        bankgiro,
      );
    }
    const many = await write(
      input(current, {
        name: ' ',
        orgNumber: '202100-5551',
        referenceSeries: 'sb/1',
        email: 'registrator',
        phone: 'ring oss',
        repaymentBankgiro: '5402-9682',
      }),
    );
    assert.equal(many.statusCode, 422);
    assert.deepEqual(
      many.json<Problem>().errors.map((e) => [e.path, e.code]),
      [
        ['name', 'agency.required'],
        ['referenceSeries', 'agency.series_invalid'],
        ['orgNumber', 'org_number.check_digit'],
        ['email', 'agency.email_invalid'],
        ['phone', 'agency.phone_invalid'],
        ['repaymentBankgiro', 'bankgiro.check_digit'],
      ],
    );
    assert.match(many.json<Problem>().errors.at(-1)!.message, /Kontrollsiffran i bankgironumret/);
    assert.deepEqual(await read(), current, 'nothing changed');
    assert.deepEqual(await listAuditEventsForEntity(getDb(), 'agency_settings', 'agency'), []);
  });

  it('lets only an administrator change them', async () => {
    const current = await read();
    const response = await write(input(current, { name: 'Annan' }), officer);
    assert.equal(response.statusCode, 403);
    assert.equal((await read()).name, 'Socialstyrelsen');
  });

  it('stores normalised values, audits before and after, refuses a stale version', async () => {
    const current = await read();
    const response = await write(
      input(current, {
        orgNumber: '2021005554',
        postalAddress: '106 30 Stockholm\n  Besök: Rålambsvägen 3 ',
        email: 'Registrator@Socialstyrelsen.se',
        phone: '075-247 30 00',
        repaymentBankgiro: '54029681',
      }),
    );
    assert.equal(response.statusCode, 200, response.body);
    const saved = response.json<AgencySettings>();
    assert.deepEqual(
      [saved.orgNumber, saved.postalAddress, saved.email, saved.repaymentBankgiro, saved.version],
      [
        '202100-5554',
        '106 30 Stockholm\nBesök: Rålambsvägen 3',
        'registrator@socialstyrelsen.se',
        '5402-9681',
        2,
      ],
    );
    assert.equal(saved.updatedBy, admin.email);
    const seven = await write(input(saved, { repaymentBankgiro: '160 9908' }));
    assert.equal(seven.json<AgencySettings>().repaymentBankgiro, '160-9908', 'a 7-digit one');
    const back = await write(
      input(seven.json<AgencySettings>(), { repaymentBankgiro: '5402-9681' }),
    );
    assert.equal(back.statusCode, 200);

    const stale = await write(input(saved, { name: 'Gammal' }));
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json<Problem>().errors[0]!.code, 'agency.version_conflict');

    const events = await listAuditEventsForEntity(getDb(), 'agency_settings', 'agency');
    assert.equal(events.length, 3);
    assert.equal(events[0]!.action, 'agency_settings.updated');
    assert.equal(events[0]!.actor, admin.email);
    assert.deepEqual(
      [
        (events[0]!.before as AgencySettings).repaymentBankgiro,
        (events[0]!.after as AgencySettings).repaymentBankgiro,
      ],
      [null, '5402-9681'],
    );
  });

  it('prints the bankgiro and OCR number on the repayment demand, with the agency as sender', async () => {
    const response = await app.inject({
      url: `/api/grants/${grantId}/reports/0114/repayment.pdf`,
      headers: officer.headers,
    });
    assert.equal(response.statusCode, 200);
    const text = flat(pdfText(response.rawPayload));
    const ocr = /OCR-referens (\d+)/.exec(text)?.[1];
    assert.ok(ocr);
    assert.ok(
      text.includes(`Betala till bankgiro 5402-9681, ange OCR-nummer ${ocr}.`),
      'the payment instruction',
    );
    assert.ok(text.includes('Organisationsnummer 202100-5554'));
    assert.ok(text.includes('Besök: Rålambsvägen 3'));
  });

  it('gives a new series to decisions issued afterwards only; the clawback letter says where to pay', async () => {
    const draft = (code: string) => ({
      kind: 'requisition' as const,
      grantId,
      recipientCode: code,
      amountKr: 1000n,
      payoutChannel: 'bank_transfer' as const,
      legalBasis: 'Förordning (2023:609)',
      reasons: 'Rekvirerat belopp.',
      conditions: '',
      appealText: 'Beslutet kan inte överklagas.',
      sourceType: 'requisition',
      sourceId: `series-${code}`,
      preparedBy: 'officer',
    });
    const issue = (decisionIds: string[]) =>
      app.inject({
        method: 'POST',
        url: `/api/grants/${grantId}/decisions/issue`,
        headers: maker.headers,
        payload: { decisionIds },
      });
    const [first] = await insertDecisions(getDb(), [draft('0114')]);
    const firstIssued = await issue([first!.id]);
    assert.equal(firstIssued.statusCode, 200, firstIssued.body);
    assert.equal(firstIssued.json().items[0].referenceNumber, 'SB 2025/0001');

    const current = await read();
    assert.equal(
      (await write(input(current, { referenceSeries: 's-dnr' }))).json<AgencySettings>()
        .referenceSeries,
      'S-DNR',
    );
    const [second] = await insertDecisions(getDb(), [draft('0180')]);
    const secondIssued = await issue([second!.id]);
    assert.equal(secondIssued.json().items[0].referenceNumber, 'S-DNR 2025/0001');
    const list = await app.inject({
      url: `/api/grants/${grantId}/decisions`,
      headers: officer.headers,
    });
    const numbers = list
      .json()
      .items.map((d: { referenceNumber: string | null }) => d.referenceNumber)
      .sort();
    assert.deepEqual(numbers, ['S-DNR 2025/0001', 'SB 2025/0001'], 'the issued one kept SB');
    const letter = await app.inject({
      url: `/api/decisions/${first!.id}/letter.pdf`,
      headers: officer.headers,
    });
    assert.match(flat(pdfText(letter.rawPayload)), /SB 2025\/0001/);

    // A clawback: sampled, proposed, prepared and issued; its letter names bankgiro and OCR.
    const base = `/api/grants/${grantId}/audit-samples`;
    const sample = await app.inject({
      method: 'POST',
      url: base,
      headers: officer.headers,
      payload: { seed: 7, strata: [{ fromKr: 0, size: 1 }] },
    });
    assert.equal(sample.statusCode, 200, sample.body);
    const { id: sampleId, items } = sample.json() as {
      id: string;
      items: { recipientCode: string }[];
    };
    const code = items[0]!.recipientCode;
    await app.inject({
      method: 'PUT',
      url: `${base}/${sampleId}/items/${code}/finding`,
      headers: officer.headers,
      payload: { outcome: 'clawback_proposed', text: 'Kostnader utanför ändamålet.' },
    });
    const prepared = await app.inject({
      method: 'POST',
      url: `${base}/${sampleId}/items/${code}/clawback`,
      headers: officer.headers,
      payload: { amountKr: 5_000, reasons: 'Kostnader utanför ändamålet.', dueOn: '2025-04-30' },
    });
    assert.equal(prepared.statusCode, 200, prepared.body);
    const clawback = prepared.json() as { decisionId: string; ocrReference: string };
    assert.equal((await issue([clawback.decisionId])).statusCode, 200);
    const clawbackLetter = await app.inject({
      url: `/api/decisions/${clawback.decisionId}/letter.pdf`,
      headers: officer.headers,
    });
    const text = flat(pdfText(clawbackLetter.rawPayload));
    assert.ok(
      text.includes(`Betala till bankgiro 5402-9681, ange OCR-nummer ${clawback.ocrReference}.`),
      text,
    );
    assert.match(text, /S-DNR 2025\/0002/);
  });
});
