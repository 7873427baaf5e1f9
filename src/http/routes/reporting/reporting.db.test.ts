import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import Papa from 'papaparse';
import { listAuditEventsForEntity, listAuditEventsForGrant } from '../../../db/audit';
import { describeEachDatabase } from '../../../db/testing';
import { systemContext } from '../../../services/common/context';
import {
  setUpReportingGrant,
  synthetic2024Reports,
  syntheticReportJson,
  type SyntheticReport,
} from '../../../services/demo/load-reporting-demo';
import type { InjectOptions } from 'fastify';
import type { App } from '../../server';
import { buildTestServer, signInAs, stepUpProof, TEST_NOW, type TestSession } from '../../testing';
import type { Problem } from '../../../contracts/problem';
import type { Report, ReportForm, ReportingOverview } from '../../../contracts/reporting';

const STOCKHOLM = '0180';
const DEADLINE = '2026-03-31';

const payload = (report: SyntheticReport, version: number, changes: object = {}) => ({
  ...syntheticReportJson(report, version),
  ...changes,
});

describeEachDatabase('follow-up reporting API', (getDb) => {
  let officer: App;
  let grantId: string;
  let reports: Map<string, SyntheticReport>;
  let user: TestSession;
  let signatory: TestSession;
  let otherSignatory: TestSession;
  let officerSession: TestSession;
  let clock = TEST_NOW;
  /** Sessions end after idle time: when the test moves the clock, everyone signs in again. */
  async function signInAll() {
    const db = getDb();
    const recipient = (role: 'recipient_user' | 'recipient_signatory', code: string) =>
      signInAs(db, `${role}-${code}`, [{ role, grantId: null }], {
        recipientCode: code,
        now: clock,
      });
    user = await recipient('recipient_user', STOCKHOLM);
    signatory = await recipient('recipient_signatory', STOCKHOLM);
    otherSignatory = await recipient('recipient_signatory', '0181');
    officerSession = await signInAs(db, 'officer', [{ role: 'case_officer', grantId: null }], {
      now: clock,
    });
  }
  async function at(time: Date) {
    clock = time;
    await signInAll();
  }

  before(async () => {
    const db = getDb();
    officer = await buildTestServer(db, () => clock);
    grantId = await setUpReportingGrant(
      systemContext(db, 'system:test', () => TEST_NOW),
      DEADLINE,
    );
    reports = new Map((await synthetic2024Reports()).map((r) => [r.recipientCode, r]));
    await signInAll();
  });
  after(() => officer.close());

  const call = (options: InjectOptions) =>
    officer.inject({ ...options, headers: { ...officerSession.headers, ...options.headers } });
  const url = (code = STOCKHOLM, tail = '') => `/api/grants/${grantId}/reports/${code}${tail}`;
  const as = (session: TestSession) => ({ headers: session.headers });
  const save = (session: TestSession, body: object, code = STOCKHOLM) =>
    call({ method: 'PUT', url: url(code), payload: body, ...as(session) });
  const submit = async (session: TestSession, version: number, code = STOCKHOLM) =>
    call({
      method: 'POST',
      url: url(code, '/submit'),
      payload: {
        version,
        stepUpProof: await stepUpProof(
          getDb(),
          session.headers,
          { kind: 'report.submit', grantId, recipientCode: code },
          clock,
        ),
      },
      ...as(session),
    });
  const paths = (response: { json: () => unknown }) =>
    (response.json() as Problem).errors.map((e) => `${e.path} ${e.code}`);

  it('copies the 2024 template into the grant as its form, version 1', async () => {
    const response = await call({
      method: 'GET',
      url: `/api/grants/${grantId}/report-form`,
    });
    assert.equal(response.statusCode, 200);
    const form = response.json() as ReportForm;
    assert.equal(form.form?.currentVersion, 1);
    assert.equal(form.versions[0]?.templateId, 'elderly_care_2024');
    const definition = form.definition as { survey: { pages: { elements: unknown[] }[] } };
    assert.equal(definition.survey.pages[0]?.elements.length, 20);
  });

  it('refuses a bad form with every issue and its JSON path, and stores nothing', async () => {
    const form = (
      await call({ method: 'GET', url: `/api/grants/${grantId}/report-form` })
    ).json() as ReportForm;
    const definition = structuredClone(form.definition) as {
      survey: { pages: { elements: Record<string, unknown>[] }[] };
    };
    const elements = definition.survey.pages[0]!.elements;
    elements[1]!.name = elements[0]!.name;
    elements[2]!.type = 'signaturepad';
    elements[0]!.visibleIf = '{overall_assessment} > 3';
    elements[3]!.usageArea = 'Något annat';
    const response = await call({
      method: 'PUT',
      url: `/api/grants/${grantId}/report-form`,
      payload: { definition, voluntary: false, revision: form.form!.revision },
    });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(paths(response), [
      'survey.pages[0].elements[0].visibleIf form.condition_unknown_question',
      'survey.pages[0].elements[1].name form.duplicate_name',
      'survey.pages[0].elements[2].type form.unsupported_type',
      'survey.pages[0].elements[3].usageArea form.unknown_usage_area',
    ]);
    const after = (
      await call({ method: 'GET', url: `/api/grants/${grantId}/report-form` })
    ).json() as ReportForm;
    assert.deepEqual(after, form);
  });

  it('saves drafts with optimistic concurrency: a stale version is 409 and changes nothing', async () => {
    const stockholm = reports.get(STOCKHOLM)!;
    const first = await save(user, payload(stockholm, 0, { answers: {} }));
    assert.equal(first.statusCode, 200, first.body);
    const draft = first.json() as Report;
    assert.equal(draft.state, 'draft');
    assert.equal(draft.version, 1);
    assert.equal(draft.formVersion, 1);
    // A draft save checks cheaply (no required answers); reading the report checks in full.
    assert.equal(draft.issuesChecked, 'draft');
    assert.ok(!draft.issues.some((i) => i.path === 'answers.professions_financed'));
    const read = (await call({ method: 'GET', url: url(), ...as(user) })).json() as Report;
    assert.equal(read.issuesChecked, 'full');
    assert.ok(read.issues.some((i) => i.path === 'answers.professions_financed'));
    const stale = await save(user, payload(stockholm, 0));
    assert.equal(stale.statusCode, 409);
    assert.equal((stale.json() as Problem).errors[0]?.code, 'report.version_conflict');
    const again = (await call({ method: 'GET', url: url(), ...as(user) })).json() as Report;
    assert.deepEqual(again.answers, {});
  });

  it('keeps the version a report was started on when the form changes later', async () => {
    const form = (
      await call({ method: 'GET', url: `/api/grants/${grantId}/report-form` })
    ).json() as ReportForm;
    const unchanged = await call({
      method: 'PUT',
      url: `/api/grants/${grantId}/report-form`,
      payload: { definition: form.definition, voluntary: false, revision: form.form!.revision },
    });
    assert.equal((unchanged.json() as ReportForm).form?.currentVersion, 1, 'no change, no version');
    const definition = structuredClone(form.definition) as {
      survey: { pages: { elements: Record<string, unknown>[] }[] };
    };
    definition.survey.pages[0]!.elements.push({
      type: 'text',
      inputType: 'number',
      name: 'extra_staff',
      title: 'Antal extra anställda',
      min: 0,
      max: 10000,
    });
    const changed = await call({
      method: 'PUT',
      url: `/api/grants/${grantId}/report-form`,
      payload: {
        definition,
        voluntary: false,
        revision: (unchanged.json() as ReportForm).form!.revision,
      },
    });
    assert.equal(changed.statusCode, 200, changed.body);
    const saved = changed.json() as ReportForm;
    assert.equal(saved.form?.currentVersion, 2);
    assert.deepEqual(
      saved.versions.map((v) => [v.version, v.reportCount]),
      [
        [1, 1],
        [2, 0],
      ],
    );
    const stale = await call({
      method: 'PUT',
      url: `/api/grants/${grantId}/report-form`,
      payload: { definition, voluntary: false, revision: form.form!.revision },
    });
    assert.equal(stale.statusCode, 409);
    const stockholm = (await call({ method: 'GET', url: url() })).json() as Report;
    assert.equal(stockholm.formVersion, 1);
    const newcomer = (await call({ method: 'GET', url: url('0181') })).json() as Report;
    assert.equal(newcomer.formVersion, 2);
  });

  it('answers 404 for another organisation’s report and 403 to agency staff writing one', async () => {
    assert.equal((await call({ method: 'GET', url: url('0181'), ...as(user) })).statusCode, 404);
    assert.equal((await save(otherSignatory, payload(reports.get(STOCKHOLM)!, 1))).statusCode, 404);
    assert.equal((await submit(otherSignatory, 1)).statusCode, 404);
    assert.equal((await save(user, payload(reports.get('0181')!, 0), '0181')).statusCode, 404);
    assert.equal(
      (
        await call({
          method: 'PUT',
          url: url(),
          payload: payload(reports.get(STOCKHOLM)!, 1),
        })
      ).statusCode,
      403,
    );
  });

  it('refuses a submission by a recipient user who is not the signatory (403)', async () => {
    const response = await submit(user, 1);
    assert.equal(response.statusCode, 403);
  });

  it('refuses an incomplete or inconsistent report with every issue (422), nothing changed', async () => {
    const stockholm = reports.get(STOCKHOLM)!;
    const received = Number(stockholm.receivedKr);
    const body = payload(stockholm, 1);
    const { professions_financed: _missing, ...answers } = stockholm.answers;
    const saved = await save(user, {
      ...body,
      economic: {
        ...body.economic,
        usedKr: received + 1,
        costs: { salaries: 1, purchased_services: 2, other: 3 },
      },
      answers: { ...answers, overall_assessment: 9, target_groups: ['hackers'] },
    });
    assert.equal(saved.statusCode, 200);
    const response = await submit(signatory, 2);
    assert.equal(response.statusCode, 422);
    assert.deepEqual(paths(response).sort(), [
      'answers.overall_assessment report.out_of_range',
      'answers.professions_financed report.required',
      'answers.target_groups report.not_a_choice',
      'answers.target_groups report.required',
      'economic.costs report.costs_do_not_sum',
      'economic.usedKr report.used_exceeds_received',
    ]);
    const report = (await call({ method: 'GET', url: url() })).json() as Report;
    assert.equal(report.state, 'draft');
    assert.equal(report.version, 2);
  });

  it('refuses amounts that are not whole kronor at the door (400)', async () => {
    const body = payload(reports.get(STOCKHOLM)!, 2);
    const response = await save(user, { ...body, economic: { ...body.economic, usedKr: 12.5 } });
    assert.equal(response.statusCode, 400);
    assert.equal((response.json() as Problem).errors[0]?.path, 'economic.usedKr');
  });

  it('refuses a submission after the last day (409) until the officer extends it', async () => {
    assert.equal((await save(user, payload(reports.get(STOCKHOLM)!, 2))).statusCode, 200);
    await at(new Date('2026-03-31T22:00:00.000Z')); // 1 April 00:00 in Stockholm
    try {
      const late = await submit(signatory, 3);
      assert.equal(late.statusCode, 409);
      assert.equal((late.json() as Problem).errors[0]?.code, 'report.deadline_passed');
      const overview = (
        await call({ method: 'GET', url: `/api/grants/${grantId}/reports` })
      ).json() as ReportingOverview;
      assert.equal(overview.counts.late, 290);
      const extension = await call({
        method: 'POST',
        url: url(STOCKHOLM, '/extension'),
        payload: { deadlineOn: '2026-04-15', reason: 'Sjukdom hos ansvarig' },
      });
      assert.equal(extension.statusCode, 200);
      assert.equal((extension.json() as Report).deadlineOn, '2026-04-15');
    } finally {
      await at(TEST_NOW);
    }
  });

  it('lets the signatory submit a complete report: locked, unused computed, audited', async () => {
    await at(new Date('2026-04-15T21:59:59.000Z')); // 23:59:59 of the extended last day
    try {
      const stockholm = reports.get(STOCKHOLM)!;
      const response = await submit(signatory, 3);
      assert.equal(response.statusCode, 200, response.body);
      const report = response.json() as Report;
      assert.equal(report.state, 'submitted');
      assert.equal(report.receivedKr, Number(stockholm.receivedKr));
      assert.equal(report.unusedKr, Number(stockholm.receivedKr - stockholm.economic.usedKr!));
      assert.deepEqual(report.issues, []);
      assert.equal(report.submissions.length, 1);
      // Stockholm used all it received: nothing to repay, and a letter that says so.
      assert.deepEqual(report.repayment, {
        outcome: 'fully_used',
        unusedKr: 0,
        toRepayKr: 0,
        waivedKr: 0,
        ocrReference: null,
        dueOn: null,
      });
      const letter = await call({
        method: 'GET',
        url: url(STOCKHOLM, '/repayment.pdf'),
        ...as(user),
      });
      assert.equal(letter.statusCode, 200);
      assert.equal(letter.headers['content-type'], 'application/pdf');
      assert.equal(letter.rawPayload.subarray(0, 5).toString(), '%PDF-');
      const locked = await save(user, payload(stockholm, report.version));
      assert.equal(locked.statusCode, 409);
      assert.equal((locked.json() as Problem).errors[0]?.code, 'report.not_draft');
    } finally {
      await at(TEST_NOW);
    }
    const actions = (await listAuditEventsForGrant(getDb(), grantId)).map((e) => e.action);
    for (const action of [
      'report.started',
      'report.draft_saved',
      'report.submitted',
      'report.deadline_extended',
    ])
      assert.ok(actions.includes(action), action);
  });

  it('tells the recipient’s start page that the grant has a form and the report is submitted', async () => {
    const response = await call({ method: 'GET', url: '/api/me/grants', ...as(user) });
    assert.equal(response.statusCode, 200, response.body);
    const items = (response.json() as { items: { grantId: string; followUp: unknown }[] }).items;
    assert.deepEqual(items.find((item) => item.grantId === grantId)?.followUp, {
      hasForm: true,
      reportStatus: 'submitted',
      deadlineOn: '2026-04-15', // Stockholm's extension, not the grant's last day
    });
  });

  it('reopens with a reason: the correction is a new revision, the submission kept', async () => {
    const noReason = await call({
      method: 'POST',
      url: url(STOCKHOLM, '/reopen'),
      payload: { reason: '' },
    });
    assert.equal(noReason.statusCode, 400);
    const reopened = await call({
      method: 'POST',
      url: url(STOCKHOLM, '/reopen'),
      payload: { reason: 'Fel belopp i köpta tjänster' },
    });
    assert.equal(reopened.statusCode, 200);
    const report = reopened.json() as Report;
    assert.equal(report.state, 'draft');
    assert.equal(report.revision, 2);
    assert.equal(report.reopenedReason, 'Fel belopp i köpta tjänster');
    assert.equal(report.submissions.length, 1);
    assert.equal((await submit(signatory, report.version)).statusCode, 200);
    const again = (await call({ method: 'GET', url: url() })).json() as Report;
    assert.deepEqual(
      again.submissions.map((s) => s.revision),
      [1, 2],
    );
    assert.equal(
      (
        await call({
          method: 'POST',
          url: url('0181', '/reopen'),
          payload: { reason: 'Ingen rapport' },
        })
      ).statusCode,
      409,
    );
  });

  it('shows the officer who has submitted, drafts, who has not started, and exports it', async () => {
    assert.equal(
      (await save(otherSignatory, payload(reports.get('0181')!, 0), '0181')).statusCode,
      200,
    );
    const response = await call({ method: 'GET', url: `/api/grants/${grantId}/reports` });
    assert.equal(response.statusCode, 200);
    const overview = response.json() as ReportingOverview;
    assert.deepEqual(overview.counts, {
      submitted: 1,
      draft: 1,
      notStarted: 288,
      late: 0,
      total: 290,
    });
    const stockholm = overview.rows.find((r) => r.recipientCode === STOCKHOLM)!;
    assert.equal(stockholm.state, 'submitted');
    assert.ok(stockholm.emails.includes(signatory.email));
    const professions = overview.summaries.find((s) => s.question === 'professions_financed')!;
    assert.equal(professions.base, 1);
    const csv = await call({ method: 'GET', url: `/api/grants/${grantId}/reports.csv` });
    assert.equal(csv.statusCode, 200);
    const rows = Papa.parse<Record<string, string>>(csv.body.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    assert.equal(rows.length, 290);
    assert.equal(rows.find((r) => r.Kod === STOCKHOLM)?.Status, 'Inskickad');
    const xlsx = await call({
      method: 'GET',
      url: `/api/grants/${grantId}/reports.xlsx`,
    });
    assert.equal(xlsx.statusCode, 200);
  });

  it('shows missing reports of a voluntary grant as missing, not late', async () => {
    const form = (
      await call({ method: 'GET', url: `/api/grants/${grantId}/report-form` })
    ).json() as ReportForm;
    const saved = await call({
      method: 'PUT',
      url: `/api/grants/${grantId}/report-form`,
      payload: { definition: form.definition, voluntary: true, revision: form.form!.revision },
    });
    assert.equal(saved.statusCode, 200);
    await at(new Date('2026-06-01T10:00:00.000Z'));
    try {
      const overview = (
        await call({ method: 'GET', url: `/api/grants/${grantId}/reports` })
      ).json() as ReportingOverview;
      assert.equal(overview.voluntary, true);
      assert.equal(overview.counts.late, 0);
    } finally {
      await at(TEST_NOW);
    }
  });

  // The autosave is lean: cheap checks only, and an audit row of just the changed answers.
  const NACKA = '0182';
  const nacka = () =>
    signInAs(
      getDb(),
      `recipient_signatory-${NACKA}`,
      [{ role: 'recipient_signatory', grantId: null }],
      {
        recipientCode: NACKA,
        now: clock,
      },
    );
  const lastEvent = async (reportId: string) =>
    (await listAuditEventsForEntity(getDb(), 'report', reportId)).at(-1)!;

  it('audits a draft save with only the answers that changed, before and after', async () => {
    const session = await nacka();
    const synthetic = reports.get(NACKA)!;
    const first = await save(session, payload(synthetic, 0), NACKA);
    assert.equal(first.statusCode, 200, first.body);
    const started = first.json() as Report;
    const reportId = (await listAuditEventsForGrant(getDb(), grantId)).at(-1)!.entityId;
    const start = await lastEvent(reportId);
    assert.equal(start.action, 'report.started');
    assert.equal(start.before, null);
    assert.deepEqual(
      Object.keys((start.after as { answers: object }).answers).sort(),
      Object.keys(started.answers).sort(),
    );

    const old = synthetic.answers.overall_assessment;
    const changed = old === 5 ? 4 : 5;
    const body = payload(synthetic, started.version);
    const second = await save(
      session,
      { ...body, answers: { ...body.answers, overall_assessment: changed } },
      NACKA,
    );
    assert.equal(second.statusCode, 200, second.body);
    const event = await lastEvent(reportId);
    assert.equal(event.action, 'report.draft_saved');
    assert.deepEqual(event.before, { version: 1, answers: { overall_assessment: old } });
    assert.deepEqual(event.after, {
      version: 2,
      recipientCode: NACKA,
      formVersion: started.formVersion,
      answers: { overall_assessment: changed },
    });

    // The amount used and one cost: the economic part's changed keys, amounts as digit strings.
    const usedKr = Number(synthetic.economic.usedKr) - 1;
    const costs = { ...body.economic.costs, other: (body.economic.costs.other ?? 0) - 1 };
    const third = await save(
      session,
      {
        ...body,
        version: 2,
        economic: { ...body.economic, usedKr, costs },
        answers: {
          ...body.answers,
          overall_assessment: changed,
        },
      },
      NACKA,
    );
    assert.equal(third.statusCode, 200, third.body);
    const economic = await lastEvent(reportId);
    assert.deepEqual(economic.before, {
      version: 2,
      economic: { usedKr: usedKr + 1, 'costs.other': costs.other + 1 },
    });
    assert.deepEqual((economic.after as { economic: unknown }).economic, {
      usedKr,
      'costs.other': costs.other,
    });
  });

  it('checks a draft cheaply and a submission in full, with an issue per question', async () => {
    const session = await nacka();
    const current = (
      await call({ method: 'GET', url: url(NACKA), ...as(session) })
    ).json() as Report;
    const body = payload(reports.get(NACKA)!, current.version);
    const { professions_financed: _required, ...answers } = body.answers;

    // Structural issues refuse the save: an unknown question, the wrong type, nothing changed.
    const refused = await save(
      session,
      { ...body, answers: { ...answers, no_such_question: 1, results_description: { text: 'x' } } },
      NACKA,
    );
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(paths(refused).sort(), [
      'answers.no_such_question report.unknown_answer',
      'answers.results_description report.not_text',
    ]);
    const unchanged = (
      await call({ method: 'GET', url: url(NACKA), ...as(session) })
    ).json() as Report;
    assert.equal(unchanged.version, current.version);
    assert.deepEqual(unchanged.answers, current.answers);

    // A missing required answer and a rating off the scale: the draft is saved, only the cheap
    // issue listed; the submission finds both, by question, and changes nothing.
    const draft = await save(
      session,
      { ...body, answers: { ...answers, overall_assessment: 9 } },
      NACKA,
    );
    assert.equal(draft.statusCode, 200, draft.body);
    const saved = draft.json() as Report;
    assert.equal(saved.issuesChecked, 'draft');
    assert.deepEqual(
      saved.issues.map((i) => `${i.path} ${i.code}`),
      ['answers.overall_assessment report.out_of_range'],
    );
    const refusedSubmit = await submit(session, saved.version, NACKA);
    assert.equal(refusedSubmit.statusCode, 422);
    assert.deepEqual(paths(refusedSubmit).sort(), [
      'answers.overall_assessment report.out_of_range',
      'answers.professions_financed report.required',
    ]);
    const after = (await call({ method: 'GET', url: url(NACKA), ...as(session) })).json() as Report;
    assert.equal(after.state, 'draft');
    assert.equal(after.version, saved.version);
    assert.equal(after.issuesChecked, 'full');
  });
});
