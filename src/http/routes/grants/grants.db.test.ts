import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { auditEvents } from '../../../db/schema';
import { describeEachDatabase } from '../../../db/testing';
import type { App } from '../../server';
import { buildTestServer, grantInput, TEST_NOW, testEmail } from '../../testing';
import type { AuditEvent, Grant } from '../../../contracts/grants';
import type { Problem } from '../../../contracts/problem';

describeEachDatabase('grants API', (getDb) => {
  let app: App;
  before(async () => {
    app = await buildTestServer(getDb());
  });
  after(() => app.close());

  async function createGrant(overrides = {}): Promise<Grant> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/grants',
      payload: grantInput(overrides),
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  async function auditOf(grantId: string): Promise<AuditEvent[]> {
    const response = await app.inject({ method: 'GET', url: `/api/grants/${grantId}/audit` });
    assert.equal(response.statusCode, 200, response.body);
    return response.json().items;
  }

  it('creates a draft at version 1 and records who created it, and when', async () => {
    const grant = await createGrant();
    assert.equal(grant.status, 'draft');
    assert.equal(grant.version, 1);
    assert.equal(grant.totalAmountKr, 350_000_000);
    assert.equal(grant.requisitionDeadlineOn, '2018-11-01');
    assert.deepEqual(grant.rules, grantInput().rules);
    assert.equal(grant.publishedAllocationId, null);

    const fetched = await app.inject({ method: 'GET', url: `/api/grants/${grant.id}` });
    assert.deepEqual(fetched.json(), grant);

    const [event, ...rest] = await auditOf(grant.id);
    assert.equal(rest.length, 0);
    assert.equal(event?.action, 'grant.created');
    assert.equal(event?.actor, testEmail('case_officer'));
    assert.equal(event?.occurredAt, TEST_NOW.toISOString());
    assert.equal(event?.before, null);
    assert.deepEqual(event?.after, grant);
  });

  it('shows an event stored in an older shape as it was stored, marked legacy', async () => {
    const grant = await createGrant();
    // A grant.updated of an earlier version: kronor as digit strings and no rules object.
    const before = { name: grant.name, totalAmountKr: '350000000' };
    const after = { name: 'Nytt namn', totalAmountKr: '360000000' };
    await getDb()
      .insert(auditEvents)
      .values({
        occurredAt: new Date(TEST_NOW.getTime() + 1000),
        actor: testEmail('case_officer'),
        entityType: 'grant',
        entityId: grant.id,
        grantId: grant.id,
        action: 'grant.updated',
        before,
        after,
      });
    const [created, updated] = await auditOf(grant.id);
    assert.equal(created?.action, 'grant.created');
    assert.equal(created?.legacy, false);
    assert.equal(updated?.action, 'grant.updated');
    assert.equal(updated?.legacy, true);
    assert.deepEqual(updated?.before, before);
    assert.deepEqual(updated?.after, after);
  });

  it('ignores a client that claims to be someone else', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/grants',
      headers: { 'x-actor': 'admin', 'x-user': 'admin' },
      payload: grantInput(),
    });
    const [event] = await auditOf(response.json().id);
    assert.equal(event?.actor, testEmail('case_officer'));
  });

  it('edits a draft, bumps the version and keeps before and after in the audit log', async () => {
    const grant = await createGrant();
    const response = await app.inject({
      method: 'PUT',
      url: `/api/grants/${grant.id}`,
      payload: {
        ...grantInput({ totalAmountKr: 350_500_000, usageAreas: ['Wi-fi i särskilda boenden'] }),
        version: 1,
      },
    });
    assert.equal(response.statusCode, 200, response.body);
    const updated: Grant = response.json();
    assert.equal(updated.version, 2);
    assert.equal(updated.totalAmountKr, 350_500_000);
    assert.deepEqual(updated.usageAreas, ['Wi-fi i särskilda boenden']);

    const events = await auditOf(grant.id);
    assert.deepEqual(
      events.map((e) => e.action),
      ['grant.created', 'grant.updated'],
    );
    assert.equal((events[1]?.before as Grant).totalAmountKr, 350_000_000);
    assert.equal((events[1]?.after as Grant).totalAmountKr, 350_500_000);
  });

  it('refuses an edit based on a stale version with 409 and changes nothing', async () => {
    const grant = await createGrant();
    const first = await app.inject({
      method: 'PUT',
      url: `/api/grants/${grant.id}`,
      payload: { ...grantInput({ name: 'Första ändringen' }), version: 1 },
    });
    assert.equal(first.statusCode, 200);
    const second = await app.inject({
      method: 'PUT',
      url: `/api/grants/${grant.id}`,
      payload: { ...grantInput({ name: 'Andra ändringen' }), version: 1 },
    });
    assert.equal(second.statusCode, 409);
    assert.match(String(second.headers['content-type']), /^application\/problem\+json/);
    const problem: Problem = second.json();
    assert.equal(problem.status, 409);
    assert.equal(problem.errors[0]?.code, 'grant.version_conflict');
    assert.match(problem.errors[0]?.message ?? '', /ändrats av någon annan/);

    const current: Grant = (
      await app.inject({ method: 'GET', url: `/api/grants/${grant.id}` })
    ).json();
    assert.equal(current.name, 'Första ändringen');
    assert.equal(current.version, 2);
    assert.equal((await auditOf(grant.id)).length, 2);
  });

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const grant = await createGrant();
    const edit = (name: string) =>
      app.inject({
        method: 'PUT',
        url: `/api/grants/${grant.id}`,
        payload: { ...grantInput({ name }), version: 1 },
      });
    const responses = await Promise.all([edit('Ändring A'), edit('Ändring B')]);
    assert.deepEqual(responses.map((r) => r.statusCode).sort(), [200, 409]);
    const winner: Grant = responses.find((r) => r.statusCode === 200)!.json();
    const current: Grant = (
      await app.inject({ method: 'GET', url: `/api/grants/${grant.id}` })
    ).json();
    assert.equal(current.name, winner.name);
    assert.equal(current.version, 2);
  });

  it('reports every invalid field with its path, in Swedish or in English', async () => {
    const payload = {
      ...grantInput(),
      totalAmountKr: -5,
      grantYear: 'tjugo',
      rules: { repaymentRequired: true },
    };
    const sv = await app.inject({ method: 'POST', url: '/api/grants', payload });
    assert.equal(sv.statusCode, 400);
    const problem: Problem = sv.json();
    assert.deepEqual(problem.errors.map((e) => e.path).sort(), [
      'grantYear',
      'rules.minimumAmountKr',
      'rules.privateProvidersShareRequired',
      'rules.waiverThresholdKr',
      'totalAmountKr',
    ]);
    assert.match(problem.title, /felaktig/);
    assert.ok(
      problem.errors.every((e) => e.message.length > 0 && e.code.startsWith('validation.')),
    );

    const en = await app.inject({
      method: 'POST',
      url: '/api/grants',
      payload,
      headers: { 'accept-language': 'en-GB,sv;q=0.5' },
    });
    assert.match((en.json() as Problem).title, /invalid/);
  });

  it('refuses a usage period that ends before it starts', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/grants',
      payload: grantInput({ usageStartOn: '2018-12-31', usageEndOn: '2018-01-01' }),
    });
    assert.equal(response.statusCode, 422);
    const problem: Problem = response.json();
    assert.deepEqual(
      problem.errors.map((e) => [e.code, e.path]),
      [['grant.usage_period_reversed', 'usageEndOn']],
    );
  });

  it('copies a grant into a new draft for another year, moving every date', async () => {
    const source = await createGrant({ callOn: '2024-02-29', reportingDeadlineOn: '2025-02-28' });
    const response = await app.inject({
      method: 'POST',
      url: `/api/grants/${source.id}/copy`,
      payload: { grantYear: 2025 },
    });
    assert.equal(response.statusCode, 201, response.body);
    const copy: Grant = response.json();
    assert.notEqual(copy.id, source.id);
    assert.equal(copy.grantYear, 2025);
    assert.equal(copy.status, 'draft');
    assert.equal(copy.version, 1);
    assert.equal(copy.copiedFromGrantId, source.id);
    assert.equal(copy.publishedAllocationId, null);
    assert.equal(copy.name, source.name);
    assert.equal(copy.totalAmountKr, source.totalAmountKr);
    assert.deepEqual(copy.rules, source.rules);
    // 2018 + 7 years; 29 February 2024 has no twin in 2031.
    assert.equal(copy.callOn, '2031-02-28');
    assert.equal(copy.requisitionDeadlineOn, '2025-11-01');
    assert.equal(copy.usageStartOn, '2025-01-01');
    assert.equal(copy.usageEndOn, '2025-12-31');
    assert.equal(copy.reportingDeadlineOn, '2032-02-28');
    assert.equal(copy.repaymentDeadlineOn, '2026-09-30');
    assert.deepEqual(
      (await auditOf(copy.id)).map((e) => e.action),
      ['grant.created_as_copy'],
    );
    assert.deepEqual(
      (await auditOf(source.id)).map((e) => e.action),
      ['grant.created', 'grant.copied'],
    );
  });

  it('refuses to publish a grant without a published allocation, and any skipped step', async () => {
    const grant = await createGrant();
    for (const [status, code] of [
      ['published', 'grant.no_published_allocation'],
      ['closed', 'grant.status_transition_not_allowed'],
      ['finished', 'grant.status_transition_not_allowed'],
      ['draft', 'grant.status_transition_not_allowed'],
    ] as const) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/grants/${grant.id}/status`,
        payload: { status, reason: 'test' },
      });
      assert.equal(response.statusCode, 409, `${status}: ${response.body}`);
      assert.equal((response.json() as Problem).errors[0]?.code, code);
    }
    assert.equal((await auditOf(grant.id)).length, 1);
  });

  it('answers 404 for a grant that does not exist and 400 for an id that is not one', async () => {
    const missing = await app.inject({
      method: 'GET',
      url: '/api/grants/00000000-0000-4000-8000-000000000000',
    });
    assert.equal(missing.statusCode, 404);
    assert.equal((missing.json() as Problem).errors[0]?.code, 'grant.not_found');
    const bad = await app.inject({ method: 'GET', url: '/api/grants/42' });
    assert.equal(bad.statusCode, 400);
    assert.equal((bad.json() as Problem).errors[0]?.path, 'params.id');
  });

  it('lists grants, the latest year first', async () => {
    await createGrant({ grantYear: 2030, name: 'Senare' });
    const response = await app.inject({ method: 'GET', url: '/api/grants' });
    const items: Grant[] = response.json().items;
    assert.equal(items[0]?.grantYear, 2030);
  });
});
