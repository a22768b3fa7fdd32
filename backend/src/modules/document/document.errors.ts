import { DomainError } from '../../shared/errors.ts';

export const DocumentErrorCode = {
  NotFound: 'DOCUMENT_NOT_FOUND',
  BookNotFound: 'BOOK_NOT_FOUND',
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
