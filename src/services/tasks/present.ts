import type { HandedOff, Task } from '../../contracts/tasks';
import type { HandedOffItem, TaskItem } from './list-tasks';

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

/** A hand-off to the signatories in the API's shape. */
export function presentHandedOff(item: HandedOffItem): HandedOff {
  return {
    kind: item.kind,
    grantId: item.grant.id,
    grantName: item.grant.name,
    grantYear: item.grant.grantYear,
    dueOn: item.dueOn,
    signatories: item.signatories,
  };
}
