import assert from 'node:assert/strict';
import { it } from 'node:test';
import { newestFirst, type OrderedEvent } from './audit-order';

const event = (id: string, occurredAt: string): OrderedEvent => ({ id, occurredAt });

it('puts the newest event first, and the later written of one instant before the earlier', () => {
  const same = '2026-03-01T10:00:00.000Z';
  const events = [
    event('9', same),
    event('10', same),
    event('8', '2026-03-01T10:00:00.001Z'),
    event('11', '2026-02-28T09:00:00.000Z'),
  ];
  // Whatever order they arrive in, the same order comes out (id 10 > 9 as numbers, not text).
  for (const input of [events, [...events].reverse()])
    assert.deepEqual(
      [...input].sort(newestFirst).map((e) => e.id),
      ['8', '10', '9', '11'],
    );
});
