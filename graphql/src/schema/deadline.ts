import { Deadline } from '../../../backend/src/modules/deadline/deadline.entity.ts';
import { Assignment } from '../../../backend/src/modules/document/document.entity.ts';
import { builder } from '../builder.ts';
import { DEADLINE_TITLES } from './timeline-summary.ts';

const DeadlineKindEnum = builder.enumType('DeadlineKind', {
  values: {
    DIRECTION: { value: 'direction', description: 'Hạn cho ý kiến chỉ đạo' },
    ASSIGNMENT: { value: 'assignment', description: 'Hạn xử lý của một phần việc được giao (đơn vị hoặc cá nhân)' },
    SUBMISSION: { value: 'submission', description: 'Hạn vào sổ và trình lãnh đạo của văn thư (Nghị định 30/2020, điều 23.1)' },
    TASK: { value: 'task', description: 'Hạn hoàn thành nhiệm vụ' },
    TASK_REPORT: { value: 'task_report', description: 'Hạn báo cáo tiến độ định kỳ của nhiệm vụ' },
    OUTGOING_REVIEW: { value: 'outgoing_review', description: 'Hạn cho ý kiến hoặc ký một bước duyệt dự thảo văn bản đi' },
    DISPATCH_TARGET: { value: 'dispatch_target', description: 'Phát hành văn bản đi trong ngày ký (ngay với văn bản khẩn)' },
    DISPATCH_LIMIT: { value: 'dispatch_limit', description: 'Hạn cuối phát hành: buổi sáng ngày làm việc tiếp theo (QĐ 28/2018)' },
  } as const,
});
const DeadlineStatusEnum = builder.enumType('DeadlineStatus', {
  values: {
    PENDING: { value: 'pending', description: 'Đang chờ, chưa đến hạn' },
    MET: { value: 'met', description: 'Đã làm trong hạn' },
    OVERDUE: { value: 'overdue', description: 'Đã quá hạn, chưa làm' },
    LATE: { value: 'late', description: 'Đã làm nhưng quá hạn' },
    CANCELLED: { value: 'cancelled', description: 'Không còn theo dõi: văn bản đã giải quyết xong khi phần việc còn mở' },
  } as const,
});

export const DeadlineRef = builder.objectType(Deadline, {
  name: 'Deadline',
  description: 'A time limit as the workflow’s timer computed it from the working-day calendar, with how',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: DeadlineKindEnum, resolve: (d) => d.kind }),
    title: t.string({ description: 'Vietnamese name of the limit', resolve: (d) => DEADLINE_TITLES[d.kind] ?? d.kind }),
    assignment: t.field({
      type: Assignment,
      nullable: true,
      description: 'For an assignment’s deadline: the assignment (unit or person, role)',
      resolve: async (d, _, ctx) =>
        d.kind === 'assignment' ? ((await ctx.loaders.assignmentsByDocument.load(d.documentId)).find((a) => a.id === d.subjectId) ?? null) : null,
    }),
    startedAt: t.field({ type: 'DateTime', resolve: (d) => d.startedAt }),
    dueAt: t.field({ type: 'DateTime', resolve: (d) => d.dueAt }),
    rule: t.exposeString('rule'),
    ruleLabel: t.exposeString('ruleLabel', { description: 'e.g. "chậm nhất trong ngày làm việc tiếp theo"' }),
    basis: t.exposeString('basis'),
    steps: t.exposeStringList('steps', { description: 'How the deadline was derived, in Vietnamese' }),
    status: t.field({ type: DeadlineStatusEnum, resolve: (d) => d.status }),
    metAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.metAt ?? null }),
  }),
});
