import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAllocationModelText } from './allocation/model';
import { parsePerformanceModelText } from './performance/model';
import { controlCharacterIssues, controlCharacterPosition, textIssue } from './text';

describe('texts', () => {
  it('finds control characters but lets tab and line breaks be', () => {
    assert.equal(controlCharacterPosition('abc\u0000'), 4);
    assert.equal(controlCharacterPosition('a\u001Fb'), 2);
    assert.equal(controlCharacterPosition('rad ett\r\n\trad två'), undefined);
    assert.deepEqual(textIssue('x'.repeat(11), 10), {
      code: 'text.too_long',
      params: { max: 10, length: 11 },
    });
    assert.equal(textIssue('x'.repeat(10), 10), undefined);
  });

  it('names every value and key with one, by path, however deep', () => {
    let deep: unknown = 'bottom\u0000';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    assert.equal(controlCharacterIssues(deep).length, 1);
    assert.deepEqual(
      controlCharacterIssues({ a: ['ok', 'b\u0000'], 'k\u0001': 1, c: { d: '\u0008' } }, 'body.'),
      [
        { code: 'text.control_character', params: { position: 2 }, path: 'body.a.1' },
        { code: 'text.control_character', params: { position: 2 }, path: 'body.k?' },
        { code: 'text.control_character', params: { position: 1 }, path: 'body.c.d' },
      ],
    );
  });

  it('refuses a model.json whose texts hold an escaped NUL', () => {
    const text = '{"budget_kr": 100, "components": [{"name": "Bas\\u0000", "amount_kr": 100}]}';
    for (const result of [parseAllocationModelText(text), parsePerformanceModelText(text)]) {
      assert.equal(result.ok, false);
      assert.ok(!result.ok && result.issues.some((i) => i.code === 'text.control_character'));
    }
  });
});
