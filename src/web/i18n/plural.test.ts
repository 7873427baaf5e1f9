import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from './en';
import { pluralMessage } from './i18n';
import { sv } from './sv';

const select = (locale: string, count: number) => new Intl.PluralRules(locale).select(count);

describe('plural messages', () => {
  it('take the singular for one and the plural otherwise, in both languages', () => {
    const english = (count: number) =>
      pluralMessage(en, 'perf.interest.count', select('en-GB', count));
    assert.equal(english(1), '{count} recipient has registered interest.');
    assert.equal(english(0), '{count} recipients have registered interest.');
    assert.equal(english(2), '{count} recipients have registered interest.');
    const swedish = (count: number) => pluralMessage(sv, 'payouts.total', select('sv-SE', count));
    assert.equal(swedish(1), 'Summa {amount} på {count} rad');
    assert.equal(swedish(6), 'Summa {amount} på {count} rader');
  });

  it('has the plural (`other`) form for every counted message, and {count} in both forms', () => {
    for (const messages of [sv, en]) {
      const keys = Object.keys(messages);
      for (const key of keys.filter((k) => k.endsWith('.one'))) {
        const other = key.replace(/\.one$/, '.other');
        assert.ok(keys.includes(other), other);
        assert.match(messages[other as keyof typeof messages], /\{count\}/, other);
      }
    }
  });
});
