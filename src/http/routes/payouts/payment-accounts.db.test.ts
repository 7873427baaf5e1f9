// Payment accounts (issue 12), through the API on PGlite and PostgreSQL: where grant money goes.
// A change the agency makes is a proposal until a second person confirms it (or the organisation's
// signatory sets the account); a payout batch uses only accounts in force and names who lacks one;
// the organisation sees every change in its history; an officer of one grant cannot touch them.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { insertDecisions } from '../../../db/decisions';
import { describeEachDatabase } from '../../../db/testing';
import { systemContext } from '../../../services/common/context';
import { publishKeyGrant } from '../../../services/grants/publish-key-grant';
import type { App } from '../../server';
import { buildServer } from '../../server';
import { apiCaller, grantInput, referenceFile, signInAs, TEST_NOW, testEmail } from '../../testing';
import { toGrantDraft } from '../grants/routes';
import type {
  PaymentAccountAnswer,
  PayoutBatchDetail,
  PendingPaymentAccountChanges,
} from '../../../contracts/payouts';

type Headers = Record<string, string>;
interface ProblemBody {
  errors: { code: string; message: string; path?: string }[];
}

describeEachDatabase('payment accounts: four eyes and history', (getDb) => {
  let app: App;
  let grantId: string;
  let officer: Headers;
  let otherOfficer: Headers;
  let scopedOfficer: Headers;
  let decider: Headers;
  let stockholmUser: Headers;
  let stockholmSignatory: Headers;
  let vasbySignatory: Headers;

  const call = apiCaller(() => app);
  const account = (code: string) => `/api/recipients/${code}/payment-account`;
  const read = async (as: Headers, code: string) => {
    const response = await call(as, 'GET', account(code));
    assert.equal(response.statusCode, 200, response.body);
    return response.json<PaymentAccountAnswer>();
  };
  const buildBatch = () =>
    call(officer, 'POST', `/api/grants/${grantId}/payouts`, { paymentOn: '2026-03-20' });

  before(async () => {
    const db = getDb();
    const ctx = systemContext(db, 'system:test', () => TEST_NOW);
    grantId = (
      await publishKeyGrant(ctx, toGrantDraft(grantInput({ name: 'Konton med fyra ögon' })), {
        filename: 'welfare_tech_2018_allocation.csv',
        bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
      })
    ).id;
    const other = await publishKeyGrant(
      ctx,
      toGrantDraft(grantInput({ name: 'Ett annat bidrag' })),
      {
        filename: 'welfare_tech_2018_allocation.csv',
        bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
      },
    );
    officer = (await signInAs(db, 'acc-officer', [{ role: 'case_officer', grantId: null }]))
      .headers;
    otherOfficer = (
      await signInAs(db, 'acc-other-officer', [{ role: 'case_officer', grantId: null }])
    ).headers;
    scopedOfficer = (
      await signInAs(db, 'acc-scoped-officer', [{ role: 'case_officer', grantId: other.id }])
    ).headers;
    decider = (await signInAs(db, 'acc-decider', [{ role: 'decision_maker', grantId: null }]))
      .headers;
    const recipient = async (
      name: string,
      role: 'recipient_user' | 'recipient_signatory',
      code: string,
    ) => (await signInAs(db, name, [{ role, grantId: null }], { recipientCode: code })).headers;
    stockholmUser = await recipient('acc-sthlm', 'recipient_user', '0180');
    stockholmSignatory = await recipient('acc-sthlm-sign', 'recipient_signatory', '0180');
    vasbySignatory = await recipient('acc-vasby-sign', 'recipient_signatory', '0114');
    app = await buildServer({ db, now: () => TEST_NOW });
    const drafts = await insertDecisions(
      db,
      (['0180', '0114'] as const).map((code) => ({
        kind: 'requisition' as const,
        grantId,
        recipientCode: code,
        amountKr: code === '0180' ? 40_000n : 2_000n,
        payoutChannel: 'bank_transfer' as const,
        legalBasis: 'Förordning',
        reasons: 'Rekvirerat.',
        conditions: '',
        appealText: 'Överklagas hos förvaltningsrätten.',
        sourceType: 'requisition',
        sourceId: `accounts-test-${code}`,
        preparedBy: 'system:test',
      })),
    );
    const issued = await call(decider, 'POST', `/api/grants/${grantId}/decisions/issue`, {
      decisionIds: drafts.map((d) => d.id),
    });
    assert.equal(issued.statusCode, 200, issued.body);
  });
  after(() => app.close());

  it('refuses an officer scoped to another grant: accounts belong to no grant', async () => {
    const response = await call(scopedOfficer, 'PUT', account('0180'), {
      accountType: 'bankgiro',
      accountNumber: '5402-9681',
    });
    assert.equal(response.statusCode, 403, response.body);
    assert.equal((await read(decider, '0180')).pendingChange, null);
  });

  it("keeps the agency's change waiting: the batch does not use it and says so", async () => {
    const proposed = await call(officer, 'PUT', account('0180'), {
      accountType: 'bankgiro',
      accountNumber: '5402 9681',
    });
    assert.equal(proposed.statusCode, 200, proposed.body);
    const answer = proposed.json<PaymentAccountAnswer>();
    assert.equal(answer.account, null);
    assert.equal(answer.pendingChange?.accountNumber, '5402-9681');
    assert.equal(answer.pendingChange?.proposedByYou, true);

    const refused = await buildBatch();
    assert.equal(refused.statusCode, 422, refused.body);
    const issues = refused.json<ProblemBody>().errors;
    assert.deepEqual(issues.map((e) => [e.code, e.path]).sort(), [
      ['payout.account_missing', 'recipients.0114'],
      ['payout.account_missing', 'recipients.0180'],
    ]);
    const stockholm = issues.find((e) => e.path === 'recipients.0180');
    assert.match(stockholm?.message ?? '', /väntar på att en annan person bekräftar/);

    const pending = await call(decider, 'GET', '/api/payment-account-changes');
    assert.deepEqual(
      pending
        .json<PendingPaymentAccountChanges>()
        .items.map((c) => [c.recipientCode, c.proposedByYou]),
      [['0180', false]],
    );
  });

  it('lets neither the proposer confirm, nor anyone confirm a number other than the waiting one', async () => {
    const own = await call(officer, 'POST', `${account('0180')}/confirm`, {
      accountType: 'bankgiro',
      accountNumber: '5402-9681',
    });
    assert.equal(own.statusCode, 403, own.body);
    assert.deepEqual(
      own.json<ProblemBody>().errors.map((e) => e.code),
      ['auth.same_person'],
    );
    const other = await call(otherOfficer, 'POST', `${account('0180')}/confirm`, {
      accountType: 'bankgiro',
      accountNumber: '297-3675',
    });
    assert.equal(other.statusCode, 409, other.body);
    assert.equal((await read(decider, '0180')).account, null);
  });

  it("puts it in force once a second person confirms it; the signatory's own setting is at once", async () => {
    const confirmed = await call(decider, 'POST', `${account('0180')}/confirm`, {
      accountType: 'bankgiro',
      accountNumber: '5402-9681',
    });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const answer = confirmed.json<PaymentAccountAnswer>();
    assert.equal(answer.account?.accountNumber, '5402-9681');
    assert.equal(answer.pendingChange, null);

    const set = await call(vasbySignatory, 'PUT', account('0114'), {
      accountType: 'bankgiro',
      accountNumber: '297-3675',
    });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(set.json<PaymentAccountAnswer>().account?.accountNumber, '297-3675');

    const built = await buildBatch();
    assert.equal(built.statusCode, 201, built.body);
    assert.deepEqual(
      built
        .json<PayoutBatchDetail>()
        .lines.map((l) => [l.recipientCode, l.accountNumber])
        .sort(),
      [
        ['0114', '297-3675'],
        ['0180', '5402-9681'],
      ],
    );
  });

  it('shows the organisation every change of its account, and its signatory overrides a proposal', async () => {
    const proposed = await call(officer, 'PUT', account('0180'), {
      accountType: 'plusgiro',
      accountNumber: '28 65 43-4',
    });
    assert.equal(proposed.statusCode, 200, proposed.body);
    const seen = await read(stockholmUser, '0180');
    assert.equal(seen.account?.accountNumber, '5402-9681', 'still the confirmed one in force');
    assert.equal(seen.pendingChange?.accountNumber, '28 65 43-4');
    assert.deepEqual(
      seen.history.map((h) => [h.kind, h.by, h.accountNumber]),
      [
        ['proposed', testEmail('acc-officer'), '5402-9681'],
        ['confirmed', testEmail('acc-decider'), '5402-9681'],
        ['proposed', testEmail('acc-officer'), '28 65 43-4'],
      ],
    );
    const own = await call(stockholmSignatory, 'PUT', account('0180'), {
      accountType: 'bankgiro',
      accountNumber: '297-3675',
    });
    assert.equal(own.statusCode, 200, own.body);
    const after = own.json<PaymentAccountAnswer>();
    assert.equal(after.account?.accountNumber, '297-3675');
    assert.equal(after.pendingChange, null);
    assert.deepEqual(
      after.history.map((h) => h.kind),
      ['proposed', 'confirmed', 'proposed', 'set'],
    );
    // Another organisation's account does not exist for a signatory.
    assert.equal((await call(vasbySignatory, 'GET', account('0180'))).statusCode, 404);
  });
});
