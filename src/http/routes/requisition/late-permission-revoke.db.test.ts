// Revoking a late permission, and a withdrawal's reason in the requisition history, through the API
// on PGlite and PostgreSQL: revoked for a recorded reason while the organisation has not signed
// under it (then it can no longer requisition), refused with a 409 once it has.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { listAuditEventsForEntity } from '../../../db/audit';
import { describeEachDatabase } from '../../../db/testing';
import type { Role } from '../../../db/users';
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
import { toGrantDraft } from '../grants/routes';
import type { RequisitionOverview, RequisitionView } from '../../../contracts/requisition';

const content = {
  declines: false,
  amountKr: 100_000,
  wantsMore: false,
  moreAmountKr: null,
  contact: { name: 'Kim Kontakt', email: 'kim@kommun.se', phone: '08-123 456' },
};

describeEachDatabase('revoking a late permission', (getDb) => {
  let clock = TEST_NOW;
  let app: App;
  let grantId: string;
  let otherGrantId: string;

  const as = async (name: string, role: Role, recipientCode: string | null, grant?: string) =>
    (
      await signInAs(getDb(), name, [{ role, grantId: grant ?? null }], {
        recipientCode,
        now: clock,
      })
    ).headers;
  const call = apiCaller(() => app);
  const mine = () => `/api/me/grants/${grantId}/requisition`;
  const revoke = async (code: string, reason: string, headers?: Record<string, string>) =>
    call(
      headers ?? (await as('officer', 'case_officer', null)),
      'POST',
      `/api/grants/${grantId}/requisitions/${code}/late-permission/revoke`,
      { reason },
    );
  /** Drafts and signs the organisation's requisition; the answer of the signing. */
  const requisitionAndSign = async (code: string) => {
    const headers = await as(`signatory-${code}`, 'recipient_signatory', code);
    const created = await call(headers, 'POST', mine(), content);
    assert.equal(created.statusCode, 201, created.body);
    const signed = await call(
      headers,
      'POST',
      `${mine()}/sign`,
      await signBody(
        getDb(),
        headers,
        grantId,
        created.json<RequisitionView>().requisition?.version,
        clock,
      ),
    );
    assert.equal(signed.statusCode, 200, signed.body);
    return { headers, view: signed.json<RequisitionView>() };
  };

  before(async () => {
    const ctx = systemContext(getDb(), 'system:test', () => TEST_NOW);
    grantId = (
      await publishKeyGrant(
        ctx,
        toGrantDraft(grantInput({ name: 'Sen rekvisition', requisitionDeadlineOn: '2026-03-31' })),
        {
          filename: 'welfare_tech_2018_allocation.csv',
          bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
        },
      )
    ).id;
    otherGrantId = (
      await publishKeyGrant(
        ctx,
        toGrantDraft(grantInput({ name: 'Ett annat bidrag', requisitionDeadlineOn: '2026-03-31' })),
        {
          filename: 'welfare_tech_2018_allocation.csv',
          bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
        },
      )
    ).id;
    app = await buildServer({ db: getDb(), now: () => clock });
  });
  after(() => app.close());

  it("shows a withdrawal's reason in the requisition history the officer reads", async () => {
    const { headers, view } = await requisitionAndSign('0114');
    const withdrawn = await call(headers, 'POST', `${mine()}/withdraw`, {
      version: view.requisition?.version,
      reason: 'Beslut i kommunstyrelsen att avstå',
    });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const officer = await as('officer', 'case_officer', null);
    const history = (
      await call(officer, 'GET', `/api/requisitions/${view.requisition?.id}`)
    ).json<RequisitionView>().history;
    const event = history.find((e) => e.action === 'requisition.withdrawn');
    assert.equal(event?.reason, 'Beslut i kommunstyrelsen att avstå');
  });

  it('after the deadline: Stockholm signs under its permission; Vallentuna has not yet', async () => {
    const officer = await as('officer', 'case_officer', null);
    for (const code of ['0180', '0115']) {
      const granted = await call(
        officer,
        'PUT',
        `/api/grants/${grantId}/requisitions/${code}/late-permission`,
        { untilOn: '2026-04-30', reason: 'Sjukdom i förvaltningen' },
      );
      assert.equal(granted.statusCode, 200, granted.body);
    }
    clock = new Date('2026-04-05T08:00:00Z');
    await requisitionAndSign('0180');
  });

  it('refuses bad input and the wrong people; nothing changes', async () => {
    const short = await revoke('0115', 'x');
    assert.equal(short.statusCode, 400);
    assert.equal(short.json().errors[0].path, 'reason');
    const recipient = await as('sign-0115', 'recipient_signatory', '0115');
    assert.equal((await revoke('0115', 'Inte längre aktuellt', recipient)).statusCode, 403);
    const decider = await as('decider', 'decision_maker', null);
    assert.equal((await revoke('0115', 'Inte längre aktuellt', decider)).statusCode, 403);
    const other = await as('other-officer', 'case_officer', null, otherGrantId);
    assert.equal((await revoke('0115', 'Inte längre aktuellt', other)).statusCode, 403);
    const overview = (
      await call(
        await as('officer', 'case_officer', null),
        'GET',
        `/api/grants/${grantId}/requisitions`,
      )
    ).json<RequisitionOverview>();
    assert.equal(
      overview.rows.find((r) => r.recipientCode === '0115')?.latePermission?.untilOn,
      '2026-04-30',
    );
  });

  it('refuses with a 409 once the organisation has signed under the permission', async () => {
    const refused = await revoke('0180', 'Medgivandet gavs av misstag');
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json().errors[0].code, 'requisition.late_permission_used');
    assert.match(refused.json().errors[0].message, /redan signerat/);
  });

  it('revokes an unused permission, audited with its reason; the organisation can no longer requisition', async () => {
    const revoked = await revoke('0115', 'Kommunen har meddelat att den avstår');
    assert.equal(revoked.statusCode, 200, revoked.body);
    const row = revoked.json<RequisitionOverview>().rows.find((r) => r.recipientCode === '0115');
    assert.equal(row?.latePermission, null);
    const [event] = (
      await listAuditEventsForEntity(getDb(), 'requisition', `${grantId}/0115`)
    ).filter((e) => e.action === 'requisition.late_permission_revoked');
    assert.ok(event);
    assert.equal(event.reason, 'Kommunen har meddelat att den avstår');
    assert.equal(event.actor, testEmail('officer'));
    assert.equal((event.before as { untilOn: string }).untilOn, '2026-04-30');

    const late = await call(
      await as('signatory-0115', 'recipient_signatory', '0115'),
      'POST',
      mine(),
      content,
    );
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().errors[0].code, 'requisition.deadline_passed');
    const again = await revoke('0115', 'En gång till');
    assert.equal(again.statusCode, 404);
    assert.equal(again.json().errors[0].code, 'requisition.late_permission_not_found');
  });
});
