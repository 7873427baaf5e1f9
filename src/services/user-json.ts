import type { RoleAssignment, UserRecord } from '../db/users';

/** An account as the API and the audit log show it: never the hash or the token. */
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
