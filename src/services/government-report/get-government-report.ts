import type { GovernmentReport } from '../../contracts/government-report';
import { findGrant } from '../../db/grants';
import { authorize } from '../../domain/access/policy';
import { DomainError } from '../../domain/errors';
import { buildDistribution } from '../../domain/government-report/distribution';
import {
  filterRespondents,
  sourceLine,
  type RespondentFilter,
} from '../../domain/government-report/model';
import { buildQuestionTables } from '../../domain/government-report/question-tables';
import type { ServiceContext } from '../common/context';
import { parseSizeGroup, SIZE_GROUPS, type SizeGroup } from '../../domain/recipients/size-group';
import { loadGrant } from '../grants/load-grant';
import { loadReportData, type GrantReportData } from './load-report-data';
import { presentDistributionRow, presentTable, presentTotals, type Audience } from './present';

/** The groups the register holds for the grant's recipients, in SKR's order, with their counts. */
function sizeGroupsOf(data: GrantReportData): GovernmentReport['sizeGroups'] {
  const counts = new Map<SizeGroup, number>();
  for (const { recipientCode } of data.distribution) {
    const group = parseSizeGroup(data.facts.get(recipientCode)?.sizeGroup ?? '');
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return SIZE_GROUPS.flatMap((group) => {
    const recipients = counts.get(group);
    return recipients ? [{ group, recipients }] : [];
  });
}

/** The report's tables of loaded data, for an audience, over the respondents a filter keeps. */
export function buildGovernmentReport(
  data: GrantReportData,
  filter: RespondentFilter,
  audience: Audience,
): GovernmentReport {
  const respondents = filterRespondents(data.respondents, data.facts, filter);
  const kept = (code: string) =>
    filterRespondents([{ recipientCode: code, answers: {} }], data.facts, filter).length === 1;
  const distribution = buildDistribution(data.distribution.filter((d) => kept(d.recipientCode)));
  const source = sourceLine(data.grant.grantYear);
  return {
    grant: {
      grantId: data.grant.id,
      name: data.grant.name,
      grantYear: data.grant.grantYear,
      status: data.grant.status,
    },
    audience,
    filter: {
      countyCode: filter.countyCode ?? null,
      sizeGroup: parseSizeGroup(filter.sizeGroup ?? '') ?? null,
      privateProviders: filter.privateProviders ?? null,
    },
    sizeGroups: audience === 'open_data' ? [] : sizeGroupsOf(data),
    formVersion: data.formVersion,
    source,
    respondents: respondents.length,
    distribution: {
      rows: audience === 'open_data' ? [] : distribution.rows.map(presentDistributionRow),
      totals: presentTotals(distribution.totals),
    },
    tables: buildQuestionTables(data.questions, respondents).flatMap((table) => {
      const shown = presentTable(table, source, audience, data.names);
      return shown ? [shown] : [];
    }),
  };
}

/**
 * The case officer's report to the government on a grant: every table, free text and the
 * per-recipient annex, over the submitted reports, optionally of one county, of one municipality
 * group (SKR's, as the register holds it) or of those that answered the private-provider question
 * a given way.
 */
export async function getGovernmentReport(
  ctx: ServiceContext,
  grantId: string,
  filter: RespondentFilter,
): Promise<GovernmentReport> {
  authorize(ctx.user, 'agency.read');
  const grant = await loadGrant(ctx.db, grantId);
  return buildGovernmentReport(await loadReportData(ctx.db, grant), filter, 'agency');
}

/**
 * Open data, for anyone without signing in: the aggregated tables of a grant whose follow-up is
 * finished (status `finished`): no free text, no per-recipient rows, no filters (a county of one
 * municipality would be that municipality's answers). Any other grant, or none: not_public (404).
 */
export async function getOpenDataReport(
  ctx: ServiceContext,
  grantId: string,
): Promise<GovernmentReport> {
  const grant = await findGrant(ctx.db, grantId);
  if (!grant || grant.status !== 'finished')
    throw new DomainError('government_report.not_public', { grantId });
  return buildGovernmentReport(await loadReportData(ctx.db, grant), {}, 'open_data');
}
