// The case officer's changes around decisions, through the API on PGlite and PostgreSQL: a draft's
// amount and reasons changed within what its requisition allows, a draft discarded for a reason
// (and prepared again), issued decisions frozen, a correction weighed against what was paid, and
// the payout batch's PDF payment specification read back as text.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { listAuditEventsForEntity } from '../../../db/audit';
import { describeEachDatabase } from '../../../db/testing';
import { pdfText } from '../../../files/pdf-text';
import { systemContext } from '../../../services/common/context';
import { publishKeyGrant } from '../../../services/grants/publish-key-grant';
import type { App } from '../../server';
import { buildServer } from '../../server';
import {
  apiCaller,
  grantInput,
  referenceFile,
  signBody,
  signInAs,
  TEST_NOW,
  testEmail,
} from '../../testing';
import type { Decision, GrantDecisions } from '../../../contracts/decisions';
import { toGrantDraft } from '../grants/routes';
import type { PayoutBatchDetail } from '../../../contracts/payouts';
import type { RequisitionView } from '../../../contracts/requisition';

const contact = { name: 'Kim Kontakt', email: 'kim@kommun.se', phone: '08-123 456' };
const REQUESTED = { '0180': 20_000_000, '0114': 500_000, '0115': 900_000 } as const;
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]+/g, ' ');

describeEachDatabase('draft decisions, corrections and the payment specification', (getDb) => {
  let app: App;
  let grantId: string;
  let officer: Record<string, string>;
  let otherOfficer: Record<string, string>;
  let decider: Record<string, string>;
  let recipient: Record<string, string>;

  const call = apiCaller(() => app);
  const listed = async () =>
    (await call(officer, 'GET', `/api/grants/${grantId}/decisions`)).json<GrantDecisions>();
  const draftOf = async (code: string) => {
    const found = (await listed()).items.find(
      (d) => d.recipientCode === code && d.status === 'draft',
    );
    assert.ok(found, `a draft for ${code}`);
    return found;
  };

  before(async () => {
    const db = getDb();
    const ctx = systemContext(db, 'system:test', () => TEST_NOW);
    grantId = (
      await publishKeyGrant(
        ctx,
        toGrantDraft(
          grantInput({ name: 'Utkast och rättelser', requisitionDeadlineOn: '2026-03-31' }),
        ),
        {
          filename: 'welfare_tech_2018_allocation.csv',
          bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
        },
      )
    ).id;
    const other = await publishKeyGrant(
      ctx,
      toGrantDraft(grantInput({ name: 'Ett annat bidrag', requisitionDeadlineOn: '2026-03-31' })),
      {
        filename: 'welfare_tech_2018_allocation.csv',
        bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
      },
    );
    officer = (await signInAs(db, 'officer', [{ role: 'case_officer', grantId: null }])).headers;
    otherOfficer = (
      await signInAs(db, 'other-officer', [{ role: 'case_officer', grantId: other.id }])
    ).headers;
    decider = (await signInAs(db, 'decider', [{ role: 'decision_maker', grantId: null }])).headers;
    recipient = (
      await signInAs(db, 'sthlm-sign', [{ role: 'recipient_signatory', grantId: null }], {
        recipientCode: '0180',
      })
    ).headers;
    app = await buildServer({ db, now: () => TEST_NOW });
    for (const [code, amountKr] of Object.entries(REQUESTED)) {
      const headers =
        code === '0180'
          ? recipient
          : (
              await signInAs(db, `sign-${code}`, [{ role: 'recipient_signatory', grantId: null }], {
                recipientCode: code,
              })
            ).headers;
      const mine = `/api/me/grants/${grantId}/requisition`;
      const created = await call(headers, 'POST', mine, {
        declines: false,
        amountKr,
        wantsMore: false,
        moreAmountKr: null,
        contact,
      });
      assert.equal(created.statusCode, 201, created.body);
      const version = created.json<RequisitionView>().requisition?.version;
      const signing = await signBody(db, headers, grantId, version);
      assert.equal((await call(headers, 'POST', `${mine}/sign`, signing)).statusCode, 200);
    }
    const prepared = await call(officer, 'POST', `/api/grants/${grantId}/decisions/prepare`, {
      kind: 'requisition',
    });
    assert.deepEqual(prepared.json(), { created: 3 });
  });
  after(() => app.close());

  it("lists each draft's limit: the signed requisition's amount", async () => {
    const decisions = await listed();
    for (const [code, amountKr] of Object.entries(REQUESTED)) {
      const draft = decisions.items.find((d) => d.recipientCode === code);
      assert.ok(draft);
      assert.equal(decisions.draftLimits[draft.id], amountKr);
    }
    assert.deepEqual(decisions.paidInChainKr, {});
  });

  it('changes a draft within its source, refusing more, bad input and the wrong people', async () => {
    const draft = await draftOf('0180');
    const url = `/api/decisions/${draft.id}`;
    const over = await call(officer, 'PUT', url, {
      amountKr: 20_000_001,
      reasons: 'Mer än rekvirerat belopp.',
    });
    assert.equal(over.statusCode, 422, over.body);
    assert.deepEqual(
      over.json().errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['amountKr', 'decision.amount_over_source']],
    );
    assert.match(spaces(over.json().errors[0].message), /högst 20 000 000 kr/);
    const negative = await call(officer, 'PUT', url, { amountKr: -1, reasons: 'Negativt belopp.' });
    assert.equal(negative.statusCode, 400);
    assert.equal(negative.json().errors[0].path, 'amountKr');
    const short = await call(officer, 'PUT', url, { amountKr: 1, reasons: 'Kort' });
    assert.equal(short.statusCode, 400);
    assert.equal(short.json().errors[0].path, 'reasons');
    const body = {
      amountKr: 18_000_000,
      reasons: 'Kostnaderna för lokaler ingår inte i ändamålet.',
    };
    assert.equal((await call(recipient, 'PUT', url, body)).statusCode, 403);
    assert.equal((await call(decider, 'PUT', url, body)).statusCode, 403);
    assert.equal((await call(otherOfficer, 'PUT', url, body)).statusCode, 403);
    assert.equal((await draftOf('0180')).amountKr, 20_000_000, 'nothing changed');

    const changed = await call(officer, 'PUT', url, body);
    assert.equal(changed.statusCode, 200, changed.body);
    const decision = changed.json<Decision>();
    assert.equal(decision.amountKr, 18_000_000);
    assert.equal(decision.reasons, body.reasons);
    assert.equal(decision.status, 'draft');
    assert.equal(decision.recipientName, 'Stockholm');
    const rejection = await call(officer, 'PUT', `/api/decisions/${(await draftOf('0114')).id}`, {
      amountKr: 0,
      reasons: 'Ansökan avslås: verksamheten ligger utanför ändamålet.',
    });
    assert.equal(rejection.json<Decision>().amountKr, 0);

    const events = await listAuditEventsForEntity(getDb(), 'decision', draft.id);
    const event = events.find((e) => e.action === 'decision.draft_changed');
    assert.ok(event);
    assert.equal(event.actor, testEmail('officer'));
    assert.equal((event.before as { amountKr: number }).amountKr, 20_000_000);
    assert.equal((event.after as { amountKr: number }).amountKr, 18_000_000);
    assert.equal(
      (await call(officer, 'PUT', `/api/decisions/${crypto.randomUUID()}`, body)).statusCode,
      404,
    );
  });

  it('discards a draft for a reason, audited; its requisition can be prepared again', async () => {
    const draft = await draftOf('0115');
    const url = `/api/decisions/${draft.id}/discard`;
    const noReason = await call(officer, 'POST', url, {});
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().errors[0].path, 'reason');
    assert.equal((await call(recipient, 'POST', url, { reason: 'Fel mottagare' })).statusCode, 403);
    assert.equal(
      (await call(otherOfficer, 'POST', url, { reason: 'Fel mottagare' })).statusCode,
      403,
    );
    const discarded = await call(officer, 'POST', url, { reason: 'Fel belopp i utkastet' });
    assert.equal(discarded.statusCode, 200, discarded.body);
    assert.deepEqual(discarded.json(), { id: draft.id, discarded: true });
    assert.equal((await listed()).items.length, 2);
    assert.equal((await call(officer, 'POST', url, { reason: 'Igen, igen' })).statusCode, 404);
    const [event] = (await listAuditEventsForEntity(getDb(), 'decision', draft.id)).filter(
      (e) => e.action === 'decision.draft_discarded',
    );
    assert.ok(event);
    assert.equal(event.reason, 'Fel belopp i utkastet');
    assert.equal((event.before as { amountKr: number }).amountKr, 900_000);
    assert.equal(event.after, null);

    const again = await call(officer, 'POST', `/api/grants/${grantId}/decisions/prepare`, {
      kind: 'requisition',
    });
    assert.deepEqual(again.json(), { created: 1 });
    assert.equal((await draftOf('0115')).amountKr, 900_000);
  });

  it('keeps issued decisions frozen: no change, no discard', async () => {
    const issued = await call(decider, 'POST', `/api/grants/${grantId}/decisions/issue`, {});
    assert.equal(issued.statusCode, 200, issued.body);
    const sthlm = (await listed()).items.find((d) => d.recipientCode === '0180');
    assert.ok(sthlm?.referenceNumber);
    const change = await call(officer, 'PUT', `/api/decisions/${sthlm.id}`, {
      amountKr: 1,
      reasons: 'Ändring efter beslut.',
    });
    assert.equal(change.statusCode, 409);
    assert.equal(change.json().errors[0].code, 'decision.already_issued');
    const discard = await call(officer, 'POST', `/api/decisions/${sthlm.id}/discard`, {
      reason: 'Kassera ett fattat beslut',
    });
    assert.equal(discard.statusCode, 409);
    const after = (await listed()).items.find((d) => d.id === sthlm.id);
    assert.equal(after?.amountKr, 18_000_000);
    assert.equal(after?.status, 'issued');
  });

  it('weighs a correction against what was paid, and prints the batch as a payment specification', async () => {
    for (const code of ['0180', '0115'])
      for (const [as, path] of [
        [officer, ''],
        [decider, '/confirm'], // the agency's change is in force once a second person confirms it
      ] as const)
        assert.equal(
          (
            await call(
              as,
              path ? 'POST' : 'PUT',
              `/api/recipients/${code}/payment-account${path}`,
              {
                accountType: 'bankgiro',
                accountNumber: '5402-9681',
              },
            )
          ).statusCode,
          200,
        );
    const built = await call(officer, 'POST', `/api/grants/${grantId}/payouts`, {
      paymentOn: '2026-03-20',
    });
    assert.equal(built.statusCode, 201, built.body);
    const batch = built.json<PayoutBatchDetail>();
    assert.equal(batch.totalKr, 18_900_000);
    assert.equal((await call(decider, 'POST', `/api/payouts/${batch.id}/approve`)).statusCode, 200);
    const paid = await call(officer, 'POST', `/api/payouts/${batch.id}/paid`, {
      paidOn: '2026-03-20',
    });
    assert.equal(paid.statusCode, 200, paid.body);

    const decisions = await listed();
    const sthlm = decisions.items.find((d) => d.recipientCode === '0180');
    assert.ok(sthlm);
    assert.equal(decisions.paidInChainKr[sthlm.id], 18_000_000);
    const correction = await call(officer, 'POST', `/api/decisions/${sthlm.id}/corrections`, {
      amountKr: 17_000_000,
      reasons: 'Lokalkostnader har räknats två gånger.',
    });
    assert.equal(correction.statusCode, 201, correction.body);
    const draft = correction.json<Decision>();
    assert.equal(draft.supersedesDecisionId, sthlm.id);
    assert.equal((await listed()).draftLimits[draft.id], null, 'a correction has no source limit');
    const raised = await call(officer, 'PUT', `/api/decisions/${draft.id}`, {
      amountKr: 19_000_000,
      reasons: 'Rätt belopp är högre: en faktura saknades.',
    });
    assert.equal(raised.statusCode, 200, raised.body);
    assert.equal(
      (await call(decider, 'POST', `/api/grants/${grantId}/decisions/issue`, {})).statusCode,
      200,
    );
    const after = await listed();
    assert.equal(after.paidInChainKr[draft.id], 18_000_000, 'the chain paid 18 000 000 kr');

    const pdf = await call(officer, 'GET', `/api/payouts/${batch.id}/export.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.match(String(pdf.headers['content-type']), /application\/pdf/);
    assert.match(String(pdf.headers['content-disposition']), /utbetalning-.*\.pdf/);
    const text = spaces(pdfText(pdf.rawPayload));
    assert.match(text, /Betalningsspecifikation – Utkast och rättelser/);
    assert.match(text, new RegExp(`Utbetalning: ${batch.id}`));
    assert.match(text, /Status: Utbetald/);
    assert.match(text, /Utbetalningsdag: 2026-03-20/);
    assert.match(text, new RegExp(`Skapad av: ${testEmail('officer')}, 2026-03-02 10:30`));
    assert.match(text, new RegExp(`Godkänd av: ${testEmail('decider')}, 2026-03-02 10:30`));
    assert.match(text, /Markerad som utbetald av: .*\(betald 2026-03-20\)/);
    assert.match(text, /0180 Stockholm .*Bankgiro 5402-9681 .*SB 2026\/\d{4} .*18 000 000 kr/);
    assert.match(text, /0115 Vallentuna .*Bankgiro 5402-9681 .*900 000 kr/);
    assert.match(text, /Summa .*18 900 000 kr/);
    assert.match(text, /Sida 1 av 1/);
    assert.equal(
      (await call(recipient, 'GET', `/api/payouts/${batch.id}/export.pdf`)).statusCode,
      403,
    );
    assert.equal(
      (await call(officer, 'GET', `/api/payouts/${crypto.randomUUID()}/export.pdf`)).statusCode,
      404,
    );
  });
});
