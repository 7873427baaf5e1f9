// Issue 13 §6: a decision letter is addressed with the legal name and postal address the recipient
// register imported ("Stockholms kommun", "Box 1234", "105 35 Stockholm"), falls back to the name
// alone when the register has neither, and never says "Statsbidraget Statsbidrag för …".
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { insertDecisions } from '../../../db/decisions';
import { describeEachDatabase } from '../../../db/testing';
import { pdfText } from '../../../files/pdf-text';
import { systemContext } from '../../../services/common/context';
import { requisitionDecisionBasis } from '../../../services/decisions/requisition-decision-source';
import { createGrant } from '../../../services/grants/create-grant';
import type { App } from '../../server';
import { buildTestServer, grantInput, multipart, TEST_NOW } from '../../testing';
import { toGrantDraft } from '../grants/routes';

describeEachDatabase('decision letter address', (getDb) => {
  let app: App;
  before(async () => {
    app = await buildTestServer(getDb());
  });
  after(() => app.close());

  async function letterText(decisionId: string): Promise<string> {
    const letter = await app.inject({ url: `/api/decisions/${decisionId}/letter.pdf` });
    assert.equal(letter.statusCode, 200, letter.body);
    return pdfText(letter.rawPayload);
  }

  it('addresses the letter with the imported legal name and address, or the name alone', async () => {
    const body = await multipart({
      file: {
        filename: 'mottagare.csv',
        content:
          'code,legal_name,postal_street,postal_code,postal_town\n0180,Stockholms kommun,Box 1234,10535,Stockholm\n',
      },
    });
    const imported = await app.inject({ method: 'POST', url: '/api/recipients/import', ...body });
    assert.equal(imported.statusCode, 200, imported.body);
    assert.deepEqual(imported.json(), { updated: 1 });

    const ctx = systemContext(getDb(), 'system:test', () => TEST_NOW);
    const grant = await createGrant(
      ctx,
      toGrantDraft(grantInput({ name: 'Statsbidrag för adresserade brev 2018' })),
    );
    const [stockholm, sodertalje] = await insertDecisions(
      getDb(),
      ['0180', '0181'].map((code) => ({
        kind: 'requisition' as const,
        grantId: grant.id,
        recipientCode: code,
        amountKr: 125_000n,
        payoutChannel: 'bank_transfer' as const,
        legalBasis: grant.legalBasis,
        reasons: `${requisitionDecisionBasis(grant)} Mottagaren har rekvirerat beloppet.`,
        conditions: '',
        appealText: 'Beslutet får inte överklagas.',
        sourceType: 'requisition_version',
        sourceId: `address-${code}`,
        preparedBy: 'officer',
      })),
    );
    assert.ok(stockholm && sodertalje);

    const text = await letterText(stockholm.id);
    const lines = text.split('\n').map((line) => line.trim());
    const name = lines.indexOf('Stockholms kommun');
    assert.ok(name >= 0, text);
    assert.deepEqual(lines.slice(name, name + 3), [
      'Stockholms kommun',
      'Box 1234',
      '105 35 Stockholm',
    ]);
    const flat = text.replace(/\s+/g, ' ');
    assert.match(flat, /beslutar att Stockholms kommun får 125 000 kr i statsbidrag/);
    assert.match(flat, /Statsbidrag för adresserade brev 2018 lämnas med stöd av Regeringsbeslut/);
    assert.doesNotMatch(flat, /Statsbidraget Statsbidrag/);

    // Södertälje has no legal name or address in the register: its name only, no address lines.
    const plain = await letterText(sodertalje.id);
    const plainLines = plain.split('\n').map((line) => line.trim());
    const at = plainLines.indexOf('Södertälje');
    assert.ok(at >= 0, plain);
    assert.doesNotMatch(plainLines[at + 1] ?? '', /\S/);
    assert.doesNotMatch(plain, /Box 1234|105 35/);
    assert.match(plain.replace(/\s+/g, ' '), /beslutar att Södertälje får 125 000 kr/);
  });
});
