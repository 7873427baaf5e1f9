import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { DomainError, type ErrorCode, type GrantCode } from '../domain/errors';
import type { IssueParams, MessageCatalogue } from '../domain/issues';
import {
  buildProblem,
  describeAnyIssue,
  MESSAGES_BY_CODE,
  preferredLocale,
  STATUS_BY_CODE,
  statusForCode,
} from './problem';
import { describeZodIssue, validationCode } from './zod-messages';

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

  it('keeps a field path for the client but out of the sentence the person reads', () => {
    const issue = { path: 'economic.usedKr', code: 'report.required' as const, params: {} };
    assert.deepEqual(describeAnyIssue(issue, 'sv'), {
      path: 'economic.usedKr',
      code: 'report.required',
      message: 'Svar saknas.',
    });
    assert.equal(describeAnyIssue(issue, 'en').message, 'An answer is missing.');
    const problem = buildProblem(422, 'input.invalid', [issue], 'sv');
    assert.equal(problem.detail, 'Svar saknas.');
    assert.doesNotMatch(
      JSON.stringify([problem.detail, problem.errors[0]?.message]),
      /usedKr|fält/i,
    );
  });

  it('keeps the JSON path of a file the person wrote (model.json), where it says where', () => {
    const issue = describeAnyIssue(
      { file: 'model.json', path: 'components[1].fraction', code: 'model.negative', params: {} },
      'sv',
    );
    assert.match(issue.message, /^model\.json, fält components\[1\]\.fraction: /);
  });

  it("words the services' own codes in both languages", () => {
    const issue = {
      code: 'grant.status_transition_not_allowed' as const,
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
    assert.equal(statusForCode('requisition.not_eligible'), 404);
    assert.equal(statusForCode('second_round.changed'), 409);
    assert.equal(statusForCode('requisition.amount_over_allocation'), 422);
    assert.equal(statusForCode('validation.invalid_type'), 400);
    assert.equal(statusForCode('internal'), 500);
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

describe('the code catalogue', () => {
  const codes = Object.keys(STATUS_BY_CODE) as ErrorCode[];
  // Every key a sentence may read, with a value that fills it; missing keys must not break either.
  const sampleParams: IssueParams = new Proxy({} as IssueParams, { get: () => '1500' });

  it('has a status and a sentence for the same codes', () => {
    assert.deepEqual(Object.keys(MESSAGES_BY_CODE).sort(), [...codes].sort());
    assert.ok(codes.length > 250, `only ${codes.length} codes`);
  });

  for (const code of codes) {
    it(`${code}: a status and Swedish and English sentences`, () => {
      assert.ok(
        [400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503].includes(statusForCode(code)),
      );
      for (const params of [sampleParams, {}]) {
        const sv = describeAnyIssue({ code, params }, 'sv').message;
        const en = describeAnyIssue({ code, params }, 'en').message;
        for (const sentence of [sv, en]) {
          assert.ok(sentence.trim().length > 0, `${code}: empty`);
          assert.doesNotMatch(sentence, /undefined|NaN|\[object/, `${code}: ${sentence}`);
        }
        // A survey rule carries the form's own sentence, the same in both languages.
        if (code !== 'report.survey_rule' || params !== sampleParams)
          assert.notEqual(sv, en, `${code}: not translated`);
      }
    });
  }

  it('takes only declared codes (the `@ts-expect-error`s fail the typecheck if one compiles)', () => {
    // @ts-expect-error a misspelt code is no ErrorCode
    const misspelt = new DomainError('grant.not_fuond');
    assert.equal(misspelt.code, 'grant.not_fuond');
    const sentence = { sv: () => 'Finns inte.', en: () => 'Does not exist.' };
    // @ts-expect-error a catalogue that leaves out codes of its list does not compile
    const incomplete = { 'grant.not_found': sentence } satisfies MessageCatalogue<GrantCode>;
    // @ts-expect-error nor does one with a code its list does not declare
    const extra = { 'grant.lost': sentence } satisfies Partial<MessageCatalogue<GrantCode>>;
    assert.ok(incomplete && extra);
  });

  it('words a zod issue through its validation code', () => {
    const result = z.object({ name: z.string().min(3), email: z.email() }).safeParse({
      name: 'ab',
      email: 'nope',
    });
    assert.ok(!result.success);
    const [tooShort, badEmail] = result.error.issues;
    assert.ok(tooShort && badEmail);
    assert.equal(validationCode(tooShort), 'validation.too_small');
    assert.equal(describeZodIssue(tooShort, 'sv'), 'Texten måste ha minst 3 tecken.');
    assert.equal(describeZodIssue(tooShort, 'en'), 'The text needs at least 3 characters.');
    assert.equal(validationCode(badEmail), 'validation.invalid_format');
    assert.equal(describeZodIssue(badEmail, 'sv'), 'Ogiltigt värde: en e-postadress förväntades.');
  });
});
