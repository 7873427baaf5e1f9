// The designer's operations on a questionnaire's pages (pure: each returns a new survey, the one
// given is left as it was): add, retitle, remove and reorder pages, and move a question to another
// page. Whether the result may be saved is checkFormDefinition's to say (a question moved before
// the one its condition refers to is reported there, with its path).
import type { SurveyElement, SurveyJson } from './form-model';

export type SurveyPage = SurveyJson['pages'][number];

/** A page's name that the survey does not use yet: `sida_2`, `sida_3`, … */
export function newPageName(survey: SurveyJson): string {
  const used = new Set(survey.pages.map((page) => page.name));
  let n = survey.pages.length + 1;
  while (used.has(`sida_${n}`)) n++;
  return `sida_${n}`;
}

/** Appends an empty page with the given title. */
export function addPage(survey: SurveyJson, title: string): SurveyJson {
  const page: SurveyPage = { name: newPageName(survey), elements: [] };
  if (title.trim() !== '') page.title = title.trim();
  return { ...survey, pages: [...survey.pages, page] };
}

/** Sets a page's title and description; an empty one is removed from the JSON. */
export function updatePage(
  survey: SurveyJson,
  index: number,
  changes: { title?: string; description?: string },
): SurveyJson {
  return withPage(survey, index, (page) => {
    const next: SurveyPage = { ...page, ...changes };
    for (const key of ['title', 'description'] as const)
      if (key in changes && (next[key] ?? '').trim() === '') delete next[key];
    return next;
  });
}

/** The page's questions replaced (the designer edits one page's list at a time). */
export function setPageElements(
  survey: SurveyJson,
  index: number,
  elements: SurveyElement[],
): SurveyJson {
  return withPage(survey, index, (page) => ({ ...page, elements }));
}

/** Removes a page and its questions; the last page stays (a questionnaire has at least one). */
export function removePage(survey: SurveyJson, index: number): SurveyJson {
  if (survey.pages.length <= 1 || !survey.pages[index]) return survey;
  return { ...survey, pages: survey.pages.filter((_, i) => i !== index) };
}

/** Moves a page one step earlier (-1) or later (1); at either end nothing moves. */
export function movePage(survey: SurveyJson, index: number, by: -1 | 1): SurveyJson {
  return { ...survey, pages: moveItem(survey.pages, index, by) };
}

/** Moves an item of a list one step; at either end (or for no such item) the list is unchanged. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item!);
  return next;
}

/** Moves question `index` of page `from` to the end of page `to`. */
export function moveQuestionToPage(
  survey: SurveyJson,
  from: number,
  index: number,
  to: number,
): SurveyJson {
  const element = survey.pages[from]?.elements[index];
  if (!element || from === to || !survey.pages[to]) return survey;
  return {
    ...survey,
    pages: survey.pages.map((page, p) =>
      p === from
        ? { ...page, elements: page.elements.filter((_, e) => e !== index) }
        : p === to
          ? { ...page, elements: [...page.elements, element] }
          : page,
    ),
  };
}

function withPage(
  survey: SurveyJson,
  index: number,
  change: (page: SurveyPage) => SurveyPage,
): SurveyJson {
  if (!survey.pages[index]) return survey;
  return { ...survey, pages: survey.pages.map((page, p) => (p === index ? change(page) : page)) };
}
