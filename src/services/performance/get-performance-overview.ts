import type { GrantRecord } from '../../db/grants';
import {
  listInterestRegistrations,
  listPerformanceResults,
  listReportedFigures,
  type InterestRegistrationWithName,
  type PerformanceResultRecord,
  type PerformanceSetupRecord,
  type ReportedFiguresRecord,
} from '../../db/performance';
import type { ServiceContext } from '../common/context';
import { loadGrant } from '../grants/load-grant';
import { keyFromJson, loadSetup, requirePerformanceGrant } from './load-performance-inputs';
import { authorize } from '../../domain/access/policy';

export interface PerformanceOverview {
  grant: GrantRecord;
  setup: PerformanceSetupRecord | undefined;
  key: { recipientCount: number; totalKr: bigint; filename: string | null } | null;
  registrations: InterestRegistrationWithName[];
  figures: ReportedFiguresRecord[];
  results: PerformanceResultRecord[];
}

/** Everything the set-up page shows: the model, the key's size, registrations, figures, results. */
export async function getPerformanceOverview(
  ctx: ServiceContext,
  grantId: string,
): Promise<PerformanceOverview> {
  authorize(ctx.user, 'agency.read');
  const grant = requirePerformanceGrant(await loadGrant(ctx.db, grantId));
  const setup = await loadSetup(ctx.db, grant.id);
  const entries = setup?.key ? keyFromJson(setup.key) : null;
  return {
    grant,
    setup,
    key: entries && {
      recipientCount: entries.length,
      totalKr: entries.reduce((sum, entry) => sum + entry.keyKr, 0n),
      filename: setup?.keyFilename ?? null,
    },
    registrations: await listInterestRegistrations(ctx.db, grant.id),
    figures: await listReportedFigures(ctx.db, grant.id),
    results: await listPerformanceResults(ctx.db, grant.id),
  };
}
