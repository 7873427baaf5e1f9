import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../../../db/testing';
import { pdfText } from '../../../files/pdf-text';
import { systemContext } from '../../../services/common/context';
import {
  setUpReportingGrant,
  synthetic2024Reports,
  syntheticReportJson,
} from '../../../services/demo/load-reporting-demo';
import type { Report } from '../../../contracts/reporting';
import type { App } from '../../server';
import { buildTestServer, signInAs, stepUpProof, TEST_NOW } from '../../testing';

const STOCKHOLM = '0180';
// 00:30 on 1 March 2026 in Stockholm (CET), still 28 February in UTC.
const SUBMITTED_AT = new Date('2026-02-28T23:30:00.000Z');

describeEachDatabase('the repayment letter’s dates', (getDb) => {
  let app: App;
  let grantId: string;
  let clock = TEST_NOW;

  before(async () => {
    const db = getDb();
    app = await buildTestServer(db, () => clock);
    grantId = await setUpReportingGrant(
      systemContext(db, 'system:test', () => TEST_NOW),
      '2026-03-31',
    );
  });
  after(() => app.close());

  it('says the report was submitted on the Stockholm day, not the UTC day', async () => {
    clock = SUBMITTED_AT;
    const signatory = await signInAs(
      getDb(),
      `recipient_signatory-${STOCKHOLM}`,
      [{ role: 'recipient_signatory', grantId: null }],
      { recipientCode: STOCKHOLM, now: clock },
    );
    const url = `/api/grants/${grantId}/reports/${STOCKHOLM}`;
    const report = (await synthetic2024Reports()).find((r) => r.recipientCode === STOCKHOLM)!;
    const saved = await app.inject({
      method: 'PUT',
      url,
      headers: signatory.headers,
      payload: syntheticReportJson(report, 0),
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const submitted = await app.inject({
      method: 'POST',
      url: `${url}/submit`,
      headers: signatory.headers,
      payload: {
        version: (saved.json() as Report).version,
        stepUpProof: await stepUpProof(
          getDb(),
          signatory.headers,
          { kind: 'report.submit', grantId },
          clock,
        ),
      },
    });
    assert.equal(submitted.statusCode, 200, submitted.body);
    const letter = await app.inject({
      method: 'GET',
      url: `${url}/repayment.pdf`,
      headers: signatory.headers,
    });
    assert.equal(letter.statusCode, 200);
    const text = pdfText(letter.rawPayload).replace(/\s+/g, ' ');
    assert.match(text, /inskickad 2026-03-01/);
    assert.doesNotMatch(text, /2026-02-28/);
  });
});
