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
import { buildTestServer, multipart, TEST_NOW } from '../../testing';

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
    assert.deepEqual(skane.filter, {
      countyCode: '12',
      sizeGroup: null,
      privateProviders: null,
    });
    const areas = skane.tables.find((t) => t.questionId === 'development_areas');
    assert.deepEqual([areas?.base, areas?.baseLabel], [2, 'N=2']);
  });

  it('filters by the municipality group the recipient register holds, offering the groups it holds', async () => {
    const report = async (query: string) => {
      const response = await officer.inject({
        method: 'GET',
        url: `/api/grants/${grantId}/government-report${query}`,
      });
      assert.equal(response.statusCode, 200, response.body);
      return GovernmentReportSchema.parse(response.json());
    };
    // No group registered yet: none to offer, and filtering on one keeps nobody.
    assert.deepEqual((await report('')).sizeGroups, []);
    assert.equal((await report('?sizeGroup=A2')).respondents, 0);

    // The administrator imports groups (here for four of the five who reported, and Stockholm).
    const groups = 'kommunkod,kommungrupp\n0114,A2\n0115,A2\n0117,A2\n1280,A1\n0180,A1\n';
    const body = await multipart({ file: { filename: 'kommungrupper.csv', content: groups } });
    const imported = await officer.inject({
      method: 'POST',
      url: '/api/recipients/import',
      ...body,
    });
    assert.equal(imported.statusCode, 200, imported.body);

    const all = await report('');
    assert.deepEqual(all.sizeGroups, [
      { group: 'A1', recipients: 2 },
      { group: 'A2', recipients: 3 },
    ]);
    const commuting = await report('?sizeGroup=A2');
    assert.equal(commuting.respondents, 3);
    assert.equal(commuting.filter.sizeGroup, 'A2');
    assert.deepEqual(
      [commuting.distribution.totals.recipients, commuting.distribution.totals.reported],
      [3, 3],
    );
    const areas = commuting.tables.find((t) => t.questionId === 'development_areas');
    assert.deepEqual([areas?.base, areas?.baseLabel], [3, 'N=3']);
    // Stockholm is A1 but has not reported: the table counts Malmö alone, the key both.
    const cities = await report('?sizeGroup=A1&county=12');
    assert.equal(cities.respondents, 1);
    assert.equal((await report('?sizeGroup=A1')).distribution.totals.recipients, 2);

    // The files carry the selection, so a download says what it holds.
    const csv = await officer.inject({
      method: 'GET',
      url: `/api/grants/${grantId}/government-report.csv?table=development_areas&sizeGroup=A2`,
    });
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(csv.body, /,3,/);
  });

  it('refuses a malformed filter as a bad request', async () => {
    const bad = await officer.inject({
      method: 'GET',
      url: `/api/grants/${grantId}/government-report?county=1`,
    });
    assert.equal(bad.statusCode, 400);
    const group = await officer.inject({
      method: 'GET',
      url: `/api/grants/${grantId}/government-report?sizeGroup=A3`,
    });
    assert.equal(group.statusCode, 400);
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
