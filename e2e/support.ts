// Browser journeys run against the real server: buildServer on an in-memory PGlite (migrated, with
// the reference recipients and the demo grants), serving the built web app (dist/web) on 127.0.0.1 and a free port,
// driven by Debian's Chromium through playwright-core. Nothing is mocked.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DatabaseHandle } from '../src/db/client';
import { openDatabase } from '../src/db/client';
import type { OidcOptions } from '../src/http/oidc';
import type { App } from '../src/http/server';
import { buildServer } from '../src/http/server';
import { DEMO_ACTOR, systemContext } from '../src/services/common/context';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  loadDemoAccounts,
} from '../src/services/demo/load-demo-accounts';
import { loadDemoData } from '../src/services/demo/load-demo-data';

export const CHROMIUM = '/usr/bin/chromium';
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WEB_ROOT = path.join(REPO_ROOT, 'dist/web');

// The flags verified on this kind of machine (shared STACK.md): no sandbox as root in a container,
// no GPU, and nothing that calls home.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why the browser tests cannot run here, or undefined when they can. With CI=true a missing
 * browser is a failure, not a skip: CI must never pass without having run them.
 */
export function browserUnavailable(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const message = `${CHROMIUM} is missing: install it with \`apt-get install -y chromium chromium-driver\``;
  if (process.env.CI === 'true') {
    throw new Error(`${message}. CI=true, so the browser tests fail instead of being skipped.`);
  }
  return `${message} (skipped; CI=true makes this a failure)`;
}

export interface Harness {
  baseUrl: string;
  app: App;
  database: DatabaseHandle;
  browser: Browser;
  context: BrowserContext;
  downloads: string;
  /** Errors thrown in the page; a journey ends by asserting there were none. */
  pageErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The demo accounts by role (README.md): every journey signs in as one of them. */
export function demoAccount(role: (typeof DEMO_ACCOUNTS)[number]['role']): string {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  assert.ok(account, `no demo account for ${role}`);
  return account.email;
}
export const CASE_OFFICER = demoAccount('case_officer');

// The session of the API calls a journey makes for its setup (fixtures.ts apiCall), by server.
const apiSessions = new Map<string, { cookie: string; csrfToken: string }>();

/** Headers that make a setup call (Node's fetch) act as the harness's signed-in user. */
export function apiSessionHeaders(baseUrl: string): Record<string, string> {
  const session = apiSessions.get(baseUrl);
  return session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {};
}

/**
 * Signs the browser context in through the API (sharing its cookies with every page), as a person
 * would on the sign-in page; e2e/sign-in.test.ts covers that page itself.
 */
export async function signInContext(
  context: BrowserContext,
  baseUrl: string,
  email: string,
): Promise<void> {
  const response = await context.request.post(`${baseUrl}/api/session`, {
    data: { email, password: DEMO_PASSWORD },
  });
  assert.equal(response.status(), 200, await response.text());
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = (await context.cookies(baseUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
  apiSessions.set(baseUrl, { cookie, csrfToken });
}

/** A port nothing listens on now (for a server whose URL must be known before it starts). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface HarnessOptions {
  demoData?: boolean;
  signInAs?: string | null;
  /** The server's clock (ServiceContext.now), so a journey can move past a deadline. */
  now?: () => Date;
  /** OpenID Connect sign-in, configured once the server's base URL is known. */
  oidc?: (baseUrl: string) => Promise<OidcOptions>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  assert.ok(
    existsSync(path.join(WEB_ROOT, 'index.html')),
    'dist/web/index.html is missing: build the web app first (`npx vite build`; `npm test` does it)',
  );
  const database = await openDatabase({ inMemory: true });
  // The demo data of a first start (the grants and their follow-ups), as `npm start`.
  if (options.demoData ?? true) {
    await loadDemoData(systemContext(database.db, DEMO_ACTOR, () => new Date()));
  }
  await loadDemoAccounts(systemContext(database.db, DEMO_ACTOR, () => new Date()));
  const port = options.oidc ? await freePort() : 0;
  const oidc = options.oidc ? await options.oidc(`http://127.0.0.1:${port}`) : undefined;
  const app = await buildServer({ db: database.db, webRoot: WEB_ROOT, now: options.now, oidc });
  await app.listen({ port, host: '127.0.0.1' });
  const address = app.server.address();
  assert.ok(address && typeof address === 'object', 'the server has no address');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const downloads = await mkdtemp(path.join(tmpdir(), 'statsbidrag-e2e-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    downloadsPath: downloads,
  });
  const context = await browser.newContext({
    baseURL: baseUrl,
    acceptDownloads: true,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const signInAs = options.signInAs === undefined ? CASE_OFFICER : options.signInAs;
  if (signInAs !== null) await signInContext(context, baseUrl, signInAs);
  const pageErrors: string[] = [];
  watchContentSecurityPolicy(context, pageErrors);

  return {
    baseUrl,
    app,
    database,
    browser,
    context,
    downloads,
    pageErrors,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') console.log(`[browser console] ${message.text()}`);
      });
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await app.close();
      await database.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * Every Content Security Policy violation in any page of the context becomes a page error, so a
 * journey that ends by asserting no page errors also proves the policy holds for what it did
 * (src/http/security-headers.ts). Chromium reports a violation on the console ("Refused to …")
 * and as a `securitypolicyviolation` event; the init script runs outside the page's CSP.
 */
function watchContentSecurityPolicy(context: BrowserContext, pageErrors: string[]): void {
  void context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) => console.error('Refused by the Content Security Policy: ' + event.violatedDirective + ' ' + event.blockedURI + ' at ' + event.sourceFile + ':' + event.lineNumber + ' ' + JSON.stringify(event.sample)));`,
  });
  context.on('console', (message) => {
    const text = message.text();
    if (/Refused to|Content Security Policy/.test(text)) pageErrors.push(`CSP: ${text}`);
  });
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page as it is now (but for what `exclude` selects). Violations of impact serious
 * or critical fail the test; the others are printed so they are seen and fixed, without blocking.
 */
export async function assertAccessible(
  page: Page,
  label: string,
  options: { exclude?: string } = {},
): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (options.exclude) builder.exclude(options.exclude);
  const results = await builder.analyze();
  const describe = (v: (typeof results.violations)[number]) =>
    `${v.impact ?? 'unknown'} ${v.id}: ${v.help}\n${v.nodes
      .slice(0, 5)
      .map((node) => `    ${node.target.join(' ')} – ${node.failureSummary ?? ''}`)
      .join('\n')}`;
  const blocking = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const other = results.violations.filter((v) => !blocking.includes(v));
  for (const violation of other) console.log(`[axe ${label}] ${describe(violation)}`);
  console.log(
    `[axe ${label}] ${results.passes.length} rules passed, ${results.violations.length} violated (${blocking.length} serious or critical)`,
  );
  assert.deepEqual(
    blocking.map(describe),
    [],
    `axe found serious or critical violations on ${label}`,
  );
}

/** Text as shown, with the no-break and narrow no-break spaces of sv-SE number formats as spaces. */
export function normalizeSpaces(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The harness's browser signed in afresh as `email` (the cookies of the last person dropped), at `path`. */
export async function signInAndOpen(
  harness: Harness,
  email: string,
  page: Page,
  path: string,
): Promise<void> {
  await harness.context.clearCookies();
  await signInContext(harness.context, harness.baseUrl, email);
  await page.goto(path);
}

/** A journey's harness, once its `before` hook has started it. */
export interface Journey {
  readonly harness: Harness;
}

/**
 * The set-up of a journey (call it inside `describe`): a harness started before its tests and
 * closed after them. The tests read `journey.harness`.
 */
export function useHarness(options: HarnessOptions = {}): Journey {
  let started: Harness | undefined;
  before(async () => {
    started = await startHarness(options);
  });
  after(async () => {
    await started?.close();
  });
  return {
    get harness() {
      assert.ok(started, 'the harness is started in the before hook');
      return started;
    },
  };
}

/**
 * A journey on the demo grant of `grantYear` (the 2024 elderly care grant's follow-up is concluded,
 * the 2025 round's in progress, Stockholm free to report), signed in as the case officer: the harness and the grant's id.
 */
export function useDemoGrantHarness(grantYear: number): Journey & { readonly grantId: string } {
  const journey = useHarness();
  let grantId: string | undefined;
  before(async () => {
    grantId = await demoGrantId(journey.harness.baseUrl, grantYear);
  });
  return {
    get harness() {
      return journey.harness;
    },
    get grantId() {
      assert.ok(grantId, 'the demo grant is looked up in the before hook');
      return grantId;
    },
  };
}

/** Stockholm's demo accounts (README.md): its user fills in reports, its signatory signs them. */
export const STOCKHOLM_USER = demoAccount('recipient_user');
export const STOCKHOLM_SIGNATORY = demoAccount('recipient_signatory');

/**
 * The id of the demo grant by key of `grantYear` (2024: every follow-up report submitted; 2025: the
 * follow-up in progress; 2027: the requisition demo, not the performance-based one open for interest).
 */
export async function demoGrantId(baseUrl: string, grantYear: number): Promise<string> {
  const response = await fetch(`${baseUrl}/api/grants`, { headers: apiSessionHeaders(baseUrl) });
  const { items } = (await response.json()) as {
    items: { id: string; grantYear: number; distributionMethod: string }[];
  };
  const grant = items.find(
    (g) => g.grantYear === grantYear && g.distributionMethod === 'allocation_key',
  );
  assert.ok(grant, `no demo grant of ${grantYear}`);
  return grant.id;
}
