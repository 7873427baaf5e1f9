import { isIP } from 'node:net';
import { z } from 'zod';
import { DEFAULT_SIGNING_ACR } from '../domain/access/step-up';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const onOff = z
  .enum(['on', 'off', 'true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['on', 'true', '1', 'yes'].includes(value));

/**
 * Whom to believe about the client's address and protocol (X-Forwarded-For, -Proto): nobody
 * (`false`), or the reverse proxies at these addresses or CIDR ranges (fastify's trustProxy, with
 * proxy-addr's names `loopback`, `linklocal`, `uniquelocal` for their ranges). Never everyone, and
 * never a hop count: neither can tell a proxy from a client that connects directly, so any client
 * could forge its address, get a fresh sign-in quota per forged address, and have the audit log
 * record the forgery (fastify ignores the headers for a hop count for the same reason).
 */
export type TrustProxy = false | string[];

const TRUST_PROXY_HELP =
  "set TRUST_PROXY to the reverse proxies' addresses or CIDR ranges, comma-separated (10.0.0.5,10.1.0.0/16; loopback for a proxy on the same host), or off";
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

const trustProxy = z
  .string()
  .trim()
  .optional()
  .transform((value, context): TrustProxy => {
    const lower = (value ?? '').toLowerCase();
    if (['', 'off', 'false', 'no', '0'].includes(lower)) return false;
    const refuse = (why: string) => {
      context.addIssue({ code: 'custom', message: `${why}: ${TRUST_PROXY_HELP}` });
      return z.NEVER;
    };
    if (['on', 'true', 'yes'].includes(lower))
      return refuse(
        `"${value}" would believe any client's X-Forwarded-For (a forged address per request) and is no longer accepted`,
      );
    if (/^\d+$/.test(lower))
      return refuse(
        `"${value}" is a hop count, which cannot tell the proxy from a client that connects directly`,
      );
    const entries = lower.split(',').map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isAddressOrRange(entry));
    if (bad.length === 0) return entries;
    return refuse(
      `${bad.map((entry) => `"${entry}"`).join(', ')} is not an IP address, CIDR range or ${NAMED_RANGES.join('/')}`,
    );
  });

/** The server's configuration, from the environment (README.md lists it). */
export const ConfigSchema = z
  .object({
    PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
    // Loopback unless told otherwise: exposing the app is a decision (HOST=0.0.0.0).
    HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default('127.0.0.1')),
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
        .optional(),
    ),
    DATA_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).default('./data')),
    DEMO_DATA: z.preprocess(emptyAsUndefined, onOff.optional()),
    TRUST_PROXY: trustProxy,
    // OpenID Connect sign-in (docs/access.md): all four of issuer, client id, secret and redirect
    // URI, or none of them.
    OIDC_ISSUER: z.preprocess(emptyAsUndefined, z.url().optional()),
    OIDC_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
    OIDC_CLIENT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
    OIDC_REDIRECT_URI: z.preprocess(emptyAsUndefined, z.url().optional()),
    OIDC_BUTTON_LABEL: z.preprocess(emptyAsUndefined, z.string().min(1).max(100).optional()),
    OIDC_POST_LOGOUT_REDIRECT_URI: z.preprocess(emptyAsUndefined, z.url().optional()),
    // The level of assurance signing asks of the provider (docs/decisions/0032).
    OIDC_SIGNING_ACR: z.preprocess(emptyAsUndefined, z.string().min(1).max(300).optional()),
    LOG_LEVEL: z.preprocess(
      emptyAsUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
  })
  .superRefine((env, context) => {
    const oidc = [
      'OIDC_ISSUER',
      'OIDC_CLIENT_ID',
      'OIDC_CLIENT_SECRET',
      'OIDC_REDIRECT_URI',
    ] as const;
    const set = oidc.filter((name) => env[name] !== undefined);
    if (set.length === 0 || set.length === oidc.length) return;
    for (const name of oidc.filter((n) => env[n] === undefined))
      context.addIssue({
        code: 'custom',
        path: [name],
        message: `${name} is required when ${set.join(', ')} is set (OpenID Connect sign-in)`,
      });
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    // The demo grants are there on a first embedded start; a real server gets them only when asked.
    demoData: env.DEMO_DATA ?? env.DATABASE_URL === undefined,
    logLevel: env.LOG_LEVEL,
    // Behind a reverse proxy that terminates TLS, its X-Forwarded-Proto makes the cookie Secure
    // (and turns HSTS on); its X-Forwarded-For gives the client's address for throttle and audit.
    trustProxy: env.TRUST_PROXY,
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET && env.OIDC_REDIRECT_URI
        ? {
            issuer: env.OIDC_ISSUER,
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
            redirectUri: env.OIDC_REDIRECT_URI,
            buttonLabel: env.OIDC_BUTTON_LABEL ?? 'Logga in med organisationens konto',
            signingAcr: env.OIDC_SIGNING_ACR ?? DEFAULT_SIGNING_ACR,
            ...(env.OIDC_POST_LOGOUT_REDIRECT_URI && {
              postLogoutRedirectUri: env.OIDC_POST_LOGOUT_REDIRECT_URI,
            }),
          }
        : undefined,
  }));

export type Config = z.output<typeof ConfigSchema>;

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
