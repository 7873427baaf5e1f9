import { findReport, insertReport, updateReport } from '../../db/reporting';
import {
  checkDraftAnswers,
  STRUCTURAL_ISSUES,
  type EconomicAnswers,
  type SurveyAnswers,
} from '../../domain/reporting/check-report';
import type { FormDefinition } from '../../domain/reporting/form-model';
import { changedValues, type Changes } from '../../domain/reporting/report-changes';
import type { Issue } from '../../domain/issues';
import type { ServiceContext } from '../common/context';
import { changeReport } from './change-report';
import type { ReportView } from './get-report';
import { InvalidInputError } from '../common/invalid-input-error';
import { reportContent, storedCosts, type ReportContent } from './report-content';
import {
  loadFormDefinition,
  reportingDeadline,
  requireDraftVersion,
  requireOpenForReporting,
} from './report-scope';
import { krToJson } from '../allocation/present';
import { ReportContentChanges } from '../../db/audit-snapshots/reporting';

export interface SaveReportDraftInput {
  grantId: string;
  recipientCode: string;
  /** The report's version the client read; 0 when it has not started one. */
  version: number;
  economic: EconomicAnswers;
  answers: SurveyAnswers;
}

/**
 * Saves the organisation's report as a draft (the autosave): anything typed is kept, complete or
 * not. Only the cheap checks run (`checkDraftContent`: no SurveyJS): an answer to a question the
 * form does not have, a cost under a category it does not have, or an answer of the wrong type or
 * size, is refused (422, nothing changed); the others
 * are listed, not enforced — required answers and conditions are checked in full on reading the
 * report and on submission. Optimistic concurrency: a stale `version` (another tab or colleague
 * saved in between) is report.version_conflict (409) and changes nothing. The first save starts
 * the report on the form's current version. Audited lean: only the answers that changed, before
 * and after.
 */
export async function saveReportDraft(
  ctx: ServiceContext,
  input: SaveReportDraftInput,
): Promise<ReportView> {
  return changeReport(
    ctx,
    'report.write',
    input,
    async ({ tx, scope, now, audit }) => {
      requireOpenForReporting(
        scope.grant,
        await reportingDeadline(tx, scope.grant, input.recipientCode),
        now,
        false,
      );
      const existing = await findReport(tx, scope.grant.id, scope.recipientCode, {
        forUpdate: true,
      });
      requireDraftVersion(existing, input.version);
      const formVersion = existing?.formVersion ?? scope.form.currentVersion;
      const definition = await loadFormDefinition(tx, scope.grant.id, formVersion);
      const structural = [
        ...unknownCostCategories(definition, input.economic),
        ...checkDraftAnswers(definition.survey, input.answers).filter((issue) =>
          STRUCTURAL_ISSUES.has(issue.code),
        ),
      ];
      if (structural.length > 0) throw new InvalidInputError(structural);
      const content = {
        usedKr: input.economic.usedKr,
        costs: storedCosts(input.economic.costs),
        privateProviders: input.economic.privateProviders,
        privateShareBand: input.economic.privateShareBand,
        answers: input.answers,
        updatedBy: ctx.actor,
      };
      const saved = existing
        ? await updateReport(tx, existing.id, content, now)
        : await insertReport(tx, {
            grantId: scope.grant.id,
            recipientCode: scope.recipientCode,
            formVersion,
            ...content,
            createdAt: now,
            createdBy: ctx.actor,
            updatedAt: now,
          });
      const changes = contentChanges(existing ? reportContent(existing) : null, input);
      const after = {
        version: saved.version,
        recipientCode: saved.recipientCode,
        formVersion: saved.formVersion,
        ...changes.after,
      };
      await audit(
        existing
          ? {
              entityId: saved.id,
              action: 'report.draft_saved',
              before: { version: existing.version, ...changes.before },
              after,
            }
          : { entityId: saved.id, action: 'report.started', after },
      );
    },
    'draft',
  );
}

/**
 * A draft's shape, not its completeness: a cost under a category the form does not have is
 * refused like an answer to a question it does not have. Otherwise every unknown key would be
 * stored and audited (10 000 of them made a 179 kB audit row).
 */
const MAX_UNKNOWN_COSTS_LISTED = 50;

function unknownCostCategories(definition: FormDefinition, economic: EconomicAnswers): Issue[] {
  const known = new Set(definition.economic.costCategories.map((category) => category.id));
  // No form sends these (its page offers only its categories): the first few say enough.
  return Object.keys(economic.costs)
    .filter((id) => !known.has(id))
    .slice(0, MAX_UNKNOWN_COSTS_LISTED)
    .map((id) => ({
      path: `economic.costs.${id}`,
      code: 'report.unknown_answer' as const,
      params: { name: id },
    }));
}

/**
 * What the save changed, as the audit event keeps it: `answers` and `economic` with only the keys
 * that differ (kronor as JSON integers); a part with no change is left out.
 */
function contentChanges(
  before: ReportContent | null,
  after: ReportContent,
): { before: ReportContentChanges; after: ReportContentChanges } {
  const economic = (content: ReportContent | null) => {
    if (!content) return {};
    const { usedKr, costs, privateProviders, privateShareBand } = content.economic;
    return {
      usedKr: usedKr === null ? null : krToJson(usedKr),
      ...Object.fromEntries(
        Object.entries(costs).map(([id, kr]) => [`costs.${id}`, kr === null ? null : krToJson(kr)]),
      ),
      privateProviders,
      privateShareBand,
    };
  };
  const parts = {
    answers: changedValues(before?.answers ?? {}, after.answers),
    economic: changedValues(economic(before), economic(after)),
  };
  const result: Changes = { before: {}, after: {} };
  for (const [part, changes] of Object.entries(parts)) {
    if (Object.keys(changes.after).length === 0) continue;
    result.before[part] = changes.before;
    result.after[part] = changes.after;
  }
  // The changes are computed as plain records; the audit schema gives them their types.
  return {
    before: ReportContentChanges.parse(result.before),
    after: ReportContentChanges.parse(result.after),
  };
}
