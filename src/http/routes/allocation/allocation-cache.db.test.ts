// GET /api/allocations/:id keeps a published allocation's serialized answer in memory. It must
// never serve anything stale: a draft is read afresh every time, and a published allocation's
// answer changes when it is superseded or a recipient is renamed.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { allocationRows } from '../../../db/schema';
import { describeEachDatabase } from '../../../db/testing';
import type { App } from '../../server';
import { buildTestServer, grantInput, multipart, referenceFile } from '../../testing';
import type { Allocation } from '../../../contracts/allocation';

describeEachDatabase('the published allocation cache', (getDb) => {
  let app: App;
  let grantId: string;

  before(async () => {
    app = await buildTestServer(getDb());
    const grant = await app.inject({ method: 'POST', url: '/api/grants', payload: grantInput() });
    assert.equal(grant.statusCode, 201, grant.body);
    grantId = grant.json().id;
  });
  after(() => app.close());

  async function importKey(): Promise<string> {
    const body = await multipart({
      file: {
        filename: 'welfare_tech_2018_allocation.csv',
        content: await referenceFile('welfare_tech_2018_allocation.csv'),
      },
    });
    const response = await app.inject({
      method: 'POST',
      url: `/api/grants/${grantId}/allocations/import`,
      ...body,
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json().id;
  }

  const get = (id: string, headers: Record<string, string> = {}) =>
    app.inject({ url: `/api/allocations/${id}`, headers });
  const publish = async (id: string) => {
    const response = await app.inject({ method: 'POST', url: `/api/allocations/${id}/publish` });
    assert.equal(response.statusCode, 200, response.body);
  };

  it('reads a draft afresh on every request (no ETag, nothing kept)', async () => {
    const draftId = await importKey();
    const first = await get(draftId);
    assert.equal(first.json().status, 'draft');
    assert.equal(first.headers.etag, undefined);
    // Change a row under the API's feet: the next answer must show it.
    await getDb()
      .update(allocationRows)
      .set({ amountKr: sql`${allocationRows.amountKr} + 1` })
      .where(eq(allocationRows.allocationId, draftId));
    const second = (await get(draftId)).json() as Allocation;
    const before = first.json() as Allocation;
    assert.equal(second.rows[0]!.amountKr, before.rows[0]!.amountKr + 1);
  });

  it('serves a published allocation from memory, identical, with an ETag that answers 304', async () => {
    const id = await importKey();
    const draft = (await get(id)).json() as Allocation;
    assert.equal(draft.status, 'draft');
    await publish(id);
    const first = await get(id);
    assert.equal(first.statusCode, 200);
    assert.equal(
      first.json().status,
      'published',
      'the draft answer is not served after publishing',
    );
    assert.match(String(first.headers['content-type']), /^application\/json; charset=utf-8/);
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[\w-]{43}"$/);
    const second = await get(id);
    assert.equal(second.body, first.body);
    assert.deepEqual(first.json().rows, draft.rows);
    const notModified = await get(id, { 'if-none-match': etag });
    assert.equal(notModified.statusCode, 304);
    assert.equal(notModified.body, '');

    // Frozen: a change that could only come from outside the API is not looked for...
    // ...but a renamed recipient is (the register import renames).
    const code = draft.rows[0]!.recipientCode;
    await getDb().execute(
      sql`update recipients set name = 'Nytt namn kommun' where code = ${code}`,
    );
    const renamed = await get(id, { 'if-none-match': etag });
    assert.equal(renamed.statusCode, 200);
    assert.equal((renamed.json() as Allocation).rows[0]!.recipientName, 'Nytt namn kommun');
    assert.notEqual(renamed.headers.etag, etag);
    await getDb().execute(
      sql`update recipients set name = ${draft.rows[0]!.recipientName} where code = ${code}`,
    );
    assert.equal(
      ((await get(id)).json() as Allocation).rows[0]!.recipientName,
      draft.rows[0]!.recipientName,
    );
  });

  it('shows a published allocation as superseded once another is published', async () => {
    const first = await importKey();
    await publish(first);
    assert.equal((await get(first)).json().supersededAt, null);
    const second = await importKey();
    await publish(second);
    const superseded = (await get(first)).json() as Allocation;
    assert.notEqual(superseded.supersededAt, null);
    assert.equal(superseded.supersededByAllocationId, second);
  });
});
