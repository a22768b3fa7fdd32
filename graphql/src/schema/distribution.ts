import { findAssignmentDocumentId } from '../../../backend/src/modules/document/find-assignment.ts';
import {
  validateAddAssignee,
  validateClose,
  validateReason,
  validateReassign,
  validateResubmit,
} from '../../../backend/src/modules/document/validate-distribution.ts';
import { vnToday } from '../../../backend/src/shared/dates.ts';
import { requireActor } from '../auth.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { mutationErrors } from './errors.ts';
import { IncomingDocumentRef, reload } from './incoming-document.ts';

/*
 * The distribution actions after the direction: trả lại, thu hồi, chuyển tiếp, bổ sung, đã xem,
 * kết thúc. Each mutation checks its fields here, then asks the document's workflow, whose
 * validator refuses the wrong person or moment before anything is recorded.
 */

const str = (v: string | number | null | undefined) => (v == null ? null : String(v));

const ReasonInput = builder.inputType('DocumentReasonInput', {
  fields: (t) => ({ documentId: t.id({ required: true }), reason: t.string({ required: true }) }),
});
const ResubmitInput = builder.inputType('ResubmitIncomingDocumentInput', {
  fields: (t) => ({ documentId: t.id({ required: true }), note: t.string() }),
});
const SubmitInput = builder.inputType('SubmitIncomingDocumentInput', {
  fields: (t) => ({ documentId: t.id({ required: true }), note: t.string() }),
});
const AssignmentReasonInput = builder.inputType('AssignmentReasonInput', {
  fields: (t) => ({ assignmentId: t.id({ required: true }), reason: t.string({ required: true }) }),
});
const ReassignInput = builder.inputType('ReassignAssignmentInput', {
  description: 'A leader-level part goes to a unit or a person; a specialist’s part to another specialist (userId) of the unit',
  fields: (t) => ({
    assignmentId: t.id({ required: true }),
    unitId: t.id(),
    userId: t.id(),
    deadline: t.field({ type: 'Date', required: true }),
    reason: t.string({ required: true }),
  }),
});
const AddRoleEnum = builder.enumType('AddedAssignmentRole', {
  values: { COORDINATE: { value: 'coordinate' }, INFORM: { value: 'inform' } } as const,
});
const AddAssigneeInput = builder.inputType('AddAssigneeInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    role: t.field({ type: AddRoleEnum, required: true }),
    unitId: t.id(),
    userId: t.id(),
    deadline: t.field({ type: 'Date', description: 'Required for phối hợp' }),
  }),
});
const CloseInput = builder.inputType('CloseIncomingDocumentInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    closingNote: t.string({ required: true }),
    replyReference: t.string({ description: 'Số, ký hiệu of the outgoing reply, if any' }),
  }),
});

const byAssignment = async (ctx: Context, assignmentId: string) => findAssignmentDocumentId({ em: ctx.em, assignmentId });

builder.mutationFields((t) => ({
  returnIncomingDocument: t.field({
    type: IncomingDocumentRef,
    description: 'Trả lại văn thư: the leader gives a document awaiting direction back, with a reason',
    errors: mutationErrors,
    args: { input: t.arg({ type: ReasonInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const { id, reason } = validateReason({ id: String(input.documentId), idField: 'documentId', reason: input.reason }, 'lý do trả lại');
      await ctx.services.incoming.returnDocument(id, { actor, reason });
      return reload(ctx, id);
    },
  }),
  resubmitIncomingDocument: t.field({
    type: IncomingDocumentRef,
    description: 'The văn thư submits a returned document to the leaders again',
    errors: mutationErrors,
    args: { input: t.arg({ type: ResubmitInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateResubmit({ documentId: String(input.documentId), note: input.note });
      await ctx.services.incoming.resubmit(clean.documentId, { actor, note: clean.note });
      return reload(ctx, clean.documentId);
    },
  }),
  submitIncomingDocument: t.field({
    type: IncomingDocumentRef,
    description: 'Trình: the văn thư submits a registered document (chờ trình) to the leaders; closes the submission limit',
    errors: mutationErrors,
    args: { input: t.arg({ type: SubmitInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateResubmit({ documentId: String(input.documentId), note: input.note });
      await ctx.services.incoming.submit(clean.documentId, { actor, note: clean.note });
      return reload(ctx, clean.documentId);
    },
  }),
  sendBackIncomingDocument: t.field({
    type: IncomingDocumentRef,
    description: 'Kết thúc – trả lại nơi gửi: the văn thư ends a document the leader returned, with a reason',
    errors: mutationErrors,
    args: { input: t.arg({ type: ReasonInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const { id, reason } = validateReason({ id: String(input.documentId), idField: 'documentId', reason: input.reason }, 'lý do trả lại nơi gửi');
      await ctx.services.incoming.sendBack(id, { actor, reason });
      return reload(ctx, id);
    },
  }),
  returnAssignment: t.field({
    type: IncomingDocumentRef,
    description: 'Trả lại phần việc to whoever gave it, with a reason',
    errors: mutationErrors,
    args: { input: t.arg({ type: AssignmentReasonInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const { id, reason } = validateReason({ id: String(input.assignmentId), idField: 'assignmentId', reason: input.reason }, 'lý do trả lại');
      const documentId = await byAssignment(ctx, id);
      await ctx.services.incoming.returnAssignment(documentId, { actor, assignmentId: id, reason });
      return reload(ctx, documentId);
    },
  }),
  withdrawAssignment: t.field({
    type: IncomingDocumentRef,
    description: 'Thu hồi: whoever gave a part takes it back, with a reason (removes a phối hợp)',
    errors: mutationErrors,
    args: { input: t.arg({ type: AssignmentReasonInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const { id, reason } = validateReason({ id: String(input.assignmentId), idField: 'assignmentId', reason: input.reason }, 'lý do thu hồi');
      const documentId = await byAssignment(ctx, id);
      await ctx.services.incoming.withdrawAssignment(documentId, { actor, assignmentId: id, reason });
      return reload(ctx, documentId);
    },
  }),
  reassignAssignment: t.field({
    type: IncomingDocumentRef,
    description: 'Chuyển tiếp: the part ends as reassigned and a new one starts with its deadline',
    errors: mutationErrors,
    args: { input: t.arg({ type: ReassignInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateReassign(
        { assignmentId: String(input.assignmentId), unitId: str(input.unitId), userId: str(input.userId), deadline: input.deadline, reason: input.reason },
        vnToday(),
      );
      const documentId = await byAssignment(ctx, clean.assignmentId);
      await ctx.services.incoming.reassign(documentId, { actor, ...clean });
      return reload(ctx, documentId);
    },
  }),
  addAssignee: t.field({
    type: IncomingDocumentRef,
    description: 'Bổ sung a phối hợp (with a deadline) or để biết unit or person after the direction',
    errors: mutationErrors,
    args: { input: t.arg({ type: AddAssigneeInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateAddAssignee(
        { documentId: String(input.documentId), role: input.role, unitId: str(input.unitId), userId: str(input.userId), deadline: input.deadline ?? null },
        vnToday(),
      );
      await ctx.services.incoming.addAssignee(clean.documentId, { actor, role: clean.role, to: clean.to });
      return reload(ctx, clean.documentId);
    },
  }),
  markAssignmentSeen: t.field({
    type: IncomingDocumentRef,
    description: 'Đã xem: a để biết recipient says they have read the document',
    errors: mutationErrors,
    args: { assignmentId: t.arg.id({ required: true }) },
    resolve: async (_, { assignmentId }, ctx) => {
      const actor = requireActor(ctx);
      const { id } = validateReason({ id: String(assignmentId), idField: 'assignmentId', reason: '-' });
      const documentId = await byAssignment(ctx, id);
      await ctx.services.incoming.markSeen(documentId, { actor, assignmentId: id });
      return reload(ctx, documentId);
    },
  }),
  closeIncomingDocument: t.field({
    type: IncomingDocumentRef,
    description: 'The chủ trì closes the document once its part is done; open parts are cancelled',
    errors: mutationErrors,
    args: { input: t.arg({ type: CloseInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateClose({ documentId: String(input.documentId), closingNote: input.closingNote, replyReference: input.replyReference });
      await ctx.services.incoming.close(clean.documentId, { actor, closingNote: clean.closingNote, replyReference: clean.replyReference });
      return reload(ctx, clean.documentId);
    },
  }),
}));
