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

  it('is on with all four, with a default button label and signing level', () => {
    assert.deepEqual(readConfig(OIDC).oidc, {
      issuer: OIDC.OIDC_ISSUER,
      clientId: OIDC.OIDC_CLIENT_ID,
      clientSecret: OIDC.OIDC_CLIENT_SECRET,
      redirectUri: OIDC.OIDC_REDIRECT_URI,
      buttonLabel: 'Logga in med organisationens konto',
      signingAcr: 'http://id.elegnamnden.se/loa/1.0/loa3',
    });
    assert.equal(
      readConfig({ ...OIDC, OIDC_SIGNING_ACR: 'http://id.elegnamnden.se/loa/1.0/loa4' }).oidc
        ?.signingAcr,
      'http://id.elegnamnden.se/loa/1.0/loa4',
    );
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

describe('TRUST_PROXY', () => {
  it('trusts nobody unless told (unset, empty, off, false, no, 0)', () => {
    for (const value of [undefined, '', 'off', 'false', 'no', '0'])
      assert.equal(readConfig({ TRUST_PROXY: value }).trustProxy, false, String(value));
  });

  it('takes the proxies’ addresses, CIDR ranges and proxy-addr’s named ranges', () => {
    assert.deepEqual(
      readConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1,fd00::/8,Loopback' }).trustProxy,
      ['10.0.0.5', '10.1.0.0/16', '::1', 'fd00::/8', 'loopback'],
    );
  });

  it('refuses on/true/yes, which believed any client’s X-Forwarded-For, saying what to set instead', () => {
    for (const value of ['on', 'true', 'yes', 'ON'])
      assert.throws(
        () => readConfig({ TRUST_PROXY: value }),
        /TRUST_PROXY: ".*" would believe any client's X-Forwarded-For .* set TRUST_PROXY to the reverse proxies' addresses/,
        value,
      );
  });

  it('refuses a hop count, which cannot tell the proxy from a client connecting directly', () => {
    for (const value of ['1', '2'])
      assert.throws(() => readConfig({ TRUST_PROXY: value }), /is a hop count/, value);
  });

  it('refuses what is not an address or range, naming the bad entry', () => {
    for (const value of ['proxy', '10.0.0.300', '10.0.0.0/33', '10.0.0.1,nope', '::1/129'])
      assert.throws(
        () => readConfig({ TRUST_PROXY: value }),
        /TRUST_PROXY: ".*" is not an IP address, CIDR range or loopback/,
        value,
      );
  });
});
