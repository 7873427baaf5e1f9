// Decisions prepared from requisitions (issue 4), through the API on PGlite and PostgreSQL: one per
// signed first-round requisition with its amount, none for a declining or withdrawn one, a
// second-round decision only once the second round is confirmed; preparing again adds nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { insertDecisions } from '../../../db/decisions';
import { decisions } from '../../../db/schema';
import { describeEachDatabase } from '../../../db/testing';
import type { Role } from '../../../db/users';
import { amountReceivedKr } from '../../../services/requisition/amount-received';
import { systemContext } from '../../../services/common/context';
import { publishKeyGrant } from '../../../services/grants/publish-key-grant';
import type { App } from '../../server';
import { buildServer } from '../../server';
import { grantInput, referenceFile, signBody, signInAs, TEST_NOW } from '../../testing';
import type { GrantDecisions } from '../../../contracts/decisions';
import { toGrantDraft } from '../grants/routes';
import type { RequisitionView } from '../../../contracts/requisition';

const contact = { name: 'Sara Stockholm', email: 'sara@stockholm.se', phone: '08-508 290 00' };

describeEachDatabase('decisions from requisitions', (getDb) => {
  let clock = TEST_NOW;
  let app: App;
  let grantId: string;

  const as = async (name: string, role: Role, recipientCode: string | null) =>
    (await signInAs(getDb(), name, [{ role, grantId: null }], { recipientCode, now: clock }))
      .headers;
  const call = async (
    headers: Record<string, string>,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) => app.inject({ method, url, headers, ...(payload !== undefined && { payload }) });
  const spaces = (text: string | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
  const mine = () => `/api/me/grants/${grantId}/requisition`;
  const prepare = async (kind: string) => {
    const response = await call(
      await as('officer', 'case_officer', null),
      'POST',
      `/api/grants/${grantId}/decisions/prepare`,
      { kind },
    );
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as { created: number }).created;
  };
  const decided = async () =>
    (
      await call(
        await as('officer', 'case_officer', null),
        'GET',
        `/api/grants/${grantId}/decisions`,
      )
    ).json<GrantDecisions>();
  /** Drafts and signs a requisition for the organisation; returns the signed view. */
  const signRequisition = async (code: string, payload: object) => {
    const headers = await as(`signatory-${code}`, 'recipient_signatory', code);
    const created: RequisitionView = (
      await call(headers, 'POST', mine(), { contact, ...payload })
    ).json();
    const signed = await call(
      headers,
      'POST',
      `${mine()}/sign`,
      await signBody(getDb(), headers, grantId, created.requisition?.version, clock),
    );
    assert.equal(signed.statusCode, 200, signed.body);
    return { headers, view: signed.json<RequisitionView>() };
  };

  before(async () => {
    const ctx = systemContext(getDb(), 'system:test', () => TEST_NOW);
    const input = grantInput({
      name: 'Välfärdsteknik, beslut från rekvisitioner',
      requisitionDeadlineOn: '2026-03-31',
      reportingDeadlineOn: '2027-03-31',
    });
    grantId = (
      await publishKeyGrant(
        ctx,
        toGrantDraft({ ...input, rules: { ...input.rules, secondRound: true } }),
        {
          filename: 'welfare_tech_2018_allocation.csv',
          bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
        },
      )
    ).id;
    app = await buildServer({ db: getDb(), now: () => clock });
  });
  after(() => app.close());

  describe('before the deadline', () => {
    it('Stockholm signs less than its allocation and asks for more; Väsby declines; Vallentuna withdraws', async () => {
      await signRequisition('0180', {
        declines: false,
        amountKr: 20_000_000,
        wantsMore: true,
        moreAmountKr: 5_000_000,
      });
      await signRequisition('0114', {
        declines: true,
        amountKr: null,
        wantsMore: false,
        moreAmountKr: null,
      });
      const vallentuna = await signRequisition('0115', {
        declines: false,
        amountKr: 900_000,
        wantsMore: false,
        moreAmountKr: null,
      });
      const withdrawn = await call(vallentuna.headers, 'POST', `${mine()}/withdraw`, {
        version: vallentuna.view.requisition?.version,
        reason: 'Fel belopp',
      });
      assert.equal(withdrawn.json<RequisitionView>().requisition?.state, 'withdrawn');
    });

    it('the decisions page offers the requisition sources for a key grant', async () => {
      assert.deepEqual((await decided()).sourceKinds, ['requisition', 'second_round']);
    });

    it('no second-round decision before the second round is confirmed', async () => {
      assert.equal(await prepare('second_round'), 0);
    });

    it('a performance source does not apply to a key grant: nothing prepared, a clear error', async () => {
      const response = await call(
        await as('officer', 'case_officer', null),
        'POST',
        `/api/grants/${grantId}/decisions/prepare`,
        { kind: 'performance' },
      );
      assert.equal(response.statusCode, 409, response.body);
      assert.equal(response.json().errors[0].code, 'decision.source_not_available');
    });
  });

  describe('preparing decisions', () => {
    it('one first-round decision per signed requisition, its amount; once', async () => {
      assert.equal(await prepare('requisition'), 1);
      assert.equal(await prepare('requisition'), 0);
      const listed = await decided();
      assert.deepEqual(
        listed.items.map((d) => [d.kind, d.recipientCode, d.amountKr, d.payoutChannel]),
        [['requisition', '0180', 20_000_000, 'bank_transfer']],
      );
      const stockholm = listed.items[0];
      assert.match(spaces(stockholm?.reasons), /har rekvirerat 20 000 000 kr/);
      assert.match(stockholm?.conditions ?? '', /2018-01-01–2018-12-31/);
      assert.match(stockholm?.conditions ?? '', /redovisa .* senast den 2027-03-31/);
      assert.match(stockholm?.conditions ?? '', /betalas tillbaka senast den 2019-09-30/);
      const [row] = await getDb().select().from(decisions).where(eq(decisions.grantId, grantId));
      assert.equal(row?.sourceType, 'requisition_version');
    });

    it('after the second round is confirmed: a decision for its amount, once', async () => {
      clock = new Date('2026-04-05T08:00:00Z');
      const officer = await as('officer', 'case_officer', null);
      const preview = (await call(officer, 'GET', `/api/grants/${grantId}/second-round`)).json();
      const confirmed = await call(officer, 'POST', `/api/grants/${grantId}/second-round`, {
        checksum: preview.checksum,
      });
      assert.equal(confirmed.statusCode, 201, confirmed.body);
      assert.equal(await prepare('second_round'), 1);
      assert.equal(await prepare('second_round'), 0);
      assert.equal(await prepare('requisition'), 0);
      const second = (await decided()).items.filter((d) => d.kind === 'second_round');
      assert.deepEqual(
        second.map((d) => [d.recipientCode, d.amountKr]),
        [['0180', 5_000_000]],
      );
      assert.match(second[0]?.reasons ?? '', /andra omgång/);
    });
    describe('what the recipient received', () => {
      it('is the sum of its paid payout lines once the grant has decisions', async () => {
        const db = getDb();
        // Decisions exist (drafts): nothing paid yet, and 0114 (declined) has no decision.
        assert.equal(await amountReceivedKr(db, grantId, '0180'), 0n);
        assert.equal(await amountReceivedKr(db, grantId, '0114'), undefined);
        const decider = await as('decider', 'decision_maker', null);
        const officer = await as('officer', 'case_officer', null);
        const issued = await call(decider, 'POST', `/api/grants/${grantId}/decisions/issue`, {});
        assert.equal(issued.statusCode, 200, issued.body);
        await call(officer, 'PUT', '/api/recipients/0180/payment-account', {
          accountType: 'bankgiro',
          accountNumber: '54029681',
        });
        // The agency's change is in force once a second person confirms it.
        await call(decider, 'POST', '/api/recipients/0180/payment-account/confirm', {
          accountType: 'bankgiro',
          accountNumber: '5402-9681',
        });
        const built = await call(officer, 'POST', `/api/grants/${grantId}/payouts`, {
          paymentOn: '2026-04-10',
        });
        assert.equal(built.statusCode, 201, built.body);
        const batchId = built.json<{ id: string }>().id;
        assert.equal(
          (await call(decider, 'POST', `/api/payouts/${batchId}/approve`)).statusCode,
          200,
        );
        assert.equal(await amountReceivedKr(db, grantId, '0180'), 0n, 'approved is not paid');
        const paid = await call(officer, 'POST', `/api/payouts/${batchId}/paid`, {
          paidOn: '2026-04-10',
        });
        assert.equal(paid.statusCode, 200, paid.body);
        assert.equal(await amountReceivedKr(db, grantId, '0180'), 25_000_000n);
      });

      it('a grant without decisions granting money keeps its published allocation (historic data)', async () => {
        const ctx = systemContext(getDb(), 'system:test', () => TEST_NOW);
        const historic = await publishKeyGrant(
          ctx,
          toGrantDraft(grantInput({ name: 'Välfärdsteknik, utbetald före systemet' })),
          {
            filename: 'welfare_tech_2018_allocation.csv',
            bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
          },
        );
        assert.equal(await amountReceivedKr(getDb(), historic.id, '0180'), 21_625_197n);
        // A clawback after its follow-up takes money back; it does not make it a grant with payouts.
        await insertDecisions(getDb(), [
          {
            kind: 'clawback',
            grantId: historic.id,
            recipientCode: '0180',
            amountKr: 1_000n,
            payoutChannel: 'bank_transfer',
            legalBasis: historic.legalBasis,
            reasons: 'Medel som inte använts.',
            conditions: '',
            appealText: 'Överklagande',
            sourceType: 'test',
            sourceId: 'clawback-1',
            preparedBy: 'officer',
          },
        ]);
        assert.equal(await amountReceivedKr(getDb(), historic.id, '0180'), 21_625_197n);
      });
    });
  });
});
