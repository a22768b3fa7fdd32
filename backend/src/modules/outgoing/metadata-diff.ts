import { findDocumentType } from '../document/document-types.ts';
import type { OutgoingMetadata } from './outgoing.entity.ts';

export interface MetadataChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

const URGENCY = { normal: 'Thường', urgent: 'Khẩn', very_urgent: 'Thượng khẩn', flash: 'Hỏa tốc' } as const;
const SECRECY = { normal: 'Thường', secret: 'Mật', top_secret: 'Tối mật', absolute_secret: 'Tuyệt mật' } as const;

const FIELDS: Array<{ field: keyof OutgoingMetadata; label: string; show(m: OutgoingMetadata): string | null }> = [
  { field: 'documentTypeCode', label: 'Loại văn bản', show: (m) => findDocumentType(m.documentTypeCode)?.name ?? m.documentTypeCode },
  { field: 'subject', label: 'Trích yếu', show: (m) => m.subject },
  { field: 'urgency', label: 'Độ khẩn', show: (m) => URGENCY[m.urgency] },
  { field: 'confidentiality', label: 'Độ mật', show: (m) => SECRECY[m.confidentiality] },
  { field: 'pageCount', label: 'Số trang', show: (m) => String(m.pageCount) },
  { field: 'copies', label: 'Số lượng bản', show: (m) => String(m.copies) },
  { field: 'dueDate', label: 'Hạn trả lời', show: (m) => m.dueDate },
  { field: 'notes', label: 'Ghi chú', show: (m) => m.notes },
  { field: 'recipients', label: 'Nơi nhận', show: (m) => (m.recipients.length ? m.recipients.join('\n') : null) },
  { field: 'files', label: 'Tệp dự thảo', show: (m) => (m.files.length ? m.files.join('\n') : null) },
];

/** What changed from one version's metadata to another's, field by field, as the reviewers read it. */
export function diffMetadata(before: OutgoingMetadata, after: OutgoingMetadata): MetadataChange[] {
  return FIELDS.flatMap((f) => {
    const a = f.show(before);
    const b = f.show(after);
    return a === b ? [] : [{ field: f.field, label: f.label, before: a, after: b }];
  });
}
