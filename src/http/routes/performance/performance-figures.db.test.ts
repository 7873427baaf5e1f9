// Reporting one recipient's figures in a form (issue 6), through the API on PGlite and PostgreSQL:
// the recipient in the portal (its own organisation only, once registered, through the last day to
// report figures, inclusive Europe/Stockholm) and the agency on its behalf (until a calculation is
// published). The checks are the upload's, by field; nothing is stored on an issue; a stale
// version is 409; every save is audited with the values before and after.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents, reportedFigures } from '../../../db/schema';
import { describeEachDatabase } from '../../../db/testing';
import { calculatePerformance } from '../../../services/performance/calculate-performance';
import { systemContext } from '../../../services/common/context';
import { createGrant } from '../../../services/grants/create-grant';
import { publishPerformanceResult } from '../../../services/performance/publish-performance-result';
import type { App } from '../../server';
import { buildServer } from '../../server';
import { grantInput, multipart, setUpPerformanceCall, TEST_NOW, testPeople } from '../../testing';
import { toGrantDraft } from '../grants/routes';
import type { MyInterest } from '../../../contracts/me';
import type { FiguresView, PerformanceOverview } from '../../../contracts/performance';
import type { Problem } from '../../../contracts/problem';

const LAST_MOMENT = new Date('2026-03-31T21:59:59.999Z'); // 23:59:59.999 CEST on 2026-03-31
const AFTER_DEADLINE = new Date('2026-03-31T22:00:00.000Z'); // 00:00 CEST on 2026-04-01
const GOOD = {
  permanent_feb_2022: '100',
  hourly_feb_2022: '30',
  permanent_nov_2023: '1 000',
  hourly_nov_2023: '10',
};

describeEachDatabase('reporting figures in a form', (getDb) => {
  let clock = TEST_NOW;
  let app: App;
  let grantId: string;
  let keyGrantId: string;

  const { stockholm, vasby, vallentuna, officer } = testPeople(getDb, () => clock);
  const own = (id = grantId) => `/api/me/grants/${id}/figures`;
  const agency = (code: string) => `/api/grants/${grantId}/performance/figures/${code}`;
  const call = (
    headers: Record<string, string>,
    method: 'GET' | 'PUT',
    url: string,
    payload?: unknown,
  ) =>
    app.inject({
      method,
      url,
      headers,
      ...(payload !== undefined && { payload: payload as object }),
    });
  const rows = async () =>
    getDb()
      .select()
      .from(reportedFigures)
      .where(eq(reportedFigures.grantId, grantId))
      .orderBy(reportedFigures.recipientCode);
  /** The grant's audit events of one action, oldest first. */
  const events = async (action: string) =>
    getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.grantId, grantId), eq(auditEvents.action, action)))
      .orderBy(auditEvents.id);
  const saves = () => events('performance.figures_saved');
  /** The officer uploads a figures file. */
  const uploadFigures = async (filename: string, content: string) => {
    const body = await multipart({ file: { filename, content } });
    return app.inject({
      method: 'POST',
      url: `/api/grants/${grantId}/performance/figures`,
      ...body,
      headers: { ...body.headers, ...(await officer()) },
    });
  };
  const problem = (response: { json<T>(): T }) =>
    response.json<Problem>().errors.map((e) => [e.path ?? '', e.code]);

  before(async () => {
    const ctx = systemContext(getDb(), 'system:test', () => TEST_NOW);
    // Stockholm and Upplands Väsby registered; Vallentuna is in the key but did not.
    grantId = await setUpPerformanceCall(ctx, {
      name: 'Färre timanställningar (formulär)',
      grantYear: 2023,
      totalAmountKr: 1_998_500_000,
      key: { '0180': 3_000_000, '0114': 200_000, '0115': 100_000 },
      interestDeadlineOn: '2026-03-15',
      figuresDeadlineOn: '2026-03-31',
      registered: ['0180', '0114'],
    });
    keyGrantId = (await createGrant(ctx, toGrantDraft(grantInput({ name: 'Nyckelbidrag' })))).id;
    app = await buildServer({ db: getDb(), now: () => clock });
  });
  after(() => app.close());

  it('refuses a last day to report figures before the last day to register, and saves nothing', async () => {
    const response = await call(
      await officer(),
      'PUT',
      `/api/grants/${grantId}/performance/model`,
      {
        modelText: JSON.stringify({ name: 'x' }),
        interestDeadlineOn: '2026-03-15',
        figuresDeadlineOn: '2026-03-14',
      },
    );
    assert.equal(response.statusCode, 422);
    assert.ok(
      problem(response).some(
        ([path, code]) =>
          path === 'figuresDeadlineOn' && code === 'performance.figures_deadline_before_interest',
      ),
    );
    const overview = (
      await call(await officer(), 'GET', `/api/grants/${grantId}/performance`)
    ).json<PerformanceOverview>();
    assert.equal(overview.figuresDeadlineOn, '2026-03-31');
  });

  it("shows the model's figures with their hints, and nothing reported yet", async () => {
    const response = await call(await stockholm(), 'GET', own());
    assert.equal(response.statusCode, 200, response.body);
    const view = response.json<FiguresView>();
    assert.equal(view.recipientCode, '0180');
    assert.equal(view.recipientName, 'Stockholm');
    assert.equal(view.figuresDeadlineOn, '2026-03-31');
    assert.equal(view.editable, true);
    assert.deepEqual(view.values, {});
    assert.equal(view.reported, null);
    assert.deepEqual(
      view.figures.map((f) => [f.name, f.type, f.measurementPoint, f.required, f.min, f.max]),
      [
        ['permanent_feb_2022', 'integer', 'feb_2022', true, '0', null],
        ['hourly_feb_2022', 'integer', 'feb_2022', true, '0', null],
        ['permanent_nov_2023', 'integer', 'nov_2023', true, '0', null],
        ['hourly_nov_2023', 'integer', 'nov_2023', true, '0', null],
      ],
    );
    assert.deepEqual(
      view.measurementPoints.map((p) => p.label),
      ['februari 2022', 'november 2023'],
    );
    const [item] = (await call(await stockholm(), 'GET', '/api/me/interests'))
      .json<{ items: MyInterest[] }>()
      .items.filter((i) => i.grantId === grantId);
    assert.deepEqual(item?.figures, { deadlineOn: '2026-03-31', open: true, reportedAt: null });
  });

  it('refuses bad values by field (range, integer, missing, unknown figure) and stores nothing', async () => {
    const response = await call(await stockholm(), 'PUT', own(), {
      values: {
        permanent_feb_2022: '-1',
        hourly_feb_2022: '12,5',
        permanent_nov_2023: '',
        hourly_nov_2023: 'tio',
        hourly_dec_2023: '3',
      },
      version: null,
    });
    assert.equal(response.statusCode, 422, response.body);
    assert.deepEqual(problem(response), [
      ['values.hourly_dec_2023', 'performance.unknown_figure'],
      ['values.permanent_feb_2022', 'performance.out_of_range'],
      ['values.hourly_feb_2022', 'performance.not_integer'],
      ['values.permanent_nov_2023', 'cell.missing'],
      ['values.hourly_nov_2023', 'cell.not_a_number'],
    ]);
    assert.match(response.json<Problem>().errors[1]?.message ?? '', /-1 ligger utanför/);
    assert.deepEqual(await rows(), []);
    assert.deepEqual(await saves(), []);
  });

  it('saves good values (Swedish writing accepted) as the portal, audited; again with the version', async () => {
    const first = await call(await stockholm(), 'PUT', own(), { values: GOOD, version: null });
    assert.equal(first.statusCode, 200, first.body);
    const view = first.json<FiguresView>();
    assert.deepEqual(view.values, { ...GOOD, permanent_nov_2023: '1000' });
    assert.equal(view.reported?.version, 1);
    assert.equal(view.reported?.source, 'portal');
    assert.match(view.reported?.savedBy ?? '', /sthlm-user/);

    // A second form opened before the save is stale: 409, nothing changed.
    const stale = await call(await stockholm(), 'PUT', own(), {
      values: { ...GOOD, hourly_nov_2023: '11' },
      version: null,
    });
    assert.equal(stale.statusCode, 409, stale.body);
    assert.deepEqual(problem(stale), [['', 'performance.figures_version_conflict']]);

    const second = await call(await stockholm(), 'PUT', own(), {
      values: { ...GOOD, hourly_nov_2023: '12' },
      version: 1,
    });
    assert.equal(second.statusCode, 200, second.body);
    assert.equal(second.json<FiguresView>().reported?.version, 2);
    const [row] = await rows();
    assert.deepEqual(row?.values, {
      permanent_feb_2022: '100',
      hourly_feb_2022: '30',
      permanent_nov_2023: '1000',
      hourly_nov_2023: '12',
    });
    const events = await saves();
    assert.equal(events.length, 2);
    assert.equal(events[0]?.before, null);
    assert.deepEqual((events[1]?.before as { values: unknown }).values, {
      ...GOOD,
      permanent_nov_2023: '1000',
    });
    assert.deepEqual((events[1]?.after as { values: unknown; version: number }).version, 2);
    assert.match(events[1]?.actor ?? '', /sthlm-user/);
  });

  it("only the own organisation: another's figures are never shown, an unregistered one gets 404", async () => {
    const vasbyView = (await call(await vasby(), 'GET', own())).json<FiguresView>();
    assert.equal(vasbyView.recipientCode, '0114');
    assert.deepEqual(vasbyView.values, {});
    for (const method of ['GET', 'PUT'] as const) {
      const notRegistered = await call(
        await vallentuna(),
        method,
        own(),
        method === 'PUT' ? { values: GOOD, version: null } : undefined,
      );
      assert.equal(notRegistered.statusCode, 404, notRegistered.body);
      const keyGrant = await call(
        await stockholm(),
        method,
        own(keyGrantId),
        method === 'PUT' ? { values: GOOD, version: null } : undefined,
      );
      assert.equal(keyGrant.statusCode, 404, keyGrant.body);
    }
    assert.equal((await call(await officer(), 'GET', own())).statusCode, 403);
    assert.deepEqual(
      (await rows()).map((r) => r.recipientCode),
      ['0180'],
    );
  });

  it('is open through 23:59:59.999 of the last day (Stockholm), then 409; the agency may still correct', async () => {
    clock = LAST_MOMENT;
    const inTime = await call(await vasby(), 'PUT', own(), { values: GOOD, version: null });
    assert.equal(inTime.statusCode, 200, inTime.body);

    clock = AFTER_DEADLINE;
    const late = await call(await vasby(), 'PUT', own(), {
      values: { ...GOOD, hourly_nov_2023: '9' },
      version: 1,
    });
    assert.equal(late.statusCode, 409, late.body);
    assert.deepEqual(problem(late), [['', 'performance.figures_deadline_passed']]);
    assert.match(late.json<Problem>().errors[0]?.message ?? '', /2026-03-31/);
    const view = (await call(await vasby(), 'GET', own())).json<FiguresView>();
    assert.equal(view.editable, false);
    assert.equal(view.closedReason, 'figures_deadline_passed');
    assert.equal(view.values.hourly_nov_2023, '10');

    const corrected = await call(await officer(), 'PUT', agency('0114'), {
      values: { ...GOOD, hourly_nov_2023: '9' },
      version: 1,
    });
    assert.equal(corrected.statusCode, 200, corrected.body);
    assert.equal(corrected.json<FiguresView>().reported?.source, 'agency_form');
    assert.equal(corrected.json<FiguresView>().reported?.version, 2);
  });

  it('the agency: only registered recipients, checked the same way; the figures table shows each source', async () => {
    const unregistered = await call(await officer(), 'PUT', agency('0115'), {
      values: GOOD,
      version: null,
    });
    assert.equal(unregistered.statusCode, 422);
    assert.deepEqual(problem(unregistered), [['recipientCode', 'performance.not_registered']]);
    const bad = await call(await officer(), 'PUT', agency('0180'), {
      values: { ...GOOD, hourly_nov_2023: '-3' },
      version: 2,
    });
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(problem(bad), [['values.hourly_nov_2023', 'performance.out_of_range']]);
    assert.equal((await call(await stockholm(), 'PUT', agency('0180'), {})).statusCode, 403);

    const overview = (
      await call(await officer(), 'GET', `/api/grants/${grantId}/performance`)
    ).json<PerformanceOverview>();
    assert.equal(overview.figuresDeadlineOn, '2026-03-31');
    assert.deepEqual(
      overview.figures.rows.map((r) => [r.recipientCode, r.source, r.version]),
      [
        ['0114', 'agency_form', 2],
        ['0180', 'portal', 2],
      ],
    );
  });

  it('an upload replaces form-entered rows and carries their versions on, so an open form is stale', async () => {
    const upload = await uploadFigures(
      'uppgifter.csv',
      'recipient_code,permanent_feb_2022,hourly_feb_2022,permanent_nov_2023,hourly_nov_2023\n0180,100,30,100,10\n',
    );
    assert.equal(upload.statusCode, 200, upload.body);
    const overview = upload.json<PerformanceOverview>();
    assert.deepEqual(
      overview.figures.rows.map((r) => [
        r.recipientCode,
        r.source,
        r.sourceFilename,
        r.sourceLine,
        r.version,
      ]),
      [['0180', 'upload', 'uppgifter.csv', 2, 3]],
    );
    const [event] = (await events('performance.figures_uploaded')).slice(-1);
    assert.deepEqual(event?.before, { rowCount: 2, formRowCount: 2 });
    const stale = await call(await officer(), 'PUT', agency('0180'), { values: GOOD, version: 2 });
    assert.equal(stale.statusCode, 409);
  });

  it("withdrawing the interest removes the organisation's figures with it, audited", async () => {
    const enter = async () =>
      call(await officer(), 'PUT', agency('0114'), { values: GOOD, version: null });
    assert.equal((await enter()).statusCode, 200);
    const withdraw = await app.inject({
      method: 'DELETE',
      url: `/api/grants/${grantId}/performance/registrations/0114`,
      headers: await officer(),
    });
    assert.equal(withdraw.statusCode, 200, withdraw.body);
    assert.deepEqual(
      (await rows()).map((r) => r.recipientCode),
      ['0180'],
    );
    const [event] = (await events('performance.interest_withdrawn')).slice(-1);
    assert.equal((event?.before as { recipientCode: string }).recipientCode, '0114');
    assert.equal((event?.before as { figures: { source: string } }).figures.source, 'agency_form');
    assert.equal((await enter()).statusCode, 422);
  });

  it('the current figures download as a CSV that the upload reads back unchanged', async () => {
    const response = await call(
      await officer(),
      'GET',
      `/api/grants/${grantId}/performance/figures.csv`,
    );
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(
      response.body,
      '\ufeffrecipient_code,name,permanent_feb_2022,hourly_feb_2022,permanent_nov_2023,hourly_nov_2023\r\n0180,Stockholm,100,30,100,10\r\n',
    );
    const upload = await uploadFigures('nuvarande.csv', response.body);
    assert.equal(upload.statusCode, 200, upload.body);
    const [row] = upload.json<PerformanceOverview>().figures.rows;
    assert.deepEqual(row?.values, {
      permanent_feb_2022: '100',
      hourly_feb_2022: '30',
      permanent_nov_2023: '100',
      hourly_nov_2023: '10',
    });
    assert.equal(row?.version, 4);
    assert.equal(
      (await call(await stockholm(), 'GET', `/api/grants/${grantId}/performance/figures.csv`))
        .statusCode,
      403,
    );
  });

  it('once a calculation is published: 409 for the recipient and the agency, nothing changed', async () => {
    const ctx = systemContext(getDb(), 'system:test', () => clock);
    const result = await calculatePerformance(ctx, grantId);
    await publishPerformanceResult(ctx, result.id);
    clock = TEST_NOW;
    const recipient = await call(await stockholm(), 'PUT', own(), { values: GOOD, version: 4 });
    assert.equal(recipient.statusCode, 409);
    assert.deepEqual(problem(recipient), [['', 'performance.result_published']]);
    const officerSave = await call(await officer(), 'PUT', agency('0180'), {
      values: GOOD,
      version: 3,
    });
    assert.equal(officerSave.statusCode, 409);
    const view = (await call(await stockholm(), 'GET', own())).json<FiguresView>();
    assert.equal(view.closedReason, 'result_published');
    assert.equal((await rows())[0]?.version, 4);
  });
});
