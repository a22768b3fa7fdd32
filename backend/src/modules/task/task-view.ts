import type { Task, TaskStatus } from './task.entity.ts';
import type { ReportFrequency } from './task.entity.ts';

/** What a task's workflow keeps of its row (plain JSON): enough for its validators and timers. */
export interface TaskSnapshot {
  id: string;
  parentId: string | null;
  status: TaskStatus;
  assignedById: string;
  assignedAt: string;
  leadUnitId: string | null;
  leadUserId: string | null;
  dueDate: string;
  reportFrequency: ReportFrequency;
  reportWeekday: number | null;
  reportMonthDay: number | null;
  pendingExtensionId: string | null;
}

export const toSnapshot = (t: Task, pendingExtensionId: string | null): TaskSnapshot => ({
  id: t.id,
  parentId: t.parentId ?? null,
  status: t.status,
  assignedById: t.assignedById,
  assignedAt: t.assignedAt.toISOString(),
  leadUnitId: t.leadUnitId ?? null,
  leadUserId: t.leadUserId ?? null,
  dueDate: t.dueDate,
  reportFrequency: t.reportFrequency,
  reportWeekday: t.reportWeekday ?? null,
  reportMonthDay: t.reportMonthDay ?? null,
  pendingExtensionId,
});
