// A harness whose server signs in through a real OpenID Connect provider (oidc-provider on a
// free port, src/http/testing-oidc.ts), and the provider's own development login pages.
import type { Page } from 'playwright-core';
import { startIdentityProvider, type TestIdentityProvider } from '../src/http/testing-oidc';
import { startHarness, type Harness, type HarnessOptions } from './support';

export interface HarnessWithProvider {
  harness: Harness;
  idp: TestIdentityProvider;
}

/** The app configured for the provider, its sign-in button labelled `buttonLabel`; nobody signed in. */
export async function startHarnessWithProvider(
  buttonLabel: string,
  options: Omit<HarnessOptions, 'oidc' | 'signInAs'> = {},
): Promise<HarnessWithProvider> {
  let idp: TestIdentityProvider | undefined;
  const harness = await startHarness({
    ...options,
    signInAs: null,
    oidc: async (baseUrl) => {
      const redirectUri = `${baseUrl}/api/session/oidc/callback`;
      idp = await startIdentityProvider({ redirectUri });
      return {
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        redirectUri,
        buttonLabel,
      };
    },
  });
  if (!idp) throw new Error('the harness started without asking for the identity provider');
  return { harness, idp };
}

/**
 * Logs in on the provider's development pages (any password; our email is the login), consenting
 * when it asks — it does not when the consent is remembered — until `then` is done.
 */
export async function logInAtProvider(
  page: Page,
  email: string,
  then: () => Promise<void>,
): Promise<void> {
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('vad som helst');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  const consent = page.getByRole('button', { name: 'Continue' });
  await Promise.race([consent.waitFor(), then()]);
  if (await consent.isVisible()) await consent.click();
  await then();
}
