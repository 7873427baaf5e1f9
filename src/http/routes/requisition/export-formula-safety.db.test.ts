// A contact name written to be a formula in Swedish Excel (which splits a CSV on `;`) comes out
// of the real export route quoted and defused.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import Papa from 'papaparse';
import { describeEachDatabase } from '../../../db/testing';
import { systemContext } from '../../../services/common/context';
import { publishKeyGrant } from '../../../services/grants/publish-key-grant';
import { buildServer, type App } from '../../server';
import { grantInput, referenceFile, signInAs, TEST_NOW } from '../../testing';
import { toGrantDraft } from '../grants/routes';

const HOSTILE_NAME = "Anna;=cmd|' /C calc'!A0;x";

describeEachDatabase('the requisition export against formulas', (getDb) => {
  let app: App;
  let grantId: string;

  before(async () => {
    const ctx = systemContext(getDb(), 'system:test', () => TEST_NOW);
    const input = grantInput({ name: 'Välfärdsteknik', requisitionDeadlineOn: '2026-03-31' });
    grantId = (
      await publishKeyGrant(ctx, toGrantDraft(input), {
        filename: 'welfare_tech_2018_allocation.csv',
        bytes: await referenceFile('welfare_tech_2018_allocation.csv'),
      })
    ).id;
    app = await buildServer({ db: getDb(), now: () => TEST_NOW });
  });

  it('quotes a contact name holding ; and puts an apostrophe before the formula after it', async () => {
    const recipient = await signInAs(
      getDb(),
      'sthlm-user',
      [{ role: 'recipient_user', grantId: null }],
      { recipientCode: '0180' },
    );
    const drafted = await app.inject({
      method: 'POST',
      url: `/api/me/grants/${grantId}/requisition`,
      headers: recipient.headers,
      payload: {
        declines: false,
        amountKr: 1_000_000,
        wantsMore: false,
        moreAmountKr: null,
        contact: { name: HOSTILE_NAME, email: 'anna@stockholm.se', phone: '08-508 290 00' },
      },
    });
    assert.equal(drafted.statusCode, 201, drafted.body);

    const officer = await signInAs(getDb(), 'officer', [{ role: 'case_officer', grantId: null }]);
    const csv = await app.inject({
      url: `/api/grants/${grantId}/requisitions/export.csv`,
      headers: officer.headers,
    });
    assert.equal(csv.statusCode, 200);
    const line = csv.body.split('\r\n').find((l) => l.startsWith('0180,'));
    assert.ok(line, csv.body.slice(0, 500));
    assert.ok(line.includes(`"Anna;'=cmd|' /C calc'!A0;x"`), line);
    // Split as Swedish Excel does (on ;): whatever cells the line falls into, none is a formula.
    const bySemicolon = Papa.parse<string[]>(line, { delimiter: ';' }).data[0] ?? [];
    assert.ok(bySemicolon.length > 1, 'the line does fall apart on ;');
    for (const cell of bySemicolon) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `${cell} in ${line}`);
    // Read as the comma CSV it is: the name comes back with only the apostrophe added.
    const cells = Papa.parse<string[]>(line, { delimiter: ',' }).data[0] ?? [];
    assert.ok(cells.includes("Anna;'=cmd|' /C calc'!A0;x"), `${cells}`);
  });
});
