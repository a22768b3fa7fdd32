import { DomainError } from '../../shared/errors.ts';
import type { IncomingDocument } from './document.entity.ts';

export const DocumentErrorCode = {
  NotFound: 'DOCUMENT_NOT_FOUND',
  WrongState: 'DOCUMENT_WRONG_STATE',
  AssignmentNotFound: 'ASSIGNMENT_NOT_FOUND',
  NotAllowed: 'DOCUMENT_ACTION_NOT_ALLOWED',
  InvalidAssignee: 'INVALID_ASSIGNEE',
} as const;

export const documentNotFound = () => new DomainError(DocumentErrorCode.NotFound, 'Không tìm thấy văn bản.');
export const assignmentNotFound = () =>
  new DomainError(DocumentErrorCode.AssignmentNotFound, 'Không tìm thấy phân công xử lý.', 'assignmentId');
export const wrongState = (message: string) => new DomainError(DocumentErrorCode.WrongState, message);
export const notAllowed = (message: string) => new DomainError(DocumentErrorCode.NotAllowed, message);

/**
 * Same issuer, số/ký hiệu and ngày văn bản as earlier registrations (Decree 30 App. VI §III.1: warn the văn
 * thư of a duplicate): an answer the văn thư confirms or abandons, not a refusal.
 */
export class PossibleDuplicateError extends Error {
  readonly code = 'POSSIBLE_DUPLICATE';
  readonly duplicates: IncomingDocument[];
  constructor(duplicates: IncomingDocument[]) {
    super(
      `Văn bản này có thể đã được vào sổ: ${duplicates.length} văn bản cùng cơ quan ban hành, số, ký hiệu và ngày văn bản. ` +
        'Kiểm tra lại; nếu đúng là văn bản khác, chọn “Vẫn vào sổ”.',
    );
    this.name = 'PossibleDuplicateError';
    this.duplicates = duplicates;
  }
}
