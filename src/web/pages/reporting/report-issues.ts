// Where on the report page an issue of the report belongs (its `path`, e.g. `economic.usedKr` or
// `answers.antal_brukare`) and what that place is called there: the amount's or choice's label, the
// cost category's or the question's title from the grant's form. The page says the issue at that
// field and, with the name, in its error summary; the path itself is never shown.
import type { ProblemIssue } from '../../../contracts/problem';
import type { FormDefinition } from '../../../domain/reporting/form-model';
import { surveyQuestions } from '../../../domain/reporting/form-model';
import type { Translate } from '../../i18n/i18n';

/** The ids of the page's own inputs (a choice's first option is the one a link focuses). */
export const reportFieldId = {
  usedKr: 'report-used',
  cost: (category: string) => `report-cost-${category}`,
  privateProviders: 'report-private-providers',
  privateShareBand: 'report-private-share-band',
  /** A question of the questionnaire, found by its name (SurveyJS renders `data-name`). */
  question: (name: string) => `report-question-${name}`,
};

export interface IssuePlace {
  /** The input (or question) the error summary's link moves to. */
  id: string;
  /** The key the field's own error is found by (`usedKr`, `cost:…`, `answer:…`). */
  field: string;
  label: string;
}

/** The amount's label without its unit ("Använt belopp (kr)" → "Använt belopp"). */
const withoutUnit = (label: string) => label.replace(/\s*\((kr|SEK)\)$/, '');

export function issuePlace(
  issue: ProblemIssue,
  definition: FormDefinition,
  t: Translate,
): IssuePlace | undefined {
  const path = (issue.path ?? '').replace(/^\//, '').replace(/\//g, '.');
  const [root, key, sub] = path.split('.');
  if (root === 'economic') {
    if (key === 'usedKr')
      return { id: reportFieldId.usedKr, field: 'usedKr', label: withoutUnit(t('report.used')) };
    if (key === 'costs' && sub !== undefined) {
      const category = definition.economic.costCategories.find((c) => c.id === sub);
      if (category)
        return { id: reportFieldId.cost(sub), field: `cost:${sub}`, label: category.label };
    }
    if (key === 'costs') {
      const first = definition.economic.costCategories[0];
      return first
        ? {
            id: reportFieldId.cost(first.id),
            field: 'costs',
            label: withoutUnit(t('report.costs')),
          }
        : undefined;
    }
    if (key === 'privateProviders')
      return {
        id: reportFieldId.privateProviders,
        field: 'privateProviders',
        label: t('report.privateProviders'),
      };
    if (key === 'privateShareBand')
      return {
        id: reportFieldId.privateShareBand,
        field: 'privateShareBand',
        label: t('report.privateShareBand'),
      };
    return undefined;
  }
  if (root === 'answers' && key !== undefined) {
    const question = surveyQuestions(definition.survey).find((q) => q.element.name === key);
    if (!question) return undefined;
    return {
      id: reportFieldId.question(key),
      field: `answer:${key}`,
      label: question.element.title?.trim() || key,
    };
  }
  return undefined;
}
