import { MAX_JOINT_GRANTS, type JointReport } from '../../contracts/government-report';
import { authorize } from '../../domain/access/policy';
import { DomainError } from '../../domain/errors';
import { compareQuestion } from '../../domain/government-report/compare-years';
import { buildDistribution, jointDistribution } from '../../domain/government-report/distribution';
import { buildQuestionTable } from '../../domain/government-report/question-tables';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { loadReportData, type GrantReportData } from './load-report-data';
import { presentDistributionRow, presentTotals } from './present';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids of `a,b,c`: 1 to MAX_JOINT_GRANTS distinct grant ids, else government_report.grant_count. */
export function parseGrantIds(text: string): string[] {
  const ids = [
    ...new Set(
      text
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    ),
  ];
  if (ids.length === 0 || ids.length > MAX_JOINT_GRANTS || !ids.every((id) => UUID.test(id)))
    throw new DomainError('government_report.grant_count', { max: MAX_JOINT_GRANTS });
  return ids;
}

/**
 * A joint report over chosen grants, in the order given (seed 001: six grants side by side; seed
 * 002: one grant's years): each grant's distribution and use with the sums over all, every
 * recipient's rows side by side, and every question compared across the grants by its id.
 */
export async function getJointReport(
  ctx: ServiceContext,
  grantIdsText: string,
): Promise<JointReport> {
  authorize(ctx.user, 'agency.read');
  const ids = parseGrantIds(grantIdsText);
  const data: GrantReportData[] = [];
  // One grant after the other: each load is a handful of queries, and the pool is small.
  for (const id of ids) data.push(await loadReportData(ctx.db, await loadGrant(ctx.db, id)));
  const columns = data.map((d) => ({
    grantId: d.grant.id,
    name: d.grant.name,
    grantYear: d.grant.grantYear,
  }));
  const joint = jointDistribution(
    data.map((d, i) => ({ ...columns[i]!, table: buildDistribution(d.distribution) })),
  );
  const questionIds = [...new Set(data.flatMap((d) => d.questions.map((q) => q.id)))];
  return {
    grants: joint.grants.map((g) => ({ ...g, totals: presentTotals(g.totals) })),
    total: presentTotals(joint.total),
    recipients: joint.recipients.map((r) => ({
      ...r,
      byGrant: r.byGrant.map((row) => (row ? presentDistributionRow(row) : null)),
    })),
    questions: questionIds.map((questionId) =>
      compareQuestion(
        questionId,
        data.map((d, i) => {
          const question = d.questions.find((q) => q.id === questionId);
          return {
            ...columns[i]!,
            table: question ? buildQuestionTable(question, d.respondents) : null,
          };
        }),
      ),
    ),
  };
}
