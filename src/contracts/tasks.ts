// The task list ("Att göra"): what waits for the signed-in person, grant by grant, with the last
// day where there is one. Each role's start page shows it; the web links each kind to its page.
import { z } from 'zod';
import { route } from './route';

export const taskKinds = [
  /** A recipient may requisition and has not started (anyone of its staff). */
  'requisition_to_start',
  /** A saved requisition waits for the signatory's signature. */
  'requisition_to_sign',
  /** The follow-up report is not started or still a draft (anyone of its staff fills it in). */
  'report_to_fill',
  /** A draft report waits for the signatory to submit it. */
  'report_to_submit',
  /** Case officer: recipients who have not signed (nor declined) after the requisition deadline. */
  'requisitions_late',
  /** Case officer: follow-up reports not submitted after their last day. */
  'reports_late',
  /** Case officer: recipients with issued, unpaid decisions but no payment account. */
  'payment_accounts_missing',
  /**
   * A second person (another case officer, a decision maker): payment accounts the agency changed
   * for recipients waiting for a payout, to confirm before the batch can use them (four eyes).
   */
  'payment_accounts_to_confirm',
  /** Decision maker: draft decisions to issue. */
  'decisions_to_issue',
  /** Decision maker: payout batches to approve (built by someone else). */
  'payouts_to_approve',
] as const;

export const TaskKindSchema = z.enum(taskKinds);
export type TaskKind = z.infer<typeof TaskKindSchema>;

export const TaskSchema = z.object({
  kind: TaskKindSchema,
  grantId: z.uuid(),
  grantName: z.string(),
  grantYear: z.number().int(),
  count: z
    .number()
    .int()
    .positive()
    .describe('How many: recipients, reports, decisions or batches (1 for the own organisation)'),
  dueOn: z.iso
    .date()
    .nullable()
    .describe('The last day for the task (inclusive, Europe/Stockholm); null without one'),
});
export type Task = z.infer<typeof TaskSchema>;

export const HandedOffSchema = z.object({
  kind: z.enum(['requisition_to_sign', 'report_to_submit']),
  grantId: z.uuid(),
  grantName: z.string(),
  grantYear: z.number().int(),
  dueOn: z.iso.date().nullable(),
  signatories: z
    .array(z.string())
    .describe("The names of the organisation's active signatories, who must now act"),
});
export type HandedOff = z.infer<typeof HandedOffSchema>;

export const TaskListSchema = z.object({
  items: z.array(TaskSchema),
  handedOff: z
    .array(HandedOffSchema)
    .describe(
      "What a recipient's staff member without the signatory's role prepared and the signatory must now sign or submit (empty for everyone else)",
    ),
});
export type TaskList = z.infer<typeof TaskListSchema>;

export const taskRoutes = {
  list: route({ method: 'GET', path: '/me/tasks', response: { 200: TaskListSchema } }),
};
