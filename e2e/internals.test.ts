// The rules of the internals scan (e2e/internals.ts): each kind of internal the issue names is
// found in the text users met, and the Swedish UI's ordinary text (formatted amounts, dates,
// years, kommunkoder, references, abbreviations, addresses) is not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { internalsIn, routePattern } from './internals';

const kinds = (text: string, header?: string) =>
  internalsIn(text, header).map((offence) => `${offence.kind}: ${offence.text}`);

describe('the internals scan’s rules', () => {
  it('finds the internals users met (issue 13 §3)', () => {
    const met: [string, string][] = [
      ['Fält economic.usedKr: Svar saknas.', 'field path: economic.usedKr'],
      ['fält recipients.0114: Värdet saknas', 'field path: recipients.0114'],
      ['Ändrat: deadlineOn', 'camelCase: deadlineOn'],
      ['Utkast → submitted', 'English word: submitted'],
      ['repayment.outcome fully_used', 'snake_case: fully_used'],
      ['repayment.outcome fully_used', 'field path: repayment.outcome'],
      ['Belopp 18332428 kr', 'unformatted number: 18332428'],
      ['2167/7838 ≈ 0,276474', 'unformatted number: 0,276474'],
      ['2 167,000000', 'unformatted number: 167,000000'],
      ['1. good_level', 'snake_case: good_level'],
      ['Status: draft', 'English word: draft'],
      [
        'Mottagare 3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
        'raw id: 3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      ],
    ];
    for (const [text, offence] of met)
      assert.ok(kinds(text).includes(offence), `${text}: ${kinds(text).join(', ')}`);
  });

  it('leaves the Swedish UI’s ordinary text alone', () => {
    for (const text of [
      'Totalt 350 000 000 kr till 290 kommuner',
      'Senast 2018-11-01 kl. 13:45, år 2024',
      'Stockholm (0180) och Upplands Väsby (0114)',
      'Diarienummer S2018/00000, kvittens KV-1234-5, organisationsnummer 212000-0142',
      'Ring 08-508 290 00, t.ex. bl.a. s.k. m.m.',
      'Skriv till firmatecknare@stockholm.demo.statsbidrag.se eller ladda ner nyckel-2018.csv',
      'Betalas senast 2025-03-05 med OCR-referens 202401140126.',
      'Det är för sent: rapporten kom sent.',
      'Andel 27,6 % (gräns 17 %): inte uppfyllt',
    ])
      assert.deepEqual(kinds(text), [], text);
    assert.deepEqual(kinds('202401140126', 'OCR-referens'), []);
    assert.deepEqual(kinds('202401140126', 'Belopp'), ['unformatted number: 202401140126']);
  });

  it('counts a page once per route: ids, codes and receipt references as placeholders', () => {
    const base = 'http://127.0.0.1';
    assert.equal(
      routePattern(
        new URL(`${base}/grants/3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f/aterrapportering/0114`),
      ),
      '/grants/:id/aterrapportering/:code',
    );
    assert.equal(routePattern(new URL(`${base}/kvitton/KV-1234-5`)), '/kvitton/:reference');
    assert.equal(
      routePattern(new URL(`${base}/grants/x/allocate?method=key&b=1`)),
      '/grants/x/allocate?b&method',
    );
  });
});
