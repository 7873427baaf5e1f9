// Who may do what: THE place for access rules (docs/access.md). Routes declare the action they
// perform and are refused early when no role could ever allow it; use cases then call `authorize`
// (or `can`) with the resource, where the scope is known (which grant, which organisation).
import type { Role, RoleAssignment } from './roles';
import { DomainError } from '../errors';

/** The signed-in person as the use cases see them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  /** The organisation of a recipient's staff; null for agency staff. */
  recipientCode: string | null;
  roles: RoleAssignment[];
}

/**
 * How far a role's permission reaches:
 * - `any`: everywhere;
 * - `grant`: the grant of the assignment (or every grant when it names none);
 * - `all_grants`: only an assignment for every grant (creating grants concerns no one grant);
 * - `organisation`: only the user's own organisation.
 */
type Scope = 'any' | 'grant' | 'all_grants' | 'organisation';

const AGENCY_READ = {
  admin: 'any',
  case_officer: 'any',
  decision_maker: 'any',
  analyst: 'any',
} as const;
const EVERYONE = {
  ...AGENCY_READ,
  recipient_user: 'any',
  recipient_signatory: 'any',
} as const;

/** Action × role × scope. A role not listed for an action may not take it. */
export const POLICY = {
  /** Every grant incl. drafts, every allocation, audit logs, comparisons, list of grants. */
  'agency.read': AGENCY_READ,
  /** A published grant and its published allocation: public documents (docs/access.md). */
  'published.read': EVERYONE,
  /** The register of municipalities and regions (public). */
  'recipient.read': EVERYONE,
  'recipient.import': { admin: 'any', case_officer: 'all_grants' },
  'grant.create': { case_officer: 'all_grants' },
  /** Edit a draft grant, import or compute and publish its allocations. */
  'grant.edit': { case_officer: 'grant' },
  /** Move a grant one status step (publish, close, …). */
  'grant.change_status': { case_officer: 'grant', decision_maker: 'any' },
  /** Accounts: every account for an admin, the own organisation's for a signatory. */
  'user.read': { admin: 'any', recipient_signatory: 'organisation' },
  'user.manage': { admin: 'any', recipient_signatory: 'organisation' },
  /** Issue a new one-time password link (a reset): administrators only. */
  'user.reset_password': { admin: 'any' },
  /** Remove an account's binding to an OpenID Connect identity: administrators only. */
  'user.unbind_identity': { admin: 'any' },
  /** The agency's settings: letterhead, reference series, repayment bankgiro, appeal text. */
  'settings.manage': { admin: 'any' },
  /** Remove expired and idle sessions (the server does it itself, as the system, every hour). */
  'session.purge_expired': { admin: 'any' },
  /** Design a grant's follow-up form and its reporting settings (docs/reporting.md). */
  'report_form.edit': { case_officer: 'grant' },
  /** A follow-up report: every one for agency staff, the own organisation's for its staff. */
  'report.read': {
    ...AGENCY_READ,
    recipient_user: 'organisation',
    recipient_signatory: 'organisation',
  },
  /** Fill in the own organisation's report and save drafts. */
  'report.write': { recipient_user: 'organisation', recipient_signatory: 'organisation' },
  /** Submit the own organisation's report: the signatory only. */
  'report.submit': { recipient_signatory: 'organisation' },
  /** Reopen a submitted report or extend a recipient's deadline, with a recorded reason. */
  'report.manage': { case_officer: 'grant' },
  /** Register payments received against repayment demands and clawbacks (docs/audit-and-clawback.md). */
  'receivable.manage': { case_officer: 'grant' },
  /** Draw audit samples of submitted reports, record findings, prepare clawbacks. */
  'audit.manage': { case_officer: 'grant' },
  /** The published grants the own organisation receives money from. */
  'own_organisation.read': { recipient_user: 'organisation', recipient_signatory: 'organisation' },
  /** Draft, change or decline the own organisation's requisition (a change needs a new signature). */
  'requisition.prepare': { recipient_user: 'organisation', recipient_signatory: 'organisation' },
  /** Sign or withdraw the own organisation's requisition: the signatory (firmatecknare) only. */
  'requisition.sign': { recipient_signatory: 'organisation' },
  /** A late permission for one recipient; run and confirm the second round (of its grant). */
  'requisition.administer': { case_officer: 'grant' },
  /** Register or withdraw the own organisation's interest in a performance-based grant. */
  'interest.register': { recipient_user: 'organisation', recipient_signatory: 'organisation' },
  /** Report the own organisation's figures for a performance-based grant it registered for. */
  'performance_figures.report': {
    recipient_user: 'organisation',
    recipient_signatory: 'organisation',
  },
  /** A decision (its letter): any for agency staff, the own organisation's issued ones for its staff. */
  'decision.read': {
    ...AGENCY_READ,
    recipient_user: 'organisation',
    recipient_signatory: 'organisation',
  },
  /** Prepare draft decisions from a source of decided amounts; set the grant's appeal text. */
  'decision.prepare': { case_officer: 'grant' },
  /** Issue decisions: a decision maker, never the officer who prepared them (docs/access.md). */
  'decision.issue': { decision_maker: 'any' },
  /** An organisation's bankgiro or plusgiro number for payouts. */
  'payment_account.read': {
    ...AGENCY_READ,
    recipient_user: 'organisation',
    recipient_signatory: 'organisation',
  },
  /**
   * Set it: the organisation's signatory (in force at once), or an agency case officer for every
   * grant (a proposal, in force once a second person confirms it: `payment_account.confirm`).
   * Accounts belong to no grant, so an officer scoped to one grant may not touch them.
   */
  'payment_account.manage': { case_officer: 'all_grants', recipient_signatory: 'organisation' },
  /**
   * Confirm a change the agency proposed (another officer for every grant, a decision maker, or the
   * organisation's signatory), never the one who proposed it (SECOND_PERSON).
   */
  'payment_account.confirm': {
    case_officer: 'all_grants',
    decision_maker: 'any',
    recipient_signatory: 'organisation',
  },
  /** Build payout batches from issued decisions, mark them paid, export them. */
  'payout.manage': { case_officer: 'grant' },
  /** Approve a payout batch before it is paid. */
  'payout.approve': { decision_maker: 'any' },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

/** What the action is about; omitted, `can` answers whether the user may take it anywhere. */
export interface Resource {
  grantId?: string;
  recipientCode?: string | null;
}

export function can(user: SessionUser | null, action: Action, resource?: Resource): boolean {
  if (!user) return false;
  const rule: Partial<Record<Role, Scope>> = POLICY[action];
  return user.roles.some((assignment) => {
    const scope = rule[assignment.role];
    switch (scope) {
      case undefined:
        return false;
      case 'any':
        return true;
      case 'grant':
        return (
          assignment.grantId === null ||
          resource?.grantId === undefined ||
          assignment.grantId === resource.grantId
        );
      case 'all_grants':
        return assignment.grantId === null;
      case 'organisation':
        return (
          user.recipientCode !== null &&
          (resource?.recipientCode === undefined || resource.recipientCode === user.recipientCode)
        );
    }
  });
}

/**
 * Acts that complete what someone else began (four eyes): the action, and the action whose takers
 * may not also complete it. Whoever prepared or changed a decision (a correction and a clawback are
 * decisions too) does not issue it; whoever built a payout batch does not approve it; whoever
 * proposed a change of a payment account does not confirm it. Each use case passes who took the
 * first step (`authorizeSecondPerson`); this table is the only place the pairs are written.
 */
export const SECOND_PERSON = {
  'decision.issue': 'decision.prepare',
  'payout.approve': 'payout.manage',
  'payment_account.confirm': 'payment_account.manage',
} as const satisfies Partial<Record<Action, Action>>;

export type SecondPersonAction = keyof typeof SECOND_PERSON;

/** Whether `actor` (the audit log's name of a person) took the first step of `action`. */
export function isFirstPerson(actor: string, firstStepBy: Iterable<string>): boolean {
  for (const by of firstStepBy) if (by === actor) return true;
  return false;
}

/**
 * `authorize`, and then auth.same_person (403) when the acting person (`actor`, as the audit log
 * names them) is among those who took the first step (`firstStepBy`, e.g. every preparer of a
 * decision). Roles never lift this: an account with both roles still needs a second person.
 */
export function authorizeSecondPerson(
  user: SessionUser | null,
  actor: string,
  action: SecondPersonAction,
  resource: Resource,
  firstStepBy: Iterable<string>,
): asserts user is SessionUser {
  authorize(user, action, resource);
  if (isFirstPerson(actor, firstStepBy))
    throw new DomainError('auth.same_person', { action, firstStep: SECOND_PERSON[action] });
}

/** Throws auth.unauthenticated (401) without a user, auth.forbidden (403) when not allowed. */
export function authorize(
  user: SessionUser | null,
  action: Action,
  resource?: Resource,
): asserts user is SessionUser {
  if (!user) throw new DomainError('auth.unauthenticated', {});
  if (!can(user, action, resource)) throw new DomainError('auth.forbidden', { action });
}

/** The actions the user may take somewhere: the web shows only what they can use. */
export function permittedActions(user: SessionUser | null): Action[] {
  return ACTIONS.filter((action) => can(user, action));
}

/**
 * The principal of work the system does itself (the demo data, the CLI): a case officer for every
 * grant and an administrator. The audit log names it by the context's `actor`.
 */
export const SYSTEM_USER: SessionUser = {
  id: '00000000-0000-0000-0000-000000000000',
  email: 'system',
  name: 'System',
  recipientCode: null,
  roles: [
    { role: 'admin', grantId: null },
    { role: 'case_officer', grantId: null },
  ],
};

/** The roles each role may give others: an administrator any; a signatory their colleagues'. */
export const ASSIGNABLE_ROLES: Partial<Record<Role, readonly Role[]>> = {
  admin: [
    'admin',
    'case_officer',
    'decision_maker',
    'analyst',
    'recipient_user',
    'recipient_signatory',
  ],
  recipient_signatory: ['recipient_user', 'recipient_signatory'],
};

export function canAssignRole(user: SessionUser, role: Role): boolean {
  return user.roles.some((a) => ASSIGNABLE_ROLES[a.role]?.includes(role) ?? false);
}

export const RECIPIENT_ROLES: readonly Role[] = ['recipient_user', 'recipient_signatory'];
