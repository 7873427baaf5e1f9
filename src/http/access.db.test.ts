// Access on EVERY route: each one registered on the server is called as an anonymous client, as
// each role and as a signatory of another organisation, and must answer as docs/access.md says. A
// new route without a row here fails the first test, so access is decided for every route.
//
// "ok" means the request got past authorisation: any status but 401, 403 and 404 (a 409 or 422
// from the use case is fine; what it does is other tests' business).
import assert from 'node:assert/strict';
import { drawSample } from '../services/draw-audit-sample';
import { before, it } from 'node:test';
import { describeEachDatabase } from '../db/testing';
import type { RoleAssignment } from '../db/users';
import { listGrants } from '../services/list-grants';
import { loadDemoData } from '../services/load-demo-data';
import { systemContext } from '../services/context';
import { createGrant } from '../services/create-grant';
import { importKeyAllocation } from '../services/import-key-allocation';
import { calculatePerformance } from '../services/calculate-performance';
import { registerInterest } from '../services/register-interest';
import { createRequisition } from '../services/create-requisition';
import { SYSTEM_USER } from '../services/policy';
import { publishKeyGrant } from '../services/publish-key-grant';
import { savePerformanceModel } from '../services/save-performance-model';
import { uploadPerformanceFigures } from '../services/upload-performance-figures';
import { uploadPerformanceKey } from '../services/upload-performance-key';
import type { ServiceContext } from '../services/context';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { toGrantDraft } from './routes/grants';
import { insertDecisions } from '../db/decisions';
import { insertIdentity } from '../db/user-identities';
import { DEFAULT_AGENCY_SETTINGS } from '../domain/decisions/agency';
import { createPayoutBatch } from '../services/create-payout-batch';
import { issueDecisions } from '../services/issue-decisions';
import { setPaymentAccount } from '../services/set-payment-account';
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
  /** The demo 2024 grant with its follow-up form; 0114 has submitted, Stockholm not started. */
  reportingGrantId: string;
  /** A sample of the reporting grant's submitted reports, and the code of its one drawn report. */
  auditSampleId: string;
  auditSampleCode: string;
  /** The Stockholm user's binding to an OpenID Connect identity. */
  stockholmIdentityId: string;
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
  await setPaymentAccount(ctx, {
    recipientCode: '0180',
    accountType: 'bankgiro',
    accountNumber: '5402-9681',
  });
  const batch = await createPayoutBatch(ctx, { grantId, paymentOn: '2026-03-20' });
  return { stockholmDecisionId: draft.id, payoutBatchId: batch.id };
}

interface Case {
  label?: string;
  url: (f: Fixtures) => string;
  body?: (principal: Principal) => Promise<{ payload: unknown; headers?: Record<string, string> }>;
  expect: Partial<Record<Principal, Expected>>;
}

const json = (payload: unknown) => async () => ({ payload });
const badKey = async () =>
  multipart({ file: { filename: 'nyckel.csv', content: 'kommunkod,amount_kr\n9999,x\n' } });

// Who gets what, by group; each row below starts from one of these and names its exceptions.
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
const RECIPIENTS_NOT_FOUND = {
  recipient_user: 404,
  recipient_signatory: 404,
  signatory_of_other_organisation: 404,
} as const;
const EVERYONE_SIGNED_IN = { ...ANONYMOUS_REFUSED, ...AGENCY_OK, ...RECIPIENTS_OK };
const AGENCY_READ = { ...ANONYMOUS_REFUSED, ...AGENCY_OK, ...RECIPIENTS_REFUSED };
const GRANT_EDIT = {
  ...ANONYMOUS_REFUSED,
  ...AGENCY_REFUSED,
  case_officer: 'ok',
  ...RECIPIENTS_REFUSED,
} as const;
const DECISION_MAKER_ONLY = {
  ...ANONYMOUS_REFUSED,
  ...AGENCY_REFUSED,
  decision_maker: 'ok',
  ...RECIPIENTS_REFUSED,
} as const;
/** The own organisation's resource: agency staff and its staff; another organisation's: 404. */
const OWN_ORGANISATION_OR_AGENCY = {
  ...ANONYMOUS_REFUSED,
  ...AGENCY_OK,
  ...RECIPIENTS_OK,
  signatory_of_other_organisation: 404,
} as const;
/** A draft (grant or allocation): agency staff only; to recipients it does not exist. */
const DRAFT_READ = { ...ANONYMOUS_REFUSED, ...AGENCY_OK, ...RECIPIENTS_NOT_FOUND };

const allocationFile = (file: string): Case[] => [
  {
    label: 'draft',
    url: (f) => `/api/allocations/${f.draftAllocationId}/${file}`,
    expect: DRAFT_READ,
  },
  {
    label: 'published',
    url: (f) => `/api/allocations/${f.publishedAllocationId}/${file}`,
    expect: EVERYONE_SIGNED_IN,
  },
];
const compare = (path: string): Case[] => [
  {
    url: (f) => `/api/${path}?a=${f.draftAllocationId}&b=${f.publishedAllocationId}`,
    expect: AGENCY_READ,
  },
];

/** The own organisation's requisition: recipients, never agency staff. */
const REQUISITION_PREPARE = { ...ANONYMOUS_REFUSED, ...AGENCY_REFUSED, ...RECIPIENTS_OK };
const REQUISITION_SIGN = {
  ...REQUISITION_PREPARE,
  recipient_user: 403,
} as const;
const requisitionBody = {
  declines: false,
  amountKr: 1000,
  wantsMore: false,
  moreAmountKr: null,
  contact: { name: 'Kontakt', email: 'kontakt@kommun.se', phone: '08-123 45' },
};
const NOT_CONFIGURED = Object.fromEntries(PRINCIPALS.map((p) => [p, 404])) as Record<
  Principal,
  Expected
>;

const ROUTES: Record<string, Case[]> = {
  'GET /api/openapi.json': [
    { url: () => '/api/openapi.json', expect: { anonymous: 'ok', ...AGENCY_OK, ...RECIPIENTS_OK } },
  ],
  'GET /api/session': [
    { url: () => '/api/session', expect: { anonymous: 'ok', ...AGENCY_OK, ...RECIPIENTS_OK } },
  ],
  // A wrong password: 401 for anyone (it is the answer, not a refusal to try).
  'POST /api/session': [
    {
      url: () => '/api/session',
      body: async (p) => ({ payload: { email: `${p}@nowhere.test`, password: 'wrong password' } }),
      expect: {
        anonymous: 401,
        admin: 401,
        case_officer: 401,
        case_officer_of_other_grant: 401,
        decision_maker: 401,
        analyst: 401,
        recipient_user: 401,
        recipient_signatory: 401,
        signatory_of_other_organisation: 401,
      },
    },
  ],
  'DELETE /api/session': [{ url: () => '/api/session', expect: EVERYONE_SIGNED_IN }],
  'POST /api/session/password': [
    {
      url: () => '/api/session/password',
      body: json({ token: 'not-a-token', password: 'a long enough password' }),
      expect: { anonymous: 'ok', ...AGENCY_OK, ...RECIPIENTS_OK },
    },
  ],
  'GET /api/session/sign-in-options': [
    {
      url: () => '/api/session/sign-in-options',
      expect: { anonymous: 'ok', ...AGENCY_OK, ...RECIPIENTS_OK },
    },
  ],
  // Public, but this server has no OIDC_* configuration: 404 for everyone (oidc.db.test.ts signs
  // in through a real provider).
  'GET /api/session/oidc/start': [{ url: () => '/api/session/oidc/start', expect: NOT_CONFIGURED }],
  'GET /api/session/oidc/callback': [
    { url: () => '/api/session/oidc/callback?code=x&state=y', expect: NOT_CONFIGURED },
  ],
  'GET /api/me/grants': [
    {
      url: () => '/api/me/grants',
      expect: { ...ANONYMOUS_REFUSED, ...AGENCY_REFUSED, ...RECIPIENTS_OK },
    },
  ],
  'GET /api/me/grants/:id/requisition': [
    {
      url: (f) => `/api/me/grants/${f.requisitionGrantId}/requisition`,
      expect: { ...ANONYMOUS_REFUSED, ...AGENCY_REFUSED, ...RECIPIENTS_OK },
    },
  ],
  'POST /api/me/grants/:id/requisition': [
    {
      url: (f) => `/api/me/grants/${f.requisitionGrantId}/requisition`,
      body: json(requisitionBody),
      expect: REQUISITION_PREPARE,
    },
  ],
  'PUT /api/me/grants/:id/requisition': [
    {
      url: (f) => `/api/me/grants/${f.requisitionGrantId}/requisition`,
      body: json({ ...requisitionBody, version: 99 }),
      expect: REQUISITION_PREPARE,
    },
  ],
  'POST /api/me/grants/:id/requisition/sign': [
    {
      url: (f) => `/api/me/grants/${f.requisitionGrantId}/requisition/sign`,
      body: json({ version: 99 }),
      expect: REQUISITION_SIGN,
    },
  ],
  'POST /api/me/grants/:id/requisition/withdraw': [
    {
      url: (f) => `/api/me/grants/${f.requisitionGrantId}/requisition/withdraw`,
      body: json({ version: 99 }),
      expect: REQUISITION_SIGN,
    },
  ],
  // Stockholm's requisition: another organisation's does not exist for a recipient.
  'GET /api/requisitions/:id': [
    {
      label: "Stockholm's",
      url: (f) => `/api/requisitions/${f.requisitionId}`,
      expect: { ...EVERYONE_SIGNED_IN, signatory_of_other_organisation: 404 },
    },
  ],
  'GET /api/grants/:id/requisitions': [
    { url: (f) => `/api/grants/${f.requisitionGrantId}/requisitions`, expect: AGENCY_READ },
  ],
  'GET /api/grants/:id/requisitions/export.csv': [
    {
      url: (f) => `/api/grants/${f.requisitionGrantId}/requisitions/export.csv`,
      expect: AGENCY_READ,
    },
  ],
  'GET /api/grants/:id/requisitions/export.xlsx': [
    {
      url: (f) => `/api/grants/${f.requisitionGrantId}/requisitions/export.xlsx`,
      expect: AGENCY_READ,
    },
  ],
  'GET /api/grants/:id/requisitions/reminders.csv': [
    {
      url: (f) => `/api/grants/${f.requisitionGrantId}/requisitions/reminders.csv`,
      expect: AGENCY_READ,
    },
  ],
  'GET /api/grants/:id/requisitions/reminders.xlsx': [
    {
      url: (f) => `/api/grants/${f.requisitionGrantId}/requisitions/reminders.xlsx`,
      expect: AGENCY_READ,
    },
  ],
  'PUT /api/grants/:id/requisitions/:code/late-permission': [
    {
      url: (f) => `/api/grants/${f.requisitionGrantId}/requisitions/0115/late-permission`,
      body: json({ untilOn: '2040-01-01', reason: 'Prövning av behörighet' }),
      expect: GRANT_EDIT,
    },
  ],
  // Nobody has a late permission for 0114: the officer of the grant gets past access to a 404.
  'POST /api/grants/:id/requisitions/:code/late-permission/revoke': [
    {
      url: (f) => `/api/grants/${f.requisitionGrantId}/requisitions/0114/late-permission/revoke`,
      body: json({ reason: 'Återkallas i åtkomsttestet' }),
      expect: { ...GRANT_EDIT, case_officer: 404 },
    },
  ],
  'GET /api/grants/:id/second-round': [
    { url: (f) => `/api/grants/${f.requisitionGrantId}/second-round`, expect: AGENCY_READ },
  ],
  'POST /api/grants/:id/second-round': [
    {
      url: (f) => `/api/grants/${f.requisitionGrantId}/second-round`,
      body: json({ checksum: '0'.repeat(64) }),
      expect: GRANT_EDIT,
    },
  ],
  'GET /api/users': [
    {
      url: () => '/api/users',
      expect: {
        ...ANONYMOUS_REFUSED,
        ...AGENCY_REFUSED,
        admin: 'ok',
        recipient_user: 403,
        recipient_signatory: 'ok',
        signatory_of_other_organisation: 'ok',
      },
    },
  ],
  'POST /api/users': [
    {
      label: 'a recipient user of Stockholm',
      url: () => '/api/users',
      body: async (p) => ({
        payload: {
          email: `colleague-of-${p}@stockholm.test`,
          name: 'Kollega',
          recipientCode: '0180',
          roles: [{ role: 'recipient_user', grantId: null }],
        },
      }),
      expect: {
        ...ANONYMOUS_REFUSED,
        ...AGENCY_REFUSED,
        admin: 'ok',
        recipient_user: 403,
        recipient_signatory: 'ok',
        signatory_of_other_organisation: 403,
      },
    },
  ],
  'PUT /api/users/:id/roles': [
    {
      label: "a Stockholm user's",
      url: (f) => `/api/users/${f.stockholmUserId}/roles`,
      body: json({ roles: [{ role: 'recipient_user', grantId: null }] }),
      expect: {
        ...ANONYMOUS_REFUSED,
        ...AGENCY_REFUSED,
        admin: 'ok',
        recipient_user: 403,
        recipient_signatory: 'ok',
        signatory_of_other_organisation: 404,
      },
    },
  ],
  'PUT /api/users/:id/active': [
    {
      label: "a Stockholm user's (already active: nothing changes)",
      url: (f) => `/api/users/${f.stockholmUserId}/active`,
      body: json({ active: true }),
      expect: {
        ...ANONYMOUS_REFUSED,
        ...AGENCY_REFUSED,
        admin: 'ok',
        recipient_user: 403,
        recipient_signatory: 'ok',
        signatory_of_other_organisation: 404,
      },
    },
  ],
  // Only the administrator removes it (once: every other principal is refused before).
  'DELETE /api/users/:id/identities/:identityId': [
    {
      label: "a Stockholm user's binding",
      url: (f) => `/api/users/${f.stockholmUserId}/identities/${f.stockholmIdentityId}`,
      expect: { ...ANONYMOUS_REFUSED, ...AGENCY_REFUSED, admin: 'ok', ...RECIPIENTS_REFUSED },
    },
  ],
  'POST /api/users/:id/password-link': [
    {
      label: "a Stockholm user's",
      url: (f) => `/api/users/${f.stockholmUserId}/password-link`,
      expect: {
        ...ANONYMOUS_REFUSED,
        ...AGENCY_REFUSED,
        admin: 'ok',
        ...RECIPIENTS_REFUSED,
      },
    },
  ],
  // Everyone signed in may change their own password (a wrong current one here: 422).
  'PUT /api/me/password': [
    {
      url: () => '/api/me/password',
      body: json({ currentPassword: 'not it', newPassword: 'a long enough password' }),
      expect: EVERYONE_SIGNED_IN,
    },
  ],
  'GET /api/recipients': [{ url: () => '/api/recipients?q=0180', expect: EVERYONE_SIGNED_IN }],
  'POST /api/recipients/import': [
    {
      url: () => '/api/recipients/import',
      body: async () =>
        multipart({ file: { filename: 'r.csv', content: 'code,name,org_number\n' } }),
      expect: {
        ...ANONYMOUS_REFUSED,
        ...AGENCY_REFUSED,
        admin: 'ok',
        case_officer: 'ok',
        ...RECIPIENTS_REFUSED,
      },
    },
  ],
  'GET /api/grants': [{ url: () => '/api/grants', expect: AGENCY_READ }],
  'POST /api/grants': [{ url: () => '/api/grants', body: json(grantInput()), expect: GRANT_EDIT }],
  'GET /api/grants/:id': [
    { label: 'draft', url: (f) => `/api/grants/${f.draftGrantId}`, expect: DRAFT_READ },
    {
      label: 'published',
      url: (f) => `/api/grants/${f.publishedGrantId}`,
      expect: EVERYONE_SIGNED_IN,
    },
  ],
  'PUT /api/grants/:id': [
    {
      url: (f) => `/api/grants/${f.draftGrantId}`,
      body: json({ ...grantInput(), version: 99 }),
      expect: GRANT_EDIT,
    },
  ],
  'POST /api/grants/:id/copy': [
    {
      url: (f) => `/api/grants/${f.draftGrantId}/copy`,
      body: json({ grantYear: 2031 }),
      expect: GRANT_EDIT,
    },
  ],
  'POST /api/grants/:id/status': [
    {
      url: (f) => `/api/grants/${f.draftGrantId}/status`,
      body: json({ status: 'published' }),
      expect: { ...GRANT_EDIT, decision_maker: 'ok' },
    },
  ],
  'GET /api/grants/:id/audit': [
    { url: (f) => `/api/grants/${f.publishedGrantId}/audit`, expect: AGENCY_READ },
  ],
  'GET /api/grants/:id/allocations': [
    { url: (f) => `/api/grants/${f.publishedGrantId}/allocations`, expect: AGENCY_READ },
  ],
  'POST /api/grants/:id/allocations/import': [
    {
      url: (f) => `/api/grants/${f.draftGrantId}/allocations/import`,
      body: badKey,
      expect: GRANT_EDIT,
    },
  ],
  'POST /api/grants/:id/allocations/formula': [
    {
      url: (f) => `/api/grants/${f.draftGrantId}/allocations/formula`,
      body: async () =>
        multipart({ model: '{}', file: { filename: 'd.csv', content: 'recipient_code\n' } }),
      expect: GRANT_EDIT,
    },
  ],
  'GET /api/allocations/compare': compare('allocations/compare'),
  'GET /api/allocations/compare.csv': compare('allocations/compare.csv'),
  'GET /api/allocations/compare.xlsx': compare('allocations/compare.xlsx'),
  'GET /api/allocations/:id': allocationFile('').map((c) => ({
    ...c,
    url: (f: Fixtures) => c.url(f).replace(/\/$/, ''),
  })),
  // Publishing the already published allocation: 409 for whoever may try.
  'POST /api/allocations/:id/publish': [
    { url: (f) => `/api/allocations/${f.publishedAllocationId}/publish`, expect: GRANT_EDIT },
  ],
  'GET /api/allocations/:id/export.csv': allocationFile('export.csv'),
  'GET /api/allocations/:id/export.xlsx': allocationFile('export.xlsx'),
  'GET /api/allocations/:id/export.pdf': allocationFile('export.pdf'),
  'GET /api/allocations/:id/model.json': allocationFile('model.json'),
  'GET /api/allocations/:id/inputs.csv': allocationFile('inputs.csv'),
  // Performance-based grants: the agency's work; recipients register through the agency for now.
  'GET /api/grants/:id/performance': [
    { url: (f) => `/api/grants/${f.performanceGrantId}/performance`, expect: AGENCY_READ },
  ],
  'PUT /api/grants/:id/performance/model': [
    {
      url: (f) => `/api/grants/${f.performanceGrantId}/performance/model`,
      body: json({ modelText: '{', interestDeadlineOn: null }),
      expect: GRANT_EDIT,
    },
  ],
  'POST /api/grants/:id/performance/key': [
    {
      url: (f) => `/api/grants/${f.performanceGrantId}/performance/key`,
      body: badKey,
      expect: GRANT_EDIT,
    },
  ],
  'POST /api/grants/:id/performance/figures': [
    {
      url: (f) => `/api/grants/${f.performanceGrantId}/performance/figures`,
      body: badKey,
      expect: GRANT_EDIT,
    },
  ],
  'POST /api/grants/:id/performance/registrations': [
    {
      url: (f) => `/api/grants/${f.performanceGrantId}/performance/registrations`,
      body: json({ recipientCodes: ['0180'] }),
      expect: GRANT_EDIT,
    },
  ],
  'DELETE /api/grants/:id/performance/registrations/:code': [
    {
      url: (f) => `/api/grants/${f.performanceGrantId}/performance/registrations/9999`,
      expect: GRANT_EDIT,
    },
  ],
  'GET /api/grants/:id/performance/figures.csv': [
    {
      url: (f) => `/api/grants/${f.performanceGrantId}/performance/figures.csv`,
      expect: AGENCY_READ,
    },
  ],
  'GET /api/grants/:id/performance/figures/:code': [
    {
      url: (f) => `/api/grants/${f.performanceGrantId}/performance/figures/0180`,
      expect: AGENCY_READ,
    },
  ],
  // Empty values: 422 for whoever may save (nothing changes).
  'PUT /api/grants/:id/performance/figures/:code': [
    {
      url: (f) => `/api/grants/${f.performanceGrantId}/performance/figures/0180`,
      body: json({ values: {}, version: null }),
      expect: GRANT_EDIT,
    },
  ],
  'GET /api/grants/:id/performance/preview': [
    { url: (f) => `/api/grants/${f.performanceGrantId}/performance/preview`, expect: AGENCY_READ },
  ],
  'POST /api/grants/:id/performance/results': [
    { url: (f) => `/api/grants/${f.draftGrantId}/performance/results`, expect: GRANT_EDIT },
  ],
  'GET /api/performance-results/:id': [
    { url: (f) => `/api/performance-results/${f.performanceResultId}`, expect: AGENCY_READ },
  ],
  // Publishing for real would freeze the grant; a scoped officer of another grant is refused first.
  'POST /api/performance-results/:id/publish': [
    { url: (f) => `/api/performance-results/${f.performanceResultId}/publish`, expect: GRANT_EDIT },
  ],
  'GET /api/performance-results/:id/annex.csv': [
    {
      url: (f) => `/api/performance-results/${f.performanceResultId}/annex.csv`,
      expect: AGENCY_READ,
    },
  ],
  'GET /api/performance-results/:id/annex.xlsx': [
    {
      url: (f) => `/api/performance-results/${f.performanceResultId}/annex.xlsx`,
      expect: AGENCY_READ,
    },
  ],
  'GET /api/performance-results/:id/annex.pdf': [
    {
      url: (f) => `/api/performance-results/${f.performanceResultId}/annex.pdf`,
      expect: AGENCY_READ,
    },
  ],
  // Decisions and payouts (docs/access.md): the officer prepares, a decision maker issues.
  'GET /api/grants/:id/decisions': [
    { url: (f) => `/api/grants/${f.publishedGrantId}/decisions`, expect: AGENCY_READ },
  ],
  'POST /api/grants/:id/decisions/prepare': [
    {
      url: (f) => `/api/grants/${f.publishedGrantId}/decisions/prepare`,
      body: json({ kind: 'performance' }),
      expect: GRANT_EDIT,
    },
  ],
  'POST /api/grants/:id/decisions/issue': [
    {
      url: (f) => `/api/grants/${f.draftGrantId}/decisions/issue`,
      body: json({}),
      expect: DECISION_MAKER_ONLY,
    },
  ],
  'PUT /api/grants/:id/decisions/appeal-text': [
    {
      url: (f) => `/api/grants/${f.draftGrantId}/decisions/appeal-text`,
      body: json({ appealText: null }),
      expect: GRANT_EDIT,
    },
  ],
  'GET /api/grants/:id/decisions/letters.pdf': [
    { url: (f) => `/api/grants/${f.publishedGrantId}/decisions/letters.pdf`, expect: AGENCY_READ },
  ],
  'GET /api/decisions/:id/letter.pdf': [
    {
      label: "Stockholm's",
      url: (f) => `/api/decisions/${f.stockholmDecisionId}/letter.pdf`,
      expect: OWN_ORGANISATION_OR_AGENCY,
    },
  ],
  // Correcting an issued decision (Stockholm's) prepares a draft: the officer of the grant only.
  'POST /api/decisions/:id/corrections': [
    {
      url: (f) => `/api/decisions/${f.stockholmDecisionId}/corrections`,
      body: json({ amountKr: 1200, reasons: 'Rättelse i åtkomsttestet.' }),
      expect: GRANT_EDIT,
    },
  ],
  // Changing or discarding a draft: the officer of the grant only (Stockholm's is issued: a 409).
  'PUT /api/decisions/:id': [
    {
      url: (f) => `/api/decisions/${f.stockholmDecisionId}`,
      body: json({ amountKr: 1100, reasons: 'Ändring i åtkomsttestet.' }),
      expect: GRANT_EDIT,
    },
  ],
  'POST /api/decisions/:id/discard': [
    {
      url: (f) => `/api/decisions/${f.stockholmDecisionId}/discard`,
      body: json({ reason: 'Kasseras i åtkomsttestet' }),
      expect: GRANT_EDIT,
    },
  ],
  // Any organisation in the key registers or withdraws its own interest (never another's).
  'GET /api/me/interests': [{ url: () => '/api/me/interests', expect: REQUISITION_PREPARE }],
  'POST /api/me/grants/:id/interest': [
    { url: (f) => `/api/me/grants/${f.performanceGrantId}/interest`, expect: REQUISITION_PREPARE },
  ],
  'DELETE /api/me/grants/:id/interest': [
    { url: (f) => `/api/me/grants/${f.performanceGrantId}/interest`, expect: REQUISITION_PREPARE },
  ],
  // The own organisation's figures: Stockholm registered in the fixture's grant, Upplands Väsby did not.
  'GET /api/me/grants/:id/figures': [
    {
      url: (f) => `/api/me/grants/${f.performanceGrantId}/figures`,
      expect: { ...REQUISITION_PREPARE, signatory_of_other_organisation: 404 },
    },
  ],
  'PUT /api/me/grants/:id/figures': [
    {
      url: (f) => `/api/me/grants/${f.performanceGrantId}/figures`,
      body: json({ values: {}, version: null }),
      expect: { ...REQUISITION_PREPARE, signatory_of_other_organisation: 404 },
    },
  ],
  'GET /api/me/decisions': [
    {
      url: () => '/api/me/decisions',
      expect: { ...ANONYMOUS_REFUSED, ...AGENCY_REFUSED, ...RECIPIENTS_OK },
    },
  ],
  // The own organisation's receivables only (other organisations' rows: my-receivables.db.test.ts).
  'GET /api/me/receivables': [
    {
      url: () => '/api/me/receivables',
      expect: { ...ANONYMOUS_REFUSED, ...AGENCY_REFUSED, ...RECIPIENTS_OK },
    },
  ],
  'GET /api/recipients/:code/payment-account': [
    {
      label: "Stockholm's",
      url: () => '/api/recipients/0180/payment-account',
      expect: OWN_ORGANISATION_OR_AGENCY,
    },
  ],
  'PUT /api/recipients/:code/payment-account': [
    {
      label: "Stockholm's",
      url: () => '/api/recipients/0180/payment-account',
      body: json({ accountType: 'bankgiro', accountNumber: '5402-9681' }),
      expect: {
        ...ANONYMOUS_REFUSED,
        ...AGENCY_REFUSED,
        case_officer: 'ok',
        case_officer_of_other_grant: 'ok',
        ...RECIPIENTS_REFUSED,
        recipient_signatory: 'ok',
        signatory_of_other_organisation: 404,
      },
    },
  ],
  'GET /api/grants/:id/payouts': [
    { url: (f) => `/api/grants/${f.publishedGrantId}/payouts`, expect: AGENCY_READ },
  ],
  'POST /api/grants/:id/payouts': [
    {
      url: (f) => `/api/grants/${f.publishedGrantId}/payouts`,
      body: json({ paymentOn: '2026-03-20' }),
      expect: GRANT_EDIT,
    },
  ],
  'GET /api/payouts/:id': [{ url: (f) => `/api/payouts/${f.payoutBatchId}`, expect: AGENCY_READ }],
  'POST /api/payouts/:id/approve': [
    { url: (f) => `/api/payouts/${f.payoutBatchId}/approve`, expect: DECISION_MAKER_ONLY },
  ],
  'POST /api/payouts/:id/paid': [
    {
      url: (f) => `/api/payouts/${f.payoutBatchId}/paid`,
      body: json({ paidOn: '2026-03-20' }),
      expect: GRANT_EDIT,
    },
  ],
  'GET /api/payouts/:id/export.csv': [
    { url: (f) => `/api/payouts/${f.payoutBatchId}/export.csv`, expect: AGENCY_READ },
  ],
  'GET /api/payouts/:id/export.xlsx': [
    { url: (f) => `/api/payouts/${f.payoutBatchId}/export.xlsx`, expect: AGENCY_READ },
  ],
  'GET /api/payouts/:id/export.pdf': [
    { url: (f) => `/api/payouts/${f.payoutBatchId}/export.pdf`, expect: AGENCY_READ },
  ],
  'GET /api/performance-results/:id/decision.pdf': [
    {
      url: (f) => `/api/performance-results/${f.performanceResultId}/decision.pdf`,
      expect: AGENCY_READ,
    },
  ],
  // Follow-up reporting: the form is the case officer's; a report is its organisation's.
  'GET /api/grants/:id/report-form': [
    { url: (f) => `/api/grants/${f.reportingGrantId}/report-form`, expect: AGENCY_READ },
  ],
  'PUT /api/grants/:id/report-form': [
    {
      url: (f) => `/api/grants/${f.reportingGrantId}/report-form`,
      body: json({ definition: {}, voluntary: false, revision: 99 }),
      expect: GRANT_EDIT,
    },
  ],
  'POST /api/grants/:id/report-form/template': [
    {
      url: (f) => `/api/grants/${f.reportingGrantId}/report-form/template`,
      body: json({ templateId: 'no_such_template' }),
      expect: GRANT_EDIT,
    },
  ],
  'GET /api/grants/:id/reports': [
    { url: (f) => `/api/grants/${f.reportingGrantId}/reports`, expect: AGENCY_READ },
  ],
  'GET /api/grants/:id/reports.csv': [
    { url: (f) => `/api/grants/${f.reportingGrantId}/reports.csv`, expect: AGENCY_READ },
  ],
  'GET /api/grants/:id/reports.xlsx': [
    { url: (f) => `/api/grants/${f.reportingGrantId}/reports.xlsx`, expect: AGENCY_READ },
  ],
  'GET /api/grants/:id/reports/:code': [
    {
      label: "Stockholm's",
      url: (f) => `/api/grants/${f.reportingGrantId}/reports/0180`,
      expect: { ...EVERYONE_SIGNED_IN, signatory_of_other_organisation: 404 },
    },
  ],
  // 0114's demo report is submitted: its letter is the agency's and 0114's own.
  'GET /api/grants/:id/reports/:code/repayment.pdf': [
    {
      label: "0114's",
      url: (f) => `/api/grants/${f.reportingGrantId}/reports/0114/repayment.pdf`,
      expect: {
        ...ANONYMOUS_REFUSED,
        ...AGENCY_OK,
        recipient_user: 404,
        recipient_signatory: 404,
        signatory_of_other_organisation: 'ok',
      },
    },
  ],
  // A stale version: 409 for whoever may save (nothing changes).
  'PUT /api/grants/:id/reports/:code': [
    {
      label: "Stockholm's",
      url: (f) => `/api/grants/${f.reportingGrantId}/reports/0180`,
      body: json({
        version: 99,
        economic: { usedKr: null, costs: {}, privateProviders: null, privateShareBand: null },
        answers: {},
      }),
      expect: {
        ...ANONYMOUS_REFUSED,
        ...AGENCY_REFUSED,
        ...RECIPIENTS_OK,
        signatory_of_other_organisation: 404,
      },
    },
  ],
  'POST /api/grants/:id/reports/:code/submit': [
    {
      label: "Stockholm's",
      url: (f) => `/api/grants/${f.reportingGrantId}/reports/0180/submit`,
      body: json({ version: 99 }),
      expect: {
        ...ANONYMOUS_REFUSED,
        ...AGENCY_REFUSED,
        recipient_user: 403,
        recipient_signatory: 'ok',
        signatory_of_other_organisation: 404,
      },
    },
  ],
  // Stockholm's report is not submitted: 409 for the officer who may reopen.
  'POST /api/grants/:id/reports/:code/reopen': [
    {
      url: (f) => `/api/grants/${f.reportingGrantId}/reports/0180/reopen`,
      body: json({ reason: 'Rättelse av belopp' }),
      expect: GRANT_EDIT,
    },
  ],
  'GET /api/grants/:id/receivables': [
    { url: (f) => `/api/grants/${f.reportingGrantId}/receivables`, expect: AGENCY_READ },
  ],
  'GET /api/grants/:id/receivables.csv': [
    { url: (f) => `/api/grants/${f.reportingGrantId}/receivables.csv`, expect: AGENCY_READ },
  ],
  'GET /api/grants/:id/receivables.xlsx': [
    {
      url: (f) => `/api/grants/${f.reportingGrantId}/receivables.xlsx?state=overdue`,
      expect: AGENCY_READ,
    },
  ],
  // 0114's demo report carries a demand: only the grant's case officer registers payments on it.
  'POST /api/grants/:id/reports/:code/repayment/payments': [
    {
      url: (f) => `/api/grants/${f.reportingGrantId}/reports/0114/repayment/payments`,
      body: json({ paidOn: '2026-03-01', amountKr: 1, payerReference: 'test' }),
      expect: GRANT_EDIT,
    },
  ],
  'GET /api/grants/:id/audit-samples': [
    { url: (f) => `/api/grants/${f.reportingGrantId}/audit-samples`, expect: AGENCY_READ },
  ],
  'POST /api/grants/:id/audit-samples': [
    {
      url: (f) => `/api/grants/${f.reportingGrantId}/audit-samples`,
      body: json({ seed: 7, strata: [{ fromKr: 0, size: 1 }] }),
      expect: GRANT_EDIT,
    },
  ],
  'PUT /api/grants/:id/audit-samples/:sampleId/items/:code/finding': [
    {
      url: (f) =>
        `/api/grants/${f.reportingGrantId}/audit-samples/${f.auditSampleId}/items/${f.auditSampleCode}/finding`,
      body: json({ outcome: 'remark', text: 'Anmärkning' }),
      expect: GRANT_EDIT,
    },
  ],
  // The fixture's sampled report has no finding proposing a clawback: 409 for the officer.
  'POST /api/grants/:id/audit-samples/:sampleId/items/:code/clawback': [
    {
      url: (f) =>
        `/api/grants/${f.reportingGrantId}/audit-samples/${f.auditSampleId}/items/${f.auditSampleCode}/clawback`,
      body: json({ amountKr: 1000, reasons: 'Kostnader utanför ändamålet' }),
      expect: GRANT_EDIT,
    },
  ],
  // A decision that is no clawback of the grant: the officer gets 404, the others never get that far.
  'POST /api/grants/:id/clawbacks/:decisionId/payments': [
    {
      url: (f) => `/api/grants/${f.reportingGrantId}/clawbacks/${f.stockholmDecisionId}/payments`,
      body: json({ paidOn: '2026-03-01', amountKr: 1, payerReference: 'test' }),
      expect: { ...GRANT_EDIT, case_officer: 404 },
    },
  ],
  'POST /api/grants/:id/reports/:code/extension': [
    {
      url: (f) => `/api/grants/${f.reportingGrantId}/reports/0180/extension`,
      body: json({ deadlineOn: '2026-06-30', reason: 'Anstånd i test' }),
      expect: GRANT_EDIT,
    },
  ],
  'GET /api/settings/agency': [{ url: () => '/api/settings/agency', expect: AGENCY_READ }],
  // A bad bankgiro: 422 for the administrator, so nothing changes while the rest are refused.
  'PUT /api/settings/agency': [
    {
      url: () => '/api/settings/agency',
      body: json({ ...DEFAULT_AGENCY_SETTINGS, repaymentBankgiro: '5402-9682', version: 1 }),
      expect: { ...ANONYMOUS_REFUSED, ...AGENCY_REFUSED, admin: 'ok', ...RECIPIENTS_REFUSED },
    },
  ],
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
      reportingGrantId: (await listGrants(ctx)).find((g) => g.grantYear === 2024)!.id,
      auditSampleId: '',
      auditSampleCode: '',
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
