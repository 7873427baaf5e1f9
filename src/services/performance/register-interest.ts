import { appendAuditEvent } from '../../db/audit';
import type { Executor } from '../../db/client';
import { insertInterestRegistrations, type PerformanceSetupRecord } from '../../db/performance';
import { deadlinePassed, localDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import type { Issue } from '../../domain/issues';
import type { ServiceContext } from '../common/context';
import { InvalidInputError } from '../common/invalid-input-error';
import { loadGrantForUpdate } from '../grants/load-grant';
import {
  loadSetup,
  requireKey,
  requireNoPublishedResult,
  requirePerformanceGrant,
} from './load-performance-inputs';
import { authorize } from '../../domain/access/policy';

/**
 * Registers expressions of interest ("intresseanmälan") in a performance-based grant on behalf of
 * recipients: every code must be in the grant's key, and the grant's last day to register
 * (inclusive, Europe/Stockholm) must not have passed. Codes already registered are left as they
 * are. Returns the codes newly registered; audited.
 * A recipient registers its own organisation's interest through own-interest.ts.
 */
export async function registerInterest(
  ctx: ServiceContext,
  input: { grantId: string; recipientCodes: readonly string[] },
): Promise<string[]> {
  authorize(ctx.user, 'grant.edit', { grantId: input.grantId });
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const grant = requirePerformanceGrant(await loadGrantForUpdate(tx, input.grantId));
    const setup = await loadSetup(tx, grant.id);
    const keyCodes = new Set(requireKey(setup).map((entry) => entry.recipientCode));
    requireInterestOpen(setup, now);
    const issues: Issue[] = input.recipientCodes.flatMap((code, index) =>
      keyCodes.has(code)
        ? []
        : [
            {
              path: `recipientCodes.${index}`,
              code: 'performance.recipient_not_eligible',
              params: { code },
            },
          ],
    );
    if (issues.length > 0) throw new InvalidInputError(issues);
    await requireNoPublishedResult(tx, grant.id);
    return saveRegistrations(ctx, tx, grant.id, input.recipientCodes);
  });
}

/** The last day to register (inclusive, Europe/Stockholm) must not have passed: else 409. */
export function requireInterestOpen(setup: PerformanceSetupRecord | undefined, now: Date): void {
  if (setup?.interestDeadlineOn && deadlinePassed(localDate(setup.interestDeadlineOn), now))
    throw new DomainError('performance.interest_deadline_passed', {
      interestDeadlineOn: setup.interestDeadlineOn,
    });
}

/** Registers the codes not registered yet, audited; returns the codes newly registered. */
export async function saveRegistrations(
  ctx: ServiceContext,
  tx: Executor,
  grantId: string,
  recipientCodes: readonly string[],
): Promise<string[]> {
  const now = ctx.now();
  const added = await insertInterestRegistrations(
    tx,
    grantId,
    [...new Set(recipientCodes)],
    ctx.actor,
    now,
  );
  if (added.length > 0)
    await appendAuditEvent(tx, {
      occurredAt: now,
      actor: ctx.actor,
      entityType: 'grant',
      entityId: grantId,
      grantId,
      action: 'performance.interest_registered',
      after: { recipientCodes: added },
    });
  return added;
}
