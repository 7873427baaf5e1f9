// Every role's start page: the task list ("Att göra").
import { taskRoutes } from '../../../contracts/tasks';
import { listTasks } from '../../../services/tasks/list-tasks';
import { presentHandedOff, presentTask } from '../../../services/tasks/present';
import type { ZodApp } from '../../validation';
import { registerRoute } from '../register';

export function registerTaskRoutes(app: ZodApp): void {
  registerRoute(
    app,
    taskRoutes.list,
    {
      // Each role's tasks are chosen by the policy inside (a role with none gets an empty list).
      access: 'signed_in',
      tags: ['session'],
      description:
        "What waits for the signed-in person, grant by grant: a recipient's staff their own organisation's requisition and report, a case officer late requisitions and reports and missing payment accounts, a decision maker draft decisions and payout batches to approve; and what a recipient's staff member handed off to the organisation's signatories, with their names.",
    },
    async (request) => {
      const { tasks, handedOff } = await listTasks(request.ctx);
      return { items: tasks.map(presentTask), handedOff: handedOff.map(presentHandedOff) };
    },
  );
}
