// Requisitions end to end through the API, on PGlite and PostgreSQL: every rule and every bad
// input, with the database checked afterwards (nothing changed on a refusal).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { requisitions, requisitionVersions } from '../../../db/schema';
import { describeEachDatabase } from '../../../db/testing';
import type { Role } from '../../../db/users';
import { systemContext, type ServiceContext } from '../../../services/common/context';
import { listDecidableAmounts } from '../../../services/decisions/list-decidable-amounts';
import { SYSTEM_USER } from '../../../domain/access/policy';
import { publishKeyGrant } from '../../../services/grants/publish-key-grant';
import type { App } from '../../server';
import { buildServer } from '../../server';
import { grantInput, referenceFile, signBody, signInAs, TEST_NOW } from '../../testing';
import { toGrantDraft } from '../grants/routes';
import type { Problem } from '../../../contracts/problem';
import type { RequisitionView } from '../../../contracts/requisition';

const STOCKHOLM_ALLOCATED = 21_625_197; // seed 003's annex
const BEFORE_DEADLINE = new Date('2026-03-31T21:59:59.999Z'); // 23:59:59.999 CEST on 2026-03-31
const AFTER_DEADLINE = new Date('2026-03-31T22:00:00.000Z'); // 00:00 CEST on 2026-04-01

const body = (overrides: Record<string, unknown> = {}) => ({
  declines: false,
  amountKr: 20_000_000,
  wantsMore: true,
  moreAmountKr: 5_000_000,
  contact: { name: 'Sara Stockholm', email: 'sara@stockholm.se', phone: '08-508 290 00' },
  ...overrides,
});

/** The 2018 welfare-technology key as a published grant, deadline 2026-03-31. */
async function publishedGrant(ctx: ServiceContext, name: string, secondRound: boolean) {
  const input = grantInput({ name, requisitionDeadlineOn: '2026-03-31' });
  const draft = toGrantDraft({ ...input, rules: { ...input.rules, secondRound } });
  return publishKeyGrant(ctx, draft, {
    filename: 'welfare_tech_2018_allocation.csv',
    bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
  });
}

describeEachDatabase('requisitions', (getDb) => {
  let clock = TEST_NOW;
  let app: App;
  let grantId: string;
  let plainGrantId: string;

  const as = async (name: string, role: Role | null, recipientCode: string | null) => {
    if (role === null) return {};
    const session = await signInAs(getDb(), name, [{ role, grantId: null }], {
      recipientCode,
      now: clock,
    });
    return session.headers;
  };
  const user = () => as('sthlm-user', 'recipient_user', '0180');
  const signatory = () => as('sthlm-signatory', 'recipient_signatory', '0180');
  const otherSignatory = () => as('vasby-signatory', 'recipient_signatory', '0114');
  const officer = () => as('officer', 'case_officer', null);

  const call = async (
    headers: Record<string, string>,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) => app.inject({ method, url, headers, ...(payload !== undefined && { payload }) });
  const spaces = (text: string | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
  /** drizzle wraps the database error; the trigger's message is in its cause. */
  const immutable = (error: unknown) =>
    /immutable/.test(String((error as { cause?: unknown }).cause ?? error));
  const mine = (id = grantId) => `/api/me/grants/${id}/requisition`;
  const view = async (id = grantId): Promise<RequisitionView> =>
    (await call(await user(), 'GET', mine(id))).json();
  const rowCount = async (db: Database, table: typeof requisitions | typeof requisitionVersions) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  const problemOf = (response: { json(): unknown }) => response.json() as Problem;

  before(async () => {
    const ctx = systemContext(getDb(), 'system:test', () => TEST_NOW);
    grantId = (await publishedGrant(ctx, 'Välfärdsteknik med andra omgång', true)).id;
    plainGrantId = (await publishedGrant(ctx, 'Välfärdsteknik utan andra omgång', false)).id;
    app = await buildServer({ db: getDb(), now: () => clock });
  });

  describe('bad input changes nothing', () => {
    const cases: [string, object, number, string][] = [
      [
        'over the allocation',
        body({ amountKr: STOCKHOLM_ALLOCATED + 1 }),
        422,
        'requisition.amount_over_allocation',
      ],
      ['negative', body({ amountKr: -1 }), 422, 'requisition.amount_not_positive'],
      ['zero', body({ amountKr: 0 }), 422, 'requisition.amount_not_positive'],
      ['not whole kronor', body({ amountKr: 100.5 }), 400, 'validation.invalid_type'],
      ['a string amount', body({ amountKr: '100' }), 400, 'validation.invalid_type'],
      ['no contact', { amountKr: 100 }, 400, 'validation.invalid_type'],
      [
        'a bad email',
        body({ contact: { name: 'A', email: 'nope', phone: '08-1234' } }),
        400,
        'validation.invalid_format',
      ],
      [
        'more without an amount',
        body({ moreAmountKr: null }),
        422,
        'requisition.more_amount_missing',
      ],
      [
        'a decline with an amount',
        body({ declines: true, wantsMore: false, moreAmountKr: null }),
        422,
        'requisition.declines_with_amount',
      ],
    ];
    for (const [label, payload, status, code] of cases) {
      it(`${label}: ${status} ${code}`, async () => {
        const response = await call(await user(), 'POST', mine(), payload);
        assert.equal(response.statusCode, status, response.body);
        assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
        const problem = problemOf(response);
        assert.ok(
          problem.errors.some((e) => e.code === code),
          `${code} in ${JSON.stringify(problem.errors)}`,
        );
        assert.ok(problem.errors.every((e) => e.message.length > 0));
        assert.equal(await rowCount(getDb(), requisitions), 0);
      });
    }

    it('asking for more where the grant has no second round: 422', async () => {
      const response = await call(await user(), 'POST', mine(plainGrantId), body());
      assert.equal(response.statusCode, 422);
      assert.equal(problemOf(response).errors[0]?.code, 'requisition.no_second_round');
      assert.equal(problemOf(response).errors[0]?.path, 'wantsMore');
    });

    it('malformed JSON: 400', async () => {
      const response = await app.inject({
        method: 'POST',
        url: mine(),
        headers: { ...(await user()), 'content-type': 'application/json' },
        payload: '{"amountKr": ',
      });
      assert.equal(response.statusCode, 400);
      assert.equal(await rowCount(getDb(), requisitions), 0);
    });

    it('says the amount over the allocation in Swedish kronor', async () => {
      const response = await call(await user(), 'POST', mine(), body({ amountKr: 30_000_000 }));
      assert.match(spaces(problemOf(response).errors[0]?.message), /30 000 000 kr.*21 625 197 kr/);
      assert.equal(problemOf(response).errors[0]?.path, 'amountKr');
    });
  });

  describe('drafting, signing, changing and withdrawing', () => {
    let version = 0;

    it('a grant the organisation gets nothing from is 404 (a region user)', async () => {
      const region = await as('region-user', 'recipient_user', '01');
      assert.equal((await call(region, 'GET', mine())).statusCode, 404);
      assert.equal((await call(region, 'POST', mine(), body())).statusCode, 404);
    });

    it('starts with no requisition, its allocation and an open window', async () => {
      const before = await view();
      assert.equal(before.requisition, null);
      assert.equal(before.allocatedKr, STOCKHOLM_ALLOCATED);
      assert.equal(before.window, 'open');
      assert.equal(before.grant.secondRound, true);
    });

    it('a double submit (two requests at once) creates one requisition', async () => {
      const headers = await user();
      const [a, b] = await Promise.all([
        call(headers, 'POST', mine(), body()),
        call(headers, 'POST', mine(), body()),
      ]);
      assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 201]);
      const retried = await call(headers, 'POST', mine(), body());
      assert.equal(retried.statusCode, 200);
      assert.equal(await rowCount(getDb(), requisitions), 1);
      const created: RequisitionView = retried.json();
      assert.equal(created.requisition?.state, 'draft');
      assert.equal(created.requisition?.amountKr, 20_000_000);
      assert.equal(created.requisition?.moreAmountKr, 5_000_000);
      assert.deepEqual(
        created.history.map((e) => e.action),
        ['requisition.created'],
      );
      version = created.requisition?.version ?? 0;
    });

    it('creating it again with other content is 409: change it instead', async () => {
      const response = await call(await user(), 'POST', mine(), body({ amountKr: 1 }));
      assert.equal(response.statusCode, 409);
      assert.equal(problemOf(response).errors[0]?.code, 'requisition.already_exists');
    });

    it('two people editing the same draft: the second gets 409 in Swedish, nothing overwritten', async () => {
      const first = await call(await user(), 'PUT', mine(), {
        ...body({ amountKr: 19_000_000 }),
        version,
      });
      assert.equal(first.statusCode, 200, first.body);
      const second = await call(await signatory(), 'PUT', mine(), {
        ...body({ amountKr: 1_000 }),
        version,
      });
      assert.equal(second.statusCode, 409);
      assert.equal(problemOf(second).errors[0]?.code, 'requisition.version_conflict');
      assert.match(problemOf(second).errors[0]?.message ?? '', /ändrats av någon annan.*Ladda om/);
      const now = await view();
      assert.equal(now.requisition?.amountKr, 19_000_000);
      version = now.requisition?.version ?? 0;
    });

    it('a recipient user cannot sign (403); the signatory signs, once, even when sent twice', async () => {
      assert.equal(
        (await call(await user(), 'POST', `${mine()}/sign`, { version })).statusCode,
        403,
      );
      const headers = await signatory();
      const signing = await signBody(getDb(), headers, grantId, version, clock);
      const signed = await call(headers, 'POST', `${mine()}/sign`, signing);
      assert.equal(signed.statusCode, 200, signed.body);
      // Sent twice: the proof is spent, but the repeat finds the requisition signed by that step.
      const again = await call(headers, 'POST', `${mine()}/sign`, signing);
      assert.equal(again.statusCode, 200);
      const result: RequisitionView = again.json();
      assert.equal(result.requisition?.state, 'signed');
      assert.equal(result.versions.length, 1);
      assert.equal(result.versions[0]?.amountKr, 19_000_000);
      assert.equal(result.versions[0]?.signedBy, 'sthlm-signatory@test.statsbidrag.se');
      assert.equal(await rowCount(getDb(), requisitionVersions), 1);
      version = result.requisition?.version ?? 0;
    });

    it('a change after signing makes it a draft needing a new signature; every version is kept', async () => {
      const changed = await call(await user(), 'PUT', mine(), {
        ...body({ amountKr: 18_000_000 }),
        version,
      });
      assert.equal(changed.statusCode, 200);
      const draft: RequisitionView = changed.json();
      assert.equal(draft.requisition?.state, 'draft');
      assert.equal(draft.requisition?.signedVersionNumber, 1);
      const headers = await signatory();
      const signed: RequisitionView = (
        await call(
          headers,
          'POST',
          `${mine()}/sign`,
          await signBody(getDb(), headers, grantId, draft.requisition?.version, clock),
        )
      ).json();
      assert.deepEqual(
        signed.versions.map((v) => [v.number, v.amountKr]),
        [
          [2, 18_000_000],
          [1, 19_000_000],
        ],
      );
      version = signed.requisition?.version ?? 0;
    });

    it('signed versions are immutable in the database', async () => {
      await assert.rejects(
        getDb().execute(sql`update requisition_versions set amount_kr = 1`),
        immutable,
      );
      await assert.rejects(getDb().execute(sql`delete from requisition_versions`), immutable);
    });

    it('the signatory withdraws it; a stale withdraw is 409', async () => {
      const stale = await call(await signatory(), 'POST', `${mine()}/withdraw`, {
        version: version - 1,
      });
      assert.equal(stale.statusCode, 409);
      const withdrawn: RequisitionView = (
        await call(await signatory(), 'POST', `${mine()}/withdraw`, {
          version,
          reason: 'Fel belopp',
        })
      ).json();
      assert.equal(withdrawn.requisition?.state, 'withdrawn');
      const resigned = await call(await user(), 'PUT', mine(), {
        ...body({ amountKr: 18_000_000 }),
        version: withdrawn.requisition?.version,
      });
      const redraft: RequisitionView = resigned.json();
      const headers = await signatory();
      const final: RequisitionView = (
        await call(
          headers,
          'POST',
          `${mine()}/sign`,
          await signBody(getDb(), headers, grantId, redraft.requisition?.version, clock),
        )
      ).json();
      assert.equal(final.requisition?.state, 'signed');
      assert.equal(final.versions.length, 3);
      assert.deepEqual(
        final.history.map((e) => e.action),
        [
          'requisition.created',
          'requisition.changed',
          'requisition.signed',
          'requisition.reopened',
          'requisition.signed',
          'requisition.withdrawn',
          'requisition.reopened',
          'requisition.signed',
        ],
      );
    });

    it("another organisation's requisition by id is 404; the own and the agency's 200", async () => {
      const id = (await view()).requisition?.id;
      assert.equal(
        (await call(await otherSignatory(), 'GET', `/api/requisitions/${id}`)).statusCode,
        404,
      );
      assert.equal((await call(await user(), 'GET', `/api/requisitions/${id}`)).statusCode, 200);
      assert.equal((await call(await officer(), 'GET', `/api/requisitions/${id}`)).statusCode, 200);
    });

    it("the start page lists the grant with the organisation's requisition", async () => {
      const items = (await call(await user(), 'GET', '/api/me/grants')).json().items as {
        grantId: string;
        window: string;
        requisition: { state: string; amountKr: number } | null;
      }[];
      const item = items.find((i) => i.grantId === grantId);
      assert.deepEqual(item?.requisition?.state, 'signed');
      assert.equal(item?.requisition?.amountKr, 18_000_000);
      assert.equal(item?.window, 'open');
    });
  });

  describe('the deadline, late permission and the second round', () => {
    it('Upplands Väsby signs the whole allocation and asks for 100 000 kr more', async () => {
      const headers = await otherSignatory();
      const created: RequisitionView = (
        await call(headers, 'POST', mine(), body({ amountKr: 1_310_223, moreAmountKr: 100_000 }))
      ).json();
      const signed = await call(
        headers,
        'POST',
        `${mine()}/sign`,
        await signBody(getDb(), headers, grantId, created.requisition?.version, clock),
      );
      assert.equal(signed.statusCode, 200);
    });

    it('the second round cannot run before the deadline', async () => {
      const response = await call(await officer(), 'GET', `/api/grants/${grantId}/second-round`);
      assert.equal(response.statusCode, 409);
      assert.equal(problemOf(response).errors[0]?.code, 'second_round.deadline_not_passed');
    });

    it('is open through 23:59:59.999 Stockholm time on the deadline and refused after', async () => {
      clock = BEFORE_DEADLINE;
      const open: RequisitionView = (await call(await user(), 'GET', mine())).json();
      assert.equal(open.window, 'open');
      clock = AFTER_DEADLINE;
      const closed: RequisitionView = (await call(await user(), 'GET', mine())).json();
      assert.equal(closed.window, 'closed');
      const change = await call(await user(), 'PUT', mine(), {
        ...body({ amountKr: 1_000 }),
        version: closed.requisition?.version,
      });
      assert.equal(change.statusCode, 409);
      assert.equal(problemOf(change).errors[0]?.code, 'requisition.deadline_passed');
      assert.match(
        problemOf(change).errors[0]?.message ?? '',
        /Sista dag att rekvirera var 2026-03-31/,
      );
      assert.equal((await view()).requisition?.amountKr, 18_000_000);
    });

    it('the officer lets Vallentuna in late, with a reason, until a date (audited)', async () => {
      const recipient = await as('vallentuna-signatory', 'recipient_signatory', '0115');
      assert.equal(
        (
          await call(
            recipient,
            'POST',
            mine(),
            body({ amountKr: 900_000, wantsMore: false, moreAmountKr: null }),
          )
        ).statusCode,
        409,
      );
      const url = `/api/grants/${grantId}/requisitions/0115/late-permission`;
      const past = await call(await officer(), 'PUT', url, {
        untilOn: '2026-03-30',
        reason: 'Sjukdom',
      });
      assert.equal(past.statusCode, 422);
      assert.equal(
        (await call(recipient, 'PUT', url, { untilOn: '2026-04-03', reason: 'x y z' })).statusCode,
        403,
      );
      const granted = await call(await officer(), 'PUT', url, {
        untilOn: '2026-04-03',
        reason: 'Kommunens firmatecknare var sjuk',
      });
      assert.equal(granted.statusCode, 200, granted.body);
      const created: RequisitionView = (
        await call(
          recipient,
          'POST',
          mine(),
          body({ amountKr: 900_000, wantsMore: false, moreAmountKr: null }),
        )
      ).json();
      assert.equal(created.window, 'open_late');
      assert.equal(created.latePermission?.reason, 'Kommunens firmatecknare var sjuk');
      await call(
        recipient,
        'POST',
        `${mine()}/sign`,
        await signBody(getDb(), recipient, grantId, created.requisition?.version, clock),
      );
      assert.deepEqual(
        created.history.map((e) => e.action),
        ['requisition.late_permission_granted', 'requisition.created'],
      );
      // Stockholm has no permission: still refused.
      assert.equal(
        (await call(await user(), 'PUT', mine(), { ...body(), version: 99 })).statusCode,
        409,
      );
    });

    it('the second round waits while a late permission is open', async () => {
      const response = await call(await officer(), 'GET', `/api/grants/${grantId}/second-round`);
      assert.equal(response.statusCode, 409);
      assert.equal(problemOf(response).errors[0]?.code, 'second_round.late_permission_open');
    });

    it('after it: a preview capped at each request, confirmed once with the reviewed checksum', async () => {
      clock = new Date('2026-04-05T08:00:00Z');
      const headers = await officer();
      const preview = (await call(headers, 'GET', `/api/grants/${grantId}/second-round`)).json();
      assert.equal(preview.status, 'preview');
      const signedTotal = 18_000_000 + 1_310_223 + 900_000;
      assert.equal(preview.signedTotalKr, signedTotal);
      assert.equal(preview.leftoverKr, 350_000_000 - signedTotal);
      assert.deepEqual(
        preview.rows.map((r: { recipientCode: string; amountKr: number }) => [
          r.recipientCode,
          r.amountKr,
        ]),
        [
          ['0114', 100_000],
          ['0180', 5_000_000],
        ],
      );
      assert.equal(preview.rows[0].explanation.capApplied, true);
      assert.equal(preview.unallocatedKr, preview.leftoverKr - 5_100_000);
      const wrong = await call(headers, 'POST', `/api/grants/${grantId}/second-round`, {
        checksum: '0'.repeat(64),
      });
      assert.equal(wrong.statusCode, 409);
      assert.equal(problemOf(wrong).errors[0]?.code, 'second_round.changed');
      const recipient = await signatory();
      assert.equal(
        (
          await call(recipient, 'POST', `/api/grants/${grantId}/second-round`, {
            checksum: preview.checksum,
          })
        ).statusCode,
        403,
      );
      const confirmed = await call(headers, 'POST', `/api/grants/${grantId}/second-round`, {
        checksum: preview.checksum,
      });
      assert.equal(confirmed.statusCode, 201, confirmed.body);
      assert.equal(confirmed.json().status, 'confirmed');
      const again = await call(headers, 'POST', `/api/grants/${grantId}/second-round`, {
        checksum: preview.checksum,
      });
      assert.equal(again.statusCode, 409);
      await assert.rejects(getDb().execute(sql`update second_rounds set total_kr = 0`), immutable);
    });

    it('the overview shows states, totals, the share and what stays unallocated', async () => {
      const overview = (
        await call(await officer(), 'GET', `/api/grants/${grantId}/requisitions`)
      ).json();
      assert.equal(overview.rows.length, 290);
      assert.equal(overview.totals.counts.signed, 3);
      assert.equal(overview.totals.signedKr, 20_210_223);
      assert.equal(overview.totals.sharePercent, '5.8');
      assert.equal(overview.secondRound.totalKr, 5_100_000);
      const stockholm = overview.rows.find(
        (r: { recipientCode: string }) => r.recipientCode === '0180',
      );
      assert.equal(stockholm.secondRoundKr, 5_000_000);
      assert.deepEqual(stockholm.accountEmails, [
        'sthlm-signatory@test.statsbidrag.se',
        'sthlm-user@test.statsbidrag.se',
      ]);
    });

    it('exports the overview and the reminder list as CSV and XLSX, formulas neutralised', async () => {
      const headers = await officer();
      const csv = await call(headers, 'GET', `/api/grants/${grantId}/requisitions/export.csv`);
      assert.equal(csv.statusCode, 200);
      assert.match(csv.body, /Kod,Mottagare,Status,Fördelat \(kr\)/);
      assert.match(
        csv.body,
        /0180,Stockholm,Signerad,21625197,18000000,0,5000000,5000000,Sara Stockholm/,
      );
      const reminders = await call(
        headers,
        'GET',
        `/api/grants/${grantId}/requisitions/reminders.csv`,
      );
      const lines = reminders.body.trim().split('\r\n');
      assert.equal(lines.length, 1 + 290 - 3);
      assert.ok(!lines.some((line) => line.startsWith('0180')));
      const xlsx = await call(headers, 'GET', `/api/grants/${grantId}/requisitions/reminders.xlsx`);
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
    });

    it('requisitions are frozen once the second round is confirmed', async () => {
      const recipient = await as('vallentuna-signatory', 'recipient_signatory', '0115');
      const current: RequisitionView = (await call(recipient, 'GET', mine())).json();
      const response = await call(recipient, 'POST', `${mine()}/withdraw`, {
        version: current.requisition?.version,
      });
      assert.equal(response.statusCode, 409);
      assert.equal(problemOf(response).errors[0]?.code, 'requisition.second_round_confirmed');
    });

    it('listDecidableAmounts gives the decision side each amount with its source rows', async () => {
      const ctx = systemContext(getDb(), 'system:test', () => clock);
      const amounts = await listDecidableAmounts({ ...ctx, user: SYSTEM_USER }, grantId);
      assert.deepEqual(
        amounts.map((a) => [a.recipientCode, a.firstRound?.amountKr, a.secondRound?.amountKr]),
        [
          ['0114', 1_310_223n, 100_000n],
          ['0115', 900_000n, undefined],
          ['0180', 18_000_000n, 5_000_000n],
        ],
      );
      const stockholm = amounts[2];
      const [version] = await getDb()
        .select()
        .from(requisitionVersions)
        .where(eq(requisitionVersions.id, stockholm?.firstRound?.requisitionVersionId ?? ''));
      assert.equal(version?.number, 3);
      assert.equal(version?.amountKr, 18_000_000n);
    });
  });
});
