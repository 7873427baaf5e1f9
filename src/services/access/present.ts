import type { UserIdentityRecord } from '../../db/user-identities';
import type { RoleAssignment, UserRecord } from '../../db/users';

/** An account as the API shows it: never the hash or the token. */
export interface UserView {
  id: string;
  email: string;
  name: string;
  recipientCode: string | null;
  active: boolean;
  hasPassword: boolean;
  roles: RoleAssignment[];
}

export function toUserView(user: UserRecord, roles: RoleAssignment[]): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    recipientCode: user.recipientCode,
    active: user.active,
    hasPassword: user.passwordHash !== null,
    roles: roles.map((r) => ({ role: r.role, grantId: r.grantId })),
  };
}

/** An account's binding to an OpenID Connect identity, as the users page shows it. */
export interface IdentityView {
  [key: string]: unknown;
  id: string;
  issuer: string;
  subject: string;
  email: string;
  createdAt: string;
  lastSignedInAt: string | null;
}

export function identityToJson(record: UserIdentityRecord): IdentityView {
  return {
    id: record.id,
    issuer: record.issuer,
    subject: record.subject,
    email: record.email,
    createdAt: record.createdAt.toISOString(),
    lastSignedInAt: record.lastSignedInAt?.toISOString() ?? null,
  };
}
