// The web's calls go where the route table says, with the method, body and headers the server
// expects, and their answers are parsed by status (fetch is replaced by a recording stub).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ApiError, api, fileLinks, setCsrfToken } from './api-client';
import { decisionFileLinks, decisionsApi } from './pages/decisions/api';
import { receivablesApi } from './pages/receivables/api';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

const realFetch = globalThis.fetch;
let sent: Sent[] = [];
let answer: { status: number; body?: unknown } = { status: 200 };

beforeEach(() => {
  sent = [];
  setCsrfToken('csrf-1');
  globalThis.fetch = (async (url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: init.body,
    });
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
    });
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
  setCsrfToken(null);
});

const ID = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';

describe('api calls', () => {
  it('fills the path from the entry, encoding each parameter, and sends the JSON body', async () => {
    answer = { status: 200, body: { id: ID, discarded: true } };
    const discarded = await decisionsApi.discardDraft('a/b', 'fel belopp');
    assert.deepEqual(discarded, { id: ID, discarded: true });
    assert.equal(sent[0]?.url, '/api/decisions/a%2Fb/discard');
    assert.equal(sent[0]?.method, 'POST');
    assert.equal(sent[0]?.headers['X-CSRF-Token'], 'csrf-1');
    assert.equal(sent[0]?.headers['Content-Type'], 'application/json');
    assert.deepEqual(JSON.parse(sent[0]?.body as string), { reason: 'fel belopp' });
  });

  it('sends a GET without a CSRF token or a body', async () => {
    answer = { status: 200, body: { oidc: null } };
    assert.deepEqual(await api.signInOptions(), { oidc: null });
    assert.equal(sent[0]?.url, '/api/session/sign-in-options');
    assert.equal(sent[0]?.method, 'GET');
    assert.equal(sent[0]?.headers['X-CSRF-Token'], undefined);
    assert.equal(sent[0]?.body, undefined);
  });

  it('sends an upload as multipart form data', async () => {
    answer = { status: 200, body: { updated: 3 } };
    const file = new File(['code,name\n'], 'mottagare.csv');
    assert.deepEqual(await api.importRecipients(file), { updated: 3 });
    assert.equal(sent[0]?.url, '/api/recipients/import');
    assert.equal(sent[0]?.method, 'POST');
    assert.ok(sent[0]?.body instanceof FormData);
    assert.equal(((sent[0]?.body as FormData).get('file') as File).name, 'mottagare.csv');
  });

  it('leaves empty filters out of the query', async () => {
    answer = { status: 200, body: { items: [], total: 0 } };
    await api.listRecipients({ q: 'Lund', type: '' });
    assert.equal(sent[0]?.url, '/api/recipients?q=Lund');
  });

  it('parses the answer with the schema of the status received', async () => {
    answer = { status: 204 };
    assert.equal(await api.signOut(), undefined);
    answer = { status: 200, body: { endSessionUrl: 'https://idp.example/logout' } };
    assert.deepEqual(await api.signOut(), { endSessionUrl: 'https://idp.example/logout' });
    assert.equal(sent[1]?.method, 'DELETE');
  });

  it('refuses a success status the route does not declare', async (t) => {
    t.mock.method(console, 'error', () => undefined);
    // POST /grants/:id/decisions/prepare answers 200 only.
    answer = { status: 201, body: { created: 2 } };
    const error = await decisionsApi.prepareDecisions(ID, 'requisition').catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.kind, 'unexpected');
    answer = { status: 200, body: { created: 2 } };
    assert.deepEqual(await decisionsApi.prepareDecisions(ID, 'requisition'), { created: 2 });
  });

  it('turns a problem answer into an ApiError with the problem', async () => {
    answer = {
      status: 409,
      body: { type: 'about:blank', title: 'Redan utfärdat', status: 409, errors: [] },
    };
    const error = await receivablesApi
      .payClawback(ID, ID, { paidOn: '2026-12-01', amountKr: 100, payerReference: 'x' })
      .catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.kind, 'problem');
    assert.equal(error.problem?.title, 'Redan utfärdat');
    assert.equal(sent[0]?.url, `/api/grants/${ID}/clawbacks/${ID}/payments`);
  });
});

describe('file links', () => {
  it('are the routes of the table with their parameters and query', () => {
    assert.equal(fileLinks.allocationExport(ID, 'xlsx'), `/api/allocations/${ID}/export.xlsx`);
    assert.equal(
      fileLinks.allocationExport(ID, 'csv', { dialect: 'excel-sv', lang: 'en' }),
      `/api/allocations/${ID}/export.csv?dialect=excel-sv&lang=en`,
    );
    assert.equal(
      fileLinks.performanceExport(ID, 'decision.pdf'),
      `/api/performance-results/${ID}/decision.pdf`,
    );
    assert.equal(
      fileLinks.requisitionExport(ID, 'reminders', 'csv'),
      `/api/grants/${ID}/requisitions/reminders.csv`,
    );
    assert.equal(
      fileLinks.comparisonExport('a', 'b', 'csv'),
      '/api/allocations/compare.csv?a=a&b=b',
    );
    assert.equal(
      fileLinks.receivablesExport(ID, 'xlsx', { state: 'open', kind: '' }),
      `/api/grants/${ID}/receivables.xlsx?state=open`,
    );
    assert.equal(decisionFileLinks.payoutExport(ID, 'pdf'), `/api/payouts/${ID}/export.pdf`);
  });
});
