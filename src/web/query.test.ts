import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from './api-client';
import { asApiError, createQueryClient, queryKeys } from './query';

describe('the query client', () => {
  const retry = createQueryClient().getDefaultOptions().queries?.retry;
  const retries = (failures: number, error: ApiError) =>
    typeof retry === 'function' ? retry(failures, error) : retry;

  it('never retries what the server refused, and retries an unreachable or failing one twice', () => {
    for (const status of [400, 401, 403, 404, 409, 422])
      assert.equal(retries(0, new ApiError('problem', status, null)), false, String(status));
    assert.equal(retries(0, new ApiError('network', 0, null)), true);
    assert.equal(retries(1, new ApiError('problem', 503, null)), true);
    assert.equal(retries(2, new ApiError('network', 0, null)), false);
    assert.equal(retries(0, new ApiError('unexpected', 200, null)), false);
  });

  it('never retries a change', () => {
    assert.equal(createQueryClient().getDefaultOptions().mutations?.retry, false);
  });

  it('sends loads and changes while offline, so they fail visibly instead of pausing', () => {
    const defaults = createQueryClient().getDefaultOptions();
    assert.equal(defaults.queries?.networkMode, 'always');
    assert.equal(defaults.mutations?.networkMode, 'always');
  });

  it('shows anything thrown that is not an ApiError as unexpected', () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const error = asApiError(new TypeError('bug'));
      assert.equal(error.kind, 'unexpected');
      const problem = new ApiError('problem', 409, null);
      assert.equal(asApiError(problem), problem);
    } finally {
      console.error = original;
    }
  });

  it("keeps everything about one grant under the grant's key, for invalidating it at once", () => {
    const grant = queryKeys.grant('g1');
    for (const key of [
      queryKeys.grantDetail('g1'),
      queryKeys.grantAudit('g1'),
      queryKeys.payouts('g1'),
      queryKeys.report('g1', '0180'),
    ])
      assert.deepEqual(key.slice(0, grant.length), grant);
    assert.notDeepEqual(queryKeys.grantDetail('g2').slice(0, 2), grant);
  });
});
