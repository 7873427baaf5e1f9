// Four eyes on decisions (issue 12), through the API on PGlite and PostgreSQL: an account that is
// both case officer and decision maker prepares decisions but cannot issue them; nor can one who
// changed a draft, prepared a correction or a clawback; another decision maker can.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { insertDecisions } from '../../../db/decisions';
import { describeEachDatabase } from '../../../db/testing';
import { systemContext } from '../../../services/common/context';
import { publishKeyGrant } from '../../../services/grants/publish-key-grant';
import type { App } from '../../server';
import { buildServer } from '../../server';
import {
  apiCaller,
  grantInput,
  referenceFile,
  signBody,
  signInAs,
  TEST_NOW,
  testEmail,
} from '../../testing';
import type { Decision, GrantDecisions } from '../../../contracts/decisions';
import { toGrantDraft } from '../grants/routes';
import type { RequisitionView } from '../../../contracts/requisition';

const contact = { name: 'Kim Kontakt', email: 'kim@kommun.se', phone: '08-123 456' };
const REQUESTED = { '0180': 2_000_000, '0114': 500_000, '0115': 900_000 } as const;
const BOTH_ROLES = [
  { role: 'case_officer', grantId: null },
  { role: 'decision_maker', grantId: null },
] as const;

describeEachDatabase('four eyes on decisions', (getDb) => {
  let app: App;
  let grantId: string;
  let dual: Record<string, string>;
  let otherDual: Record<string, string>;
  let decider: Record<string, string>;

  const call = apiCaller(() => app);
  const listed = async () =>
    (await call(decider, 'GET', `/api/grants/${grantId}/decisions`)).json<GrantDecisions>();
  const draftOf = async (code: string): Promise<Decision> => {
    const found = (await listed()).items.find(
      (d) => d.recipientCode === code && d.status === 'draft',
    );
    assert.ok(found, `a draft for ${code}`);
    return found;
  };
  const issue = (as: Record<string, string>, decisionIds: string[] | null) =>
    call(as, 'POST', `/api/grants/${grantId}/decisions/issue`, { decisionIds });
  const codesOf = (response: { json: () => { errors: { code: string }[] } }) =>
    response.json().errors.map((e) => e.code);

  before(async () => {
    const db = getDb();
    const ctx = systemContext(db, 'system:test', () => TEST_NOW);
    grantId = (
      await publishKeyGrant(
        ctx,
        toGrantDraft(grantInput({ name: 'Fyra ögon', requisitionDeadlineOn: '2026-03-31' })),
        {
          filename: 'welfare_tech_2018_allocation.csv',
          bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
        },
      )
    ).id;
    dual = (await signInAs(db, 'dual', [...BOTH_ROLES])).headers;
    otherDual = (await signInAs(db, 'other-dual', [...BOTH_ROLES])).headers;
    decider = (await signInAs(db, 'decider', [{ role: 'decision_maker', grantId: null }])).headers;
    app = await buildServer({ db, now: () => TEST_NOW });
    for (const [code, amountKr] of Object.entries(REQUESTED)) {
      const headers = (
        await signInAs(db, `sign-${code}`, [{ role: 'recipient_signatory', grantId: null }], {
          recipientCode: code,
        })
      ).headers;
      const mine = `/api/me/grants/${grantId}/requisition`;
      const created = await call(headers, 'POST', mine, {
        declines: false,
        amountKr,
        wantsMore: false,
        moreAmountKr: null,
        contact,
      });
      assert.equal(created.statusCode, 201, created.body);
      const version = created.json<RequisitionView>().requisition?.version;
      const signing = await signBody(db, headers, grantId, version);
      assert.equal((await call(headers, 'POST', `${mine}/sign`, signing)).statusCode, 200);
    }
    const prepared = await call(dual, 'POST', `/api/grants/${grantId}/decisions/prepare`, {
      kind: 'requisition',
    });
    assert.deepEqual(prepared.json(), { created: 3 });
  });
  after(() => app.close());

  it('refuses the one who prepared the drafts, with both roles, and issues nothing', async () => {
    const all = await issue(dual, null);
    assert.equal(all.statusCode, 403, all.body);
    assert.deepEqual(codesOf(all), ['auth.same_person']);
    assert.match(all.json<{ errors: { message: string }[] }>().errors[0]!.message, /berett/);
    const one = await issue(dual, [(await draftOf('0114')).id]);
    assert.equal(one.statusCode, 403, one.body);
    assert.ok((await listed()).items.every((d) => d.status === 'draft'));
  });

  it('refuses the one who changed a draft, and lets another decision maker issue it', async () => {
    const draft = await draftOf('0115');
    const changed = await call(otherDual, 'PUT', `/api/decisions/${draft.id}`, {
      amountKr: 800_000,
      reasons: 'Sänkt efter granskning.',
    });
    assert.equal(changed.statusCode, 200, changed.body);
    const byChanger = await issue(otherDual, [draft.id]);
    assert.equal(byChanger.statusCode, 403, byChanger.body);
    assert.deepEqual(codesOf(byChanger), ['auth.same_person']);
    // Prepared by `dual`, changed by `otherDual`: only a third person may issue it.
    assert.equal((await issue(dual, [draft.id])).statusCode, 403);
    const byDecider = await issue(decider, [draft.id]);
    assert.equal(byDecider.statusCode, 200, byDecider.body);
  });

  it('lets a decision maker who did not prepare issue, and refuses the preparer of a correction', async () => {
    const sthlm = await draftOf('0180');
    const byOther = await issue(otherDual, [sthlm.id]);
    assert.equal(byOther.statusCode, 200, byOther.body);
    const correction = await call(otherDual, 'POST', `/api/decisions/${sthlm.id}/corrections`, {
      amountKr: 1_500_000,
      reasons: 'Rättat belopp.',
    });
    assert.equal(correction.statusCode, 201, correction.body);
    const correctionId = correction.json<Decision>().id;
    const byPreparer = await issue(otherDual, [correctionId]);
    assert.equal(byPreparer.statusCode, 403, byPreparer.body);
    assert.deepEqual(codesOf(byPreparer), ['auth.same_person']);
    assert.equal((await issue(dual, [correctionId])).statusCode, 200);
  });

  it('refuses the one who prepared a clawback', async () => {
    const [clawback] = await insertDecisions(getDb(), [
      {
        kind: 'clawback',
        grantId,
        recipientCode: '0114',
        amountKr: 10_000n,
        payoutChannel: 'bank_transfer',
        legalBasis: 'Förordning',
        reasons: 'Återkrav efter granskning.',
        conditions: '',
        appealText: 'Överklagas hos förvaltningsrätten.',
        sourceType: 'audit_finding',
        sourceId: 'four-eyes-test',
        preparedBy: testEmail('other-dual'),
      },
    ]);
    assert.ok(clawback);
    const byPreparer = await issue(otherDual, [clawback.id]);
    assert.equal(byPreparer.statusCode, 403, byPreparer.body);
    assert.equal((await issue(decider, [clawback.id])).statusCode, 200);
  });
});
