// Access on EVERY route: each one registered on the server is called as an anonymous client, as
// each role and as a signatory of another organisation, and must answer as docs/access.md says. A
// new route without a row here fails the first test, so access is decided for every route.
//
// "ok" means the request got past authorisation: any status but 401, 403 and 404 (a 409 or 422
// from the use case is fine; what it does is other tests' business).
import assert from 'node:assert/strict';
import { drawSample } from '../services/receivables/draw-audit-sample';
import { before, it } from 'node:test';
import { describeEachDatabase } from '../db/testing';
import type { RoleAssignment } from '../db/users';
import { listGrants } from '../services/grants/list-grants';
import { loadDemoData } from '../services/demo/load-demo-data';
import { systemContext } from '../services/common/context';
import { createGrant } from '../services/grants/create-grant';
import { importKeyAllocation } from '../services/allocation/import-key-allocation';
import { calculatePerformance } from '../services/performance/calculate-performance';
import { registerInterest } from '../services/performance/register-interest';
import { createRequisition } from '../services/requisition/create-requisition';
import { SYSTEM_USER } from '../domain/access/policy';
import { publishKeyGrant } from '../services/grants/publish-key-grant';
import { savePerformanceModel } from '../services/performance/save-performance-model';
import { uploadPerformanceFigures } from '../services/performance/upload-performance-figures';
import { uploadPerformanceKey } from '../services/performance/upload-performance-key';
import type { ServiceContext } from '../services/common/context';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { toGrantDraft } from './routes/grants/routes';
import { insertDecisions } from '../db/decisions';
import { insertIdentity } from '../db/user-identities';
import { DEFAULT_AGENCY_SETTINGS } from '../domain/decisions/agency';
import { createPayoutBatch } from '../services/payouts/create-payout-batch';
import { issueDecisions } from '../services/decisions/issue-decisions';
import { setPaymentAccount } from '../services/payouts/set-payment-account';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../db/schema';
import { findReceipt, getReceipt } from '../services/receipts/get-receipt';
import { receiptReference } from '../services/receipts/receipt-reference';
import type { App } from './server';
import { buildServer } from './server';
import {
  grantInput,
  multipart,
  referenceFile,
  signInAs,
  TEST_NOW,
  type TestSession,
} from './testing';

const PRINCIPALS = [
  'anonymous',
  'admin',
  'case_officer',
  'case_officer_of_other_grant',
  'decision_maker',
  'analyst',
  'recipient_user',
  'recipient_signatory',
  'signatory_of_other_organisation',
] as const;
type Principal = (typeof PRINCIPALS)[number];
type Expected = 'ok' | 401 | 403 | 404;

interface Fixtures {
  draftGrantId: string;
  otherGrantId: string;
  draftAllocationId: string;
  publishedGrantId: string;
  publishedAllocationId: string;
  stockholmUserId: string;
  performanceGrantId: string;
  performanceResultId: string;
  requisitionGrantId: string;
  requisitionId: string;
  stockholmDecisionId: string;
  payoutBatchId: string;
  /** The demo 2025 round with its follow-up in progress; 0114 has submitted, Stockholm not started. */
  reportingGrantId: string;
  /** A sample of the reporting grant's submitted reports, and the code of its one drawn report. */
  auditSampleId: string;
  auditSampleCode: string;
  /** The Stockholm user's binding to an OpenID Connect identity. */
  stockholmIdentityId: string;
  /** The receipt of issuing Stockholm's decision (an agency act naming recipients). */
  decisionReceipt: string;
  /** The receipt of 0114's submitted report on the reporting grant (its own act). */
  reportReceipt: string;
}

const FIGURES = ['permanent_feb_2022', 'hourly_feb_2022', 'permanent_nov_2023', 'hourly_nov_2023'];
const csvRows = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const toCsv = (rows: string[][]) => rows.map((row) => row.join(',')).join('\n') + '\n';

/** The 2023 hourly-employment grant set up and calculated (a draft result), as its tests do. */
async function setUpPerformanceGrant(ctx: ServiceContext) {
  const grant = await createGrant(
    ctx,
    toGrantDraft(
      grantInput({
        name: 'Prestationsbaserat 2023',
        grantYear: 2023,
        totalAmountKr: 1_998_500_000,
        distributionMethod: 'performance',
        requisitionDeadlineOn: null,
        usageStartOn: '2023-01-01',
        usageEndOn: '2023-12-31',
        repaymentDeadlineOn: null,
      }),
    ),
  );
  const modelText = await readFile(
    new URL('../../docs/examples/hourly-employment-2023.model.json', import.meta.url),
    'utf8',
  );
  // A last day to register after TEST_NOW: recipients may register their own interest.
  await savePerformanceModel(ctx, {
    grantId: grant.id,
    modelText,
    interestDeadlineOn: '2026-12-31',
  });
  const grants = csvRows(
    (await referenceFile('elderly_grants_2023_by_municipality.csv')).toString('utf8'),
  );
  const key = toCsv([
    ['recipient_code', 'key_kr'],
    ...grants.map((row) => [row.kommunkod ?? '', row.good_care_requisitioned_kr ?? '']),
  ]);
  await uploadPerformanceKey(ctx, {
    grantId: grant.id,
    filename: 'k.csv',
    bytes: Buffer.from(key),
  });
  const figures = csvRows(
    (await referenceFile('hourly_employment_2023_performance.csv')).toString('utf8'),
  );
  await registerInterest(ctx, {
    grantId: grant.id,
    recipientCodes: figures.map((row) => row.kommunkod ?? ''),
  });
  const figuresCsv = toCsv([
    ['recipient_code', ...FIGURES],
    ...figures.map((row) => [row.kommunkod ?? '', ...FIGURES.map((f) => row[f] ?? '')]),
  ]);
  await uploadPerformanceFigures(ctx, {
    grantId: grant.id,
    filename: 'f.csv',
    bytes: Buffer.from(figuresCsv),
  });
  const result = await calculatePerformance(ctx, grant.id);
  return { grantId: grant.id, resultId: result.id };
}

/**
 * An issued decision for Stockholm on the published grant (as the requisitions will make them), its
 * payment account and a draft payout batch.
 */
async function setUpDecisionAndPayout(ctx: ServiceContext, grantId: string) {
  const decider = await signInAs(ctx.db, 'access-decider', [
    { role: 'decision_maker', grantId: null },
  ]);
  const [draft] = await insertDecisions(ctx.db, [
    {
      kind: 'requisition',
      grantId,
      recipientCode: '0180',
      amountKr: 1000n,
      payoutChannel: 'bank_transfer',
      legalBasis: 'Förordning',
      reasons: 'Rekvirerat.',
      conditions: '',
      appealText: 'Överklagas inte.',
      sourceType: 'requisition',
      sourceId: 'access-test',
      preparedBy: ctx.actor,
    },
  ]);
  assert.ok(draft);
  await issueDecisions(
    {
      ...ctx,
      actor: decider.email,
      user: {
        id: decider.userId,
        email: decider.email,
        name: 'Beslutsfattare',
        recipientCode: null,
        roles: [{ role: 'decision_maker', grantId: null }],
      },
    },
    { grantId, decisionIds: null },
  );
  // Stockholm's signatory sets its account (in force at once); the agency proposes a change that
  // waits for a second person (the confirm route's row may confirm it).
  await setPaymentAccount(
    {
      ...ctx,
      user: {
        ...SYSTEM_USER,
        recipientCode: '0180',
        roles: [{ role: 'recipient_signatory', grantId: null }],
      },
    },
    { recipientCode: '0180', accountType: 'bankgiro', accountNumber: '5402-9681' },
  );
  await setPaymentAccount(ctx, {
    recipientCode: '0180',
    accountType: 'bankgiro',
    accountNumber: '297-3675',
  });
  const batch = await createPayoutBatch(ctx, { grantId, paymentOn: '2026-03-20' });
  return { stockholmDecisionId: draft.id, payoutBatchId: batch.id };
}

type Expectations = Partial<Record<Principal, Expected>>;
interface Case {
  label?: string;
  url: (f: Fixtures) => string;
  body?: (principal: Principal) => Promise<{ payload: unknown; headers?: Record<string, string> }>;
  expect: Expectations;
}
/** A request body: JSON as given, or a function for multipart or one that depends on who asks. */
type Body = NonNullable<Case['body']> | Record<string, unknown>;

const badKey = async () =>
  multipart({ file: { filename: 'nyckel.csv', content: 'kommunkod,amount_kr\n9999,x\n' } });

/** A path with fixtures named in braces (`/api/grants/{draftGrantId}`), filled in for a request. */
function fill(path: string, f: Fixtures): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = f[name as keyof Fixtures];
    assert.ok(value, `no fixture ${name}`);
    return value;
  });
}

/**
 * A builder of a route's row for one group of expectations: the path (fixtures in braces), the
 * body if any, and the exceptions to the group (and a label) if any.
 */
function rowOf(expect: Expectations) {
  return (
    path: string,
    body?: Body | null,
    more: { label?: string; except?: Expectations } = {},
  ): Case[] => [
    {
      ...(more.label !== undefined && { label: more.label }),
      url: (f) => fill(path, f),
      ...(body && { body: typeof body === 'function' ? body : async () => ({ payload: body }) }),
      expect: { ...expect, ...more.except },
    },
  ];
}

// Who gets what, by group; each row below starts from one of these and names its exceptions.
const everyone = (expected: Expected) =>
  Object.fromEntries(PRINCIPALS.map((p) => [p, expected])) as Record<Principal, Expected>;
const ANONYMOUS_REFUSED = { anonymous: 401 } as const;
const AGENCY_OK = {
  admin: 'ok',
  case_officer: 'ok',
  case_officer_of_other_grant: 'ok',
  decision_maker: 'ok',
  analyst: 'ok',
} as const;
const AGENCY_REFUSED = {
  admin: 403,
  case_officer: 403,
  case_officer_of_other_grant: 403,
  decision_maker: 403,
  analyst: 403,
} as const;
const RECIPIENTS_OK = {
  recipient_user: 'ok',
  recipient_signatory: 'ok',
  signatory_of_other_organisation: 'ok',
} as const;
const RECIPIENTS_REFUSED = {
  recipient_user: 403,
  recipient_signatory: 403,
  signatory_of_other_organisation: 403,
} as const;
const NOBODY = { ...ANONYMOUS_REFUSED, ...AGENCY_REFUSED, ...RECIPIENTS_REFUSED };

/** Public: anyone, signed in or not. */
const open = rowOf(everyone('ok'));
/** Public, but this server has no OIDC_* configuration: 404 for everyone. */
const notConfigured = rowOf(everyone(404));
const signedIn = rowOf({ ...ANONYMOUS_REFUSED, ...AGENCY_OK, ...RECIPIENTS_OK });
const agencyRead = rowOf({ ...ANONYMOUS_REFUSED, ...AGENCY_OK, ...RECIPIENTS_REFUSED });
/** A draft (grant or allocation): agency staff only; to recipients it does not exist. */
const draftRead = rowOf({
  ...ANONYMOUS_REFUSED,
  ...AGENCY_OK,
  recipient_user: 404,
  recipient_signatory: 404,
  signatory_of_other_organisation: 404,
});
/** The own organisation's resource: agency staff and its staff; another organisation's: 404. */
const ownOrAgency = rowOf({
  ...ANONYMOUS_REFUSED,
  ...AGENCY_OK,
  ...RECIPIENTS_OK,
  signatory_of_other_organisation: 404,
});
const grantEdit = rowOf({ ...NOBODY, case_officer: 'ok' });
const decisionMakerOnly = rowOf({ ...NOBODY, decision_maker: 'ok' });
const adminOnly = rowOf({ ...NOBODY, admin: 'ok' });
/** The own organisation's work (a requisition, interest, figures): recipients, never the agency. */
const recipients = rowOf({ ...ANONYMOUS_REFUSED, ...AGENCY_REFUSED, ...RECIPIENTS_OK });
/** Signing for the own organisation: its signatory. */
const signatory = rowOf({
  ...ANONYMOUS_REFUSED,
  ...AGENCY_REFUSED,
  ...RECIPIENTS_OK,
  recipient_user: 403,
});
/** Accounts: an administrator, and a signatory for the own organisation. */
const userManage = rowOf({
  ...NOBODY,
  admin: 'ok',
  recipient_signatory: 'ok',
  signatory_of_other_organisation: 'ok',
});

/** A file of the draft allocation (agency only) and of the published one (everyone signed in). */
const allocationFile = (file: string): Case[] => [
  ...draftRead(`/api/allocations/{draftAllocationId}${file}`, null, { label: 'draft' }),
  ...signedIn(`/api/allocations/{publishedAllocationId}${file}`, null, { label: 'published' }),
];
const compare = (path: string) =>
  agencyRead(`/api/${path}?a={draftAllocationId}&b={publishedAllocationId}`);

const requisitionBody = {
  declines: false,
  amountKr: 1000,
  wantsMore: false,
  moreAmountKr: null,
  contact: { name: 'Kontakt', email: 'kontakt@kommun.se', phone: '08-123 45' },
};
const REQUISITION = '/api/me/grants/{requisitionGrantId}/requisition';
/** A step-up proof of the right form that was never made: the act is refused after the version. */
const NO_PROOF = 'p'.repeat(43);
const ANY_GRANT = '00000000-0000-4000-8000-000000000001';
const OTHER_ORG_404 = { except: { signatory_of_other_organisation: 404 } } as const;
const STOCKHOLMS = { label: "Stockholm's", ...OTHER_ORG_404 } as const;
const OFFICER_404 = { except: { case_officer: 404 } } as const;
const emptyReport = {
  version: 99,
  economic: { usedKr: null, costs: {}, privateProviders: null, privateShareBand: null },
  answers: {},
};
const sampleItem =
  '/api/grants/{reportingGrantId}/audit-samples/{auditSampleId}/items/{auditSampleCode}';

/** A receipt of an agency act: agency staff; to a recipient's staff it does not exist. */
const agencyReceipt = rowOf({
  ...ANONYMOUS_REFUSED,
  ...AGENCY_OK,
  recipient_user: 404,
  recipient_signatory: 404,
  signatory_of_other_organisation: 404,
});
/** A receipt of 0114's own act: agency staff and 0114's signatory; Stockholm's staff 404. */
const receiptOf0114 = rowOf({
  ...ANONYMOUS_REFUSED,
  ...AGENCY_OK,
  recipient_user: 404,
  recipient_signatory: 404,
  signatory_of_other_organisation: 'ok',
});

const ROUTES: Record<string, Case[]> = {
  'GET /api/openapi.json': open('/api/openapi.json'),
  'GET /api/session': open('/api/session'),
  // A wrong password: 401 for anyone (it is the answer, not a refusal to try).
  'POST /api/session': rowOf(everyone(401))('/api/session', async (p) => ({
    payload: { email: `${p}@nowhere.test`, password: 'wrong password' },
  })),
  'DELETE /api/session': signedIn('/api/session'),
  'POST /api/session/password': open('/api/session/password', {
    token: 'not-a-token',
    password: 'a long enough password',
  }),
  'GET /api/session/sign-in-options': open('/api/session/sign-in-options'),
  // oidc.db.test.ts signs in through a real provider.
  'GET /api/session/oidc/start': notConfigured('/api/session/oidc/start'),
  'GET /api/session/oidc/callback': notConfigured('/api/session/oidc/callback?code=x&state=y'),
  'GET /api/session/signing-method': signedIn('/api/session/signing-method'),
  // The signatory's own organisation's act only; a wrong password (422) got past authorisation.
  'POST /api/session/step-up': signatory(
    '/api/session/step-up',
    {
      act: { kind: 'requisition.sign', grantId: ANY_GRANT, recipientCode: '0180' },
      password: 'inte lösenordet',
    },
    { except: { signatory_of_other_organisation: 403 } },
  ),
  // step-up.db.test.ts steps up at a real provider.
  'GET /api/session/oidc/step-up': rowOf({ ...everyone(404), ...ANONYMOUS_REFUSED })(
    `/api/session/oidc/step-up?kind=requisition.sign&grantId=${ANY_GRANT}&recipientCode=0180&next=/`,
  ),
  'GET /api/me/grants': recipients('/api/me/grants'),
  'GET /api/me/grants/:id/requisition': recipients(REQUISITION),
  'POST /api/me/grants/:id/requisition': recipients(REQUISITION, requisitionBody),
  'PUT /api/me/grants/:id/requisition': recipients(REQUISITION, {
    ...requisitionBody,
    version: 99,
  }),
  'POST /api/me/grants/:id/requisition/sign': signatory(`${REQUISITION}/sign`, {
    version: 99,
    stepUpProof: NO_PROOF,
  }),
  'POST /api/me/grants/:id/requisition/withdraw': signatory(`${REQUISITION}/withdraw`, {
    version: 99,
  }),
  // Stockholm's requisition: another organisation's does not exist for a recipient.
  'GET /api/requisitions/:id': signedIn('/api/requisitions/{requisitionId}', null, STOCKHOLMS),
  'GET /api/grants/:id/requisitions': agencyRead('/api/grants/{requisitionGrantId}/requisitions'),
  'GET /api/grants/:id/requisitions/export.csv': agencyRead(
    '/api/grants/{requisitionGrantId}/requisitions/export.csv',
  ),
  'GET /api/grants/:id/requisitions/export.xlsx': agencyRead(
    '/api/grants/{requisitionGrantId}/requisitions/export.xlsx',
  ),
  'GET /api/grants/:id/requisitions/reminders.csv': agencyRead(
    '/api/grants/{requisitionGrantId}/requisitions/reminders.csv',
  ),
  'GET /api/grants/:id/requisitions/reminders.xlsx': agencyRead(
    '/api/grants/{requisitionGrantId}/requisitions/reminders.xlsx',
  ),
  'PUT /api/grants/:id/requisitions/:code/late-permission': grantEdit(
    '/api/grants/{requisitionGrantId}/requisitions/0115/late-permission',
    { untilOn: '2040-01-01', reason: 'Prövning av behörighet' },
  ),
  // Nobody has a late permission for 0114: the officer of the grant gets past access to a 404.
  'POST /api/grants/:id/requisitions/:code/late-permission/revoke': grantEdit(
    '/api/grants/{requisitionGrantId}/requisitions/0114/late-permission/revoke',
    { reason: 'Återkallas i åtkomsttestet' },
    OFFICER_404,
  ),
  'GET /api/grants/:id/second-round': agencyRead('/api/grants/{requisitionGrantId}/second-round'),
  'POST /api/grants/:id/second-round': grantEdit('/api/grants/{requisitionGrantId}/second-round', {
    checksum: '0'.repeat(64),
  }),
  'GET /api/users': userManage('/api/users'),
  'POST /api/users': userManage(
    '/api/users',
    async (p) => ({
      payload: {
        email: `colleague-of-${p}@stockholm.test`,
        name: 'Kollega',
        recipientCode: '0180',
        roles: [{ role: 'recipient_user', grantId: null }],
      },
    }),
    { label: 'a recipient user of Stockholm', except: { signatory_of_other_organisation: 403 } },
  ),
  'PUT /api/users/:id/roles': userManage(
    '/api/users/{stockholmUserId}/roles',
    { roles: [{ role: 'recipient_user', grantId: null }] },
    { label: "a Stockholm user's", ...OTHER_ORG_404 },
  ),
  'PUT /api/users/:id/active': userManage(
    '/api/users/{stockholmUserId}/active',
    { active: true },
    { label: "a Stockholm user's (already active: nothing changes)", ...OTHER_ORG_404 },
  ),
  // Only the administrator removes it (once: every other principal is refused before).
  'DELETE /api/users/:id/identities/:identityId': adminOnly(
    '/api/users/{stockholmUserId}/identities/{stockholmIdentityId}',
    null,
    { label: "a Stockholm user's binding" },
  ),
  'POST /api/users/:id/password-link': adminOnly(
    '/api/users/{stockholmUserId}/password-link',
    null,
    {
      label: "a Stockholm user's",
    },
  ),
  // Everyone signed in may change their own password (a wrong current one here: 422).
  'PUT /api/me/password': signedIn('/api/me/password', {
    currentPassword: 'not it',
    newPassword: 'a long enough password',
  }),
  'GET /api/recipients': signedIn('/api/recipients?q=0180'),
  'POST /api/recipients/import': adminOnly(
    '/api/recipients/import',
    async () => multipart({ file: { filename: 'r.csv', content: 'code,name,org_number\n' } }),
    { except: { case_officer: 'ok' } },
  ),
  'GET /api/grants': agencyRead('/api/grants'),
  'POST /api/grants': grantEdit('/api/grants', grantInput()),
  'GET /api/grants/:id': [
    ...draftRead('/api/grants/{draftGrantId}', null, { label: 'draft' }),
    ...signedIn('/api/grants/{publishedGrantId}', null, { label: 'published' }),
  ],
  'PUT /api/grants/:id': grantEdit('/api/grants/{draftGrantId}', { ...grantInput(), version: 99 }),
  'POST /api/grants/:id/copy': grantEdit('/api/grants/{draftGrantId}/copy', { grantYear: 2031 }),
  'POST /api/grants/:id/status': grantEdit(
    '/api/grants/{draftGrantId}/status',
    { status: 'published' },
    { except: { decision_maker: 'ok' } },
  ),
  'GET /api/grants/:id/audit': agencyRead('/api/grants/{publishedGrantId}/audit'),
  'GET /api/grants/:id/allocations': agencyRead('/api/grants/{publishedGrantId}/allocations'),
  'POST /api/grants/:id/allocations/import': grantEdit(
    '/api/grants/{draftGrantId}/allocations/import',
    badKey,
  ),
  'POST /api/grants/:id/allocations/formula': grantEdit(
    '/api/grants/{draftGrantId}/allocations/formula',
    async () =>
      multipart({ model: '{}', file: { filename: 'd.csv', content: 'recipient_code\n' } }),
  ),
  'GET /api/allocations/compare': compare('allocations/compare'),
  'GET /api/allocations/compare.csv': compare('allocations/compare.csv'),
  'GET /api/allocations/compare.xlsx': compare('allocations/compare.xlsx'),
  'GET /api/allocations/:id': allocationFile(''),
  // Publishing the already published allocation: 409 for whoever may try.
  'POST /api/allocations/:id/publish': grantEdit(
    '/api/allocations/{publishedAllocationId}/publish',
  ),
  'GET /api/allocations/:id/export.csv': allocationFile('/export.csv'),
  'GET /api/allocations/:id/export.xlsx': allocationFile('/export.xlsx'),
  'GET /api/allocations/:id/export.pdf': allocationFile('/export.pdf'),
  'GET /api/allocations/:id/model.json': allocationFile('/model.json'),
  'GET /api/allocations/:id/inputs.csv': allocationFile('/inputs.csv'),
  // Performance-based grants: the agency's work; recipients register through the agency for now.
  'GET /api/grants/:id/performance': agencyRead('/api/grants/{performanceGrantId}/performance'),
  'PUT /api/grants/:id/performance/model': grantEdit(
    '/api/grants/{performanceGrantId}/performance/model',
    { modelText: '{', interestDeadlineOn: null },
  ),
  'POST /api/grants/:id/performance/key': grantEdit(
    '/api/grants/{performanceGrantId}/performance/key',
    badKey,
  ),
  'POST /api/grants/:id/performance/figures': grantEdit(
    '/api/grants/{performanceGrantId}/performance/figures',
    badKey,
  ),
  'POST /api/grants/:id/performance/registrations': grantEdit(
    '/api/grants/{performanceGrantId}/performance/registrations',
    { recipientCodes: ['0180'] },
  ),
  'DELETE /api/grants/:id/performance/registrations/:code': grantEdit(
    '/api/grants/{performanceGrantId}/performance/registrations/9999',
  ),
  'GET /api/grants/:id/performance/figures.csv': agencyRead(
    '/api/grants/{performanceGrantId}/performance/figures.csv',
  ),
  'GET /api/grants/:id/performance/figures/:code': agencyRead(
    '/api/grants/{performanceGrantId}/performance/figures/0180',
  ),
  // Empty values: 422 for whoever may save (nothing changes).
  'PUT /api/grants/:id/performance/figures/:code': grantEdit(
    '/api/grants/{performanceGrantId}/performance/figures/0180',
    { values: {}, version: null },
  ),
  'GET /api/grants/:id/performance/preview': agencyRead(
    '/api/grants/{performanceGrantId}/performance/preview',
  ),
  'POST /api/grants/:id/performance/results': grantEdit(
    '/api/grants/{draftGrantId}/performance/results',
  ),
  'GET /api/performance-results/:id': agencyRead('/api/performance-results/{performanceResultId}'),
  // Publishing for real would freeze the grant; a scoped officer of another grant is refused first.
  'POST /api/performance-results/:id/publish': grantEdit(
    '/api/performance-results/{performanceResultId}/publish',
  ),
  'GET /api/performance-results/:id/annex.csv': agencyRead(
    '/api/performance-results/{performanceResultId}/annex.csv',
  ),
  'GET /api/performance-results/:id/annex.xlsx': agencyRead(
    '/api/performance-results/{performanceResultId}/annex.xlsx',
  ),
  'GET /api/performance-results/:id/annex.pdf': agencyRead(
    '/api/performance-results/{performanceResultId}/annex.pdf',
  ),
  // Decisions and payouts (docs/access.md): the officer prepares, a decision maker issues.
  'GET /api/grants/:id/decisions': agencyRead('/api/grants/{publishedGrantId}/decisions'),
  'POST /api/grants/:id/decisions/prepare': grantEdit(
    '/api/grants/{publishedGrantId}/decisions/prepare',
    { kind: 'performance' },
  ),
  'POST /api/grants/:id/decisions/issue': decisionMakerOnly(
    '/api/grants/{draftGrantId}/decisions/issue',
    {},
  ),
  'PUT /api/grants/:id/decisions/appeal-text': grantEdit(
    '/api/grants/{draftGrantId}/decisions/appeal-text',
    { appealText: null },
  ),
  'GET /api/grants/:id/decisions/letters.pdf': agencyRead(
    '/api/grants/{publishedGrantId}/decisions/letters.pdf',
  ),
  'GET /api/decisions/:id/letter.pdf': ownOrAgency(
    '/api/decisions/{stockholmDecisionId}/letter.pdf',
    null,
    {
      label: "Stockholm's",
    },
  ),
  // Correcting an issued decision (Stockholm's) prepares a draft: the officer of the grant only.
  'POST /api/decisions/:id/corrections': grantEdit(
    '/api/decisions/{stockholmDecisionId}/corrections',
    { amountKr: 1200, reasons: 'Rättelse i åtkomsttestet.' },
  ),
  // Changing or discarding a draft: the officer of the grant only (Stockholm's is issued: a 409).
  'PUT /api/decisions/:id': grantEdit('/api/decisions/{stockholmDecisionId}', {
    amountKr: 1100,
    reasons: 'Ändring i åtkomsttestet.',
  }),
  'POST /api/decisions/:id/discard': grantEdit('/api/decisions/{stockholmDecisionId}/discard', {
    reason: 'Kasseras i åtkomsttestet',
  }),
  // Any organisation in the key registers or withdraws its own interest (never another's).
  'GET /api/me/interests': recipients('/api/me/interests'),
  'POST /api/me/grants/:id/interest': recipients('/api/me/grants/{performanceGrantId}/interest'),
  'DELETE /api/me/grants/:id/interest': recipients('/api/me/grants/{performanceGrantId}/interest'),
  // The own organisation's figures: Stockholm registered in the fixture's grant, Upplands Väsby did not.
  'GET /api/me/grants/:id/figures': recipients(
    '/api/me/grants/{performanceGrantId}/figures',
    null,
    OTHER_ORG_404,
  ),
  'PUT /api/me/grants/:id/figures': recipients(
    '/api/me/grants/{performanceGrantId}/figures',
    { values: {}, version: null },
    OTHER_ORG_404,
  ),
  'GET /api/me/decisions': recipients('/api/me/decisions'),
  // Everyone's own task list (what is in it for whom: routes/tasks/tasks.db.test.ts).
  'GET /api/me/tasks': signedIn('/api/me/tasks'),
  // The own organisation's receivables only (other organisations' rows: my-receivables.db.test.ts).
  'GET /api/me/receivables': recipients('/api/me/receivables'),
  'GET /api/recipients/:code/payment-account': ownOrAgency(
    '/api/recipients/0180/payment-account',
    null,
    { label: "Stockholm's" },
  ),
  // Accounts belong to no grant: an officer scoped to one grant may not touch them.
  'PUT /api/recipients/:code/payment-account': rowOf({
    ...NOBODY,
    case_officer: 'ok',
    recipient_signatory: 'ok',
  })(
    '/api/recipients/0180/payment-account',
    { accountType: 'bankgiro', accountNumber: '5402-9681' },
    STOCKHOLMS,
  ),
  // A second person: an officer for every grant, a decision maker or the own signatory (409 when
  // nothing waits any more is past access).
  'POST /api/recipients/:code/payment-account/confirm': rowOf({
    ...NOBODY,
    case_officer: 'ok',
    decision_maker: 'ok',
    recipient_signatory: 'ok',
  })(
    '/api/recipients/0180/payment-account/confirm',
    { accountType: 'bankgiro', accountNumber: '297-3675' },
    STOCKHOLMS,
  ),
  'GET /api/payment-account-changes': agencyRead('/api/payment-account-changes'),
  'GET /api/grants/:id/payouts': agencyRead('/api/grants/{publishedGrantId}/payouts'),
  'POST /api/grants/:id/payouts': grantEdit('/api/grants/{publishedGrantId}/payouts', {
    paymentOn: '2026-03-20',
  }),
  'GET /api/payouts/:id': agencyRead('/api/payouts/{payoutBatchId}'),
  'POST /api/payouts/:id/approve': decisionMakerOnly('/api/payouts/{payoutBatchId}/approve'),
  'POST /api/payouts/:id/paid': grantEdit('/api/payouts/{payoutBatchId}/paid', {
    paidOn: '2026-03-20',
  }),
  'GET /api/payouts/:id/export.csv': agencyRead('/api/payouts/{payoutBatchId}/export.csv'),
  'GET /api/payouts/:id/export.xlsx': agencyRead('/api/payouts/{payoutBatchId}/export.xlsx'),
  'GET /api/payouts/:id/export.pdf': agencyRead('/api/payouts/{payoutBatchId}/export.pdf'),
  'GET /api/performance-results/:id/decision.pdf': agencyRead(
    '/api/performance-results/{performanceResultId}/decision.pdf',
  ),
  // Follow-up reporting: the form is the case officer's; a report is its organisation's.
  // Receipts of binding acts (docs/decisions/0025).
  'GET /api/receipts': agencyReceipt(
    '/api/receipts?action=decision.issued&entityId={stockholmDecisionId}',
  ),
  'GET /api/receipts/:reference': [
    ...agencyReceipt('/api/receipts/{decisionReceipt}', null, { label: 'decisions issued' }),
    ...receiptOf0114('/api/receipts/{reportReceipt}', null, { label: "0114's report" }),
  ],
  'GET /api/receipts/:reference/receipt.pdf': [
    ...agencyReceipt('/api/receipts/{decisionReceipt}/receipt.pdf', null, {
      label: 'decisions issued',
    }),
    ...receiptOf0114('/api/receipts/{reportReceipt}/receipt.pdf', null, {
      label: "0114's report",
    }),
  ],
  'GET /api/grants/:id/report-form': agencyRead('/api/grants/{reportingGrantId}/report-form'),
  'PUT /api/grants/:id/report-form': grantEdit('/api/grants/{reportingGrantId}/report-form', {
    definition: {},
    voluntary: false,
    revision: 99,
  }),
  'POST /api/grants/:id/report-form/template': grantEdit(
    '/api/grants/{reportingGrantId}/report-form/template',
    { templateId: 'no_such_template' },
  ),
  'GET /api/grants/:id/reports': agencyRead('/api/grants/{reportingGrantId}/reports'),
  'GET /api/grants/:id/reports.csv': agencyRead('/api/grants/{reportingGrantId}/reports.csv'),
  // The report to the government: the agency's tables (with free text) and joint report; open
  // data is public but only for a finished follow-up, which the demo grant is not (404 for all;
  // routes/government-report/government-report.db.test.ts opens a finished one without signing in).
  'GET /api/grants/:id/government-report': agencyRead(
    '/api/grants/{reportingGrantId}/government-report',
  ),
  'GET /api/government-report/joint': agencyRead(
    '/api/government-report/joint?grantIds={reportingGrantId},{publishedGrantId}',
  ),
  'GET /api/open-data/grants/:id/government-report': rowOf(everyone(404))(
    '/api/open-data/grants/{reportingGrantId}/government-report',
  ),
  'GET /api/grants/:id/reports.xlsx': agencyRead('/api/grants/{reportingGrantId}/reports.xlsx'),
  // The report to the government as files: the case officer's, as the report itself.
  'GET /api/grants/:id/government-report.xlsx': agencyRead(
    '/api/grants/{reportingGrantId}/government-report.xlsx',
  ),
  'GET /api/grants/:id/government-report.pdf': agencyRead(
    '/api/grants/{reportingGrantId}/government-report.pdf?county=01',
  ),
  'GET /api/grants/:id/government-report.csv': agencyRead(
    '/api/grants/{reportingGrantId}/government-report.csv?table=distribution',
  ),
  'GET /api/government-report/joint.xlsx': agencyRead(
    '/api/government-report/joint.xlsx?grantIds={reportingGrantId},{publishedGrantId}',
  ),
  'GET /api/grants/:id/government-report/annex.xlsx': agencyRead(
    '/api/grants/{reportingGrantId}/government-report/annex.xlsx?privateProviders=yes',
  ),
  'GET /api/grants/:id/reports/:code': signedIn(
    '/api/grants/{reportingGrantId}/reports/0180',
    null,
    STOCKHOLMS,
  ),
  // 0114's demo report is submitted: its letter is the agency's and 0114's own.
  'GET /api/grants/:id/reports/:code/repayment.pdf': draftRead(
    '/api/grants/{reportingGrantId}/reports/0114/repayment.pdf',
    null,
    { label: "0114's", except: { signatory_of_other_organisation: 'ok' } },
  ),
  // A stale version: 409 for whoever may save (nothing changes).
  'PUT /api/grants/:id/reports/:code': recipients(
    '/api/grants/{reportingGrantId}/reports/0180',
    emptyReport,
    STOCKHOLMS,
  ),
  'POST /api/grants/:id/reports/:code/submit': signatory(
    '/api/grants/{reportingGrantId}/reports/0180/submit',
    { version: 99, stepUpProof: NO_PROOF },
    STOCKHOLMS,
  ),
  // Stockholm's report is not submitted: 409 for the officer who may reopen.
  'POST /api/grants/:id/reports/:code/reopen': grantEdit(
    '/api/grants/{reportingGrantId}/reports/0180/reopen',
    { reason: 'Rättelse av belopp' },
  ),
  'GET /api/grants/:id/receivables': agencyRead('/api/grants/{reportingGrantId}/receivables'),
  'GET /api/grants/:id/receivables.csv': agencyRead(
    '/api/grants/{reportingGrantId}/receivables.csv',
  ),
  'GET /api/grants/:id/receivables.xlsx': agencyRead(
    '/api/grants/{reportingGrantId}/receivables.xlsx?state=overdue',
  ),
  // 0114's demo report carries a demand: only the grant's case officer registers payments on it.
  'POST /api/grants/:id/reports/:code/repayment/payments': grantEdit(
    '/api/grants/{reportingGrantId}/reports/0114/repayment/payments',
    { paidOn: '2026-03-01', amountKr: 1, payerReference: 'test' },
  ),
  'GET /api/grants/:id/audit-samples': agencyRead('/api/grants/{reportingGrantId}/audit-samples'),
  'POST /api/grants/:id/audit-samples': grantEdit('/api/grants/{reportingGrantId}/audit-samples', {
    seed: 7,
    strata: [{ fromKr: 0, size: 1 }],
  }),
  'PUT /api/grants/:id/audit-samples/:sampleId/items/:code/finding': grantEdit(
    `${sampleItem}/finding`,
    { outcome: 'remark', text: 'Anmärkning' },
  ),
  // The fixture's sampled report has no finding proposing a clawback: 409 for the officer.
  'POST /api/grants/:id/audit-samples/:sampleId/items/:code/clawback': grantEdit(
    `${sampleItem}/clawback`,
    { amountKr: 1000, reasons: 'Kostnader utanför ändamålet' },
  ),
  // A decision that is no clawback of the grant: the officer gets 404, the others never get that far.
  'POST /api/grants/:id/clawbacks/:decisionId/payments': grantEdit(
    '/api/grants/{reportingGrantId}/clawbacks/{stockholmDecisionId}/payments',
    { paidOn: '2026-03-01', amountKr: 1, payerReference: 'test' },
    OFFICER_404,
  ),
  'POST /api/grants/:id/reports/:code/extension': grantEdit(
    '/api/grants/{reportingGrantId}/reports/0180/extension',
    { deadlineOn: '2026-06-30', reason: 'Anstånd i test' },
  ),
  'GET /api/settings/agency': agencyRead('/api/settings/agency'),
  // A bad bankgiro: 422 for the administrator, so nothing changes while the rest are refused.
  'PUT /api/settings/agency': adminOnly('/api/settings/agency', {
    ...DEFAULT_AGENCY_SETTINGS,
    repaymentBankgiro: '5402-9682',
    version: 1,
  }),
};

function rolesOf(
  principal: Principal,
  f: Fixtures,
): { roles: RoleAssignment[]; recipientCode: string | null } {
  switch (principal) {
    case 'anonymous':
      return { roles: [], recipientCode: null };
    case 'case_officer_of_other_grant':
      return { roles: [{ role: 'case_officer', grantId: f.otherGrantId }], recipientCode: null };
    case 'recipient_user':
    case 'recipient_signatory':
      return { roles: [{ role: principal, grantId: null }], recipientCode: '0180' };
    case 'signatory_of_other_organisation':
      return { roles: [{ role: 'recipient_signatory', grantId: null }], recipientCode: '0114' };
    default:
      return { roles: [{ role: principal, grantId: null }], recipientCode: null };
  }
}

describeEachDatabase('access to every route', (getDb) => {
  let app: App;
  let fixtures: Fixtures;

  before(async () => {
    const db = getDb();
    const ctx = systemContext(db, 'system:test', () => TEST_NOW);
    await loadDemoData(ctx);
    const published = (await listGrants(ctx)).find((g) => g.grantYear === 2018);
    assert.ok(published?.publishedAllocationId);
    const draft = await createGrant(ctx, toGrantDraft(grantInput()));
    const other = await createGrant(ctx, toGrantDraft(grantInput({ name: 'Ett annat bidrag' })));
    const draftAllocation = await importKeyAllocation(ctx, {
      grantId: draft.id,
      filename: 'welfare_tech_2018_allocation.csv',
      bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
    });
    const stockholmUser = await signInAs(
      db,
      'stockholm-colleague',
      [{ role: 'recipient_user', grantId: null }],
      {
        recipientCode: '0180',
      },
    );
    const performance = await setUpPerformanceGrant(ctx);
    const requisitionGrant = await publishKeyGrant(
      ctx,
      toGrantDraft(
        grantInput({
          name: 'Rekvisition med andra omgång',
          requisitionDeadlineOn: '2026-12-31',
          rules: { ...grantInput().rules, secondRound: true },
        }),
      ),
      {
        filename: 'welfare_tech_2018_allocation.csv',
        bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
      },
    );
    const recipientCtx = (code: string): ServiceContext => ({
      ...ctx,
      user: {
        ...SYSTEM_USER,
        recipientCode: code,
        roles: [{ role: 'recipient_user', grantId: null }],
      },
    });
    const content = {
      declines: false,
      amountKr: 1000n,
      wantsMore: false,
      moreAmountKr: null,
      contactName: 'Kontakt',
      contactEmail: 'kontakt@kommun.se',
      contactPhone: '08-123 45',
    };
    const { requisition } = await createRequisition(recipientCtx('0180'), {
      grantId: requisitionGrant.id,
      content,
    });
    await createRequisition(recipientCtx('0114'), { grantId: requisitionGrant.id, content });
    const decisions = await setUpDecisionAndPayout(ctx, published.id);
    fixtures = {
      performanceGrantId: performance.grantId,
      performanceResultId: performance.resultId,
      requisitionGrantId: requisitionGrant.id,
      requisitionId: requisition.id,
      draftGrantId: draft.id,
      otherGrantId: other.id,
      draftAllocationId: draftAllocation.id,
      publishedGrantId: published.id,
      publishedAllocationId: published.publishedAllocationId,
      stockholmUserId: stockholmUser.userId,
      ...decisions,
      reportingGrantId: (await listGrants(ctx)).find((g) => g.grantYear === 2025)!.id,
      auditSampleId: '',
      auditSampleCode: '',
      decisionReceipt: '',
      reportReceipt: '',
      stockholmIdentityId: (
        await insertIdentity(db, {
          userId: stockholmUser.userId,
          issuer: 'https://idp.test',
          subject: 'stockholm-user',
          email: 'user@stockholm.test',
          now: TEST_NOW,
        })
      ).id,
    };
    const sample = await drawSample(ctx, {
      grantId: fixtures.reportingGrantId,
      seed: 1,
      strata: [{ fromKr: 0n, size: 1 }],
    });
    fixtures.decisionReceipt = (
      await findReceipt(ctx, { action: 'decision.issued', entityId: fixtures.stockholmDecisionId })
    ).reference;
    const submitted = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'report.submitted'),
          eq(auditEvents.grantId, fixtures.reportingGrantId),
        ),
      );
    const of0114 = submitted.find(
      (event) => (event.after as { recipientCode?: string }).recipientCode === '0114',
    );
    assert.ok(of0114, "0114's report is submitted in the demo data");
    fixtures.reportReceipt = (await getReceipt(ctx, receiptReference(of0114.id))).reference;
    fixtures.auditSampleId = sample.sample.id;
    fixtures.auditSampleCode = sample.items[0]!.recipientCode;
    app = await buildServer({ db, now: () => TEST_NOW });
  });

  it('has a row for every route the server registers, and none for a route it does not', () => {
    const registered = app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    assert.deepEqual(registered, Object.keys(ROUTES).sort());
  });

  for (const [route, cases] of Object.entries(ROUTES)) {
    for (const testCase of cases) {
      it(`${route}${testCase.label ? ` (${testCase.label})` : ''}`, async () => {
        const method = route.split(' ')[0] ?? 'GET';
        const outcomes: string[] = [];
        for (const principal of PRINCIPALS) {
          const expected = testCase.expect[principal];
          assert.ok(expected !== undefined, `${route}: no expectation for ${principal}`);
          // A fresh session per call: signing out (DELETE /api/session) must not affect the next.
          let session: TestSession | undefined;
          if (principal !== 'anonymous') {
            const { roles, recipientCode } = rolesOf(principal, fixtures);
            session = await signInAs(getDb(), principal, roles, { recipientCode });
          }
          const body = await testCase.body?.(principal);
          const response = await app.inject({
            method: method as 'GET',
            url: testCase.url(fixtures),
            headers: { ...session?.headers, ...body?.headers },
            ...(body && { payload: body.payload as string }),
          });
          const refused = [401, 403, 404].includes(response.statusCode);
          const actual: Expected = refused ? (response.statusCode as Expected) : 'ok';
          outcomes.push(
            `${principal}: ${actual === expected && response.statusCode < 500 ? '' : `expected ${expected}, got `}${response.statusCode}`,
          );
        }
        const wrong = outcomes.filter((o) => o.includes('expected'));
        assert.deepEqual(wrong, [], outcomes.join('\n'));
      });
    }
  }
});
