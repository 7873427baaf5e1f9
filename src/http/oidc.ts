// OpenID Connect sign-in, the protocol half (docs/decisions/0011-openid-connect-sign-in.md): the
// authorization code flow with PKCE, state and nonce, run by the server with openid-client. The
// browser only follows redirects; the tokens never reach it. What the identity provider vouches
// for (a verified email) goes to the signInWithOidc use case, which finds the account.
import * as client from 'openid-client';

export interface OidcOptions {
  /** The identity provider's issuer URL (its /.well-known/openid-configuration is read). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Our callback as registered at the provider: https://<host>/api/session/oidc/callback. */
  redirectUri: string;
  /** The sign-in page's button text. */
  buttonLabel: string;
  /**
   * Where the provider sends the browser after ending its session (registered there as a
   * post_logout_redirect_uri); by default the sign-in page, /logga-in?utloggad=1, on the host of
   * `redirectUri`.
   */
  postLogoutRedirectUri?: string;
  /**
   * The level of assurance (acr_values) a signing step-up asks for and requires
   * (docs/decisions/0032); by default Sweden Connect's loa3.
   */
  signingAcr?: string;
}

/** What the browser keeps (in a short-lived httpOnly cookie) between the redirect and the callback. */
export interface OidcPending extends RequestSecrets {
  /** Where to go after signing in: a path inside the app. */
  next: string;
}

/** A signing step-up in progress: the flow's secrets and when the redirect was made. */
export interface OidcStepUpPending extends RequestSecrets {
  /** Epoch milliseconds: the authentication the provider reports must come after it. */
  startedAt: number;
  acr: string;
}

/** What the provider's ID token says about a step-up's authentication. */
export interface OidcStepUpClaims {
  issuer: string;
  subject: string;
  acr: string | null;
  amr: string[];
  authTime: Date | null;
}

/** The person as the identity provider vouches for them. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

/** A finished sign-in: who, and the ID token when the provider can end its session with it. */
export interface OidcSignIn {
  identity: OidcIdentity;
  /** Only when the provider has an end_session_endpoint: kept for id_token_hint on sign-out. */
  idTokenForSignOut?: string;
}

/** The secrets of one authorization request, kept until its callback. */
interface RequestSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

function newRequestSecrets(): RequestSecrets {
  return {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
  };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export class OidcClient {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(readonly options: OidcOptions) {}

  /** The provider's metadata, read once (and again after a failure). */
  private config(): Promise<client.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.options.issuer);
      // Plain http only to a provider on this machine (development, the tests); never in production.
      const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
      this.configuration = client
        .discovery(
          issuer,
          this.options.clientId,
          undefined,
          client.ClientSecretBasic(this.options.clientSecret),
          insecure ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          this.configuration = undefined;
          throw error;
        });
    }
    return this.configuration;
  }

  /** The provider's authorization URL for a new sign-in, and what to keep until the callback. */
  async start(next: string): Promise<{ url: URL; pending: OidcPending }> {
    const pending: OidcPending = { ...newRequestSecrets(), next };
    const url = await this.authorizationUrl(pending, { scope: 'openid email' });
    return { url, pending };
  }

  /** The authorization URL of a code flow with PKCE, state and nonce, plus the flow's own parameters. */
  private async authorizationUrl(
    secrets: RequestSecrets,
    parameters: Record<string, string>,
  ): Promise<URL> {
    const config = await this.config();
    return client.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUri,
      code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
      state: secrets.state,
      nonce: secrets.nonce,
      ...parameters,
    });
  }

  /**
   * Exchanges a callback's code, checking state, nonce, PKCE and the ID token's signature, issuer,
   * audience and expiry; the ID token's claims are what the flows read.
   */
  private async exchangeCode(query: string, secrets: RequestSecrets) {
    const config = await this.config();
    const callbackUrl = new URL(this.options.redirectUri);
    callbackUrl.search = query;
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: secrets.codeVerifier,
      expectedState: secrets.state,
      expectedNonce: secrets.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider sent no ID token');
    return { config, tokens, claims };
  }

  /**
   * Exchanges the callback's code (checking state, nonce, PKCE and the ID token's signature,
   * issuer, audience and expiry) and reads who signed in; the email from the userinfo endpoint
   * when the ID token does not carry it.
   */
  async finish(query: string, pending: OidcPending): Promise<OidcSignIn> {
    const { config, tokens, claims } = await this.exchangeCode(query, pending);
    let email = claims.email;
    let verified = claims.email_verified;
    if (typeof email !== 'string') {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = info.email;
      verified = info.email_verified;
    }
    const identity: OidcIdentity = {
      issuer: claims.iss,
      subject: claims.sub,
      email: typeof email === 'string' ? email : null,
      emailVerified: verified === true,
    };
    const endsSessions = config.serverMetadata().end_session_endpoint !== undefined;
    return endsSessions && tokens.id_token
      ? { identity, idTokenForSignOut: tokens.id_token }
      : { identity };
  }

  /**
   * The provider's authorization URL for a signing step-up: a fresh authentication however recent
   * the provider's own session (`prompt=login`, `max_age=0`) at the level `acr` (`acr_values`).
   */
  async startStepUp(acr: string, now: Date): Promise<{ url: URL; pending: OidcStepUpPending }> {
    const pending: OidcStepUpPending = { ...newRequestSecrets(), startedAt: now.getTime(), acr };
    const url = await this.authorizationUrl(pending, {
      scope: 'openid',
      prompt: 'login',
      max_age: '0',
      acr_values: acr,
    });
    return { url, pending };
  }

  /**
   * Exchanges a step-up's code (state, nonce, PKCE, the ID token's signature, issuer, audience,
   * expiry) and reads what it says about the authentication; whether that is fresh, at the level
   * and by the right person is the use case's to judge (src/services/access/step-up.ts).
   */
  async finishStepUp(query: string, pending: OidcStepUpPending): Promise<OidcStepUpClaims> {
    const { claims } = await this.exchangeCode(query, pending);
    const amr = Array.isArray(claims.amr) ? claims.amr.filter((m) => typeof m === 'string') : [];
    return {
      issuer: claims.iss,
      subject: claims.sub,
      acr: typeof claims.acr === 'string' ? claims.acr : null,
      amr,
      authTime: typeof claims.auth_time === 'number' ? new Date(claims.auth_time * 1000) : null,
    };
  }

  /**
   * Where to send the browser to end the session at the provider too (RP-initiated logout, with
   * id_token_hint and our post_logout_redirect_uri), or null when its discovery document has no
   * end_session_endpoint (or it cannot be read): then signing out is local only.
   */
  async endSessionUrl(idToken: string): Promise<URL | null> {
    let config: client.Configuration;
    try {
      config = await this.config();
    } catch {
      return null;
    }
    if (config.serverMetadata().end_session_endpoint === undefined) return null;
    return client.buildEndSessionUrl(config, {
      id_token_hint: idToken,
      post_logout_redirect_uri:
        this.options.postLogoutRedirectUri ??
        new URL('/logga-in?utloggad=1', this.options.redirectUri).href,
    });
  }
}
