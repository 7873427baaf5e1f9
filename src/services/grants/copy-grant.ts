import { appendAuditEvent } from '../../db/audit';
import { insertGrant, type GrantRecord } from '../../db/grants';
import type { ServiceContext } from '../common/context';
import { loadGrant } from './load-grant';
import { authorize } from '../../domain/access/policy';
import { grantSnapshot } from '../../db/audit-snapshots/grants';

/**
 * Next year's grant from this one: the same terms, the given grant year, every date moved by the
 * difference in years, as a new draft without an allocation (each year gets its own key).
 */
export async function copyGrant(
  ctx: ServiceContext,
  input: { id: string; grantYear: number },
): Promise<GrantRecord> {
  const now = ctx.now();
  authorize(ctx.user, 'grant.create');
  return ctx.db.transaction(async (tx) => {
    const source = await loadGrant(tx, input.id);
    const years = input.grantYear - source.grantYear;
    const shift = (date: string | null) => (date === null ? null : shiftDateByYears(date, years));
    const copy = await insertGrant(tx, {
      name: source.name,
      grantYear: input.grantYear,
      legalBasis: source.legalBasis,
      appropriation: source.appropriation,
      appropriationItem: source.appropriationItem,
      totalAmountKr: source.totalAmountKr,
      eligibleRecipientTypes: source.eligibleRecipientTypes,
      purpose: source.purpose,
      usageAreas: source.usageAreas,
      distributionMethod: source.distributionMethod,
      callOn: shift(source.callOn),
      requisitionDeadlineOn: shift(source.requisitionDeadlineOn),
      usageStartOn: shift(source.usageStartOn),
      usageEndOn: shift(source.usageEndOn),
      reportingDeadlineOn: shift(source.reportingDeadlineOn),
      repaymentDeadlineOn: shift(source.repaymentDeadlineOn),
      repaymentRequired: source.repaymentRequired,
      waiverThresholdKr: source.waiverThresholdKr,
      minimumAmountKr: source.minimumAmountKr,
      privateProvidersShareRequired: source.privateProvidersShareRequired,
      secondRound: source.secondRound,
      status: 'draft',
      version: 1,
      publishedAllocationId: null,
      copiedFromGrantId: source.id,
      createdAt: now,
      updatedAt: now,
    });
    const event = { occurredAt: now, actor: ctx.actor, entityType: 'grant' as const };
    await appendAuditEvent(tx, {
      ...event,
      entityId: copy.id,
      grantId: copy.id,
      action: 'grant.created_as_copy',
      after: grantSnapshot(copy),
    });
    // The source's history shows that it was copied, and to which grant.
    await appendAuditEvent(tx, {
      ...event,
      entityId: source.id,
      grantId: source.id,
      action: 'grant.copied',
      after: { copyId: copy.id, grantYear: copy.grantYear },
    });
    return copy;
  });
}

/**
 * Moves a YYYY-MM-DD date by whole years. 29 February becomes 28 February in a year without it
 * (the last day of the same month, as a deadline "end of February" is meant).
 */
export function shiftDateByYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const targetYear = year + years;
  const lastDay = new Date(Date.UTC(targetYear, month, 0)).getUTCDate();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(month, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}
