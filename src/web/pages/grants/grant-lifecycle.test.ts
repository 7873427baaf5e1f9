import assert from 'node:assert/strict';
import { it } from 'node:test';
import {
  currentStep,
  lifecycleSteps,
  stepFromSlug,
  stepSlug,
  todayInStockholm,
  type LifecycleFacts,
} from './grant-lifecycle';

const published: LifecycleFacts = {
  status: 'published',
  distributionMethod: 'allocation_key',
  requisitionDeadlineOn: '2027-10-31',
  today: '2027-10-31',
  issuedDecisions: 0,
  paidBatches: 0,
};

it('is at requisition until the last day has passed, then at decisions', () => {
  assert.equal(currentStep(published), 'requisition');
  assert.equal(currentStep({ ...published, today: '2027-11-01' }), 'decisions');
  assert.equal(currentStep({ ...published, requisitionDeadlineOn: null }), 'decisions');
});

it('moves on to payouts once a decision is issued, and to follow-up once a batch is paid', () => {
  assert.equal(currentStep({ ...published, issuedDecisions: 3 }), 'payouts');
  assert.equal(currentStep({ ...published, issuedDecisions: 3, paidBatches: 1 }), 'reporting');
});

it('follows the status: a draft, follow-up and a closed or finished grant', () => {
  assert.equal(currentStep({ ...published, status: 'draft' }), 'draft');
  assert.equal(currentStep({ ...published, status: 'follow_up' }), 'reporting');
  assert.equal(currentStep({ ...published, status: 'closed' }), 'closed');
  assert.equal(currentStep({ ...published, status: 'finished' }), 'closed');
});

it('has no requisition step for a performance-based grant', () => {
  assert.equal(currentStep({ ...published, distributionMethod: 'performance' }), 'decisions');
  assert.ok(!lifecycleSteps({ distributionMethod: 'performance' }).includes('requisition'));
  assert.ok(lifecycleSteps({ distributionMethod: 'allocation_key' }).includes('requisition'));
});

it('reckons today in Stockholm (23:30 UTC on 31 October is already 1 November there in winter)', () => {
  assert.equal(todayInStockholm(new Date('2027-10-31T23:30:00Z')), '2027-11-01');
  assert.equal(todayInStockholm(new Date('2027-10-31T22:59:00Z')), '2027-10-31');
});

it('names each step in the address in Swedish, and reads back only a step the grant has', () => {
  const keySteps = lifecycleSteps({ distributionMethod: 'allocation_key' });
  for (const step of keySteps) assert.equal(stepFromSlug(stepSlug(step), keySteps), step);
  assert.equal(stepSlug('decisions'), 'beslut');
  const performanceSteps = lifecycleSteps({ distributionMethod: 'performance' });
  assert.equal(stepFromSlug('rekvisition', performanceSteps), null);
  assert.equal(stepFromSlug('decisions', keySteps), null);
  assert.equal(stepFromSlug(null, keySteps), null);
});
