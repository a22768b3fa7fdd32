import { describe, expect, it } from 'vitest';
import { diffMetadata } from './metadata-diff.ts';
import type { OutgoingMetadata } from './outgoing.entity.ts';

const v1: OutgoingMetadata = {
  documentTypeCode: 'CV',
  subject: 'V/v báo cáo',
  urgency: 'normal',
  confidentiality: 'normal',
  pageCount: 2,
  copies: 3,
  dueDate: null,
  notes: null,
  recipients: ['Phòng Nội vụ'],
  files: ['main:du-thao.pdf'],
};

describe('differences between draft versions', () => {
  it('lists only the fields that changed, in Vietnamese', () => {
    expect(diffMetadata(v1, v1)).toEqual([]);
    const v2 = { ...v1, subject: 'V/v báo cáo quý I', urgency: 'urgent' as const, recipients: ['Phòng Nội vụ', 'Sở Tài chính'], files: ['main:du-thao-2.pdf'] };
    expect(diffMetadata(v1, v2)).toEqual([
      { field: 'subject', label: 'Trích yếu', before: 'V/v báo cáo', after: 'V/v báo cáo quý I' },
      { field: 'urgency', label: 'Độ khẩn', before: 'Thường', after: 'Khẩn' },
      { field: 'recipients', label: 'Nơi nhận', before: 'Phòng Nội vụ', after: 'Phòng Nội vụ\nSở Tài chính' },
      { field: 'files', label: 'Tệp dự thảo', before: 'main:du-thao.pdf', after: 'main:du-thao-2.pdf' },
    ]);
  });
});
