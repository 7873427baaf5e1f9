import assert from 'node:assert/strict';
import { it } from 'node:test';
import { charsPerLine, wrapLabel } from './chart-labels';

it('breaks a long label between words into lines that fit', () => {
  assert.deepEqual(wrapLabel('Inga privata utförare i kommunen', 14, 3), [
    'Inga privata',
    'utförare i',
    'kommunen',
  ]);
  for (const line of wrapLabel('Inga privata utförare i kommunen', 14, 3))
    assert.ok(line.length <= 14, line);
});

it('keeps a short label on one line', () => {
  assert.deepEqual(wrapLabel('Ja', 14, 3), ['Ja']);
});

it('ends a label that does not fit in the lines with an ellipsis, and cuts a word too long', () => {
  const lines = wrapLabel('ett två tre fyra fem sex sju åtta nio tio', 8, 2);
  assert.equal(lines.length, 2);
  assert.ok(lines[1]?.endsWith('…'));
  assert.ok(lines.every((line) => line.length <= 8));
  assert.deepEqual(wrapLabel('Hälsoochsjukvårdsförvaltningen', 10, 2), ['Hälsoochsj']);
});

it('fits about one character per 7 px, never fewer than 8', () => {
  assert.equal(charsPerLine(170), 24);
  assert.equal(charsPerLine(20), 8);
});
