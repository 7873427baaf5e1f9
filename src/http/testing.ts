// Helpers for API tests: a server on the suite's database and valid request bodies to vary.
import { z } from 'zod';
import { readFile } from 'node:fs/promises';
import type { InjectOptions } from 'fastify';
import type { Database } from '../db/client';
import {
  findSession,
  findUser,
  findUserByEmail,
  insertUser,
  replaceRoleAssignments,
  type RoleAssignment,
  type Role,
} from '../db/users';
import type { ServiceContext } from '../services/common/context';
import { createGrant } from '../services/grants/create-grant';
import { registerInterest } from '../services/performance/register-interest';
import { createSession, hashToken } from '../services/access/resolve-session';
import { insertStepUpProof } from '../db/step-up-proofs';
import { randomBytes } from 'node:crypto';
import { STEP_UP_PROOF_TTL_MS, stepUpActKey, type StepUpAct } from '../domain/access/step-up';
import { savePerformanceModel } from '../services/performance/save-performance-model';
import { uploadPerformanceKey } from '../services/performance/upload-performance-key';
import { CSRF_HEADER, SESSION_COOKIE } from './auth';
import { toGrantDraft } from './routes/grants/routes';
import type { GrantInput } from '../contracts/grants';
import { buildServer, type App } from './server';

/** A fixed clock, so audit times and dates in answers are predictable. */
export const TEST_NOW = new Date('2026-03-02T09:30:00.000Z');

/** The email of the test account `signInAs` makes for a role (a case officer: `case_officer@test.se`). */
export function testEmail(name: string): string {
  return `${name.replaceAll('_', '-')}@test.statsbidrag.se`;
}

export interface TestSession {
  userId: string;
  email: string;
  /** Headers that make app.inject act as the user: the session cookie and the CSRF token. */
  headers: Record<string, string>;
}

/**
 * An account (made once per database under `name`) with these roles and a session for it, without
 * the cost of hashing a password. The session starts at `now`, the server's clock in tests.
 */
export async function signInAs(
  db: Database,
  name: string,
  roles: RoleAssignment[],
  options: { recipientCode?: string | null; now?: Date } = {},
): Promise<TestSession> {
  const email = testEmail(name);
  const user =
    (await findUserByEmail(db, email)) ??
    (await insertUser(db, { email, name, recipientCode: options.recipientCode ?? null }));
  await replaceRoleAssignments(db, user.id, roles);
  const session = await createSession(db, user.id, options.now ?? TEST_NOW);
  return {
    userId: user.id,
    email,
    headers: { cookie: `${SESSION_COOKIE}=${session.token}`, [CSRF_HEADER]: session.csrfToken },
  };
}

/**
 * A step-up proof for a signing act of the session in `headers` (docs/decisions/0032), made the
 * way signInAs makes a session: directly, without a password to hash or a provider to visit. The
 * step-up itself has its own tests (routes/access/step-up.db.test.ts). Valid from `now` (the
 * server's clock) for 5 minutes, once.
 */
export async function stepUpProof(
  db: Database,
  headers: Record<string, string>,
  /** The act; its organisation is by default the signed-in person's own. */
  act: Omit<StepUpAct, 'recipientCode'> & { recipientCode?: string },
  now: Date = TEST_NOW,
): Promise<string> {
  const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(headers.cookie ?? '')?.[1];
  const session = token ? await findSession(db, hashToken(token)) : undefined;
  const user = session && (await findUser(db, session.userId));
  if (!session || !user) throw new Error('stepUpProof: the headers carry no session');
  const recipientCode = act.recipientCode ?? user.recipientCode;
  if (!recipientCode) throw new Error('stepUpProof: the act names no organisation');
  const proof = randomBytes(32).toString('base64url');
  await insertStepUpProof(db, {
    tokenHash: hashToken(proof),
    userId: session.userId,
    act: stepUpActKey({ ...act, recipientCode }),
    method: 'password',
    authenticatedAt: now,
    expiresAt: new Date(now.getTime() + STEP_UP_PROOF_TTL_MS),
    createdAt: now,
  });
  return proof;
}

/** The body that signs the session's requisition of `grantId` at `version`: with a step-up proof. */
export async function signBody(
  db: Database,
  headers: Record<string, string>,
  grantId: string,
  version: number | undefined,
  now: Date = TEST_NOW,
): Promise<{ version: number | undefined; stepUpProof: string }> {
  return {
    version,
    stepUpProof: await stepUpProof(db, headers, { kind: 'requisition.sign', grantId }, now),
  };
}

/**
 * A server whose `inject` acts as a signed-in user: by default a case officer for every grant
 * (`as: null` for an anonymous client). A request's own headers win, so a test can still send
 * others.
 */
export async function buildTestServer(
  db: Database,
  now: () => Date = () => TEST_NOW,
  as: Role | null = 'case_officer',
): Promise<App> {
  const app = await buildServer({ db, now });
  if (as === null) return app;
  const session = await signInAs(db, as, [{ role: as, grantId: null }], { now: now() });
  const inject = app.inject.bind(app);
  // Every call in the tests passes an options object; the chained form (no argument) is not used.
  app.inject = ((options: InjectOptions) =>
    inject({ ...options, headers: { ...session.headers, ...options.headers } })) as App['inject'];
  return app;
}

/** A valid grant body (the 2018 welfare technology grant); override what the test is about. */
export function grantInput(overrides: Partial<GrantInput> = {}): GrantInput {
  return {
    name: 'Stimulansmedel för investeringar i välfärdsteknik 2018',
    grantYear: 2018,
    legalBasis:
      'Regeringsbeslut: uppdrag att fördela medel för investering i välfärdsteknik i omsorgen',
    appropriation: 'Utgiftsområde 9, anslag 4:5 Stimulansbidrag och åtgärder inom äldreområdet',
    appropriationItem: 'ap. 11 Utvecklingsmedel – Socialstyrelsen',
    totalAmountKr: 350_000_000,
    eligibleRecipientTypes: ['municipality'],
    purpose:
      'Öka investeringstakten av välfärdsteknik i kommunal hälso- och sjukvård och social omsorg.',
    usageAreas: ['Investeringar i välfärdsteknik'],
    distributionMethod: 'allocation_key',
    callOn: null,
    requisitionDeadlineOn: '2018-11-01',
    usageStartOn: '2018-01-01',
    usageEndOn: '2018-12-31',
    reportingDeadlineOn: null,
    repaymentDeadlineOn: '2019-09-30',
    rules: {
      repaymentRequired: true,
      waiverThresholdKr: 0,
      minimumAmountKr: 0,
      privateProvidersShareRequired: true,
      secondRound: false,
    },
    ...overrides,
  };
}

export type MultipartPart = string | { filename: string; content: string | Uint8Array };

/** A multipart/form-data body for app.inject, encoded by the platform's own FormData. */
export async function multipart(
  parts: Record<string, MultipartPart>,
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, part] of Object.entries(parts)) {
    if (typeof part === 'string') form.append(name, part);
    else {
      const content =
        typeof part.content === 'string' ? part.content : new Uint8Array(part.content);
      form.append(name, new Blob([content]), part.filename);
    }
  }
  const encoded = new Response(form);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  };
}

/** Reads a file of reference/ (the shipped, verified tables). */
export function referenceFile(name: string): Promise<Buffer> {
  return readFile(new URL(`../../reference/${name}`, import.meta.url));
}

/**
 * A test's call to the API as a session (its headers), with an optional JSON body. `app` is read
 * at each call, so a suite can make the caller before its `before` builds the server.
 */
export function apiCaller(app: () => App) {
  return (
    headers: Record<string, string>,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) => app().inject({ method, url, headers, ...(payload !== undefined && { payload }) });
}

/**
 * A performance-based grant set up as the 2023 hourly-employment grant (its example model with
 * the grant's own total), a key from `key` (`code → key_kr`) and the given last days; the codes
 * in `registered` have registered interest. Returns the grant's id.
 */
export async function setUpPerformanceCall(
  ctx: ServiceContext,
  options: {
    name: string;
    grantYear: number;
    totalAmountKr: number;
    key: Record<string, number>;
    interestDeadlineOn: string | null;
    figuresDeadlineOn?: string | null;
    registered?: string[];
  },
): Promise<string> {
  const grant = await createGrant(
    ctx,
    toGrantDraft(
      grantInput({
        name: options.name,
        grantYear: options.grantYear,
        totalAmountKr: options.totalAmountKr,
        distributionMethod: 'performance',
        requisitionDeadlineOn: null,
        repaymentDeadlineOn: null,
      }),
    ),
  );
  const model = z
    .record(z.string(), z.unknown())
    .parse(
      JSON.parse(
        await readFile(
          new URL('../../docs/examples/hourly-employment-2023.model.json', import.meta.url),
          'utf8',
        ),
      ),
    );
  await savePerformanceModel(ctx, {
    grantId: grant.id,
    modelText: JSON.stringify({ ...model, total_kr: options.totalAmountKr }),
    interestDeadlineOn: options.interestDeadlineOn,
    figuresDeadlineOn: options.figuresDeadlineOn ?? null,
  });
  const rows = Object.entries(options.key).map(([code, kr]) => `${code},${kr}`);
  await uploadPerformanceKey(ctx, {
    grantId: grant.id,
    filename: 'key.csv',
    bytes: Buffer.from(['recipient_code,key_kr', ...rows].join('\n') + '\n'),
  });
  if (options.registered?.length)
    await registerInterest(ctx, { grantId: grant.id, recipientCodes: options.registered });
  return grant.id;
}

/**
 * Sessions (request headers) of the people of the recipient-facing tests, signed in on the
 * suite's database at the test's clock: Stockholm's user, Upplands Väsby's signatory, Vallentuna's
 * user, a case officer for every grant, or anyone by role.
 */
export function testPeople(db: () => Database, now: () => Date) {
  const as = async (name: string, role: Role, recipientCode: string | null) =>
    (await signInAs(db(), name, [{ role, grantId: null }], { recipientCode, now: now() })).headers;
  return {
    as,
    stockholm: () => as('sthlm-user', 'recipient_user', '0180'),
    vasby: () => as('vasby-signatory', 'recipient_signatory', '0114'),
    vallentuna: () => as('vallentuna-user', 'recipient_user', '0115'),
    officer: () => as('officer', 'case_officer', null),
  };
}
