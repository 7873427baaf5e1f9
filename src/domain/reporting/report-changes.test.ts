import assert from 'node:assert/strict';
import { it } from 'node:test';
import { changedValues, sameJson } from './report-changes';

it('keeps only the keys whose values differ, a missing one as null', () => {
  assert.deepEqual(
    changedValues(
      { a: 1, b: ['x', 'y'], c: { r1: { w: 1, m: 2 } }, gone: 'text' },
      { a: 1, b: ['x', 'z'], c: { r1: { m: 2, w: 1 } }, added: 5 },
    ),
    {
      before: { b: ['x', 'y'], gone: 'text', added: null },
      after: { b: ['x', 'z'], gone: null, added: 5 },
    },
  );
  assert.deepEqual(changedValues({}, {}), { before: {}, after: {} });
});

it('compares JSON deeply, objects in any key order, arrays in order', () => {
  assert.equal(sameJson({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] }), true);
  assert.equal(sameJson([1, 2], [2, 1]), false);
  assert.equal(sameJson({ a: 1 }, { a: 1, b: undefined }), false);
  assert.equal(sameJson(null, {}), false);
  assert.equal(sameJson('1', 1), false);
});
