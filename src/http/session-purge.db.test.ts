// Expired sessions are removed at server start and then on the server's timer, on PGlite and
// PostgreSQL: expired and idle ones go (with a stored OpenID Connect ID token), live ones stay, one
// system audit event with the count per run that removed any, and the timer stops on close.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { listAuditEventsForEntity } from '../db/audit';
import { describeEachDatabase } from '../db/testing';
import { findSessionIdToken, insertSessionIdToken } from '../db/user-identities';
import { findSession, insertUser } from '../db/users';
import { createSession, hashToken } from '../services/access/resolve-session';
import { buildServer } from './server';
import { SESSION_PURGE_ACTOR } from './session-purge';

const T0 = new Date('2026-03-02T09:30:00.000Z');
const hours = (n: number) => new Date(T0.getTime() + n * 60 * 60 * 1000);
const EVERY_MS = 60_000;

describeEachDatabase('removing expired sessions', (getDb) => {
  let userId: string;

  before(async () => {
    userId = (await insertUser(getDb(), { email: 'sessions@test.se', name: 'Sessioner' })).id;
  });

  /** A session started at `at`, as the hash the table keys it by. */
  const sessionAt = async (at: Date) => hashToken((await createSession(getDb(), userId, at)).token);
  const exists = async (tokenHash: string) => (await findSession(getDb(), tokenHash)) !== undefined;
  const purgeEvents = () => listAuditEventsForEntity(getDb(), 'system', 'sessions');

  it('removes expired and idle sessions at start and on the timer, audited with the count, until closed', async (t) => {
    const expired = await sessionAt(hours(-13)); // past its 12 hours
    const idle = await sessionAt(hours(-2)); // unused for two hours (the limit is one)
    const live = await sessionAt(hours(-0.5));
    await insertSessionIdToken(getDb(), expired, 'an.id.token');
    let clock = T0;

    // The timer is node:test's: it fires only when the test ticks it. Every purge is one
    // transaction, so awaiting the transactions the ticks started is awaiting those runs.
    t.mock.timers.enable({ apis: ['setInterval'] });
    const transactions = t.mock.method(getDb(), 'transaction');
    /** Moves the timer on by `periods` and waits for the purges it started; returns how many. */
    const tick = async (periods: number) => {
      const before = transactions.mock.callCount();
      t.mock.timers.tick(EVERY_MS * periods);
      await Promise.all(transactions.mock.calls.map((call) => call.result));
      return transactions.mock.callCount() - before;
    };

    const app = await buildServer({
      db: getDb(),
      now: () => clock,
      purgeExpiredSessionsEveryMs: EVERY_MS,
    });
    try {
      // At start, before the server answers anything.
      assert.equal(await exists(expired), false);
      assert.equal(await exists(idle), false);
      assert.equal(await exists(live), true);
      assert.equal(await findSessionIdToken(getDb(), expired), undefined);
      const [first, ...more] = await purgeEvents();
      assert.deepEqual(more, []);
      assert.equal(first?.action, 'sessions.expired_removed');
      assert.equal(first?.actor, SESSION_PURGE_ACTOR);
      assert.deepEqual(first?.after, { count: 2 });
      assert.equal(first?.occurredAt.toISOString(), T0.toISOString());

      // Not before a full period; then runs that find nothing write nothing.
      t.mock.timers.tick(EVERY_MS - 1);
      assert.equal(await tick(0), 0);
      assert.equal(await tick(5), 5);
      assert.equal(await exists(live), true);
      assert.equal((await purgeEvents()).length, 1);

      // Later the live one has been idle too long: the next run removes it.
      clock = hours(1);
      assert.equal(await tick(1), 1);
      assert.equal(await exists(live), false);
      const events = await purgeEvents();
      assert.equal(events.length, 2);
      assert.deepEqual(events[1]?.after, { count: 1 });
      assert.equal(events[1]?.occurredAt.toISOString(), hours(1).toISOString());
    } finally {
      await app.close();
    }

    // Closed: the timer no longer runs.
    const afterClose = await sessionAt(hours(-20));
    assert.equal(await tick(5), 0);
    assert.equal(await exists(afterClose), true);
    assert.equal((await purgeEvents()).length, 2);
  });

  it('leaves sessions alone without the option (the servers of other tests)', async () => {
    const expired = await sessionAt(hours(-30));
    const app = await buildServer({ db: getDb(), now: () => T0 });
    await app.close();
    assert.equal(await exists(expired), true);
  });
});
