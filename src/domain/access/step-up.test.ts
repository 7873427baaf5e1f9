import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acrMeets, checkStepUpClaims, stepUpActKey, SWEDISH_LOA } from './step-up';

const [LOA1, LOA2, LOA3, LOA4] = SWEDISH_LOA;
const startedAt = new Date('2026-12-06T12:00:00Z');
const claims = (over: Partial<Parameters<typeof checkStepUpClaims>[0]> = {}) => ({
  issuer: 'https://idp.example',
  subject: 'fia',
  acr: LOA3,
  amr: ['mfa'],
  authTime: new Date('2026-12-06T12:00:20Z'),
  ...over,
});
const expected = (over: Partial<Parameters<typeof checkStepUpClaims>[1]> = {}) => ({
  subject: 'fia',
  acr: LOA3,
  startedAt,
  now: new Date('2026-12-06T12:00:30Z'),
  ...over,
});

describe('the step-up rules', () => {
  it('a higher Swedish level meets a lower one; an unknown value only itself', () => {
    assert.equal(acrMeets(LOA4, LOA3), true);
    assert.equal(acrMeets(LOA3, LOA3), true);
    assert.equal(acrMeets(LOA2, LOA3), false);
    assert.equal(acrMeets(LOA1, LOA2), false);
    assert.equal(acrMeets(null, LOA3), false);
    assert.equal(acrMeets('urn:other:high', LOA3), false);
    assert.equal(acrMeets('urn:other:high', 'urn:other:high'), true);
  });

  it('accepts a fresh authentication at the level by the bound subject', () => {
    assert.equal(checkStepUpClaims(claims(), expected()), null);
  });

  it('refuses an authentication before the request, minutes old, or without auth_time', () => {
    const before = claims({ authTime: new Date('2026-12-06T11:58:00Z') });
    assert.equal(checkStepUpClaims(before, expected()), 'stale');
    const later = expected({ now: new Date('2026-12-06T12:06:00Z') });
    assert.equal(checkStepUpClaims(claims(), later), 'stale');
    assert.equal(checkStepUpClaims(claims({ authTime: null }), expected()), 'stale');
  });

  it('refuses another subject, or an account bound to none, and a lower level', () => {
    assert.equal(checkStepUpClaims(claims({ subject: 'other' }), expected()), 'subject');
    assert.equal(checkStepUpClaims(claims(), expected({ subject: null })), 'subject');
    assert.equal(checkStepUpClaims(claims({ acr: LOA2 }), expected()), 'level');
  });

  it('binds a proof to the act, the grant and the organisation', () => {
    assert.equal(
      stepUpActKey({ kind: 'report.submit', grantId: 'g', recipientCode: '0180' }),
      'report.submit:g:0180',
    );
  });
});
