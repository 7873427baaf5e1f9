// The task list ("Att göra") of the signed-in person: for a recipient's staff what their own
// organisation must do (requisition, sign, report, submit), for a case officer what is late or
// blocks a payout, for a decision maker what waits for a decision or an approval. Read only; each
// kind is counted from the same records the feature's own pages show, so the list and the page
// never disagree. The cost is bounded by the number of grants (a few queries per grant the role
// concerns), never by anything in the request.
import { listGrants, type GrantRecord } from '../../db/grants';
import { listAllocationRows } from '../../db/allocations';
import { listDecisionsForGrant } from '../../db/decisions';
import {
  listDecisionsForPayout,
  listPaymentAccountChanges,
  listPaymentAccounts,
  listPayoutBatches,
} from '../../db/payouts';
import {
  findReportForm,
  listAllocatedRecipients,
  listDeadlineExtensions,
  listReports,
} from '../../db/reporting';
import { listGrantRequisitions, listLatePermissions } from '../../db/requisitions';
import { can, type SessionUser } from '../../domain/access/policy';
import { deadlinePassed, localDate } from '../../domain/dates';
import { buildPayoutLines, payableDecisions } from '../../domain/decisions/payout-batch';
import { requisitionState } from '../../domain/requisition/requisition';
import type { TaskKind } from '../../contracts/tasks';
import type { ServiceContext } from '../common/context';
import { listMyGrants, type MyGrant } from '../grants/list-my-grants';
import { organisationCodes } from '../recipients/own-organisation';
import { listRoleAssignments, listUsers } from '../../db/users';

/** Prepared by someone who may not sign: the organisation's signatories must act now. */
export interface HandedOffItem {
  kind: 'requisition_to_sign' | 'report_to_submit';
  grant: GrantRecord;
  dueOn: string | null;
  signatories: string[];
}

export interface TaskItem {
  kind: TaskKind;
  grant: GrantRecord;
  count: number;
  dueOn: string | null;
}

/**
 * Every task of the user, the ones with the earliest last day first (those without one last), and
 * what they handed off to their organisation's signatories.
 */
export async function listTasks(
  ctx: ServiceContext,
): Promise<{ tasks: TaskItem[]; handedOff: HandedOffItem[] }> {
  const user = ctx.user;
  if (!user) return { tasks: [], handedOff: [] };
  const tasks: TaskItem[] = [];
  const handedOff: HandedOffItem[] = [];
  if (can(user, 'own_organisation.read')) {
    const own = await recipientTasks(ctx, user);
    for (const task of own.tasks) tasks.push(task);
    for (const item of own.handedOff) handedOff.push(item);
  }
  if (can(user, 'agency.read')) for (const task of await agencyTasks(ctx, user)) tasks.push(task);
  return { tasks: sortByDue(tasks), handedOff: sortByDue(handedOff) };
}

function sortByDue<T extends { dueOn: string | null; grant: GrantRecord; kind: string }>(
  tasks: T[],
): T[] {
  return tasks.sort(
    (a, b) =>
      (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') ||
      a.grant.name.localeCompare(b.grant.name, 'sv') ||
      a.kind.localeCompare(b.kind),
  );
}

async function recipientTasks(
  ctx: ServiceContext,
  user: SessionUser,
): Promise<{ tasks: TaskItem[]; handedOff: HandedOffItem[] }> {
  const now = ctx.now();
  const signs = can(user, 'requisition.sign');
  const submits = can(user, 'report.submit');
  const items = await listMyGrants(ctx);
  const handedOff: HandedOffItem[] = [];
  const handOff = async (kind: HandedOffItem['kind'], grant: GrantRecord, dueOn: string | null) =>
    handedOff.push({ kind, grant, dueOn, signatories: await signatoriesOf(ctx, user) });
  for (const item of items) {
    if (item.window !== 'closed' && item.requisition?.status === 'draft' && !signs)
      await handOff('requisition_to_sign', item.grant, item.grant.requisitionDeadlineOn);
    const { report, deadlineOn } = item.followUp;
    const reportOpen = deadlineOn === null || !deadlinePassed(localDate(deadlineOn), now);
    if (item.followUp.hasForm && reportOpen && report?.status === 'draft' && !submits)
      await handOff('report_to_submit', item.grant, deadlineOn);
  }
  const tasks = items.flatMap((item: MyGrant): TaskItem[] => {
    const own = (kind: TaskKind, dueOn: string | null): TaskItem => ({
      kind,
      grant: item.grant,
      count: 1,
      dueOn,
    });
    const found: TaskItem[] = [];
    const deadline = item.grant.requisitionDeadlineOn;
    const requisitionStatus = item.requisition?.status;
    if (item.window !== 'closed') {
      if (requisitionStatus === undefined || requisitionStatus === 'withdrawn')
        found.push(own('requisition_to_start', deadline));
      else if (requisitionStatus === 'draft' && signs)
        found.push(own('requisition_to_sign', deadline));
    }
    const { hasForm, report, deadlineOn } = item.followUp;
    const reportOpen = deadlineOn === null || !deadlinePassed(localDate(deadlineOn), now);
    if (hasForm && reportOpen && report?.status !== 'submitted') {
      if (report?.status === 'draft' && submits) found.push(own('report_to_submit', deadlineOn));
      else found.push(own('report_to_fill', deadlineOn));
    }
    return found;
  });
  return { tasks, handedOff };
}

/** The names of the active signatories of the user's organisation (both codes of Gotland). */
async function signatoriesOf(ctx: ServiceContext, user: SessionUser): Promise<string[]> {
  const codes = await organisationCodes(ctx.db, user);
  const accounts = (
    await Promise.all(codes.map((recipientCode) => listUsers(ctx.db, { recipientCode })))
  )
    .flat()
    .filter((account) => account.active);
  const signing = new Set(
    (
      await listRoleAssignments(
        ctx.db,
        accounts.map((a) => a.id),
      )
    )
      .filter((assignment) => assignment.role === 'recipient_signatory')
      .map((assignment) => assignment.userId),
  );
  return accounts.filter((a) => signing.has(a.id)).map((a) => a.name);
}

async function agencyTasks(ctx: ServiceContext, user: SessionUser): Promise<TaskItem[]> {
  // Every grant: a performance-based grant is decided and paid while it is still a draft.
  const grants = await listGrants(ctx.db);
  const tasks: TaskItem[] = [];
  for (const grant of grants) {
    const scope = { grantId: grant.id };
    const found: TaskItem[][] = [];
    if (can(user, 'requisition.administer', scope)) found.push(await lateRequisitions(ctx, grant));
    if (can(user, 'report.manage', scope)) found.push(await lateReports(ctx, grant));
    if (can(user, 'payout.manage', scope) || can(user, 'payment_account.confirm'))
      found.push(await missingAccounts(ctx, user, grant));
    for (const task of found.flat()) tasks.push(task);
    if (can(user, 'decision.issue', scope)) {
      const drafts = (await listDecisionsForGrant(ctx.db, grant.id)).filter(
        (d) => d.status === 'draft',
      );
      if (drafts.length > 0)
        tasks.push({ kind: 'decisions_to_issue', grant, count: drafts.length, dueOn: null });
    }
    if (can(user, 'payout.approve', scope)) {
      // The one who built a batch never approves it (docs/access.md), so it is not their task.
      const batches = (await listPayoutBatches(ctx.db, grant.id)).filter(
        (b) => b.status === 'draft' && b.createdBy !== ctx.actor,
      );
      const first = batches.map((b) => b.paymentOn).sort()[0];
      if (first !== undefined)
        tasks.push({ kind: 'payouts_to_approve', grant, count: batches.length, dueOn: first });
    }
  }
  return tasks;
}

/** Recipients in the key who neither signed nor declined by the deadline and may not requisition late. */
async function lateRequisitions(ctx: ServiceContext, grant: GrantRecord): Promise<TaskItem[]> {
  const deadline = grant.requisitionDeadlineOn;
  if (
    grant.status === 'draft' ||
    grant.distributionMethod !== 'allocation_key' ||
    !grant.publishedAllocationId ||
    !deadline
  )
    return [];
  const now = ctx.now();
  if (!deadlinePassed(localDate(deadline), now)) return [];
  const [rows, requisitions, permissions] = await Promise.all([
    listAllocationRows(ctx.db, grant.publishedAllocationId),
    listGrantRequisitions(ctx.db, grant.id),
    listLatePermissions(ctx.db, grant.id),
  ]);
  const byCode = new Map(requisitions.map((r) => [r.recipientCode, r]));
  const mayStillRequisition = new Set(
    permissions
      .filter((p) => !deadlinePassed(localDate(p.untilOn), now))
      .map((p) => p.recipientCode),
  );
  const late = rows.filter((row) => {
    const state = requisitionState(byCode.get(row.recipientCode));
    return (
      state !== 'signed' && state !== 'declined' && !mayStillRequisition.has(row.recipientCode)
    );
  }).length;
  return late > 0 ? [{ kind: 'requisitions_late', grant, count: late, dueOn: deadline }] : [];
}

/** Reports not submitted after their last day (the recipient's extension, else the grant's). */
async function lateReports(ctx: ServiceContext, grant: GrantRecord): Promise<TaskItem[]> {
  if (grant.status === 'draft') return [];
  const form = await findReportForm(ctx.db, grant.id);
  if (!form || form.voluntary) return [];
  const [recipients, reports, extensions] = await Promise.all([
    listAllocatedRecipients(ctx.db, grant.id),
    listReports(ctx.db, grant.id),
    listDeadlineExtensions(ctx.db, grant.id),
  ]);
  const submitted = new Set(
    reports.filter((r) => r.status === 'submitted').map((r) => r.recipientCode),
  );
  const extended = new Map(extensions.map((e) => [e.recipientCode, e.deadlineOn]));
  const now = ctx.now();
  const late = recipients.filter(({ recipientCode }) => {
    const deadlineOn = extended.get(recipientCode) ?? grant.reportingDeadlineOn;
    return (
      !submitted.has(recipientCode) &&
      deadlineOn !== null &&
      deadlinePassed(localDate(deadlineOn), now)
    );
  }).length;
  return late > 0
    ? [{ kind: 'reports_late', grant, count: late, dueOn: grant.reportingDeadlineOn }]
    : [];
}

/**
 * Recipients whose issued decisions wait for a payout but who have no payment account in force:
 * for the case officer who builds the batch, those still missing one; for a second person, those
 * whose account someone else changed and that wait for their confirmation (four eyes).
 */
async function missingAccounts(
  ctx: ServiceContext,
  user: SessionUser,
  grant: GrantRecord,
): Promise<TaskItem[]> {
  const payable = payableDecisions(await listDecisionsForPayout(ctx.db, grant.id));
  if (payable.length === 0) return [];
  const codes = [...new Set(payable.map((d) => d.recipientCode))];
  const accounts = new Map(
    (await listPaymentAccounts(ctx.db, codes)).map((a) => [a.recipientCode, a]),
  );
  const build = buildPayoutLines(payable, accounts);
  if (build.ok) return [];
  const tasks: TaskItem[] = [];
  if (can(user, 'payout.manage', { grantId: grant.id }))
    tasks.push({
      kind: 'payment_accounts_missing',
      grant,
      count: build.missingAccounts.length,
      dueOn: null,
    });
  if (can(user, 'payment_account.confirm')) {
    const missing = build.missingAccounts;
    const toConfirm = (await listPaymentAccountChanges(ctx.db, missing)).filter(
      (change) => change.proposedBy !== ctx.actor,
    );
    if (toConfirm.length > 0)
      tasks.push({
        kind: 'payment_accounts_to_confirm',
        grant,
        count: toConfirm.length,
        dueOn: null,
      });
  }
  return tasks;
}
