// The four-eyes pairs and the scope of payment accounts, as the policy states them (issue 12).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDomainError } from '../errors';
import { authorizeSecondPerson, can, SECOND_PERSON, type SessionUser } from './policy';

const person = (email: string, roles: SessionUser['roles'], recipientCode: string | null = null) =>
  ({ id: email, email, name: email, recipientCode, roles }) satisfies SessionUser;
const BOTH = person('both@myndighet.test', [
  { role: 'case_officer', grantId: null },
  { role: 'decision_maker', grantId: null },
]);
const refusedWith = (code: string) => (error: unknown) =>
  isDomainError(error) && error.code === code;

describe('authorizeSecondPerson', () => {
  it('refuses whoever took the first step, whatever roles they hold', () => {
    for (const action of Object.keys(SECOND_PERSON) as (keyof typeof SECOND_PERSON)[])
      assert.throws(
        () => authorizeSecondPerson(BOTH, BOTH.email, action, {}, ['x@y.test', BOTH.email]),
        refusedWith('auth.same_person'),
        action,
      );
  });

  it('lets a second person with the role through, and still needs the role', () => {
    assert.doesNotThrow(() =>
      authorizeSecondPerson(BOTH, BOTH.email, 'decision.issue', { grantId: 'g' }, ['x@y.test']),
    );
    const officer = person('o@myndighet.test', [{ role: 'case_officer', grantId: null }]);
    assert.throws(
      () => authorizeSecondPerson(officer, officer.email, 'decision.issue', {}, ['x@y.test']),
      refusedWith('auth.forbidden'),
    );
    assert.throws(
      () => authorizeSecondPerson(null, 'anonymous', 'payout.approve', {}, []),
      refusedWith('auth.unauthenticated'),
    );
  });
});

describe('payment accounts', () => {
  it('are set by an officer for every grant or the own signatory, never an officer of one grant', () => {
    const scoped = person('s@myndighet.test', [{ role: 'case_officer', grantId: 'g' }]);
    assert.equal(can(scoped, 'payment_account.manage', { grantId: 'g' }), false);
    assert.equal(can(scoped, 'payment_account.confirm'), false);
    assert.equal(can(BOTH, 'payment_account.manage'), true);
    const signatory = person(
      'f@kommun.test',
      [{ role: 'recipient_signatory', grantId: null }],
      '0180',
    );
    assert.equal(can(signatory, 'payment_account.manage', { recipientCode: '0180' }), true);
    assert.equal(can(signatory, 'payment_account.confirm', { recipientCode: '0114' }), false);
  });
});
