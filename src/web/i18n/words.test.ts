// The product's words (issue 13 §6): one spelling of "Ladda ner", and the municipality's own word
// for what it owes ("Att betala tillbaka"), never the agency's "fordringar".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from './en';
import { sv } from './sv';

describe('UI words', () => {
  it('says "Ladda ner", never "Ladda ned", in every Swedish text', () => {
    const ned = Object.entries(sv).filter(([, text]) => /ladda ned/i.test(text));
    assert.deepEqual(ned, []);
    assert.ok(Object.values(sv).some((text) => text.startsWith('Ladda ner')));
  });

  it('calls what the municipality owes "Att betala tillbaka" in its menu, page and start link', () => {
    assert.equal(sv['layout.nav.myReceivables'], 'Att betala tillbaka');
    assert.equal(sv['myReceivables.title'], 'Att betala tillbaka');
    assert.match(sv['myReceivables.startLink'], /^Att betala tillbaka:/);
    const municipalityTexts: [string, string][] = Object.entries(sv).filter(
      ([key]) => key.startsWith('myReceivables.') || key === 'layout.nav.myReceivables',
    );
    for (const [key, text] of municipalityTexts) {
      assert.doesNotMatch(text, /fordring/i, key);
    }
    assert.equal(en['layout.nav.myReceivables'], 'To pay back');
  });
});
