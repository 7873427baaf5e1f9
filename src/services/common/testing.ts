// Helpers for tests of the use cases and the API: the set-ups several suites share.
import type { ServiceContext } from './context';
import {
  setUpReportingGrant,
  submitSyntheticReports,
  synthetic2024Reports,
} from '../demo/load-reporting-demo';

/**
 * The 2024 elderly care grant (reporting deadline 2025-02-28) with the synthetic reports of seed 000
 * submitted at the context's time: those of `codes`, or all 290 without. Returns the grant's id.
 */
export async function setUpSubmittedReports(
  ctx: ServiceContext,
  codes?: readonly string[],
): Promise<string> {
  const grantId = await setUpReportingGrant(ctx, '2025-02-28');
  const reports = await synthetic2024Reports();
  await submitSyntheticReports(
    ctx,
    grantId,
    codes ? reports.filter((r) => codes.includes(r.recipientCode)) : reports,
  );
  return grantId;
}
