// The payment specification read back as a person's PDF reader sees it (pdftotext): the facts under
// the title, every line on the pages it needs with the header repeated, the total, page numbers.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { pdfText } from './pdf-text';
import { writePayoutSpecificationPdf } from './write-payout-specification';

it('prints the facts, every line over several pages, the total and the page numbers', async () => {
  const lines = Array.from({ length: 60 }, (_, index) => ({
    position: String(index + 1),
    recipient: `${String(1000 + index)} Kommun nummer ${index + 1}`,
    channel: 'Bankgiro/plusgiro',
    account: 'Bankgiro 5402-9681',
    referenceNumber: `SB 2026/${String(index + 1).padStart(4, '0')}`,
    amount: '1 000 kr',
  }));
  const bytes = await writePayoutSpecificationPdf({
    grantName: 'Välfärdsteknik 2026',
    facts: [
      { label: 'Utbetalning', value: '6f1c0c1e-0000-4000-8000-000000000001' },
      { label: 'Status', value: 'Godkänd' },
      { label: 'Godkänd av', value: 'beslut@myndighet.se, 2026-03-20 10:15' },
    ],
    lines,
    total: '60 000 kr',
  });
  assert.equal(Buffer.from(bytes.subarray(0, 5)).toString(), '%PDF-');
  const text = pdfText(bytes).replace(/[\u00a0\u202f]/g, ' ');
  assert.match(text, /Betalningsspecifikation – Välfärdsteknik 2026/);
  assert.match(text, /Utbetalning: 6f1c0c1e-0000-4000-8000-000000000001/);
  assert.match(text, /Godkänd av: beslut@myndighet\.se, 2026-03-20 10:15/);
  for (const line of [lines[0]!, lines[59]!])
    assert.match(
      text,
      new RegExp(`${line.recipient}.*${line.referenceNumber.replace('/', '\\/')}`),
    );
  assert.match(text, /Summa\s+60 000 kr/);
  const pages = text.split('\f').filter((page) => page.trim() !== '');
  assert.equal(pages.length, 2);
  assert.ok(
    pages.every((page) => /Mottagare\s+Betalningssätt/.test(page)),
    'header on every page',
  );
  assert.match(text, /Sida 1 av 2/);
  assert.match(text, /Sida 2 av 2/);
});
