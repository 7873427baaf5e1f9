// The audit snapshots of accounts, sign-ins and sessions (user.*, sessions.*).
import { z } from 'zod';
import { roles, type RoleAssignment } from '../../domain/access/roles';
import type { UserIdentityRecord } from '../user-identities';
import type { UserRecord } from '../users';
import { changed, created, InstantJson, instantOrNull } from './common';

export const UserSnapshot = z.strictObject({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  recipientCode: z.string().nullable(),
  active: z.boolean(),
  hasPassword: z.boolean(),
  roles: z.array(z.strictObject({ role: z.enum(roles), grantId: z.string().nullable() })),
});
export type UserSnapshot = z.infer<typeof UserSnapshot>;

/** An account as the history keeps it: never the hash or the token. */
export function userSnapshot(user: UserRecord, assignments: RoleAssignment[]): UserSnapshot {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    recipientCode: user.recipientCode,
    active: user.active,
    hasPassword: user.passwordHash !== null,
    roles: assignments.map((r) => ({ role: r.role, grantId: r.grantId })),
  };
}

const IdentitySnapshot = z.strictObject({
  id: z.string(),
  issuer: z.string(),
  subject: z.string(),
  email: z.string(),
  createdAt: InstantJson,
  lastSignedInAt: InstantJson.nullable(),
});

export function identitySnapshot(record: UserIdentityRecord): z.infer<typeof IdentitySnapshot> {
  return {
    id: record.id,
    issuer: record.issuer,
    subject: record.subject,
    email: record.email,
    createdAt: record.createdAt.toISOString(),
    lastSignedInAt: instantOrNull(record.lastSignedInAt),
  };
}

/**
 * How the signatory proved who they were when signing (docs/decisions/0032): by password, or at
 * the identity provider with its level of assurance (`acr`), methods (`amr`) and the moment of the
 * authentication. Events from before the step-up have none.
 */
export const SignatureSnapshot = z.strictObject({
  method: z.enum(['password', 'oidc']),
  issuer: z.string().nullable(),
  subject: z.string().nullable(),
  acr: z.string().nullable(),
  amr: z.array(z.string()),
  authenticatedAt: InstantJson,
});
export type SignatureSnapshot = z.infer<typeof SignatureSnapshot>;

const SessionsEnded = z.strictObject({ sessionsEnded: z.number().int() });
const ActiveChanged = { before: UserSnapshot, after: UserSnapshot.extend(SessionsEnded.shape) };
const Ip = z.strictObject({ ip: z.string() });

export const accessAuditPayloads = {
  'user.created': created(UserSnapshot),
  'user.invited': created(UserSnapshot),
  'user.roles_changed': changed(UserSnapshot),
  'user.deactivated': ActiveChanged,
  'user.reactivated': ActiveChanged,
  'user.password_link_issued': created(z.strictObject({ expiresAt: InstantJson })),
  'user.password_set': created(SessionsEnded),
  'user.password_changed': created(SessionsEnded),
  'user.password_change_failed': created(Ip),
  'user.signed_in': created(Ip),
  'user.signed_in_via_oidc': created(
    z.strictObject({
      ip: z.string(),
      issuer: z.string(),
      subject: z.string(),
      matchedBy: z.enum(['identity', 'email']),
      /** The email the provider reports, when it differs from the account's. */
      providerEmail: z.string().nullable().optional(),
    }),
  ),
  'user.sign_in_failed': created(
    z.union([
      z.strictObject({ ip: z.string(), reason: z.enum(['password', 'unknown_account']) }),
      z.strictObject({
        ip: z.string(),
        via: z.literal('oidc'),
        issuer: z.string(),
        subject: z.string(),
        email: z.string().nullable(),
        reason: z.enum([
          'no_email',
          'email_not_verified',
          'inactive',
          'unknown_account',
          'bound_to_other',
        ]),
        boundSubject: z.string().optional(),
      }),
    ]),
  ),
  'user.signed_out': created(z.strictObject({ atProvider: z.literal(true) }).nullable()),
  'user.identity_bound': created(
    z.strictObject({
      identityId: z.string(),
      issuer: z.string(),
      subject: z.string(),
      email: z.string(),
    }),
  ),
  'user.identity_unbound': { before: IdentitySnapshot, after: z.null() },
  /** A step-up for a signing act refused (docs/decisions/0032): a wrong password or a provider's answer. */
  'user.step_up_failed': created(
    z.strictObject({
      ip: z.string(),
      act: z.string(),
      method: z.enum(['password', 'oidc']),
      reason: z.enum(['password', 'stale', 'level', 'subject']),
      issuer: z.string().optional(),
      subject: z.string().optional(),
      acr: z.string().nullable().optional(),
    }),
  ),
  'sessions.expired_removed': created(z.strictObject({ count: z.number().int() })),
};
