// Receipts of binding acts through the API on PGlite and PostgreSQL (docs/decisions/0025): three
// municipalities sign requisitions, the decision maker issues their decisions at once; the receipt
// of each act says what was done, by whom and when, under a reference that reads back, and its PDF
// says the same. A mistyped reference, a later event of the same act and another organisation's
// act find nothing.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../../../db/testing';
import { pdfText } from '../../../files/pdf-text';
import { systemContext } from '../../../services/common/context';
import { publishKeyGrant } from '../../../services/grants/publish-key-grant';
import { eventIdOfReference, receiptReference } from '../../../services/receipts/receipt-reference';
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
import type { GrantDecisions } from '../../../contracts/decisions';
import type { Receipt } from '../../../contracts/receipts';
import type { RequisitionView } from '../../../contracts/requisition';
import { toGrantDraft } from '../grants/routes';

const contact = { name: 'Kim Kontakt', email: 'kim@kommun.se', phone: '08-123 456' };
const REQUESTED = { '0180': 20_000_000, '0114': 500_000, '0115': 900_000 } as const;
const spaces = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describeEachDatabase('receipts of binding acts', (getDb) => {
  let app: App;
  let grantId: string;
  let officer: Record<string, string>;
  let decider: Record<string, string>;
  const signatories: Record<string, Record<string, string>> = {};
  const call = apiCaller(() => app);

  before(async () => {
    const db = getDb();
    const ctx = systemContext(db, 'system:test', () => TEST_NOW);
    grantId = (
      await publishKeyGrant(
        ctx,
        toGrantDraft(grantInput({ name: 'Kvittensbidraget', requisitionDeadlineOn: '2026-03-31' })),
        {
          filename: 'welfare_tech_2018_allocation.csv',
          bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
        },
      )
    ).id;
    officer = (await signInAs(db, 'officer', [{ role: 'case_officer', grantId: null }])).headers;
    decider = (await signInAs(db, 'decider', [{ role: 'decision_maker', grantId: null }])).headers;
    app = await buildServer({ db, now: () => TEST_NOW });
    for (const [code, amountKr] of Object.entries(REQUESTED)) {
      const headers = (
        await signInAs(db, `sign-${code}`, [{ role: 'recipient_signatory', grantId: null }], {
          recipientCode: code,
        })
      ).headers;
      signatories[code] = headers;
      const mine = `/api/me/grants/${grantId}/requisition`;
      const created = await call(headers, 'POST', mine, {
        declines: false,
        amountKr,
        wantsMore: false,
        moreAmountKr: null,
        contact,
      });
      const version = created.json<RequisitionView>().requisition?.version;
      const signing = await signBody(db, headers, grantId, version);
      assert.equal((await call(headers, 'POST', `${mine}/sign`, signing)).statusCode, 200);
    }
    const prepared = await call(officer, 'POST', `/api/grants/${grantId}/decisions/prepare`, {
      kind: 'requisition',
    });
    assert.equal(prepared.statusCode, 200, prepared.body);
  });
  after(() => app.close());

  it('gives every decision issued at once one receipt: count, total and each line', async () => {
    const issued = await call(decider, 'POST', `/api/grants/${grantId}/decisions/issue`, {
      decisionIds: null,
    });
    assert.equal(issued.statusCode, 200, issued.body);
    const decisions = (
      await call(officer, 'GET', `/api/grants/${grantId}/decisions`)
    ).json<GrantDecisions>().items;
    // Found by any decision of the act, it is the same receipt.
    const receipts = await Promise.all(
      decisions.map(async (decision) => {
        const found = await call(
          decider,
          'GET',
          `/api/receipts?action=decision.issued&entityId=${decision.id}`,
        );
        assert.equal(found.statusCode, 200, found.body);
        return found.json<Receipt>();
      }),
    );
    const receipt = receipts[0]!;
    assert.deepEqual(new Set(receipts.map((r) => r.reference)).size, 1);
    assert.equal(receipt.kind, 'decisions_issued');
    assert.equal(receipt.count, 3);
    assert.equal(receipt.totalKr, 21_400_000);
    assert.equal(receipt.actorEmail, testEmail('decider'));
    assert.equal(receipt.occurredAt, TEST_NOW.toISOString());
    assert.equal(receipt.grant?.name, 'Kvittensbidraget');
    assert.deepEqual(
      receipt.lines.map((line) => [line.recipientCode, line.amountKr]).sort(),
      Object.entries(REQUESTED).sort(),
    );
    for (const line of receipt.lines) assert.match(line.referenceNumber ?? '', /\/\d{4}$/);

    const byReference = await call(officer, 'GET', `/api/receipts/${receipt.reference}`);
    assert.equal(byReference.statusCode, 200, byReference.body);
    assert.deepEqual(byReference.json(), receipt);

    const pdf = await call(officer, 'GET', `/api/receipts/${receipt.reference}/receipt.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const text = spaces(pdfText(pdf.rawPayload));
    assert.ok(text.includes(receipt.reference), text);
    assert.match(text, /3 beslut om sammanlagt 21 400 000 kr fattades för Kvittensbidraget/);
    assert.match(text, /Stockholm \(0180\), \S+ \d{4}\/\d{4}: 20 000 000 kr/);
    assert.ok(text.includes(testEmail('decider')), text);
  });

  it('finds no receipt for a mistyped reference or a later event of the same act', async () => {
    const decisions = (
      await call(officer, 'GET', `/api/grants/${grantId}/decisions`)
    ).json<GrantDecisions>().items;
    const receipt = (
      await call(
        officer,
        'GET',
        `/api/receipts?action=decision.issued&entityId=${decisions[0]!.id}`,
      )
    ).json<Receipt>();
    const id = eventIdOfReference(receipt.reference);
    assert.ok(id !== null);
    const mistyped = receipt.reference.replace(
      /-(\d)$/,
      (_, digit: string) => `-${(Number(digit) + 1) % 10}`,
    );
    const later = receiptReference(id + 1n);
    for (const reference of [mistyped, later, 'KV-1', 'KV-999999-0']) {
      const answer = await call(officer, 'GET', `/api/receipts/${reference}`);
      assert.ok([400, 404].includes(answer.statusCode), `${reference}: ${answer.statusCode}`);
    }
    assert.equal((await call(officer, 'GET', `/api/receipts/${later}`)).statusCode, 404);
  });

  it("shows a signatory the receipt of its own signature, and not another's", async () => {
    const own = await call(
      signatories['0114']!,
      'GET',
      `/api/receipts?action=requisition.signed&grantId=${grantId}&recipientCode=0114`,
    );
    assert.equal(own.statusCode, 200, own.body);
    const receipt = own.json<Receipt>();
    assert.equal(receipt.kind, 'requisition_signed');
    assert.deepEqual(receipt.recipient, { code: '0114', name: 'Upplands Väsby' });
    assert.equal(receipt.totalKr, 500_000);
    const other = await call(signatories['0180']!, 'GET', `/api/receipts/${receipt.reference}`);
    assert.equal(other.statusCode, 404);
    const theirs = await call(
      signatories['0180']!,
      'GET',
      `/api/receipts?action=requisition.signed&grantId=${grantId}&recipientCode=0114`,
    );
    assert.equal(theirs.statusCode, 404);
    const decisionsReceipt = await call(
      signatories['0180']!,
      'GET',
      `/api/receipts?action=decision.issued&entityId=${receipt.reference}`,
    );
    assert.equal(decisionsReceipt.statusCode, 404);
  });
});
