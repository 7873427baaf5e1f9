import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDomainError } from '../../domain/errors';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/load-demo-accounts';
import { checkPasswordRule } from './password';

const person = { email: 'hanna.holm@myndighet.test', name: 'Hanna Holm' };

function refusal(password: string): string | null {
  try {
    checkPasswordRule(password, person, 'password');
    return null;
  } catch (error) {
    assert.ok(isDomainError(error));
    assert.equal(error.params.path, 'password');
    return error.code;
  }
}

describe('the password rule (NIST SP 800-63B)', () => {
  it('refuses fewer than 10 characters, counting characters rather than UTF-16 units', () => {
    assert.equal(refusal('kort ord'), 'user.password_too_short');
    assert.equal(refusal('🙂🙂🙂🙂🙂'), 'user.password_too_short');
  });

  it('refuses repeats, sequences, keyboard walks and common or breached passwords', () => {
    for (const password of [
      'aaaaaaaaaa',
      'abcdefghij',
      '1234567890',
      'qwertyuiop',
      '1q2w3e4r5t',
      'password123',
      'iloveyou12',
      'Password123!',
    ])
      assert.equal(refusal(password), 'user.password_guessable', password);
  });

  it('refuses the person’s own name or email with little added', () => {
    assert.equal(refusal('hannaholm12'), 'user.password_guessable');
    assert.equal(refusal('hanna.holm1'), 'user.password_guessable');
  });

  it('accepts long phrases without demanding digits or capitals, and the demo password', () => {
    for (const password of ['ett långt lösenord', 'tratt-kopp-gren', 'korrekt häst batteri'])
      assert.equal(refusal(password), null, password);
    // The demo accounts are created through the rule (createAccount) on every demo start.
    for (const account of DEMO_ACCOUNTS)
      assert.doesNotThrow(() => checkPasswordRule(DEMO_PASSWORD, account), account.email);
  });
});
