// A problem lists at most MAX_REPORTED_ISSUES issues and says how many more there were (ADR 0022).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Issue } from '../domain/issues';
import { InvalidInputError } from '../services/common/invalid-input-error';
import { buildProblem, errorToProblem, RequestValidationError } from './problem';

function request(acceptLanguage?: string): FastifyRequest {
  return { headers: { 'accept-language': acceptLanguage } } as unknown as FastifyRequest;
}

const unknownRecipients = (count: number): Issue[] =>
  Array.from({ length: count }, (_, index) => ({
    file: 'nyckel.csv',
    row: index + 2,
    code: 'recipient.unknown',
    params: { value: `X${index}` },
  }));

describe('problem: capped issue lists', () => {
  it('describes the first 100 of 600 000 issues and counts the rest', () => {
    const problem = errorToProblem(new InvalidInputError(unknownRecipients(600_000)), request());
    assert.equal(problem.status, 422);
    assert.equal(problem.errors.length, 100);
    assert.equal(problem.omittedErrors, 599_900);
    assert.equal(problem.errors[99]?.row, 101);
    assert.equal(
      problem.detail,
      '600\u00a0000 fel hittades. De 100 första visas; rätta dem och försök igen.',
    );
    assert.ok(JSON.stringify(problem).length < 30_000);
  });

  it('lists 100 issues whole, without a count of more', () => {
    const problem = buildProblem(422, 'input.invalid', unknownRecipients(100), 'en');
    assert.equal(problem.errors.length, 100);
    assert.equal(problem.omittedErrors, undefined);
    assert.equal(problem.detail, '100 issues were found.');
  });

  it('caps the field errors of a request that failed validation', () => {
    const parsed = z.array(z.string()).safeParse(Array.from({ length: 5_000 }, () => 1));
    assert.ok(!parsed.success);
    const error = new RequestValidationError(parsed.error.issues);
    const problem = errorToProblem(error, request('en'));
    assert.equal(problem.status, 400);
    assert.equal(problem.errors.length, 100);
    assert.equal(problem.omittedErrors, 4_900);
    assert.equal(
      problem.detail,
      '5000 field(s) have invalid values. The first 100 are shown; correct them and try again.',
    );
  });

  it('keeps the log message of an InvalidInputError short', () => {
    const error = new InvalidInputError(unknownRecipients(600_000));
    assert.equal(error.message, '600000 issue(s): recipient.unknown');
  });
});
