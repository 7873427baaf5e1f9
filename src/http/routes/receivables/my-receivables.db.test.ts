// "Mina fordringar" through the API (GET /api/me/receivables): a recipient's own repayment demand
// and clawback with paid and remaining amounts, every state (open, partly paid, paid, overdue after
// the whole due day in Stockholm), totals, letters; never another organisation's receivables.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { RoleAssignment } from '../../../db/users';
import { describeEachDatabase } from '../../../db/testing';
import { systemContext, type ServiceContext } from '../../../services/common/context';
import { drawSample } from '../../../services/receivables/draw-audit-sample';
import { issueDecisions } from '../../../services/decisions/issue-decisions';
import { setUpSubmittedReports } from '../../../services/common/testing';
import { prepareClawback } from '../../../services/receivables/prepare-clawback';
import { recordAuditFinding } from '../../../services/receivables/record-audit-finding';
import { registerPayment } from '../../../services/receivables/register-payment';
import type { App } from '../../server';
import { buildTestServer, signInAs } from '../../testing';
import type { MyReceivables } from '../../../contracts/receivables';
import type { Problem } from '../../../contracts/problem';
import { eq } from 'drizzle-orm';
import { agencySettings, recipients } from '../../../db/schema';
import { pdfText } from '../../../files/pdf-text';

const SUBMITTED_AT = new Date('2025-02-20T10:00:00.000Z');
/** Demands fall due 30 days after submission: 2025-03-22 (CET, UTC+1). */
const BEFORE_DUE = new Date('2025-03-10T10:00:00.000Z');
const LAST_SECOND_OF_DUE_DAY = new Date('2025-03-22T22:59:59.000Z');
const DAY_AFTER_DUE = new Date('2025-03-22T23:00:00.000Z');
// 0114 repays 1 801 181 kr, 0139 45 246 kr; 0180 used everything.
const CODES = ['0114', '0139', '0180'];
const USER: RoleAssignment[] = [{ role: 'recipient_user', grantId: null }];

describeEachDatabase('my receivables API', (getDb) => {
  let app: App;
  let grantId: string;
  let clawbackId: string;
  let clawbackOcr: string;
  let clock = BEFORE_DUE;
  let ctx: ServiceContext;

  before(async () => {
    const db = getDb();
    ctx = systemContext(db, 'system:test', () => SUBMITTED_AT);
    grantId = await setUpSubmittedReports(ctx, CODES);
    const sample = await drawSample(ctx, { grantId, seed: 7, strata: [{ fromKr: 0n, size: 3 }] });
    const finding = { grantId, sampleId: sample.sample.id, recipientCode: '0114' };
    await recordAuditFinding(ctx, {
      ...finding,
      outcome: 'clawback_proposed',
      text: 'Kostnader utanför ändamålet.',
    });
    const prepared = await prepareClawback(ctx, {
      ...finding,
      amountKr: 50_000n,
      reasons: 'Kostnader utanför ändamålet.',
      dueOn: '2025-04-30',
    });
    clawbackId = prepared.decision.id;
    clawbackOcr = prepared.ocrReference;
    const maker = await signInAs(db, 'maker', [{ role: 'decision_maker', grantId: null }]);
    // A clawback is issued only with the agency's bankgiro set; the tests below remove it again.
    await db.update(agencySettings).set({ repaymentBankgiro: '5402-9681' });
    await issueDecisions(
      {
        ...ctx,
        user: {
          id: maker.userId,
          email: maker.email,
          name: 'Maker',
          recipientCode: null,
          roles: [{ role: 'decision_maker', grantId: null }],
        },
        actor: maker.email,
      },
      { grantId, decisionIds: [clawbackId] },
    );
    await db.update(agencySettings).set({ repaymentBankgiro: null });
    app = await buildTestServer(db, () => clock, null);
  });
  after(() => app.close());

  /** GET as a fresh session of `code`'s staff (or of agency staff with `roles`) at the clock. */
  const get = async (url: string, code: string | null, roles: RoleAssignment[] = USER) => {
    const session = await signInAs(getDb(), `${code ?? 'agency'}-${roles[0]!.role}`, roles, {
      recipientCode: code,
      now: clock,
    });
    return app.inject({ method: 'GET', url, headers: session.headers });
  };
  const mine = async (code: string) =>
    (await get('/api/me/receivables', code)).json() as MyReceivables;
  /** Amount, paid, outstanding and overdue. */
  const totals = ({ totals: t }: MyReceivables) => [
    t.amountKr,
    t.paidKr,
    t.outstandingKr,
    t.overdueKr,
  ];
  const summary = (view: MyReceivables) =>
    view.rows.map((r) => [r.kind, r.recipientCode, r.amountKr, r.paidKr, r.outstandingKr, r.state]);

  it('lists the own demand and issued clawback, open, with grant, OCR, due date, letter and totals', async () => {
    const view = await mine('0114');
    assert.deepEqual(summary(view), [
      ['repayment', '0114', 1_801_181, 0, 1_801_181, 'open'],
      ['clawback', '0114', 50_000, 0, 50_000, 'open'],
    ]);
    const [demand, clawback] = view.rows;
    assert.equal(demand!.grantId, grantId);
    assert.equal(demand!.grantYear, 2024);
    assert.match(demand!.grantName, /för äldre personer 2024$/);
    assert.match(demand!.ocrReference, /^\d+$/);
    assert.deepEqual([demand!.dueOn, clawback!.dueOn], ['2025-03-22', '2025-04-30']);
    assert.deepEqual([clawback!.id, clawback!.ocrReference], [clawbackId, clawbackOcr]);
    assert.match(clawback!.referenceNumber ?? '', /^SB \d{4}\/\d{4}$/);
    assert.equal(demand!.bankgiro, null);
    assert.deepEqual(totals(view), [1_851_181, 0, 1_851_181, 0]);
    assert.deepEqual(view.counts, { open: 2, partly_paid: 0, paid: 0, overdue: 0 });
    // Without the agency's bankgiro neither demand goes out: a clear refusal, not a letter that
    // cannot be paid.
    for (const row of view.rows) {
      const refused = await get(row.letterUrl, '0114');
      assert.equal(refused.statusCode, 409, row.letterUrl);
      const problem = refused.json<Problem>();
      assert.equal(problem.errors[0]?.code, 'agency.bankgiro_missing');
      assert.match(problem.errors[0]?.message ?? '', /bankgiro/i);
    }
    await getDb().update(agencySettings).set({ repaymentBankgiro: '5402-9681' });
    await getDb()
      .update(recipients)
      .set({
        legalName: 'Upplands Väsby kommun',
        postalCode: '194 80',
        postalTown: 'Upplands Väsby',
      })
      .where(eq(recipients.code, '0114'));
    try {
      assert.equal((await mine('0114')).rows[0]?.bankgiro, '5402-9681');
      for (const row of view.rows) {
        const letter = await get(row.letterUrl, '0114');
        assert.equal(letter.statusCode, 200, row.letterUrl);
        assert.equal(letter.headers['content-type'], 'application/pdf');
        const text = pdfText(letter.rawPayload);
        assert.match(text, /5402-9681/);
        // Both letters are addressed with the register's legal name and postal address.
        assert.match(text, /Upplands Väsby kommun/, row.letterUrl);
        assert.match(text, /194 80 Upplands Väsby/, row.letterUrl);
      }
    } finally {
      await getDb().update(agencySettings).set({ repaymentBankgiro: null });
    }
  });

  it("never shows another organisation's receivables, nor its letters", async () => {
    const other = await mine('0139');
    assert.deepEqual(summary(other), [['repayment', '0139', 45_246, 0, 45_246, 'open']]);
    const none = await mine('0180');
    assert.deepEqual(none.rows, []);
    assert.equal(none.totals.amountKr, 0);
    for (const row of (await mine('0114')).rows)
      assert.equal((await get(row.letterUrl, '0139')).statusCode, 404, row.letterUrl);
  });

  it('is for a recipient only: agency staff 403, signed out 401', async () => {
    const officer = await get('/api/me/receivables', null, [
      { role: 'case_officer', grantId: null },
    ]);
    assert.equal(officer.statusCode, 403);
    const anonymous = await app.inject({ method: 'GET', url: '/api/me/receivables' });
    assert.equal(anonymous.statusCode, 401);
  });

  it('shows partly paid and paid after payments, overdue only once the whole due day has passed in Stockholm', async () => {
    const officer = { ...ctx, now: () => BEFORE_DUE };
    await registerPayment(officer, {
      grantId,
      target: { recipientCode: '0114' },
      paidOn: '2025-03-05',
      amountKr: 100_000n,
      payerReference: 'x',
    });
    await registerPayment(officer, {
      grantId,
      target: { decisionId: clawbackId },
      paidOn: '2025-03-06',
      amountKr: 50_000n,
      payerReference: clawbackOcr,
    });
    assert.deepEqual(summary(await mine('0114')), [
      ['repayment', '0114', 1_801_181, 100_000, 1_701_181, 'partly_paid'],
      ['clawback', '0114', 50_000, 50_000, 0, 'paid'],
    ]);

    clock = LAST_SECOND_OF_DUE_DAY;
    assert.equal((await mine('0114')).rows[0]!.state, 'partly_paid');
    assert.equal((await mine('0139')).rows[0]!.state, 'open');

    clock = DAY_AFTER_DUE;
    const overdue = await mine('0114');
    assert.deepEqual(summary(overdue), [
      ['repayment', '0114', 1_801_181, 100_000, 1_701_181, 'overdue'],
      ['clawback', '0114', 50_000, 50_000, 0, 'paid'],
    ]);
    assert.deepEqual(totals(overdue), [1_851_181, 150_000, 1_701_181, 1_701_181]);
    assert.deepEqual(overdue.counts, { open: 0, partly_paid: 0, paid: 1, overdue: 1 });
    assert.equal((await mine('0139')).rows[0]!.state, 'overdue');
  });
});
