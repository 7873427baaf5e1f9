// Receivables and audit samples through the API: partial payments, overdue, overpayment refused,
// a sample reproducible from its stored seed, findings; bad input changes nothing.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import { listAuditEventsForGrant } from '../../../db/audit';
import { describeEachDatabase } from '../../../db/testing';
import { agencySettings } from '../../../db/schema';
import { validateOcrReference } from '../../../domain/payments/ocr';
import { pdfText } from '../../../files/pdf-text';
import { drawAuditSample } from '../../../domain/audit-sample/sampler';
import { systemContext } from '../../../services/common/context';
import { synthetic2024Reports } from '../../../services/demo/load-reporting-demo';
import { setUpSubmittedReports } from '../../../services/common/testing';
import type { App } from '../../server';
import { buildTestServer, signInAs, type TestSession } from '../../testing';
import type { Problem } from '../../../contracts/problem';
import type {
  AuditSample,
  AuditSamples,
  Receivable,
  Receivables,
} from '../../../contracts/receivables';

const SUBMITTED_AT = new Date('2025-02-20T10:00:00.000Z');
/** Demands fall due 30 days after submission: 2025-03-22. */
const BEFORE_DUE = new Date('2025-03-10T10:00:00.000Z');
const AFTER_DUE = new Date('2025-03-22T23:00:00.000Z');
// 0114 repays 1 801 181 kr, 0139 45 246 kr, 0163 1 102 976 kr; 1443 has 184 kr waived; 0180 used all.
const CODES = ['0114', '0139', '0163', '0180', '0187', '1443', '0480', '0481'];

describeEachDatabase('receivables and audit samples API', (getDb) => {
  let app: App;
  let grantId: string;
  let clock = BEFORE_DUE;
  let officer: TestSession;

  before(async () => {
    app = await buildTestServer(getDb(), () => clock);
  });

  /**
   * Each test starts from its own grant with the reports submitted and the clock before the due
   * day, so it passes alone and in any order.
   */
  const freshGrant = async () => {
    const db = getDb();
    grantId = await setUpSubmittedReports(
      systemContext(db, 'system:test', () => SUBMITTED_AT),
      CODES,
    );
    clock = BEFORE_DUE;
    officer = await signInAs(db, 'officer', [{ role: 'case_officer', grantId: null }], {
      now: clock,
    });
  };
  /** Moves the clock past the due day (the officer signs in again, at the new time). */
  const afterTheDueDay = async () => {
    clock = AFTER_DUE;
    officer = await signInAs(getDb(), 'officer', [{ role: 'case_officer', grantId: null }], {
      now: clock,
    });
  };

  after(() => app.close());

  const call = (options: InjectOptions) =>
    app.inject({ ...options, headers: { ...officer.headers, ...options.headers } });
  const list = async (query = '') =>
    (
      await call({ method: 'GET', url: `/api/grants/${grantId}/receivables${query}` })
    ).json() as Receivables;
  const pay = (code: string, body: object) =>
    call({
      method: 'POST',
      url: `/api/grants/${grantId}/reports/${code}/repayment/payments`,
      payload: body,
    });
  const events = async (action: string) =>
    (await listAuditEventsForGrant(getDb(), grantId)).filter((e) => e.action === action);

  it('lists the demands of the submitted reports, open, with totals', async () => {
    await freshGrant();
    const view = await list();
    assert.deepEqual(
      view.rows.map((r) => [r.recipientCode, r.amountKr, r.state, r.dueOn]),
      [
        ['0114', 1_801_181, 'open', '2025-03-22'],
        ['0139', 45_246, 'open', '2025-03-22'],
        ['0163', 1_102_976, 'open', '2025-03-22'],
        ['0187', 772_901, 'open', '2025-03-22'],
        ['0480', 3_308_636, 'open', '2025-03-22'],
        ['0481', 3_671_256, 'open', '2025-03-22'],
      ],
    );
    assert.equal(view.totals.amountKr, 10_702_196);
    assert.equal(view.totals.outstandingKr, 10_702_196);
    assert.equal(view.counts.open, 6);
  });

  it('registers partial payments until paid, each audited', async () => {
    await freshGrant();
    const ocr = (await list()).rows.find((r) => r.recipientCode === '0139')!.ocrReference;
    const first = await pay('0139', {
      paidOn: '2025-03-05',
      amountKr: 20_000,
      payerReference: ocr,
    });
    assert.equal(first.statusCode, 200);
    const partly = first.json() as Receivable;
    assert.deepEqual(
      [partly.paidKr, partly.outstandingKr, partly.state],
      [20_000, 25_246, 'partly_paid'],
    );
    const second = (
      await pay('0139', { paidOn: '2025-03-09', amountKr: 25_246, payerReference: ocr })
    ).json() as Receivable;
    assert.deepEqual([second.paidKr, second.outstandingKr, second.state], [45_246, 0, 'paid']);
    assert.equal(second.payments.length, 2);
    const audited = await events('receivable.payment_registered');
    assert.equal(audited.length, 2);
    // Kronor in the audit log as the API shows them: JSON integers.
    assert.deepEqual(audited[1]!.before, { paidKr: 20_000, state: 'partly_paid' });
    assert.equal(audited[1]!.legacy, false);
    assert.equal((await list('?state=paid')).rows.length, 1);
  });

  it('refuses an overpayment, a future date, a bad amount and a missing demand, and changes nothing', async () => {
    await freshGrant();
    const before = await list();
    const over = await pay('0114', {
      paidOn: '2025-03-05',
      amountKr: 1_801_182,
      payerReference: 'x',
    });
    assert.equal(over.statusCode, 422);
    assert.equal((over.json() as Problem).errors[0]!.code, 'receivable.overpayment');
    assert.match((over.json() as Problem).errors[0]!.message, /1\s801\s181\skr/);
    const future = await pay('0114', { paidOn: '2025-03-11', amountKr: 1, payerReference: 'x' });
    assert.equal((future.json() as Problem).errors[0]!.code, 'receivable.paid_on_in_future');
    const zero = await pay('0114', { paidOn: '2025-03-05', amountKr: 0, payerReference: 'x' });
    assert.equal(zero.statusCode, 400);
    assert.deepEqual(
      (zero.json() as Problem).errors.map((e) => e.path),
      ['amountKr'],
    );
    const none = await pay('0180', { paidOn: '2025-03-05', amountKr: 1, payerReference: 'x' });
    assert.equal(none.statusCode, 404);
    assert.equal((none.json() as Problem).errors[0]!.code, 'receivable.not_found');
    assert.deepEqual(await list(), before);
    assert.equal((await events('receivable.payment_registered')).length, 0);
  });

  it('shows unpaid demands as overdue after the due day in Stockholm, and exports them', async () => {
    await freshGrant();
    await pay('0114', { paidOn: '2025-03-10', amountKr: 1_000, payerReference: 'x' });
    await pay('0139', { paidOn: '2025-03-10', amountKr: 45_246, payerReference: 'x' });
    await afterTheDueDay();
    const view = await list('?state=overdue');
    assert.deepEqual(
      view.rows.map((r) => [r.recipientCode, r.outstandingKr]),
      [
        ['0114', 1_800_181],
        ['0163', 1_102_976],
        ['0187', 772_901],
        ['0480', 3_308_636],
        ['0481', 3_671_256],
      ],
    );
    assert.equal(view.totals.overdueKr, 10_655_950);
    const csv = await call({
      method: 'GET',
      url: `/api/grants/${grantId}/receivables.csv?state=overdue`,
    });
    assert.equal(csv.statusCode, 200);
    assert.match(
      csv.body,
      /0114,Upplands Väsby,Återbetalningskrav,\d+,2025-03-22,Förfallen,1801181,1000,1800181\r\n/,
    );
    const xlsx = await call({ method: 'GET', url: `/api/grants/${grantId}/receivables.xlsx` });
    assert.equal(xlsx.statusCode, 200);
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
  });

  const STRATA = [
    { fromKr: 0, size: 2 },
    { fromKr: 20_000_000, size: 2 },
  ];
  const drawSample = async () =>
    (
      await call({
        method: 'POST',
        url: `/api/grants/${grantId}/audit-samples`,
        payload: { seed: 424242, strata: STRATA },
      })
    ).json() as AuditSample;
  const proposeClawback = async (sample: AuditSample) => {
    const response = await call({
      method: 'PUT',
      url: `/api/grants/${grantId}/audit-samples/${sample.id}/items/${sample.items[0]!.recipientCode}/finding`,
      payload: { outcome: 'clawback_proposed', text: 'Kostnader utanför ändamålet.' },
    });
    assert.equal(response.statusCode, 200);
  };

  it('draws a stratified sample, stores seed, strata and population, and can redo it', async () => {
    await freshGrant();
    const strata = [
      { fromKr: 0, size: 2 },
      { fromKr: 20_000_000, size: 2 },
    ];
    const response = await call({
      method: 'POST',
      url: `/api/grants/${grantId}/audit-samples`,
      payload: { seed: 424242, strata },
    });
    assert.equal(response.statusCode, 200);
    const sample = response.json() as AuditSample;
    assert.equal(sample.seed, 424242);
    assert.equal(sample.populationSize, CODES.length);
    assert.deepEqual(
      sample.strata.map((s) => [s.fromKr, s.toKr, s.populationSize, s.size]),
      [
        [0, 20_000_000, 5, 2],
        [20_000_000, null, 3, 2],
      ],
    );
    // Redone from what is stored: the same reports.
    const reports = await synthetic2024Reports();
    const population = reports
      .filter((r) => CODES.includes(r.recipientCode))
      .map((r) => ({ key: r.recipientCode, amountKr: r.receivedKr }));
    const redo = drawAuditSample(
      population,
      strata.map((s) => ({ fromKr: BigInt(s.fromKr), size: s.size })),
      424242,
    );
    assert.deepEqual(
      sample.items.map((i) => i.recipientCode),
      redo.keys,
    );
    const again = (
      await call({
        method: 'POST',
        url: `/api/grants/${grantId}/audit-samples`,
        payload: { seed: 424242, strata },
      })
    ).json() as AuditSample;
    assert.deepEqual(
      again.items.map((i) => i.recipientCode),
      redo.keys,
    );
    assert.equal((await events('audit_sample.drawn')).length, 2);
  });

  it('refuses a stratum larger than its population and stores nothing', async () => {
    await freshGrant();
    const response = await call({
      method: 'POST',
      url: `/api/grants/${grantId}/audit-samples`,
      payload: { strata: [{ fromKr: 0, size: 9 }] },
    });
    assert.equal(response.statusCode, 422);
    assert.equal((response.json() as Problem).errors[0]!.code, 'audit_sample.stratum_too_small');
    const all = (
      await call({ method: 'GET', url: `/api/grants/${grantId}/audit-samples` })
    ).json() as AuditSamples;
    assert.equal(all.samples.length, 0);
  });

  it('records a finding on a sampled report, 404 for one not in the sample', async () => {
    await freshGrant();
    const sample = await drawSample();
    const code = sample.items[0]!.recipientCode;
    const url = (c: string) =>
      `/api/grants/${grantId}/audit-samples/${sample.id}/items/${c}/finding`;
    const response = await call({
      method: 'PUT',
      url: url(code),
      payload: { outcome: 'clawback_proposed', text: 'Kostnader utanför ändamålet.' },
    });
    assert.equal(response.statusCode, 200);
    const updated = response.json() as AuditSample;
    assert.equal(updated.items[0]!.finding?.outcome, 'clawback_proposed');
    const outside = CODES.find((c) => !sample.items.some((i) => i.recipientCode === c))!;
    const missing = await call({
      method: 'PUT',
      url: url(outside),
      payload: { outcome: 'remark', text: 'Ingen' },
    });
    assert.equal(missing.statusCode, 404);
    const bad = await call({
      method: 'PUT',
      url: url(code),
      payload: { outcome: 'maybe', text: 'x' },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual((bad.json() as Problem).errors.map((e) => e.path).sort(), ['outcome', 'text']);
    assert.equal((await events('audit_sample.finding_recorded')).length, 1);
  });

  it('prepares a clawback from the finding; a decision maker issues it; it is paid like a demand', async () => {
    await freshGrant();
    const sample = await drawSample();
    await proposeClawback(sample);
    // The clawback is paid on its own terms once the repayment demands have fallen due.
    await afterTheDueDay();
    const code = sample.items[0]!.recipientCode;
    const base = `/api/grants/${grantId}/audit-samples/${sample.id}/items`;
    const notProposed = await call({
      method: 'POST',
      url: `${base}/${sample.items[1]!.recipientCode}/clawback`,
      payload: { amountKr: 1000, reasons: 'Kostnader utanför ändamålet.' },
    });
    assert.equal(notProposed.statusCode, 409);
    assert.equal((notProposed.json() as Problem).errors[0]!.code, 'clawback.not_proposed');
    const tooMuch = await call({
      method: 'POST',
      url: `${base}/${code}/clawback`,
      payload: { amountKr: sample.items[0]!.receivedKr + 1, reasons: 'För mycket.' },
    });
    assert.equal((tooMuch.json() as Problem).errors[0]!.code, 'clawback.amount_out_of_range');
    const prepared = await call({
      method: 'POST',
      url: `${base}/${code}/clawback`,
      payload: { amountKr: 50_000, reasons: 'Kostnader utanför ändamålet.', dueOn: '2025-04-30' },
    });
    assert.equal(prepared.statusCode, 200);
    const clawback = prepared.json() as { decisionId: string; ocrReference: string; dueOn: string };
    assert.ok(validateOcrReference(clawback.ocrReference, { withLengthDigit: true }).ok);
    assert.equal((await list()).rows.filter((r) => r.kind === 'clawback').length, 0, 'a draft');

    const maker = await signInAs(getDb(), 'maker', [{ role: 'decision_maker', grantId: null }], {
      now: clock,
    });
    const issue = () =>
      app.inject({
        method: 'POST',
        url: `/api/grants/${grantId}/decisions/issue`,
        payload: { decisionIds: [clawback.decisionId] },
        headers: maker.headers,
      });
    // A clawback demands payment: without the agency's bankgiro to pay to it is not issued (as a
    // repayment demand's letter is not sent), and stays a draft.
    const refusedIssue = await issue();
    assert.equal(refusedIssue.statusCode, 409, refusedIssue.body);
    assert.equal(refusedIssue.json<Problem>().errors[0]?.code, 'agency.bankgiro_missing');
    const stillDraft = await app.inject({
      url: `/api/grants/${grantId}/decisions`,
      headers: maker.headers,
    });
    assert.equal(
      stillDraft
        .json<{ items: { id: string; status: string }[] }>()
        .items.find((d) => d.id === clawback.decisionId)?.status,
      'draft',
    );
    assert.equal((await list()).rows.filter((r) => r.kind === 'clawback').length, 0);
    await getDb().update(agencySettings).set({ repaymentBankgiro: '5402-9681' });
    const issued = await issue();
    assert.equal(issued.statusCode, 200, issued.body);
    // Should the bankgiro be removed afterwards, the issued clawback's letter is held back.
    await getDb().update(agencySettings).set({ repaymentBankgiro: null });

    const recipient = await signInAs(
      getDb(),
      `recipient-${code}`,
      [{ role: 'recipient_user', grantId: null }],
      { recipientCode: code, now: clock },
    );
    // An issued clawback demands payment: its letter goes out only with the agency's bankgiro.
    const withoutBankgiro = await app.inject({
      method: 'GET',
      url: `/api/decisions/${clawback.decisionId}/letter.pdf`,
      headers: recipient.headers,
    });
    assert.equal(withoutBankgiro.statusCode, 409);
    assert.equal(withoutBankgiro.json<Problem>().errors[0]?.code, 'agency.bankgiro_missing');
    await getDb().update(agencySettings).set({ repaymentBankgiro: '5402-9681' });
    const letter = await app.inject({
      method: 'GET',
      url: `/api/decisions/${clawback.decisionId}/letter.pdf`,
      headers: recipient.headers,
    });
    assert.equal(letter.statusCode, 200);
    const text = pdfText(letter.rawPayload);
    assert.match(text, /ska betala tillbaka 50\s000 kr/);
    assert.ok(text.includes(clawback.ocrReference));
    assert.ok(text.includes('2025-04-30'));
    const other = CODES.find((c) => c !== code && c !== '1443')!;
    const stranger = await signInAs(
      getDb(),
      `recipient-${other}`,
      [{ role: 'recipient_user', grantId: null }],
      { recipientCode: other, now: clock },
    );
    const refused = await app.inject({
      method: 'GET',
      url: `/api/decisions/${clawback.decisionId}/letter.pdf`,
      headers: stranger.headers,
    });
    assert.equal(refused.statusCode, 404);

    const row = (await list()).rows.find((r) => r.kind === 'clawback')!;
    const clawbacksOnly = await list('?kind=clawback');
    assert.deepEqual(
      clawbacksOnly.rows.map((r) => r.id),
      [clawback.decisionId],
    );
    assert.equal(clawbacksOnly.totals.amountKr, 50_000);
    const repaymentsOnly = (await list('?kind=repayment')).rows;
    assert.ok(repaymentsOnly.length > 0, 'the repayment demands of the submitted reports');
    assert.ok(repaymentsOnly.every((r) => r.kind === 'repayment'));
    assert.deepEqual([row.id, row.state, row.amountKr], [clawback.decisionId, 'open', 50_000]);
    const payUrl = `/api/grants/${grantId}/clawbacks/${clawback.decisionId}/payments`;
    const over = await call({
      method: 'POST',
      url: payUrl,
      payload: { paidOn: '2025-03-22', amountKr: 50_001, payerReference: clawback.ocrReference },
    });
    assert.equal((over.json() as Problem).errors[0]!.code, 'receivable.overpayment');
    const paid = await call({
      method: 'POST',
      url: payUrl,
      payload: { paidOn: '2025-03-22', amountKr: 50_000, payerReference: clawback.ocrReference },
    });
    assert.equal(paid.statusCode, 200);
    assert.equal((paid.json() as Receivable).state, 'paid');
    // A clawback is never paid out.
    const batch = await call({
      method: 'POST',
      url: `/api/grants/${grantId}/payouts`,
      payload: { paymentOn: '2025-04-01' },
    });
    assert.equal(batch.statusCode, 409);
    assert.equal((batch.json() as Problem).errors[0]!.code, 'payout.nothing_to_pay');
  });
});
