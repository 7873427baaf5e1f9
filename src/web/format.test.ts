import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatFigureValue, wholeKronorInput } from './format';

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatFigureValue', () => {
  it('groups whole numbers the Swedish and the English way', () => {
    assert.equal(spaces(formatFigureValue('1200', 'sv-SE')), '1 200');
    assert.equal(formatFigureValue('1200', 'en-GB'), '1,200');
    assert.equal(formatFigureValue('30', 'sv-SE'), '30');
    assert.equal(spaces(formatFigureValue('1234567', 'sv-SE')), '1 234 567');
  });

  it('shows a stored fraction with a finite decimal as that exact decimal', () => {
    assert.equal(spaces(formatFigureValue('2469/2', 'sv-SE')), '1 234,5');
    assert.equal(formatFigureValue('2469/2', 'en-GB'), '1,234.5');
    assert.equal(formatFigureValue('1/8', 'sv-SE'), '0,125');
    assert.equal(formatFigureValue('-1/4', 'en-GB'), '-0.25');
    assert.equal(formatFigureValue('-1/4', 'sv-SE'), '\u22120,25');
  });

  it('keeps a value without an exact decimal exact, as a fraction', () => {
    assert.equal(formatFigureValue('1/3', 'sv-SE'), '1/3');
    assert.equal(spaces(formatFigureValue('10001/3', 'sv-SE')), '10 001/3');
    assert.equal(formatFigureValue('10001/3', 'en-GB'), '10,001/3');
    // 2^-30 has 30 decimals: exact, but shown as its fraction rather than a wall of digits.
    assert.equal(spaces(formatFigureValue('1/1073741824', 'sv-SE')), '1/1 073 741 824');
  });

  it('shows text that is not a number as it is', () => {
    assert.equal(formatFigureValue('abc', 'sv-SE'), 'abc');
  });
});

describe('wholeKronorInput', () => {
  it('reads typed whole kronor with the domain parser', () => {
    assert.equal(wholeKronorInput('1 000'), 1000);
    assert.equal(wholeKronorInput('1\u00a0310\u00a0223 kr'), 1_310_223);
    assert.equal(wholeKronorInput('1310223,00'), 1_310_223);
    assert.equal(wholeKronorInput(' 0 '), 0);
  });

  it('refuses what is not a whole, non-negative amount a JSON number carries exactly', () => {
    for (const text of ['', '1e3', '12,50', '-5', '12x', '0x10', '9007199254740993'])
      assert.equal(wholeKronorInput(text), undefined, JSON.stringify(text));
  });
});
