// The audit log as the API sends it, and every action the product records (issue 11). The web names
// each action in Swedish and English (web/i18n/*-audit.ts are `Record<AuditAction, string>`), so a
// new action without its two labels fails the typecheck.
import { z } from 'zod';

export const AUDIT_ACTIONS = [
  'agency_settings.updated',
  'allocation.created',
  'allocation.published',
  'allocation.superseded',
  'audit_sample.drawn',
  'audit_sample.finding_recorded',
  'clawback.prepared',
  'decision.appeal_text_set',
  'decision.correction_prepared',
  'decision.draft_changed',
  'decision.draft_discarded',
  'decision.issued',
  'decision.prepared',
  'grant.allocation_published',
  'grant.copied',
  'grant.created',
  'grant.created_as_copy',
  'grant.status_changed',
  'grant.updated',
  'payment_account.change_confirmed',
  'payment_account.change_proposed',
  'payment_account.set',
  'payout.batch_approved',
  'payout.batch_created',
  'payout.batch_paid',
  'performance.figures_saved',
  'performance.figures_uploaded',
  'performance.interest_registered',
  'performance.interest_withdrawn',
  'performance.key_uploaded',
  'performance.model_saved',
  'performance.result_calculated',
  'performance.result_published',
  'receivable.payment_registered',
  'recipient.updated',
  'report.deadline_extended',
  'report.draft_saved',
  'report.reopened',
  'report.started',
  'report.submitted',
  'report_form.created',
  'report_form.saved',
  'requisition.changed',
  'requisition.created',
  'requisition.late_permission_granted',
  'requisition.late_permission_revoked',
  'requisition.reopened',
  'requisition.signed',
  'requisition.signed_decline',
  'requisition.withdrawn',
  'second_round.confirmed',
  'sessions.expired_removed',
  'user.created',
  'user.deactivated',
  'user.identity_bound',
  'user.identity_unbound',
  'user.invited',
  'user.password_change_failed',
  'user.password_changed',
  'user.password_link_issued',
  'user.password_set',
  'user.reactivated',
  'user.roles_changed',
  'user.sign_in_failed',
  'user.signed_in',
  'user.signed_in_via_oidc',
  'user.signed_out',
  'user.step_up_failed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export const AuditEventSchema = z.object({
  id: z.string(),
  occurredAt: z.iso.datetime(),
  actor: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  // A string, not the enum: an event is history and is shown even if its action is ever retired.
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
  legacy: z
    .boolean()
    .describe(
      'True when before/after are in a shape older than the current one for the action: shown as stored (docs/decisions/0018).',
    ),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export const AuditEventListSchema = z.object({ items: z.array(AuditEventSchema) });
