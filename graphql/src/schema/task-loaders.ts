import DataLoader from 'dataloader';
import type { AuditEvent } from '../../../backend/src/modules/audit/audit.entity.ts';
import {
  findCoordinators,
  findExtensions,
  findReports,
  findSubtasks,
  findTaskEvents,
  findTaskFiles,
  findTasks,
} from '../../../backend/src/modules/task/get-task.ts';
import type { Task, TaskCoordinator, TaskExtension, TaskFile, TaskReport } from '../../../backend/src/modules/task/task.entity.ts';
import type { Context } from '../context.ts';

const byId = <T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await fetch(ids)).map((r) => [r.id, r]));
    return ids.map((id) => rows.get(id) ?? null);
  });

const groupBy = <T>(key: (r: T) => string | null | undefined, fetch: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of await fetch(ids)) groups.get(key(r) ?? '')?.push(r);
    return ids.map((id) => groups.get(id)!);
  });

function createTaskLoaders(ctx: Context) {
  const em = ctx.em;
  return {
    task: byId<Task>((ids) => findTasks({ em, ids })),
    subtasks: groupBy<Task>((t) => t.parentId, (ids) => findSubtasks({ em, parentIds: ids })),
    coordinators: groupBy<TaskCoordinator>((c) => c.taskId, (ids) => findCoordinators({ em, taskIds: ids })),
    reports: groupBy<TaskReport>((r) => r.taskId, (ids) => findReports({ em, taskIds: ids })),
    extensions: groupBy<TaskExtension>((e) => e.taskId, (ids) => findExtensions({ em, taskIds: ids })),
    files: groupBy<TaskFile>((f) => f.taskId, (ids) => findTaskFiles({ em, taskIds: ids })),
    events: groupBy<AuditEvent>((e) => e.subjectId, (ids) => findTaskEvents({ em, taskIds: ids })),
  };
}

export type TaskLoaders = ReturnType<typeof createTaskLoaders>;

const perRequest = new WeakMap<Context, TaskLoaders>();

/** The task relations' loaders of this request (created on first use, like the shared ones): no N+1. */
export function taskLoaders(ctx: Context): TaskLoaders {
  let l = perRequest.get(ctx);
  if (!l) {
    l = createTaskLoaders(ctx);
    perRequest.set(ctx, l);
  }
  return l;
}
