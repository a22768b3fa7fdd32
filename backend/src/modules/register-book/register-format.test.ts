import { describe, expect, it } from 'vitest';
import type { RegisterPart } from './register-entries.ts';
import { asciiSlug, deadlineOf, documentReference, noteText, progressText, recipientsText, typeAndSubject } from './register-format.ts';

const part = (p: Partial<RegisterPart> & Pick<RegisterPart, 'id' | 'role'>): RegisterPart => ({
  parentId: null,
  status: 'pending',
  unitName: null,
  userName: null,
  deadline: null,
  assignedDate: '2026-11-20',
  completedDate: null,
  resultNote: null,
  ...p,
});

const lead = part({ id: 'a', role: 'lead', unitName: 'Phòng Tài chính – Kế hoạch', deadline: '2026-11-27', status: 'handling' });
const handler = part({ id: 'a1', parentId: 'a', role: 'lead', userName: 'Vũ Thị Mai', status: 'handling', deadline: '2026-11-26' });
const coord = part({ id: 'b', role: 'coordinate', unitName: 'Phòng Tài nguyên và Môi trường', deadline: '2026-11-25' });
const person = part({ id: 'c', role: 'coordinate', userName: 'Trần Văn Nam', status: 'handling', deadline: '2026-11-25' });

describe('register columns', () => {
  it('names the type before the subject, the way the register reads', () => {
    expect(typeAndSubject('CV', 'V/v triển khai kế hoạch')).toBe('Công văn: V/v triển khai kế hoạch');
    expect(typeAndSubject('QĐ', 'Về việc phê duyệt dự án')).toBe('Quyết định: Về việc phê duyệt dự án');
    expect(typeAndSubject('KH', 'Kế hoạch chuyển đổi số năm 2027')).toBe('Kế hoạch chuyển đổi số năm 2027');
    expect(typeAndSubject('KH', 'UBND tỉnh triển khai chuyển đổi số')).toBe('Kế hoạch: UBND tỉnh triển khai chuyển đổi số');
  });

  it('writes the reference of the follow-up register and the phiếu', () => {
    expect(documentReference({ documentTypeCode: 'CV', numberNotation: '183/UBND-KT', issuedDate: '2026-11-20', issuer: 'UBND tỉnh Hậu Giang' })).toBe(
      'Công văn số 183/UBND-KT ngày 20/11/2026 của UBND tỉnh Hậu Giang',
    );
  });

  it('lists chủ trì and phối hợp, units or people, one role per line', () => {
    expect(recipientsText([])).toBe('');
    expect(recipientsText([lead, coord, person, handler])).toBe(
      'Chủ trì: Phòng Tài chính – Kế hoạch\nPhối hợp: Phòng Tài nguyên và Môi trường; Trần Văn Nam',
    );
    expect(recipientsText([lead, coord, handler], { withHandlers: true })).toBe(
      'Chủ trì: Phòng Tài chính – Kế hoạch (Vũ Thị Mai)\nPhối hợp: Phòng Tài nguyên và Môi trường',
    );
  });

  it('leaves out the parts undone later (trả lại, thu hồi, chuyển tiếp) and names the one a part moved to', () => {
    const movedAway = { ...lead, status: 'reassigned' as const, deadline: '2026-11-24' };
    const movedTo = part({ id: 'd', role: 'lead', unitName: 'Phòng Nội vụ', status: 'handling', deadline: '2026-11-30' });
    const withdrawn = { ...coord, status: 'withdrawn' as const };
    const returned = { ...person, status: 'returned' as const };
    const handlerMoved = { ...handler, parentId: 'd', status: 'reassigned' as const };
    const handlerNow = part({ id: 'd2', parentId: 'd', role: 'lead', userName: 'Đỗ Văn Hùng', status: 'handling' });
    const closedOpen = { ...coord, id: 'e', unitName: 'Văn phòng', status: 'cancelled' as const };
    const parts = [movedAway, withdrawn, returned, movedTo, closedOpen, handlerMoved, handlerNow];
    expect(recipientsText(parts)).toBe('Chủ trì: Phòng Nội vụ\nPhối hợp: Văn phòng');
    expect(recipientsText(parts, { withHandlers: true })).toBe('Chủ trì: Phòng Nội vụ (Đỗ Văn Hùng)\nPhối hợp: Văn phòng');
    expect(deadlineOf({ parts, dueDate: null })).toBe('2026-11-30');
    // The progress column still tells what became of each.
    expect(progressText({ status: 'in_progress', completedDate: null, parts, dueDate: null }, '2026-11-21').split('\n')).toEqual([
      'Đang xử lý',
      'Chủ trì – Phòng Tài chính – Kế hoạch: đã chuyển tiếp',
      'Phối hợp – Phòng Tài nguyên và Môi trường: đã thu hồi',
      'Phối hợp – Trần Văn Nam: đã trả lại',
      'Chủ trì – Phòng Nội vụ: đang xử lý (Đỗ Văn Hùng)',
      'Phối hợp – Văn phòng: không tiếp tục (văn bản đã kết thúc)',
    ]);
  });

  it('notes urgency and secrecy marks only', () => {
    expect(noteText({ urgency: 'normal', confidentiality: 'normal' })).toBe('');
    expect(noteText({ urgency: 'flash', confidentiality: 'secret' })).toBe('Hỏa tốc; Mật');
    expect(noteText({ urgency: 'urgent', confidentiality: 'normal', notes: 'Bản sao' })).toBe('Khẩn\nBản sao');
    expect(noteText({ urgency: 'normal', confidentiality: 'normal', notes: ' ' })).toBe('');
  });

  it('takes the chủ trì deadline, else the document’s', () => {
    expect(deadlineOf({ parts: [coord, lead], dueDate: '2026-12-01' })).toBe('2026-11-27');
    expect(deadlineOf({ parts: [], dueDate: '2026-12-01' })).toBe('2026-12-01');
    expect(deadlineOf({ parts: [], dueDate: null })).toBeNull();
  });

  it('reports progress: status first, then each part with its result', () => {
    expect(progressText({ status: 'awaiting_direction', completedDate: null, parts: [], dueDate: null }, '2026-11-21')).toBe('Chờ ý kiến chỉ đạo');
    expect(progressText({ status: 'in_progress', completedDate: null, parts: [lead, coord, handler], dueDate: null }, '2026-11-21')).toBe(
      'Đang xử lý\nChủ trì – Phòng Tài chính – Kế hoạch: đang xử lý (Vũ Thị Mai)\nPhối hợp – Phòng Tài nguyên và Môi trường: chờ phân công',
    );
    expect(progressText({ status: 'in_progress', completedDate: null, parts: [lead], dueDate: null }, '2026-11-28').split('\n')[0]).toBe('Đang xử lý (quá hạn)');
    const done = { ...lead, status: 'done' as const, completedDate: '2026-11-25', resultNote: 'Đã tham mưu báo cáo.' };
    expect(progressText({ status: 'completed', completedDate: '2026-11-25', parts: [done], dueDate: null }, '2026-12-10')).toBe(
      'Đã giải quyết 25/11/2026\nChủ trì – Phòng Tài chính – Kế hoạch: đã xong 25/11/2026: Đã tham mưu báo cáo.',
    );
    expect(progressText({ status: 'completed', completedDate: '2026-11-30', parts: [{ ...done, completedDate: '2026-11-30' }], dueDate: null }, '2026-12-10').split('\n')[0]).toBe(
      'Đã giải quyết 30/11/2026 (quá hạn)',
    );
  });

  it('makes ASCII file names', () => {
    expect(asciiSlug('VBĐ đến/2026')).toBe('VBD-den-2026');
  });
});
