import type { RoleAssignment } from '../../db/users';
import { DomainError } from '../../domain/errors';
import { canAssignRole, RECIPIENT_ROLES, type SessionUser } from '../../domain/access/policy';

/**
 * Roles must fit the account: a recipient's staff get recipient roles only, agency staff agency
 * roles only, only a case officer can be limited to one grant, and the assigner must be allowed to
 * give each role (ASSIGNABLE_ROLES).
 */
export function checkRoleAssignments(
  assigner: SessionUser,
  recipientCode: string | null,
  roles: RoleAssignment[],
): void {
  for (const assignment of roles) {
    if (!canAssignRole(assigner, assignment.role))
      throw new DomainError('auth.forbidden', { role: assignment.role });
    const isRecipientRole = RECIPIENT_ROLES.includes(assignment.role);
    if (isRecipientRole !== (recipientCode !== null))
      throw new DomainError('user.role_does_not_fit', { role: assignment.role });
    if (assignment.grantId !== null && assignment.role !== 'case_officer')
      throw new DomainError('user.role_does_not_fit', { role: assignment.role });
  }
}
