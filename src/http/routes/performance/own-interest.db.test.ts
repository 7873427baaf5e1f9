// A recipient's own expression of interest (issue 6), through the API on PGlite and PostgreSQL:
// only its own organisation, only a grant whose key holds it, through the last day to register
// (inclusive, Europe/Stockholm) and a clear 409 after it; nothing changed on a refusal.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents, interestRegistrations } from '../../../db/schema';
import { describeEachDatabase } from '../../../db/testing';
import { systemContext } from '../../../services/common/context';
import type { App } from '../../server';
import { buildServer } from '../../server';
import { setUpPerformanceCall, TEST_NOW, testPeople } from '../../testing';
import type { MyInterest } from '../../../contracts/me';

const LAST_MOMENT = new Date('2026-03-31T21:59:59.999Z'); // 23:59:59.999 CEST on 2026-03-31
const AFTER_DEADLINE = new Date('2026-03-31T22:00:00.000Z'); // 00:00 CEST on 2026-04-01

describeEachDatabase('own expressions of interest', (getDb) => {
  let clock = TEST_NOW;
  let app: App;
  let grantId: string;

  const { stockholm, vasby, vallentuna, officer: caseOfficer } = testPeople(getDb, () => clock);
  const url = () => `/api/me/grants/${grantId}/interest`;
  const call = (headers: Record<string, string>, method: 'GET' | 'POST' | 'DELETE', path: string) =>
    app.inject({ method, url: path, headers });
  const list = async (headers: Record<string, string>) =>
    (await call(headers, 'GET', '/api/me/interests')).json<{ items: MyInterest[] }>().items;
  const registered = async () =>
    (
      await getDb()
        .select({ code: interestRegistrations.recipientCode })
        .from(interestRegistrations)
        .where(eq(interestRegistrations.grantId, grantId))
    )
      .map((r) => r.code)
      .sort();

  before(async () => {
    const ctx = systemContext(getDb(), 'system:test', () => TEST_NOW);
    // Stockholm and Upplands Väsby are in the key; Vallentuna is not.
    grantId = await setUpPerformanceCall(ctx, {
      name: 'Prestationsbaserat med intresseanmälan',
      grantYear: 2023,
      totalAmountKr: 1_998_500_000,
      key: { '0180': 3_000_000, '0114': 200_000 },
      interestDeadlineOn: '2026-03-31',
    });
    app = await buildServer({ db: getDb(), now: () => clock });
  });
  after(() => app.close());

  it('lists the grant, open and not registered, to organisations in its key only', async () => {
    const items = await list(await stockholm());
    assert.deepEqual(
      items.map((i) => [i.grantId, i.recipientCode, i.interestDeadlineOn, i.open, i.registered]),
      [[grantId, '0180', '2026-03-31', true, false]],
    );
    assert.deepEqual(await list(await vallentuna()), []);
  });

  it('a recipient user registers its own organisation, once, audited', async () => {
    const first = await call(await stockholm(), 'POST', url());
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json<{ items: MyInterest[] }>().items[0]?.registered, true);
    assert.equal((await call(await stockholm(), 'POST', url())).statusCode, 200);
    assert.deepEqual(await registered(), ['0180']);
    const [row] = await getDb()
      .select()
      .from(interestRegistrations)
      .where(
        and(
          eq(interestRegistrations.grantId, grantId),
          eq(interestRegistrations.recipientCode, '0180'),
        ),
      );
    assert.match(row?.registeredBy ?? '', /sthlm-user/);
    const events = await getDb()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.grantId, grantId),
          eq(auditEvents.action, 'performance.interest_registered'),
        ),
      );
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]?.after, { recipientCodes: ['0180'] });
  });

  it("another organisation cannot touch Stockholm's interest: it only ever acts for itself", async () => {
    // Upplands Väsby withdrawing removes nothing of Stockholm's; registering registers Väsby.
    assert.equal((await call(await vasby(), 'DELETE', url())).statusCode, 200);
    assert.deepEqual(await registered(), ['0180']);
    assert.equal((await call(await vasby(), 'POST', url())).statusCode, 200);
    assert.deepEqual(await registered(), ['0114', '0180']);
    // An organisation outside the key: the grant is not found for it.
    const outside = await call(await vallentuna(), 'POST', url());
    assert.equal(outside.statusCode, 404);
    assert.deepEqual(await registered(), ['0114', '0180']);
    // Agency staff use the agency's route, not the recipient's.
    const officer = await caseOfficer();
    assert.equal((await call(officer, 'POST', url())).statusCode, 403);
    // A grant that is not performance-based, or does not exist: 404.
    const missing = `/api/me/grants/00000000-0000-4000-8000-000000000000/interest`;
    assert.equal((await call(await stockholm(), 'POST', missing)).statusCode, 404);
  });

  it('withdraws through the last moment of the deadline day, Stockholm time', async () => {
    clock = LAST_MOMENT;
    const withdrawn = await call(await vasby(), 'DELETE', url());
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.deepEqual(await registered(), ['0180']);
  });

  it('after the deadline: a clear 409, nothing changed, shown as closed', async () => {
    clock = AFTER_DEADLINE;
    for (const [headers, method] of [
      [await vasby(), 'POST'],
      [await stockholm(), 'DELETE'],
    ] as const) {
      const response = await call(headers, method, url());
      assert.equal(response.statusCode, 409);
      const problem = response.json<{ errors: { code: string; message: string }[] }>();
      assert.equal(problem.errors[0]?.code, 'performance.interest_deadline_passed');
      assert.match(
        problem.errors[0]?.message ?? '',
        /Sista dag för intresseanmälan var 2026-03-31/,
      );
    }
    assert.deepEqual(await registered(), ['0180']);
    const [item] = await list(await stockholm());
    assert.equal(item?.open, false);
    assert.equal(item?.registered, true);
  });
});
