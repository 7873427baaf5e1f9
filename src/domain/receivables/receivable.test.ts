import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localDate } from '../dates';
import { validateOcrReference } from '../payments/ocr';
import { checkPayment, clawbackOcrReference, receivableStatus } from './receivable';

const DUE = localDate('2025-03-22');
const before = new Date('2025-03-22T22:59:59.999Z'); // 23:59:59.999 CET on the due day
const after = new Date('2025-03-22T23:00:00.000Z'); // the next day in Stockholm

describe('receivableStatus', () => {
  it('is open, partly paid, paid, and overdue after the due day in Stockholm', () => {
    assert.deepEqual(receivableStatus(1000n, [], DUE, before), {
      amountKr: 1000n,
      paidKr: 0n,
      outstandingKr: 1000n,
      state: 'open',
    });
    assert.equal(receivableStatus(1000n, [{ amountKr: 400n }], DUE, before).state, 'partly_paid');
    assert.equal(receivableStatus(1000n, [{ amountKr: 400n }], DUE, after).state, 'overdue');
    assert.equal(receivableStatus(1000n, [], DUE, after).state, 'overdue');
    const paid = receivableStatus(1000n, [{ amountKr: 400n }, { amountKr: 600n }], DUE, after);
    assert.deepEqual([paid.state, paid.paidKr, paid.outstandingKr], ['paid', 1000n, 0n]);
  });
});

describe('checkPayment', () => {
  const status = receivableStatus(1000n, [{ amountKr: 400n }], DUE, before);
  const on = localDate('2025-03-20');
  it('accepts up to the outstanding amount', () => {
    checkPayment(status, { amountKr: 600n, paidOn: on }, before);
  });
  it('refuses an overpayment, a non-positive amount and a future date', () => {
    assert.throws(() => checkPayment(status, { amountKr: 601n, paidOn: on }, before), {
      code: 'receivable.overpayment',
      params: { amountKr: '601', outstandingKr: '600' },
    });
    assert.throws(() => checkPayment(status, { amountKr: 0n, paidOn: on }, before), {
      code: 'receivable.amount_not_positive',
    });
    assert.throws(
      () => checkPayment(status, { amountKr: 1n, paidOn: localDate('2025-03-23') }, before),
      { code: 'receivable.paid_on_in_future' },
    );
  });
});

describe('clawbackOcrReference', () => {
  it('gives a valid reference with a length digit, longer than a demand reference', () => {
    const reference = clawbackOcrReference(2024, '0114', 1);
    assert.equal(reference.length, 13);
    assert.ok(reference.startsWith('20240114901'));
    assert.ok(validateOcrReference(reference, { withLengthDigit: true }).ok);
    assert.notEqual(clawbackOcrReference(2024, '0114', 2), reference);
  });
});
