import type { TaskPriority, TaskViewStatus } from '@/gql/graphql';

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

/** The six statuses of lists, filters and the dashboard, in the order they are shown. */
export const VIEW_STATUSES: readonly TaskViewStatus[] = [
  'IN_PROGRESS_ON_TIME',
  'IN_PROGRESS_OVERDUE',
  'DONE_ON_TIME',
  'DONE_LATE',
  'REFUSED',
  'CANCELLED',
];

export const OPEN_STATUSES: readonly TaskViewStatus[] = ['IN_PROGRESS_ON_TIME', 'IN_PROGRESS_OVERDUE'];

/** One colour per status everywhere (tags, row stripes, chart segments): on time blue, overdue red, done green, late orange. */
export const STATUS_TAG: Record<TaskViewStatus, TagType> = {
  IN_PROGRESS_ON_TIME: 'primary',
  IN_PROGRESS_OVERDUE: 'danger',
  DONE_ON_TIME: 'success',
  DONE_LATE: 'warning',
  REFUSED: 'info',
  CANCELLED: 'info',
};

/** Chart and stripe colours: Element Plus theme variables, so they follow the tags. */
export const STATUS_COLOR: Record<TaskViewStatus, string> = {
  IN_PROGRESS_ON_TIME: 'var(--el-color-primary)',
  IN_PROGRESS_OVERDUE: 'var(--el-color-danger)',
  DONE_ON_TIME: 'var(--el-color-success)',
  DONE_LATE: 'var(--el-color-warning)',
  REFUSED: 'var(--el-color-info-light-3)',
  CANCELLED: 'var(--el-color-info)',
};

export const PRIORITIES: readonly TaskPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

export const PRIORITY_TAG: Record<TaskPriority, TagType> = {
  LOW: 'info',
  NORMAL: 'info',
  HIGH: 'warning',
  URGENT: 'danger',
};

/** The dashboard's counters, keyed like the view statuses. */
export interface StatusCounts {
  inProgressOnTime: number;
  inProgressOverdue: number;
  doneOnTime: number;
  doneLate: number;
  refused: number;
  cancelled: number;
  total: number;
}

export const COUNT_FIELD: Record<TaskViewStatus, keyof Omit<StatusCounts, 'total'>> = {
  IN_PROGRESS_ON_TIME: 'inProgressOnTime',
  IN_PROGRESS_OVERDUE: 'inProgressOverdue',
  DONE_ON_TIME: 'doneOnTime',
  DONE_LATE: 'doneLate',
  REFUSED: 'refused',
  CANCELLED: 'cancelled',
};

/**
 * Share of finished tasks finished on time, as a whole percentage; null when none is finished yet
 * (a unit with no finished task has no rate, not a rate of 0).
 */
export function onTimeRate(c: StatusCounts): number | null {
  const finished = c.doneOnTime + c.doneLate;
  return finished ? Math.round((c.doneOnTime * 100) / finished) : null;
}

/** Segments of a stacked bar, as percentages of the row's total (empty statuses dropped). */
export function barSegments(c: StatusCounts): { status: TaskViewStatus; count: number; percent: number }[] {
  const total = VIEW_STATUSES.reduce((sum, s) => sum + c[COUNT_FIELD[s]], 0);
  if (!total) return [];
  return VIEW_STATUSES.filter((s) => c[COUNT_FIELD[s]] > 0).map((s) => ({
    status: s,
    count: c[COUNT_FIELD[s]],
    percent: (c[COUNT_FIELD[s]] * 100) / total,
  }));
}
