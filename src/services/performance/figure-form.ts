// One recipient's figures in a form (issue 6): what the portal and the agency's form show, and the
// save both make. The checks of a value are the domain's (readFigureValues), the same as for an
// upload's cells; here they are reported by field (`values.<figure>`), and nothing is stored on any
// issue. Every save is a new version of the recipient's row (409 for a stale one) and is audited
// with the values before and after.
import { appendAuditEvent } from '../../db/audit';
import type { Executor } from '../../db/client';
import type { GrantRecord } from '../../db/grants';
import {
  findReportedFigures,
  listPerformanceResults,
  saveReportedFigures,
  type PerformanceSetupRecord,
  type ReportedFiguresRecord,
} from '../../db/performance';
import { findRecipientsByCodes } from '../../db/recipients';
import { deadlinePassed, localDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import type { Issue } from '../../domain/issues';
import { readFigureValues } from '../../domain/performance/figure-values';
import type { PerformanceModel } from '../../domain/performance/types';
import { toCanonicalString } from '../../domain/rational';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { requireModel } from './load-performance-inputs';

export type FigureSource = ReportedFiguresRecord['source'];

/** One recipient's figures and whether they may still be changed by whoever asks. */
export interface FiguresView {
  grant: GrantRecord;
  recipientCode: string;
  recipientName: string;
  model: PerformanceModel;
  row: ReportedFiguresRecord | undefined;
  figuresDeadlineOn: string | null;
  /** Why the form is closed to the asker; null while it may save. */
  closedReason: 'result_published' | 'figures_deadline_passed' | null;
}

export interface FiguresInput {
  /** As typed, by figure name ("12,5"); null or "" = left empty. */
  values: Record<string, string | null>;
  /** The version of the row the form was filled from; null when there was none. */
  version: number | null;
}

export async function resultPublished(executor: Executor, grantId: string): Promise<boolean> {
  return (await listPerformanceResults(executor, grantId)).some((r) => r.status === 'published');
}

/** The recipient's last day to report (inclusive, Europe/Stockholm) has passed. */
export function figuresDeadlinePassed(setup: PerformanceSetupRecord, now: Date): boolean {
  return (
    setup.figuresDeadlineOn !== null && deadlinePassed(localDate(setup.figuresDeadlineOn), now)
  );
}

export async function buildFiguresView(
  executor: Executor,
  input: {
    grant: GrantRecord;
    setup: PerformanceSetupRecord;
    recipientCode: string;
    closedReason: FiguresView['closedReason'];
  },
): Promise<FiguresView> {
  const [recipient] = await findRecipientsByCodes(executor, [input.recipientCode]);
  return {
    grant: input.grant,
    recipientCode: input.recipientCode,
    recipientName: recipient?.name ?? input.recipientCode,
    model: requireModel(input.setup),
    row: await findReportedFigures(executor, input.grant.id, input.recipientCode),
    figuresDeadlineOn: input.setup.figuresDeadlineOn,
    closedReason: input.closedReason,
  };
}

/** Every issue of the input by field: a name that is no figure, and each figure's value. */
function checkValues(model: PerformanceModel, values: FiguresInput['values']) {
  const known = model.figures.map((figure) => figure.name);
  const issues: Issue[] = Object.keys(values)
    .filter((name) => !known.includes(name))
    .map((name) => ({
      path: `values.${name}`,
      code: 'performance.unknown_figure',
      params: { figure: name, known: known.join(', ') },
    }));
  const texts = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? '']));
  const read = readFigureValues(model.figures, texts);
  const labels = new Map(model.figures.map((figure) => [figure.name, figure.label]));
  // In a form the figure is named by its label, as the person sees it.
  if (!read.ok) {
    for (const issue of read.issues)
      issues.push({
        path: `values.${issue.figure}`,
        code: issue.code,
        params:
          'figure' in issue.params
            ? { ...issue.params, figure: labels.get(issue.figure) ?? issue.figure }
            : issue.params,
      });
  }
  if (issues.length > 0 || !read.ok) throw new InvalidInputError(issues);
  return Object.fromEntries(
    [...read.values].map(([name, value]) => [
      name,
      value === undefined ? null : toCanonicalString(value),
    ]),
  );
}

/**
 * Checks and saves one recipient's figures in the caller's transaction (the grant locked, the
 * recipient's registration and the form's openness already checked); audited.
 */
export async function saveFigureForm(
  ctx: ServiceContext,
  tx: Executor,
  input: FiguresInput & {
    grant: GrantRecord;
    setup: PerformanceSetupRecord;
    recipientCode: string;
    source: 'portal' | 'agency_form';
  },
): Promise<void> {
  const values = checkValues(requireModel(input.setup), input.values);
  const previous = await findReportedFigures(tx, input.grant.id, input.recipientCode, {
    forUpdate: true,
  });
  if ((previous?.version ?? null) !== input.version)
    throw new DomainError('performance.figures_version_conflict', {
      recipientCode: input.recipientCode,
      expected: String(input.version ?? 'none'),
      actual: String(previous?.version ?? 'none'),
    });
  const now = ctx.now();
  const saved = await saveReportedFigures(
    tx,
    {
      grantId: input.grant.id,
      recipientCode: input.recipientCode,
      values,
      source: input.source,
      savedBy: ctx.actor,
      previous,
    },
    now,
  );
  const state = (row: ReportedFiguresRecord) => ({
    recipientCode: row.recipientCode,
    values: row.values,
    source: row.source,
    sourceFilename: row.sourceFilename,
    sourceLine: row.sourceLine,
    version: row.version,
  });
  await appendAuditEvent(tx, {
    occurredAt: now,
    actor: ctx.actor,
    entityType: 'grant',
    entityId: input.grant.id,
    grantId: input.grant.id,
    action: 'performance.figures_saved',
    before: previous ? state(previous) : null,
    after: state(saved),
  });
}
