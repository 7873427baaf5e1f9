import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildProblem, describeAnyIssue, preferredLocale, statusForCode } from './problem';

describe('preferredLocale', () => {
  for (const [header, expected] of [
    [undefined, 'sv'],
    ['', 'sv'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['sv-SE,sv;q=0.9,en;q=0.8', 'sv'],
    ['en;q=0.4,sv;q=0.6', 'sv'],
    ['de-DE,en;q=0.5', 'en'],
    ['de-DE', 'sv'],
  ] as const) {
    it(`reads ${JSON.stringify(header)} as ${expected}`, () => {
      assert.equal(preferredLocale(header), expected);
    });
  }
});

describe('problem details', () => {
  it('gives a bad cell its file, line and column, and says where before what', () => {
    const issue = describeAnyIssue(
      {
        file: 'nyckel.csv',
        row: 14,
        column: 'belopp',
        columnNumber: 2,
        code: 'cell.not_whole_kronor',
        params: { value: '12x' },
      },
      'sv',
    );
    assert.deepEqual(issue, {
      file: 'nyckel.csv',
      row: 14,
      column: 'belopp',
      columnNumber: 2,
      code: 'cell.not_whole_kronor',
      message: 'nyckel.csv, rad 14, kolumn belopp: "12x" är inte ett heltal i kronor.',
    });
  });

  it("words the services' own codes in both languages", () => {
    const issue = {
      code: 'grant.status_transition_not_allowed',
      params: { from: 'draft', to: 'closed' },
    };
    assert.match(describeAnyIssue(issue, 'sv').message, /från utkast till stängt/);
    assert.match(describeAnyIssue(issue, 'en').message, /from draft to closed/);
  });

  it('maps codes to statuses in one table, 422 for any input issue', () => {
    assert.equal(statusForCode('grant.version_conflict'), 409);
    assert.equal(statusForCode('allocation.not_found'), 404);
    assert.equal(statusForCode('upload.too_large'), 413);
    assert.equal(statusForCode('key.sum_mismatch'), 422);
  });

  it('summarises several issues in the detail', () => {
    const problem = buildProblem(
      422,
      'input.invalid',
      [
        { code: 'cell.missing', params: {} },
        { code: 'cell.missing', params: {} },
      ],
      'sv',
    );
    assert.equal(problem.detail, '2 fel hittades.');
    assert.equal(problem.type, 'urn:statsbidrag:problem:input.invalid');
    assert.equal(problem.errors.length, 2);
  });
});
