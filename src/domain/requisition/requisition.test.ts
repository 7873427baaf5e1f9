import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localDate } from '../dates';
import {
  checkRequisition,
  computeSecondRound,
  percentOf,
  requisitionState,
  requisitionWindow,
  type RequisitionContent,
} from './requisition';

const content = (overrides: Partial<RequisitionContent> = {}): RequisitionContent => ({
  declines: false,
  amountKr: 1000n,
  wantsMore: false,
  moreAmountKr: null,
  contactName: 'Sara',
  contactEmail: 'sara@stockholm.se',
  contactPhone: '08-123 45',
  ...overrides,
});
const terms = { allocatedKr: 1000n, secondRound: true };
const codes = (c: RequisitionContent, t = terms) => checkRequisition(c, t).map((i) => i.code);

describe('checkRequisition', () => {
  it('accepts the whole allocation, less, and a request for more', () => {
    assert.deepEqual(codes(content()), []);
    assert.deepEqual(codes(content({ amountKr: 1n, wantsMore: true, moreAmountKr: 5n })), []);
  });
  it('refuses more than the allocation, zero, negative and a missing amount', () => {
    assert.deepEqual(codes(content({ amountKr: 1001n })), ['requisition.amount_over_allocation']);
    assert.deepEqual(codes(content({ amountKr: 0n })), ['requisition.amount_not_positive']);
    assert.deepEqual(codes(content({ amountKr: -5n })), ['requisition.amount_not_positive']);
    assert.deepEqual(codes(content({ amountKr: null })), ['requisition.amount_missing']);
  });
  it('a decline has no amount and asks for nothing more', () => {
    assert.deepEqual(codes(content({ declines: true, amountKr: null })), []);
    assert.deepEqual(codes(content({ declines: true })), ['requisition.declines_with_amount']);
    assert.deepEqual(
      codes(content({ declines: true, amountKr: null, wantsMore: true, moreAmountKr: 1n })),
      ['requisition.declines_with_more'],
    );
  });
  it('asking for more needs a second round and an amount', () => {
    assert.deepEqual(
      codes(content({ wantsMore: true, moreAmountKr: 5n }), { ...terms, secondRound: false }),
      ['requisition.no_second_round'],
    );
    assert.deepEqual(codes(content({ wantsMore: true })), ['requisition.more_amount_missing']);
    assert.deepEqual(codes(content({ moreAmountKr: 5n })), [
      'requisition.more_amount_without_request',
    ]);
  });
});

describe('requisitionWindow', () => {
  const deadline = localDate('2024-10-31');
  it('is open through 23:59:59.999 Stockholm time of the deadline, closed after', () => {
    assert.equal(requisitionWindow(deadline, null, new Date('2024-10-31T22:59:59.999Z')), 'open');
    assert.equal(requisitionWindow(deadline, null, new Date('2024-10-31T23:00:00.000Z')), 'closed');
  });
  it('a late permission opens it until its own date', () => {
    const until = localDate('2024-11-05');
    assert.equal(requisitionWindow(deadline, until, new Date('2024-11-05T12:00:00Z')), 'open_late');
    assert.equal(requisitionWindow(deadline, until, new Date('2024-11-05T23:00:00Z')), 'closed');
  });
  it('a grant without a deadline stays open', () => {
    assert.equal(requisitionWindow(null, null, new Date('2099-01-01T00:00:00Z')), 'open');
  });
});

describe('requisitionState and percentOf', () => {
  it('names the states of the overview', () => {
    assert.equal(requisitionState(undefined), 'not_started');
    assert.equal(requisitionState({ status: 'draft', declines: false }), 'draft');
    assert.equal(requisitionState({ status: 'signed', declines: false }), 'signed');
    assert.equal(requisitionState({ status: 'signed', declines: true }), 'declined');
    assert.equal(requisitionState({ status: 'withdrawn', declines: false }), 'withdrawn');
  });
  it('gives one decimal', () => {
    assert.equal(percentOf(1n, 3n), '33.3');
    assert.equal(percentOf(0n, 0n), '0.0');
  });
});

describe('computeSecondRound', () => {
  it('splits the money not requisitioned by key, capped at each request', () => {
    const result = computeSecondRound({
      grantTotalKr: 1000n,
      signedTotalKr: 700n,
      requests: [
        { recipientCode: 'a', keyKr: 100n, requestedKr: 50n },
        { recipientCode: 'b', keyKr: 100n, requestedKr: 1000n },
        { recipientCode: 'c', keyKr: 200n, requestedKr: 1000n },
      ],
    });
    assert.equal(result.leftoverKr, 300n);
    assert.deepEqual(
      result.rows.map((r) => [r.recipientCode, r.amountKr, r.capApplied]),
      [
        ['a', 50n, true],
        ['b', 83n, false],
        ['c', 167n, false],
      ],
    );
    assert.equal(result.totalKr, 300n);
    assert.equal(result.unallocatedKr, 0n);
  });
  it('leaves money unallocated when every request is filled', () => {
    const result = computeSecondRound({
      grantTotalKr: 1000n,
      signedTotalKr: 500n,
      requests: [{ recipientCode: 'a', keyKr: 10n, requestedKr: 120n }],
    });
    assert.equal(result.totalKr, 120n);
    assert.equal(result.unallocatedKr, 380n);
  });
  it('with nobody asking, everything stays unallocated', () => {
    const result = computeSecondRound({ grantTotalKr: 10n, signedTotalKr: 4n, requests: [] });
    assert.deepEqual([result.leftoverKr, result.totalKr, result.unallocatedKr], [6n, 0n, 6n]);
  });
  it('with nothing left, the requests get zero', () => {
    const result = computeSecondRound({
      grantTotalKr: 10n,
      signedTotalKr: 10n,
      requests: [{ recipientCode: 'a', keyKr: 10n, requestedKr: 5n }],
    });
    assert.deepEqual(
      result.rows.map((r) => r.amountKr),
      [0n],
    );
    assert.equal(result.unallocatedKr, 0n);
  });
});
