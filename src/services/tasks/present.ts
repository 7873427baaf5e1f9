import type { Task } from '../../contracts/tasks';
import type { TaskItem } from './list-tasks';

/** A task in the API's shape. */
export function presentTask(task: TaskItem): Task {
  return {
    kind: task.kind,
    grantId: task.grant.id,
    grantName: task.grant.name,
    grantYear: task.grant.grantYear,
    count: task.count,
    dueOn: task.dueOn,
  };
}
