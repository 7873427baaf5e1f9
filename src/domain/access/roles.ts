/** The roles of docs/access.md. The policy (./policy.ts) says what each may do. */
export const roles = [
  'admin',
  'case_officer',
  'decision_maker',
  'analyst',
  'recipient_user',
  'recipient_signatory',
] as const;

export type Role = (typeof roles)[number];

export interface RoleAssignment {
  role: Role;
  /** Null: every grant. */
  grantId: string | null;
}
