// A report's content between the database (amounts as digit strings in JSON, bigint columns) and
// the domain's checks (bigint), and the full check of it.
import type { ReportRecord } from '../../db/reporting';
import type { Issue } from '../../domain/issues';
import {
  checkDraftAnswers,
  checkEconomicAnswers,
  checkSurveyAnswers,
  economicVariables,
  type EconomicAnswers,
  type SurveyAnswers,
} from '../../domain/reporting/check-report';
import type { FormDefinition } from '../../domain/reporting/form-model';

export interface ReportContent {
  economic: EconomicAnswers;
  answers: SurveyAnswers;
}

export function reportContent(report: ReportRecord | null | undefined): ReportContent {
  const costs = report?.costs ?? {};
  return {
    economic: {
      usedKr: report?.usedKr ?? null,
      costs: Object.fromEntries(
        Object.entries(costs).map(([id, kr]) => [id, kr === null ? null : BigInt(kr)]),
      ),
      privateProviders: report?.privateProviders ?? null,
      privateShareBand: report?.privateShareBand ?? null,
    },
    answers: report?.answers ?? {},
  };
}

/** The costs as stored: digit strings (JSON cannot hold a bigint). */
export function storedCosts(costs: Record<string, bigint | null>): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(costs).map(([id, kr]) => [id, kr === null ? null : kr.toString()]),
  );
}

/** Every issue that would stop the report from being submitted, and the answers that would be kept. */
export function checkReportContent(
  definition: FormDefinition,
  content: ReportContent,
  receivedKr: bigint,
): { issues: Issue[]; visibleAnswers: SurveyAnswers } {
  const economic = checkEconomicAnswers(definition, content.economic, receivedKr);
  const survey = checkSurveyAnswers(
    definition.survey,
    content.answers,
    economicVariables(receivedKr, content.economic.usedKr),
  );
  return { issues: [...economic, ...survey.issues], visibleAnswers: survey.visibleAnswers };
}

/**
 * How far a report's issues were checked: `full` (SurveyJS too: required answers, conditions; on
 * reading the report and on submission) or `draft` (the cheap checks of an autosave).
 */
export type IssueCheck = 'full' | 'draft';

/**
 * The cheap checks of a draft save: the economic part and each answer's question, type, choices,
 * range and size, without SurveyJS (15–40 ms a report: too dear for every autosave of 290 at once).
 */
export function checkDraftContent(
  definition: FormDefinition,
  content: ReportContent,
  receivedKr: bigint,
): Issue[] {
  return [
    ...checkEconomicAnswers(definition, content.economic, receivedKr),
    ...checkDraftAnswers(definition.survey, content.answers),
  ];
}
