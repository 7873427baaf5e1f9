// The task list (GET /api/me/tasks) on the demo data: each role gets its own kind of work, counted
// from the real records, and a recipient's list holds only its own organisation's.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, it } from 'node:test';
import type { Task, TaskList } from '../../../contracts/tasks';
import { insertDecisions } from '../../../db/decisions';
import { describeEachDatabase } from '../../../db/testing';
import type { GrantRecord } from '../../../db/grants';
import type { RoleAssignment } from '../../../db/users';
import { systemContext, type ServiceContext } from '../../../services/common/context';
import { loadDemoData } from '../../../services/demo/load-demo-data';
import { issueDecisions } from '../../../services/decisions/issue-decisions';
import { prepareDecisions } from '../../../services/decisions/prepare-decisions';
import { listGrants } from '../../../services/grants/list-grants';
import { createPayoutBatch } from '../../../services/payouts/create-payout-batch';
import { confirmPaymentAccount } from '../../../services/payouts/confirm-payment-account';
import { setPaymentAccount } from '../../../services/payouts/set-payment-account';
import type { App } from '../../server';
import { buildServer } from '../../server';
import { signInAs, TEST_NOW } from '../../testing';

const everyGrant = (role: RoleAssignment['role']): RoleAssignment[] => [{ role, grantId: null }];

describeEachDatabase('task list', (getDb) => {
  let app: App;
  let ctx: ServiceContext;
  let grants: GrantRecord[];
  const grantOf = (year: number) => {
    const grant = grants.find(
      (g) => g.grantYear === year && g.distributionMethod === 'allocation_key',
    );
    assert.ok(grant, `no key grant of ${year}`);
    return grant;
  };

  async function listOf(headers: Record<string, string>) {
    const response = await app.inject({ method: 'GET', url: '/api/me/tasks', headers });
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as TaskList;
  }
  /** The tasks of an account with these roles (of `code`'s organisation for recipients). */
  async function tasksOf(name: string, roles: RoleAssignment[], code: string | null = null) {
    const session = await signInAs(getDb(), name, roles, { recipientCode: code });
    return (await listOf(session.headers)).items;
  }
  const summary = (tasks: Task[]) =>
    tasks.map((t) => `${t.kind} ${t.grantYear} ${t.count} ${t.dueOn}`);

  before(async () => {
    ctx = systemContext(getDb(), 'system:test', () => TEST_NOW);
    await loadDemoData(ctx);
    grants = await listGrants(ctx);
    app = await buildServer({ db: getDb(), now: () => TEST_NOW });
  });
  after(() => app.close());

  it("gives Stockholm's signatory its own requisition to start and report to fill in, nothing of 0115's", async () => {
    // The demo's 0115 (Vallentuna) saved a requisition it has not signed; Stockholm has none yet.
    const stockholm = await tasksOf(
      'task-signatory-0180',
      everyGrant('recipient_signatory'),
      '0180',
    );
    assert.deepEqual(summary(stockholm), [
      // The demo's extension: 90 days from the day the demo was loaded.
      'report_to_fill 2025 1 2026-05-31',
      'requisition_to_start 2027 1 2027-10-31',
    ]);
    const vallentuna = await tasksOf(
      'task-signatory-0115',
      everyGrant('recipient_signatory'),
      '0115',
    );
    assert.deepEqual(summary(vallentuna), ['requisition_to_sign 2027 1 2027-10-31']);
    assert.equal(vallentuna[0]?.grantId, grantOf(2027).id);
  });

  it('moves a saved requisition from the preparer to the signatory', async () => {
    const user = await signInAs(getDb(), 'task-user-0180', everyGrant('recipient_user'), {
      recipientCode: '0180',
    });
    const saved = await app.inject({
      method: 'POST',
      url: `/api/me/grants/${grantOf(2027).id}/requisition`,
      headers: user.headers,
      payload: {
        declines: false,
        amountKr: 1000,
        wantsMore: false,
        moreAmountKr: null,
        contact: { name: 'Sara', email: 'sara@stockholm.se', phone: '08-123 45' },
      },
    });
    assert.equal(saved.statusCode, 201, saved.body);
    const preparer = await listOf(user.headers);
    assert.deepEqual(
      preparer.items.filter((t) => t.grantYear === 2027),
      [],
      'the preparer has nothing left to do on it',
    );
    // … and is told who must sign now: the organisation's signatory, not 0115's.
    assert.deepEqual(
      preparer.handedOff.map((h) => [h.kind, h.grantYear, h.dueOn, h.signatories]),
      [['requisition_to_sign', 2027, '2027-10-31', ['task-signatory-0180']]],
    );
    const signatory = await tasksOf(
      'task-signatory-0180',
      everyGrant('recipient_signatory'),
      '0180',
    );
    assert.ok(summary(signatory).includes('requisition_to_sign 2027 1 2027-10-31'));
  });

  it('gives the case officer the recipients who never requisitioned after the deadline', async () => {
    const keyRows =
      (
        await readFile(
          new URL('../../../../reference/welfare_tech_2018_allocation.csv', import.meta.url),
          'utf8',
        )
      )
        .trim()
        .split('\n').length - 1;
    const officer = await tasksOf('task-officer', everyGrant('case_officer'));
    const late2018 = officer.find((t) => t.kind === 'requisitions_late' && t.grantYear === 2018);
    assert.equal(late2018?.count, keyRows);
    assert.equal(late2018?.dueOn, '2018-11-01');
    // Not before its deadline: the 2027 grant is still open.
    assert.equal(officer.filter((t) => t.grantYear === 2027).length, 0);
    const elsewhere = await tasksOf('task-officer-other', [
      { role: 'case_officer', grantId: grantOf(2027).id },
    ]);
    assert.deepEqual(
      elsewhere.filter((t) => t.grantYear === 2018),
      [],
      'another grant’s officer',
    );
  });

  it('gives the decision maker the drafts to issue and the batches to approve, and the officer the missing accounts', async () => {
    const grant = grantOf(2018);
    const draft = (recipientCode: string) => ({
      kind: 'requisition' as const,
      grantId: grant.id,
      recipientCode,
      amountKr: 1000n,
      payoutChannel: 'bank_transfer' as const,
      legalBasis: 'Förordning',
      reasons: 'Rekvirerat.',
      conditions: '',
      appealText: 'Överklagas inte.',
      sourceType: 'requisition',
      sourceId: `task-test-${recipientCode}`,
      preparedBy: ctx.actor,
    });
    await insertDecisions(getDb(), [draft('0114'), draft('0115')]);
    const decider = await tasksOf('task-decider', everyGrant('decision_maker'));
    assert.deepEqual(summary(decider), ['decisions_to_issue 2018 2 null']);
    assert.deepEqual(await tasksOf('task-analyst', everyGrant('analyst')), []);

    const deciderUser = await signInAs(getDb(), 'task-decider', everyGrant('decision_maker'));
    const deciderCtx = {
      ...ctx,
      actor: deciderUser.email,
      user: {
        id: deciderUser.userId,
        email: deciderUser.email,
        name: 'Beslutsfattare',
        recipientCode: null,
        roles: everyGrant('decision_maker'),
      },
    };
    await issueDecisions(deciderCtx, { grantId: grant.id, decisionIds: null });
    assert.deepEqual(await tasksOf('task-decider', everyGrant('decision_maker')), []);
    const missing = (await tasksOf('task-officer', everyGrant('case_officer'))).find(
      (t) => t.kind === 'payment_accounts_missing',
    );
    assert.equal(missing?.count, 2);

    for (const recipientCode of ['0114', '0115'])
      await setPaymentAccount(ctx, {
        recipientCode,
        accountType: 'bankgiro',
        accountNumber: '5402-9681',
      });
    // The agency's change waits for a second person: the decision maker's task, not the proposer's.
    assert.deepEqual(summary(await tasksOf('task-decider', everyGrant('decision_maker'))), [
      'payment_accounts_to_confirm 2018 2 null',
    ]);
    for (const recipientCode of ['0114', '0115'])
      await confirmPaymentAccount(deciderCtx, {
        recipientCode,
        accountType: 'bankgiro',
        accountNumber: '5402-9681',
      });
    await createPayoutBatch(ctx, { grantId: grant.id, paymentOn: '2026-03-20' });
    const officer = await tasksOf('task-officer', everyGrant('case_officer'));
    assert.equal(officer.filter((t) => t.kind === 'payment_accounts_missing').length, 0);
    assert.deepEqual(summary(await tasksOf('task-decider', everyGrant('decision_maker'))), [
      'payouts_to_approve 2018 1 2026-03-20',
    ]);
  });

  it('counts the drafts of a performance-based grant decided while it is still a draft', async () => {
    const performance = grants.find(
      (g) => g.grantYear === 2023 && g.distributionMethod === 'performance',
    );
    assert.equal(performance?.status, 'draft');
    const prepared = await prepareDecisions(ctx, { grantId: performance.id, kind: 'performance' });
    assert.ok(prepared.length > 0);
    const decider = await tasksOf('task-decider', everyGrant('decision_maker'));
    assert.ok(
      summary(decider).includes(`decisions_to_issue 2023 ${prepared.length} null`),
      summary(decider).join('\n'),
    );
  });
});
