// The government report's API: the case officer's tables with filters, the joint report's bounded
// list of grants, and open data for anyone without signing in once the follow-up is finished.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../../../db/testing';
import { GovernmentReportSchema, JointReportSchema } from '../../../contracts/government-report';
import type { Problem } from '../../../contracts/problem';
import { systemContext } from '../../../services/common/context';
import { setUpSubmittedReports } from '../../../services/common/testing';
import { changeGrantStatus } from '../../../services/grants/change-grant-status';
import type { App } from '../../server';
import { buildTestServer, TEST_NOW } from '../../testing';

// Three municipalities of Stockholm's county and two of Skåne's; 0114 and 0115 answered "no"
// to private providers in the reference answers.
const CODES = ['0114', '0115', '0117', '1280', '1281'];

describeEachDatabase('the government report API', (getDb) => {
  let officer: App;
  let anonymous: App;
  let grantId: string;
  before(async () => {
    const db = getDb();
    // Submitted in February 2025, before the grant's last day to report.
    const submittedAt = new Date('2025-02-20T10:00:00.000Z');
    grantId = await setUpSubmittedReports(
      systemContext(db, 'system:test', () => submittedAt),
      CODES,
    );
    officer = await buildTestServer(db);
    anonymous = await buildTestServer(db, () => TEST_NOW, null);
  });
  after(async () => {
    await officer.close();
    await anonymous.close();
  });

  it("answers the case officer's tables, filtered by county, with the annex and free text", async () => {
    const all = await officer.inject({
      method: 'GET',
      url: `/api/grants/${grantId}/government-report`,
    });
    assert.equal(all.statusCode, 200, all.body);
    const report = GovernmentReportSchema.parse(all.json());
    assert.equal(report.respondents, 5);
    assert.equal(report.distribution.totals.recipients, 290, 'every recipient of the key');
    assert.equal(report.distribution.totals.reported, 5);
    assert.ok(report.tables.some((t) => t.kind === 'text' && t.answers.length > 0));
    const skane = GovernmentReportSchema.parse(
      (
        await officer.inject({
          method: 'GET',
          url: `/api/grants/${grantId}/government-report?county=12`,
        })
      ).json(),
    );
    assert.equal(skane.respondents, 2);
    assert.deepEqual(skane.filter, { countyCode: '12', privateProviders: null });
    const areas = skane.tables.find((t) => t.questionId === 'development_areas');
    assert.deepEqual([areas?.base, areas?.baseLabel], [2, 'N=2']);
  });

  it('refuses a malformed filter as a bad request', async () => {
    const bad = await officer.inject({
      method: 'GET',
      url: `/api/grants/${grantId}/government-report?county=1`,
    });
    assert.equal(bad.statusCode, 400);
  });

  it('bounds the joint report to 1–20 grants', async () => {
    const ok = await officer.inject({
      method: 'GET',
      url: `/api/government-report/joint?grantIds=${grantId}`,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(JointReportSchema.parse(ok.json()).grants.length, 1);
    const many = Array.from({ length: 21 }, () => randomUUID()).join(',');
    const tooMany = await officer.inject({
      method: 'GET',
      url: `/api/government-report/joint?grantIds=${many}`,
    });
    assert.equal(tooMany.statusCode, 422);
    assert.equal((tooMany.json() as Problem).errors[0]?.code, 'government_report.grant_count');
  });

  it('opens only a finished follow-up as open data, without signing in and without free text', async () => {
    const url = `/api/open-data/grants/${grantId}/government-report`;
    const closed = await anonymous.inject({ method: 'GET', url });
    assert.equal(closed.statusCode, 404);
    assert.equal((closed.json() as Problem).errors[0]?.code, 'government_report.not_public');
    const ctx = systemContext(getDb(), 'system:test', () => TEST_NOW);
    for (const status of ['closed', 'follow_up', 'finished'] as const)
      await changeGrantStatus(ctx, { id: grantId, status, reason: 'Test' });
    const open = await anonymous.inject({ method: 'GET', url });
    assert.equal(open.statusCode, 200, open.body);
    const report = GovernmentReportSchema.parse(open.json());
    assert.equal(report.audience, 'open_data');
    assert.equal(report.respondents, 5);
    assert.deepEqual(report.distribution.rows, []);
    assert.ok(report.tables.every((t) => t.kind !== 'text'));
    const other = await anonymous.inject({
      method: 'GET',
      url: `/api/open-data/grants/${randomUUID()}/government-report`,
    });
    assert.equal(other.statusCode, 404, 'a grant that does not exist looks like one not public');
  });
});
