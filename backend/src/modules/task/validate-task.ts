import { Checker } from '../document/validate-incoming.ts';
import { REPORT_FREQUENCIES, TASK_PRIORITIES, TASK_SOURCE_TYPES, type ReportFrequency, type TaskPriority, type TaskSourceType } from './task.entity.ts';

/** Field checks of the task steps (Vietnamese messages, one per field); who may act and when is in task-rules.ts. */

export interface PartyInput {
  unitId?: string | null;
  userId?: string | null;
}
export interface CleanParty {
  unitId: string | null;
  userId: string | null;
}

export interface TaskInput {
  /** Set for a subtask. */
  parentId?: string | null;
  title: string;
  content?: string | null;
  priority?: TaskPriority | null;
  sourceType?: TaskSourceType | null;
  sourceDocumentId?: string | null;
  meetingName?: string | null;
  meetingDate?: string | null;
  lead: PartyInput;
  coordinators?: PartyInput[] | null;
  dueDate?: string | null;
  dueInWorkingDays?: number | null;
  reportFrequency?: ReportFrequency | null;
  reportWeekday?: number | null;
  reportMonthDay?: number | null;
}

/** The task as it travels to the workflow and its activity. The deadline is either a date or N working days (resolved to a date by the calendar). */
export interface CleanTaskInput {
  parentId: string | null;
  title: string;
  content: string | null;
  priority: TaskPriority;
  sourceType: TaskSourceType;
  sourceDocumentId: string | null;
  meetingName: string | null;
  meetingDate: string | null;
  lead: CleanParty;
  coordinators: CleanParty[];
  dueDate: string | null;
  dueInWorkingDays: number | null;
  reportFrequency: ReportFrequency;
  reportWeekday: number | null;
  reportMonthDay: number | null;
}

export const MAX_WORKING_DAYS = 365;

function party(c: Checker, path: string, a: PartyInput, label: string): CleanParty {
  const unitId = a.unitId || null;
  const userId = a.userId || null;
  if (!unitId && !userId) c.add(path, 'REQUIRED', `Vui lòng chọn ${label}.`);
  else if (unitId && userId) c.add(path, 'AMBIGUOUS', `Chỉ chọn một đơn vị hoặc một người cho ${label}.`);
  else c.id(path, unitId ?? userId, label);
  return { unitId, userId };
}

export function validateTask(input: TaskInput, today: string): CleanTaskInput {
  const c = new Checker();
  const parentId = input.parentId ? c.id('parentId', input.parentId, 'nhiệm vụ cha') : null;
  const title = c.text('title', input.title, 'tiêu đề nhiệm vụ', 500);
  const content = c.optionalText('content', input.content, 'nội dung', 10_000, true);
  const priority = input.priority ?? 'normal';
  if (!TASK_PRIORITIES.includes(priority)) c.add('priority', 'INVALID', 'Độ ưu tiên không hợp lệ.');
  const sourceType = input.sourceType ?? 'none';
  if (!TASK_SOURCE_TYPES.includes(sourceType)) c.add('sourceType', 'INVALID', 'Nguồn giao việc không hợp lệ.');
  let sourceDocumentId: string | null = null;
  let meetingName: string | null = null;
  let meetingDate: string | null = null;
  if (sourceType === 'document') sourceDocumentId = c.id('sourceDocumentId', input.sourceDocumentId, 'văn bản nguồn');
  if (sourceType === 'meeting') {
    meetingName = c.text('meetingName', input.meetingName, 'tên cuộc họp', 500);
    meetingDate = c.date('meetingDate', input.meetingDate, 'ngày họp', true);
    if (meetingDate && meetingDate > today) c.add('meetingDate', 'IN_FUTURE', 'Ngày họp không được sau ngày hôm nay.');
  }
  const lead = party(c, 'lead', input.lead ?? {}, 'đơn vị hoặc người chủ trì');
  const coordinators = (input.coordinators ?? []).map((p, i) => party(c, `coordinators.${i}`, p, 'đơn vị hoặc người phối hợp'));
  const key = (p: CleanParty) => p.unitId ?? p.userId;
  if (coordinators.some((p) => key(p) === key(lead))) c.add('coordinators', 'SAME_AS_LEAD', 'Đơn vị hoặc người chủ trì không đồng thời là phối hợp.');
  else if (new Set(coordinators.map(key)).size !== coordinators.length) c.add('coordinators', 'DUPLICATE', 'Mỗi đơn vị hoặc người phối hợp chỉ chọn một lần.');

  const hasDate = input.dueDate != null && input.dueDate !== '';
  const hasDays = input.dueInWorkingDays != null;
  let dueDate: string | null = null;
  let dueInWorkingDays: number | null = null;
  if (hasDate && hasDays) c.add('dueDate', 'AMBIGUOUS', 'Chỉ nhập hạn hoàn thành theo ngày hoặc theo số ngày làm việc.');
  else if (!hasDate && !hasDays) c.add('dueDate', 'REQUIRED', 'Vui lòng chọn hạn hoàn thành (ngày, hoặc số ngày làm việc).');
  else if (hasDate) {
    dueDate = c.date('dueDate', input.dueDate, 'hạn hoàn thành', true);
    if (dueDate && dueDate < today) c.add('dueDate', 'IN_PAST', 'Hạn hoàn thành không được trước ngày hôm nay.');
  } else {
    const n = input.dueInWorkingDays!;
    if (!Number.isInteger(n) || n < 1 || n > MAX_WORKING_DAYS) c.add('dueInWorkingDays', 'OUT_OF_RANGE', `Số ngày làm việc phải là số nguyên từ 1 đến ${MAX_WORKING_DAYS}.`);
    else dueInWorkingDays = n;
  }

  const reportFrequency = input.reportFrequency ?? 'none';
  let reportWeekday: number | null = null;
  let reportMonthDay: number | null = null;
  if (!REPORT_FREQUENCIES.includes(reportFrequency)) c.add('reportFrequency', 'INVALID', 'Chu kỳ báo cáo không hợp lệ.');
  if (reportFrequency === 'weekly') {
    const w = input.reportWeekday;
    if (w == null || !Number.isInteger(w) || w < 1 || w > 7) c.add('reportWeekday', 'REQUIRED', 'Vui lòng chọn thứ trong tuần phải báo cáo (thứ Hai đến Chủ nhật).');
    else reportWeekday = w;
  }
  if (reportFrequency === 'monthly') {
    const d = input.reportMonthDay;
    if (d == null || !Number.isInteger(d) || d < 1 || d > 31) c.add('reportMonthDay', 'REQUIRED', 'Vui lòng chọn ngày trong tháng phải báo cáo (1 đến 31).');
    else reportMonthDay = d;
  }
  return c.done({
    parentId,
    title,
    content,
    priority,
    sourceType,
    sourceDocumentId,
    meetingName,
    meetingDate,
    lead,
    coordinators,
    dueDate,
    dueInWorkingDays,
    reportFrequency,
    reportWeekday,
    reportMonthDay,
  });
}

export function validateTaskReason(input: { taskId: string; reason: string }, label: string) {
  const c = new Checker();
  const taskId = c.id('taskId', input.taskId, 'nhiệm vụ');
  const reason = c.text('reason', input.reason, label, 2000, true);
  return c.done({ taskId, reason });
}

export function validateTaskId(taskId: string, field = 'taskId') {
  const c = new Checker();
  const id = c.id(field, taskId, 'nhiệm vụ');
  return c.done(id);
}

export function validateReport(input: { taskId: string; percent: number; text: string }) {
  const c = new Checker();
  const taskId = c.id('taskId', input.taskId, 'nhiệm vụ');
  if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100) c.add('percent', 'OUT_OF_RANGE', 'Tiến độ phải là số nguyên từ 0 đến 100 (%).');
  const text = c.text('text', input.text, 'nội dung báo cáo', 4000, true);
  return c.done({ taskId, percent: input.percent, text });
}

export function validateExtensionRequest(input: { taskId: string; newDueDate: string; reason: string }, today: string) {
  const c = new Checker();
  const taskId = c.id('taskId', input.taskId, 'nhiệm vụ');
  const newDueDate = c.date('newDueDate', input.newDueDate, 'hạn mới đề nghị', true);
  if (newDueDate && newDueDate < today) c.add('newDueDate', 'IN_PAST', 'Hạn mới đề nghị không được trước ngày hôm nay.');
  const reason = c.text('reason', input.reason, 'lý do xin gia hạn', 2000, true);
  return c.done({ taskId, newDueDate: newDueDate ?? '', reason });
}

export function validateExtensionDecision(input: { extensionId: string; note?: string | null }, approve: boolean) {
  const c = new Checker();
  const extensionId = c.id('extensionId', input.extensionId, 'đề nghị gia hạn');
  const note = approve ? c.optionalText('note', input.note, 'ý kiến', 2000, true) : c.text('note', input.note, 'lý do không đồng ý gia hạn', 2000, true);
  return c.done({ extensionId, note });
}

export function validateResult(input: { taskId: string; resultText: string }) {
  const c = new Checker();
  const taskId = c.id('taskId', input.taskId, 'nhiệm vụ');
  const resultText = c.text('resultText', input.resultText, 'kết quả thực hiện', 10_000, true);
  return c.done({ taskId, resultText });
}

export function validateEvaluation(input: { taskId: string; decision: 'accept' | 'reopen'; rating?: number | null; note?: string | null }) {
  const c = new Checker();
  const taskId = c.id('taskId', input.taskId, 'nhiệm vụ');
  let rating: number | null = null;
  if (input.decision === 'accept' && input.rating != null) {
    if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) c.add('rating', 'OUT_OF_RANGE', 'Xếp loại phải từ 1 đến 5 sao.');
    else rating = input.rating;
  }
  const note = input.decision === 'reopen' ? c.text('note', input.note, 'lý do chưa đạt', 2000, true) : c.optionalText('note', input.note, 'nhận xét', 2000, true);
  return c.done({ taskId, decision: input.decision, rating, note });
}

export function validateNudge(input: { taskId: string; message?: string | null }) {
  const c = new Checker();
  const taskId = c.id('taskId', input.taskId, 'nhiệm vụ');
  const message = c.optionalText('message', input.message, 'lời nhắn', 1000, true);
  return c.done({ taskId, message });
}
