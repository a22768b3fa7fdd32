import { Checker, type AssigneeInput, type CleanAssignee } from './validate-incoming.ts';

/** Field checks of the distribution actions (Vietnamese messages, one per field); the rules of who and when are elsewhere. */

export function validateReason(input: { id: string; idField: string; reason: string }, label = 'lý do') {
  const c = new Checker();
  const id = c.id(input.idField, input.id, input.idField === 'documentId' ? 'văn bản' : 'phân công');
  const reason = c.text('reason', input.reason, label, 2000, true);
  return c.done({ id, reason });
}

export function validateResubmit(input: { documentId: string; note?: string | null }) {
  const c = new Checker();
  const documentId = c.id('documentId', input.documentId, 'văn bản');
  const note = c.optionalText('note', input.note, 'ghi chú', 2000, true);
  return c.done({ documentId, note });
}

function target(c: Checker, a: AssigneeInput, today: string, deadlineRequired: boolean): CleanAssignee {
  const unitId = a.unitId || null;
  const userId = a.userId || null;
  if (!unitId && !userId) c.add('unitId', 'REQUIRED', 'Vui lòng chọn đơn vị hoặc người nhận.');
  else if (unitId && userId) c.add('unitId', 'AMBIGUOUS', 'Chỉ chọn một đơn vị hoặc một người.');
  else c.id(unitId ? 'unitId' : 'userId', unitId ?? userId, unitId ? 'đơn vị' : 'người nhận');
  const deadline = c.date('deadline', a.deadline, 'hạn xử lý', deadlineRequired);
  if (deadline && deadline < today) c.add('deadline', 'IN_PAST', 'Hạn xử lý không được trước ngày hôm nay.');
  return { unitId, userId, deadline };
}

export function validateReassign(input: { assignmentId: string; reason: string } & AssigneeInput, today: string) {
  const c = new Checker();
  const assignmentId = c.id('assignmentId', input.assignmentId, 'phân công');
  const to = target(c, input, today, true);
  const reason = c.text('reason', input.reason, 'lý do chuyển tiếp', 2000, true);
  return c.done({ assignmentId, to, reason });
}

export function validateAddAssignee(input: { documentId: string; role: 'coordinate' | 'inform' } & AssigneeInput, today: string) {
  const c = new Checker();
  const documentId = c.id('documentId', input.documentId, 'văn bản');
  const to = target(c, input, today, input.role === 'coordinate');
  return c.done({ documentId, role: input.role, to: input.role === 'inform' ? { ...to, deadline: null } : to });
}

export function validateClose(input: { documentId: string; closingNote: string; replyReference?: string | null }) {
  const c = new Checker();
  const documentId = c.id('documentId', input.documentId, 'văn bản');
  const closingNote = c.text('closingNote', input.closingNote, 'kết quả giải quyết', 4000, true);
  const replyReference = c.optionalText('replyReference', input.replyReference, 'số, ký hiệu văn bản trả lời', 100);
  return c.done({ documentId, closingNote, replyReference });
}
