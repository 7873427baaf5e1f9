import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from './config';

const OIDC = {
  OIDC_ISSUER: 'https://login.myndighet.test/realms/a',
  OIDC_CLIENT_ID: 'statsbidrag',
  OIDC_CLIENT_SECRET: 'hemligt',
  OIDC_REDIRECT_URI: 'https://statsbidrag.myndighet.test/api/session/oidc/callback',
};

describe('OpenID Connect configuration', () => {
  it('is off without the OIDC_* variables (empty ones count as unset)', () => {
    assert.equal(readConfig({}).oidc, undefined);
    assert.equal(readConfig({ OIDC_ISSUER: '', OIDC_BUTTON_LABEL: 'x' }).oidc, undefined);
  });

  it('is on with all four, with a default button label', () => {
    assert.deepEqual(readConfig(OIDC).oidc, {
      issuer: OIDC.OIDC_ISSUER,
      clientId: OIDC.OIDC_CLIENT_ID,
      clientSecret: OIDC.OIDC_CLIENT_SECRET,
      redirectUri: OIDC.OIDC_REDIRECT_URI,
      buttonLabel: 'Logga in med organisationens konto',
    });
    assert.equal(
      readConfig({ ...OIDC, OIDC_BUTTON_LABEL: 'Logga in med Myndighetens konto' }).oidc
        ?.buttonLabel,
      'Logga in med Myndighetens konto',
    );
  });

  it('refuses a partial set, naming what is missing, and an issuer that is not a URL', () => {
    assert.throws(
      () => readConfig({ OIDC_ISSUER: OIDC.OIDC_ISSUER, OIDC_CLIENT_ID: 'x' }),
      /OIDC_CLIENT_SECRET: OIDC_CLIENT_SECRET is required[\s\S]*OIDC_REDIRECT_URI/,
    );
    assert.throws(() => readConfig({ ...OIDC, OIDC_ISSUER: 'login.myndighet' }), /OIDC_ISSUER/);
  });
});
