// A real OpenID Connect provider for the tests: panva's oidc-provider (the certified server
// implementation by the author of openid-client) on 127.0.0.1 and a free port, with its own
// development login and consent pages. Any login name is accepted: it becomes the subject and,
// unless `setEmail` gave the subject another one (an email changed at the provider), the email;
// an email starting with `unverified.` gets email_verified false. RP-initiated logout
// (end_session_endpoint) is on unless `endSession: false`. Every login is a fresh authentication
// (`prompt=login` and `max_age=0` are honoured, as the provider does natively) and the ID token
// carries its `auth_time`, `acr` and `amr`: by default Sweden Connect's loa3 and `mfa`, or what
// `setAuthentication` gave the subject (a weaker e-identification); `setLoginAs` makes the next
// login another subject than the name typed (someone else's e-identification).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { DEFAULT_SIGNING_ACR, SWEDISH_LOA } from '../domain/access/step-up';

const DEFAULT_AUTHENTICATION = { acr: DEFAULT_SIGNING_ACR, amr: ['mfa'] };

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** From now on the provider reports this email for the subject (login name). */
  setEmail(subject: string, email: string): void;
  /** From now on a login as the subject authenticates at this level (`acr`) with these methods. */
  setAuthentication(subject: string, authentication: { acr: string; amr: string[] }): void;
  /** From now on a login typed as `login` is the subject `subject` (null: back to itself). */
  setLoginAs(login: string, subject: string | null): void;
  close(): Promise<void>;
}

export async function startIdentityProvider(options: {
  redirectUri: string;
  /** Registered post_logout_redirect_uri; default /logga-in?utloggad=1 on the redirect's host. */
  postLogoutRedirectUri?: string;
  endSession?: boolean;
}): Promise<TestIdentityProvider> {
  const endSession = options.endSession ?? true;
  const emails = new Map<string, string>();
  const authentications = new Map<string, { acr: string; amr: string[] }>();
  const loginAs = new Map<string, string>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'statsbidrag-test';
  const clientSecret = 'a-test-secret-that-is-long-enough-for-hs256-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        post_logout_redirect_uris: [
          options.postLogoutRedirectUri ??
            new URL('/logga-in?utloggad=1', options.redirectUri).href,
        ],
      },
    ],
    claims: { openid: ['sub', 'acr', 'amr', 'auth_time'], email: ['email', 'email_verified'] },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          const email = emails.get(id) ?? id;
          return { sub: id, email, email_verified: !email.startsWith('unverified.') };
        },
      };
    },
    cookies: { keys: ['statsbidrag-test-cookie-key'] },
    acrValues: [...SWEDISH_LOA],
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: endSession },
    },
  });
  // The development login page finishes with the login name only: the level and methods of the
  // authentication (and, for a test, another subject) are added here, as a real e-identification
  // provider would report them.
  const finish = provider.interactionFinished.bind(provider);
  provider.interactionFinished = (req, res, result, options) => {
    const login = result.login as { accountId?: string } | undefined;
    if (!login?.accountId) return finish(req, res, result, options);
    const subject = loginAs.get(login.accountId) ?? login.accountId;
    const { acr, amr } = authentications.get(subject) ?? DEFAULT_AUTHENTICATION;
    return finish(
      req,
      res,
      { ...result, login: { ...login, accountId: subject, acr, amr } },
      options,
    );
  };
  provider.on('server_error', (_ctx, error) => console.error('provider error', error));
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    setEmail: (subject, email) => emails.set(subject, email),
    setAuthentication: (subject, authentication) => authentications.set(subject, authentication),
    setLoginAs: (login, subject) =>
      subject === null ? loginAs.delete(login) : loginAs.set(login, subject),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Goes through the provider's own login and consent pages over HTTP, as a browser would (with a
 * cookie jar, following its redirects, posting its forms), and returns the URL it finally sends
 * the browser to: our callback with the code.
 */
export async function signInAtProvider(
  authorizationUrl: string,
  login: string,
  redirectUri: string,
): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 12; step++) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form && { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      body: form?.toString(),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) return next;
      url = next.href;
      form = undefined;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page at ${url}: ${response.status}`);
    url = new URL(action, url).href;
    form = new URLSearchParams({ prompt, login, password: 'anything' });
  }
  throw new Error('the provider did not send the browser back');
}
