// The audit log's stored shapes (docs/decisions/0018): the writer takes each action's own payload
// and refuses another; the reader keeps an event of an older shape exactly as stored, as legacy.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { appendAuditEvent, listAuditEventsForEntity } from './audit';
import { auditEvents } from './schema';
import { describeEachDatabase } from './testing';

describeEachDatabase('the audit log', (getDb) => {
  const at = new Date('2026-03-02T09:00:00.000Z');
  const header = {
    occurredAt: at,
    actor: 'handlaggare@myndighet.test',
    entityType: 'system',
  } as const;

  it('reads an event written in the current shape back as it was written', async () => {
    await appendAuditEvent(getDb(), {
      ...header,
      entityId: 'current',
      action: 'sessions.expired_removed',
      after: { count: 3 },
    });
    const [event] = await listAuditEventsForEntity(getDb(), 'system', 'current');
    assert.equal(event?.legacy, false);
    assert.equal(event?.before, null);
    assert.deepEqual(event?.after, { count: 3 });
  });

  it('keeps an event in an older shape (kronor as digit strings) as stored, marked legacy', async () => {
    // How receivable.payment_registered was written before kronor became JSON integers.
    const before = { paidKr: '0', state: 'open' };
    const after = {
      kind: 'repayment',
      paymentId: 'p-1',
      recipientCode: '0114',
      paidOn: '2026-03-01',
      amountKr: '1500',
      payerReference: '1234567890',
      paidKr: '1500',
      state: 'paid',
    };
    await getDb()
      .insert(auditEvents)
      .values({
        ...header,
        entityId: 'old',
        action: 'receivable.payment_registered',
        before,
        after,
      });
    const [event] = await listAuditEventsForEntity(getDb(), 'system', 'old');
    assert.equal(event?.legacy, true);
    assert.deepEqual(event?.before, before);
    assert.deepEqual(event?.after, after);
  });

  it('keeps an event of an action no longer written, marked legacy', async () => {
    await getDb()
      .insert(auditEvents)
      .values({ ...header, entityId: 'retired', action: 'grant.archived', after: { why: 'old' } });
    const [event] = await listAuditEventsForEntity(getDb(), 'system', 'retired');
    assert.equal(event?.action, 'grant.archived');
    assert.equal(event?.legacy, true);
    assert.deepEqual(event?.after, { why: 'old' });
  });

  it("refuses to write a payload that is not the action's own, and writes nothing", async () => {
    await assert.rejects(
      appendAuditEvent(getDb(), {
        ...header,
        entityId: 'refused',
        action: 'sessions.expired_removed',
        // @ts-expect-error kronor or counts as strings are no longer the shape (also at runtime)
        after: { count: '3' },
      }),
    );
    await assert.rejects(
      appendAuditEvent(getDb(), {
        ...header,
        entityId: 'refused',
        action: 'sessions.expired_removed',
        // @ts-expect-error a field the schema does not know fails too: history stays in one shape
        after: { count: 3, extra: true },
      }),
    );
    assert.deepEqual(await listAuditEventsForEntity(getDb(), 'system', 'refused'), []);
  });
});
