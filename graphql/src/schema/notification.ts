import { countUnreadNotifications, listMyNotifications } from '../../../backend/src/modules/notification/list-notifications.ts';
import { markNotificationsRead } from '../../../backend/src/modules/notification/mark-notifications-read.ts';
import { Notification } from '../../../backend/src/modules/notification/notification.entity.ts';
import { requireActor, requireActorForQuery } from '../auth.ts';
import { builder } from '../builder.ts';
import { mutationErrors } from './errors.ts';

const NotificationKindEnum = builder.enumType('NotificationKind', {
  values: {
    DEADLINE_REMINDER: { value: 'deadline.reminder', description: 'Nhắc hạn: sắp đến hạn hoặc đã đến hạn' },
    DEADLINE_ESCALATION: { value: 'deadline.escalation', description: 'Báo quá hạn cho người giao việc hoặc chánh văn phòng' },
    ASSIGNMENT_RECEIVED: { value: 'assignment.received', description: 'Được giao một phần việc (chỉ đạo, phân công, chuyển tiếp, bổ sung) hoặc văn bản để biết' },
    OUTGOING_TO_REVIEW: { value: 'outgoing.to_review', description: 'Dự thảo văn bản đi chờ cho ý kiến hoặc chờ ký' },
    OUTGOING_RETURNED: { value: 'outgoing.returned', description: 'Dự thảo văn bản đi bị trả lại' },
    OUTGOING_SIGNED: { value: 'outgoing.signed', description: 'Văn bản đi đã ký, chờ phát hành' },
    OUTGOING_RECALLED: { value: 'outgoing.recalled', description: 'Văn bản đi bị thu hồi' },
    OUTGOING_REPLACED: { value: 'outgoing.replaced', description: 'Văn bản đi được thay thế' },
    DOCUMENT_RECALLED: { value: 'document.recalled', description: 'Văn bản đến bị nơi gửi thu hồi (hoặc thay thế): dừng xử lý' },
    TASK_ASSIGNED: { value: 'task.assigned', description: 'Được giao nhiệm vụ (chủ trì hoặc phối hợp)' },
    TASK_UPDATED: { value: 'task.updated', description: 'Nhiệm vụ có diễn biến mới (tiếp nhận, từ chối, báo cáo, gia hạn, đánh giá, hủy)' },
    TASK_REMINDER: { value: 'task.reminder', description: 'Nhắc hạn hoàn thành nhiệm vụ' },
    TASK_ESCALATION: { value: 'task.escalation', description: 'Báo người giao việc: nhiệm vụ quá hạn' },
    TASK_REPORT_MISSED: { value: 'task.report_missed', description: 'Chưa báo cáo tiến độ định kỳ' },
    TASK_NUDGE: { value: 'task.nudge', description: 'Người giao việc đôn đốc' },
  } as const,
});

const NotificationRef = builder.objectType(Notification, {
  name: 'Notification',
  description: 'An in-app message to the current user, written by a workflow step',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: NotificationKindEnum, resolve: (n) => n.kind }),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    createdAt: t.field({ type: 'DateTime', resolve: (n) => n.createdAt }),
    readAt: t.field({ type: 'DateTime', nullable: true, resolve: (n) => n.readAt ?? null }),
    documentId: t.id({
      nullable: true,
      description: 'The incoming document it is about (its page is /incoming/<id>)',
      resolve: (n) => (n.subjectType === 'incoming_document' ? n.subjectId : null),
    }),
    taskId: t.id({
      nullable: true,
      description: 'The task it is about (its page is /tasks/<id>)',
      resolve: (n) => (n.subjectType === 'task' ? n.subjectId : null),
    }),
  }),
});

type NotificationPageShape = { nodes: Notification[]; hasNextPage: boolean; endCursor: string | null; userId: string };
const NotificationConnectionRef = builder.objectRef<NotificationPageShape>('NotificationConnection').implement({
  description: 'The current user’s notifications, newest first',
  fields: (t) => ({
    nodes: t.field({ type: [NotificationRef], resolve: (c) => c.nodes }),
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true }),
    unreadCount: t.int({ resolve: (c, _, ctx) => countUnreadNotifications({ em: ctx.em, userId: c.userId }) }),
  }),
});

builder.queryFields((t) => ({
  myNotifications: t.field({
    type: NotificationConnectionRef,
    args: { first: t.arg.int({ defaultValue: 20 }), after: t.arg.string() },
    resolve: async (_, args, ctx) => {
      const actor = requireActorForQuery(ctx);
      const page = await listMyNotifications({ em: ctx.em, userId: actor.id, first: args.first ?? 20, after: args.after });
      return { nodes: page.items, hasNextPage: page.hasNextPage, endCursor: page.endCursor, userId: actor.id };
    },
  }),
  unreadNotificationCount: t.int({
    resolve: (_, __, ctx) => countUnreadNotifications({ em: ctx.em, userId: requireActorForQuery(ctx).id }),
  }),
}));

builder.mutationFields((t) => ({
  markNotificationsRead: t.field({
    type: [NotificationRef],
    errors: mutationErrors,
    description: 'Marks the given notifications of the current user read; answers with them',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_, { ids }, ctx) => markNotificationsRead({ em: ctx.em, userId: requireActor(ctx).id, ids: ids.map(String), now: new Date() }),
  }),
}));
