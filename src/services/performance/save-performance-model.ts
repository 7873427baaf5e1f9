import { appendAuditEvent } from '../../db/audit';
import { upsertPerformanceSetup, type PerformanceSetupRecord } from '../../db/performance';
import type { Issue } from '../../domain/issues';
import { parsePerformanceModelText } from '../../domain/performance/model';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadGrantForUpdate } from '../grants/load-grant';
import {
  loadSetup,
  requireNoPublishedResult,
  requirePerformanceGrant,
} from './load-performance-inputs';
import { authorize } from '../../domain/access/policy';
import { StoredModelSchema } from '../../db/schema';

export const PERFORMANCE_MODEL_FILE = 'model.json';

/**
 * Saves a performance-based grant's model (the model.json of docs/performance-model.md) and the
 * last days to register interest and to report figures (both inclusive, Europe/Stockholm). The model is checked by the domain parser and its total_kr must
 * be the grant's amount; every issue is reported with its JSON path (and an expression's
 * character position) and then nothing is saved. Audited with the model before and after.
 */
export async function savePerformanceModel(
  ctx: ServiceContext,
  input: {
    grantId: string;
    modelText: string;
    interestDeadlineOn: string | null;
    /** The last day recipients may report figures (inclusive); null: until a result is published. */
    figuresDeadlineOn?: string | null;
  },
): Promise<PerformanceSetupRecord> {
  authorize(ctx.user, 'grant.edit', { grantId: input.grantId });
  const parsed = parsePerformanceModelText(input.modelText);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = requirePerformanceGrant(await loadGrantForUpdate(tx, input.grantId));
    const issues: Issue[] = parsed.ok
      ? []
      : parsed.issues.map((issue) => ({ ...issue, file: PERFORMANCE_MODEL_FILE }));
    if (parsed.ok && parsed.model.totalKr !== grant.totalAmountKr)
      issues.push({
        file: PERFORMANCE_MODEL_FILE,
        path: 'total_kr',
        code: 'performance.total_differs_from_grant',
        params: {
          modelTotalKr: parsed.model.totalKr.toString(),
          totalAmountKr: grant.totalAmountKr.toString(),
        },
      });
    if (
      input.interestDeadlineOn &&
      input.figuresDeadlineOn &&
      input.figuresDeadlineOn < input.interestDeadlineOn
    )
      issues.push({
        path: 'figuresDeadlineOn',
        code: 'performance.figures_deadline_before_interest',
        params: {
          figuresDeadlineOn: input.figuresDeadlineOn,
          interestDeadlineOn: input.interestDeadlineOn,
        },
      });
    if (issues.length > 0) throw new InvalidInputError(issues);
    await requireNoPublishedResult(tx, grant.id);
    const before = await loadSetup(tx, grant.id);
    // The text parsed as a valid model above, so it is a JSON object.
    const model = StoredModelSchema.parse(JSON.parse(input.modelText));
    const figuresDeadlineOn = input.figuresDeadlineOn ?? null;
    const after = await upsertPerformanceSetup(
      tx,
      grant.id,
      { model, interestDeadlineOn: input.interestDeadlineOn, figuresDeadlineOn },
      now,
    );
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'grant',
      entityId: grant.id,
      grantId: grant.id,
      action: 'performance.model_saved',
      before: before
        ? {
            model: before.model,
            interestDeadlineOn: before.interestDeadlineOn,
            figuresDeadlineOn: before.figuresDeadlineOn,
          }
        : null,
      after: { model, interestDeadlineOn: input.interestDeadlineOn, figuresDeadlineOn },
    });
    return after;
  });
}
