import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeIssue, type Issue, ISSUE_MESSAGES } from './issues';

describe('describeIssue', () => {
  it('says where, then what, in Swedish first', () => {
    const issue: Issue = {
      row: 14,
      column: 'belopp',
      code: 'cell.not_whole_kronor',
      params: { value: '12x' },
    };
    assert.equal(
      describeIssue(issue, 'sv'),
      'Rad 14, kolumn belopp: "12x" är inte ett heltal i kronor.',
    );
    assert.equal(
      describeIssue(issue, 'en'),
      'Line 14, column belopp: "12x" is not a whole number of kronor.',
    );
  });
  it('names the file and the JSON path when given', () => {
    assert.equal(
      describeIssue(
        {
          file: 'model.json',
          path: 'components[1].fraction',
          code: 'model.missing_field',
          params: {},
        },
        'sv',
      ),
      'model.json, fält components[1].fraction: Fältet saknas.',
    );
  });
  it('formats kronor in the sum mismatch with both sums', () => {
    const issue: Issue = {
      code: 'key.sum_mismatch',
      params: { sumKr: '350000000', expectedKr: '350500000', differenceKr: '-500000' },
    };
    assert.equal(
      describeIssue(issue, 'en'),
      "The amounts add up to 350,000,000\u00a0kr but the grant's amount is 350,500,000\u00a0kr (difference -500,000\u00a0kr).",
    );
  });
  it('still gives a readable line for a code it does not know', () => {
    assert.equal(
      describeIssue(
        { code: 'requisition.deadline_passed', params: { deadline: '2018-11-01' } },
        'sv',
      ),
      'requisition.deadline_passed (deadline=2018-11-01)',
    );
  });
  it('has a Swedish and an English sentence ending in a full stop for every code', () => {
    for (const [code, message] of Object.entries(ISSUE_MESSAGES)) {
      for (const sentence of [message.sv({}), message.en({})]) {
        assert.match(sentence, /[.)]$/, code);
        assert.ok(!sentence.includes('undefined'), code);
      }
    }
  });
});
