import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { SurveyJson } from './form-model';
import {
  addPage,
  moveItem,
  movePage,
  moveQuestionToPage,
  newPageName,
  removePage,
  setPageElements,
  updatePage,
} from './form-pages';

const q = (name: string) => ({ type: 'comment', name, title: name });
const survey = (): SurveyJson => ({
  pages: [
    { name: 'uppfoljning', title: 'Uppföljning', elements: [q('a'), q('b'), q('c')] },
    { name: 'sida_2', elements: [q('d')] },
  ],
});

it('adds a page with a name not yet used and the given title, leaving the input as it was', () => {
  const before = survey();
  const copy = structuredClone(before);
  const after = addPage(before, '  Resultat ');
  assert.deepEqual(before, copy);
  assert.deepEqual(after.pages[2], { name: 'sida_3', title: 'Resultat', elements: [] });
  assert.equal(addPage(after, '').pages[3]?.title, undefined);
  assert.equal(
    newPageName({
      pages: [
        { name: 'sida_2', elements: [] },
        { name: 'x', elements: [] },
      ],
    }),
    'sida_3',
  );
});

it('retitles and describes a page, an emptied text leaving the JSON', () => {
  const titled = updatePage(survey(), 1, { title: 'Del 2', description: 'Om resultaten' });
  assert.deepEqual(titled.pages[1], {
    name: 'sida_2',
    title: 'Del 2',
    description: 'Om resultaten',
    elements: [q('d')],
  });
  const cleared = updatePage(titled, 1, { description: ' ' });
  assert.deepEqual(cleared.pages[1], { name: 'sida_2', title: 'Del 2', elements: [q('d')] });
  assert.deepEqual(updatePage(survey(), 7, { title: 'x' }), survey());
});

it('removes a page with its questions but never the last page', () => {
  const one = removePage(survey(), 0);
  assert.deepEqual(
    one.pages.map((p) => p.name),
    ['sida_2'],
  );
  assert.deepEqual(removePage(one, 0), one);
});

it('reorders pages and list items one step, nothing beyond either end', () => {
  assert.deepEqual(
    movePage(survey(), 1, -1).pages.map((p) => p.name),
    ['sida_2', 'uppfoljning'],
  );
  assert.deepEqual(movePage(survey(), 1, 1), survey());
  assert.deepEqual(moveItem(['a', 'b', 'c'], 0, 1), ['b', 'a', 'c']);
  assert.deepEqual(moveItem(['a', 'b', 'c'], 0, -1), ['a', 'b', 'c']);
});

it('moves a question to the end of another page', () => {
  const moved = moveQuestionToPage(survey(), 0, 1, 1);
  assert.deepEqual(
    moved.pages.map((p) => p.elements.map((e) => e.name)),
    [
      ['a', 'c'],
      ['d', 'b'],
    ],
  );
  assert.deepEqual(moveQuestionToPage(survey(), 0, 1, 0), survey());
  assert.deepEqual(moveQuestionToPage(survey(), 0, 9, 1), survey());
  assert.deepEqual(
    setPageElements(survey(), 1, []).pages.map((p) => p.elements.length),
    [3, 0],
  );
});
