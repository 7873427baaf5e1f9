// The rules of a requisition (rekvisition) and of the second round (andra omgången): pure, no I/O.
// The services load the grant, its allocation and the requisitions, call these and save the result.
import { allocate } from '../allocation/allocate';
import type { AllocationRowResult } from '../allocation/types';
import { deadlinePassed, type LocalDate } from '../dates';
import type { Issue } from '../issues';
import { fromBigInt, mul, rational, toDecimalString } from '../rational';

/** What a recipient fills in. `amountKr` null when it declines (avstår). */
export interface RequisitionContent {
  declines: boolean;
  amountKr: bigint | null;
  wantsMore: boolean;
  moreAmountKr: bigint | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export interface RequisitionTerms {
  /** The organisation's amount in the grant's published allocation: the most it may requisition. */
  allocatedKr: bigint;
  /** Whether the grant has a second round, so the recipient may ask for more. */
  secondRound: boolean;
}

/**
 * Every rule the content breaks: an amount is whole kronor with 0 < amount ≤ the allocation; a
 * decline carries no amount and asks for nothing more; asking for more needs a second round and a
 * positive amount. The HTTP schema has already checked the types (integers, lengths, email).
 */
export function checkRequisition(content: RequisitionContent, terms: RequisitionTerms): Issue[] {
  const issues: Issue[] = [];
  if (content.declines) {
    if (content.amountKr !== null)
      issues.push({ path: 'amountKr', code: 'requisition.declines_with_amount', params: {} });
    if (content.wantsMore)
      issues.push({ path: 'wantsMore', code: 'requisition.declines_with_more', params: {} });
  } else if (content.amountKr === null) {
    issues.push({ path: 'amountKr', code: 'requisition.amount_missing', params: {} });
  } else if (content.amountKr <= 0n) {
    issues.push({
      path: 'amountKr',
      code: 'requisition.amount_not_positive',
      params: { amountKr: content.amountKr.toString() },
    });
  } else if (content.amountKr > terms.allocatedKr) {
    issues.push({
      path: 'amountKr',
      code: 'requisition.amount_over_allocation',
      params: { amountKr: content.amountKr.toString(), allocatedKr: terms.allocatedKr.toString() },
    });
  }
  if (content.wantsMore && !terms.secondRound)
    issues.push({ path: 'wantsMore', code: 'requisition.no_second_round', params: {} });
  if (content.wantsMore && (content.moreAmountKr === null || content.moreAmountKr <= 0n))
    issues.push({ path: 'moreAmountKr', code: 'requisition.more_amount_missing', params: {} });
  if (!content.wantsMore && content.moreAmountKr !== null)
    issues.push({
      path: 'moreAmountKr',
      code: 'requisition.more_amount_without_request',
      params: {},
    });
  return issues;
}

/** Two contents are the same requisition (a retried create is then harmless). */
export function sameContent(a: RequisitionContent, b: RequisitionContent): boolean {
  return (
    a.declines === b.declines &&
    a.amountKr === b.amountKr &&
    a.wantsMore === b.wantsMore &&
    a.moreAmountKr === b.moreAmountKr &&
    a.contactName === b.contactName &&
    a.contactEmail === b.contactEmail &&
    a.contactPhone === b.contactPhone
  );
}

export type RequisitionWindow = 'open' | 'open_late' | 'closed';

/**
 * Whether a recipient may requisition (or change, sign, withdraw) at `now`: until the grant's
 * deadline (inclusive to 23:59:59.999 Europe/Stockholm), and after it until the day the case
 * officer's late permission for that recipient names. A grant without a deadline stays open.
 */
export function requisitionWindow(
  deadlineOn: LocalDate | null,
  latePermissionUntilOn: LocalDate | null,
  now: Date,
): RequisitionWindow {
  if (deadlineOn === null || !deadlinePassed(deadlineOn, now)) return 'open';
  if (latePermissionUntilOn !== null && !deadlinePassed(latePermissionUntilOn, now))
    return 'open_late';
  return 'closed';
}

export type RequisitionState = 'not_started' | 'draft' | 'signed' | 'declined' | 'withdrawn';

/** The status the overview shows: a signed decline is "declined". */
export function requisitionState(
  requisition: { status: 'draft' | 'signed' | 'withdrawn'; declines: boolean } | undefined,
): RequisitionState {
  if (!requisition) return 'not_started';
  if (requisition.status === 'signed' && requisition.declines) return 'declined';
  return requisition.status;
}

/** `part` of `whole` as a percentage with one decimal ("37.5"); "0.0" of nothing. */
export function percentOf(part: bigint, whole: bigint): string {
  if (whole === 0n) return '0.0';
  return toDecimalString(mul(rational(part, whole), fromBigInt(100n)), 1);
}

export interface SecondRoundRequest {
  recipientCode: string;
  /** The weight: the recipient's amount in the grant's published allocation. */
  keyKr: bigint;
  /** What it asked for on top of its requisition: its cap. */
  requestedKr: bigint;
}

export interface SecondRoundResult {
  /** The grant's sum minus every signed first-round amount: what the second round shares. */
  leftoverKr: bigint;
  rows: AllocationRowResult[];
  totalKr: bigint;
  /** Left when every request is filled (or nobody asked): stays unallocated. */
  unallocatedKr: bigint;
}

/**
 * The second round: `grantTotalKr − signedTotalKr` split by the grant's key among those who asked
 * for more, each capped at what it asked for (the allocation engine's water-filling with
 * largest-remainder rounding, so every row explains itself). Money left when every request is
 * filled stays unallocated.
 */
export function computeSecondRound(input: {
  grantTotalKr: bigint;
  signedTotalKr: bigint;
  requests: readonly SecondRoundRequest[];
}): SecondRoundResult {
  const leftoverKr =
    input.grantTotalKr > input.signedTotalKr ? input.grantTotalKr - input.signedTotalKr : 0n;
  const requests = input.requests.filter((r) => r.requestedKr > 0n && r.keyKr > 0n);
  if (requests.length === 0 || leftoverKr === 0n)
    return {
      leftoverKr,
      rows: requests.length === 0 ? [] : allocateRound(0n, requests).rows,
      totalKr: 0n,
      unallocatedKr: leftoverKr,
    };
  const result = allocateRound(leftoverKr, requests);
  return {
    leftoverKr,
    rows: result.rows,
    totalKr: result.totalKr,
    unallocatedKr: result.unallocatedKr,
  };
}

function allocateRound(budgetKr: bigint, requests: readonly SecondRoundRequest[]) {
  return allocate(
    {
      budgetKr,
      components: [{ name: 'Fördelningsnyckel', indicator: 'key_kr' }],
      minimumKr: 0n,
      capColumn: 'requested_kr',
    },
    requests.map((r) => ({
      recipientCode: r.recipientCode,
      indicators: { key_kr: fromBigInt(r.keyKr) },
      capKr: r.requestedKr,
    })),
  );
}
