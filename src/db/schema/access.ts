import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { roles } from '../../domain/access/roles';
import { createdAt, updatedAt } from './columns';
import { recipients } from './recipients';
import { grants } from './grants';

export { roles } from '../../domain/access/roles';

/**
 * A person who signs in: agency staff, or a recipient's staff (`recipient_code` is their
 * organisation). `password_hash` is `scrypt$…` (src/services/password.ts) and null until the person
 * sets a password through the one-time link they were invited with; only the link's sha256 is kept.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower case; sign-in compares lower case. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    passwordTokenHash: text('password_token_hash').unique(),
    passwordTokenExpiresAt: timestamp('password_token_expires_at', {
      withTimezone: true,
      mode: 'date',
    }),
    recipientCode: text('recipient_code').references(() => recipients.code),
    active: boolean('active').notNull().default(true),
    /**
     * While deactivated, by whose authority: `admin` (an administrator; only an administrator
     * reactivates) or `organisation` (the organisation's signatory). Null when active.
     */
    deactivatedBy: text('deactivated_by', { enum: ['admin', 'organisation'] }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('users_email_check', sql`${t.email} = lower(${t.email}) and ${t.email} like '%@%'`),
  ],
);

/** What a user may do: one row per role, a case officer's limited to one grant by `grant_id`. */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    /** Null: every grant. Only a case officer can be limited to one grant. */
    grantId: uuid('grant_id').references(() => grants.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('role_assignments_unique').on(t.userId, t.role, t.grantId).nullsNotDistinct(),
    check(
      'role_assignments_role_check',
      sql`${t.role} in ('admin', 'case_officer', 'decision_maker', 'analyst', 'recipient_user', 'recipient_signatory')`,
    ),
    check('role_assignments_scope_check', sql`${t.grantId} is null or ${t.role} = 'case_officer'`),
  ],
);

/**
 * A signed-in browser. The cookie holds a random 256-bit token; only its sha256 is stored, so a
 * copy of the database does not let anyone sign in. Ends at `expires_at`, or after the idle time
 * since `last_seen_at`, or on sign-out (the row is deleted).
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Sent back in X-CSRF-Token on every state-changing request. */
    csrfToken: text('csrf_token').notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

/**
 * Every sign-in attempt, for throttling failures per account and per address. In the database
 * rather than in memory so that a restart does not reset it and every instance sees the same count.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('sign_in_attempts_email_idx').on(t.email, t.attemptedAt),
    index('sign_in_attempts_ip_idx').on(t.ip, t.attemptedAt),
  ],
);

/**
 * An account bound to an identity at an OpenID Connect provider (issuer and subject), made at the
 * first sign-in with the provider's verified email; later sign-ins find the account by it, even
 * after the email changed at the provider. One per account and issuer.
 */
export const userIdentities = pgTable(
  'user_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    /** The email the provider vouched for when the binding was made. */
    email: text('email').notNull(),
    createdAt: createdAt(),
    lastSignedInAt: timestamp('last_signed_in_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    unique('user_identities_subject_unique').on(t.issuer, t.subject),
    unique('user_identities_user_issuer_unique').on(t.userId, t.issuer),
  ],
);

/**
 * The provider's ID token of a session signed in with OpenID Connect, kept only to end the
 * session at the provider on sign-out (id_token_hint); it goes with the session (cascade).
 */
export const sessionIdTokens = pgTable('session_id_tokens', {
  sessionTokenHash: text('session_token_hash')
    .primaryKey()
    .references(() => sessions.tokenHash, { onDelete: 'cascade' }),
  idToken: text('id_token').notNull(),
  createdAt: createdAt(),
});

/**
 * A step-up proof (docs/decisions/0032): the signed-in person proved again who they are for one
 * act (`act`: kind, grant and organisation), by password or at the identity provider (issuer,
 * subject, acr, amr, auth_time as its ID token said). Spent once (`used_at`) by the act it is
 * bound to, in the act's own transaction, and only until `expires_at`. The id is a random
 * 256-bit token of which only the sha256 is kept.
 */
export const stepUpProofs = pgTable(
  'step_up_proofs',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    act: text('act').notNull(),
    method: text('method', { enum: ['password', 'oidc'] }).notNull(),
    issuer: text('issuer'),
    subject: text('subject'),
    acr: text('acr'),
    amr: text('amr')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    authenticatedAt: timestamp('authenticated_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('step_up_proofs_user_id_idx').on(t.userId),
    check('step_up_proofs_method_check', sql`${t.method} in ('password', 'oidc')`),
  ],
);
