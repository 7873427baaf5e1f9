import assert from 'node:assert/strict';
import { it } from 'node:test';
import { eventIdOfReference, receiptReference } from './receipt-reference';

it('gives an event a reference that reads back to the same event', () => {
  for (const id of [1n, 42n, 1234n, 987654321012345678n]) {
    assert.equal(eventIdOfReference(receiptReference(id)), id);
  }
  assert.equal(receiptReference(7992739871n), 'KV-7992739871-3');
});

it('finds no event for a mistyped or malformed reference', () => {
  const reference = receiptReference(1234n);
  const mistyped = reference.replace('1234', '1243');
  assert.equal(eventIdOfReference(mistyped), null);
  assert.equal(eventIdOfReference('KV-1234'), null);
  assert.equal(eventIdOfReference('1234-4'), null);
});
