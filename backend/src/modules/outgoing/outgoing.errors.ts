import { DomainError } from '../../shared/errors.ts';

export const OutgoingErrorCode = {
  NotFound: 'DOCUMENT_NOT_FOUND',
  WrongState: 'DOCUMENT_WRONG_STATE',
  Forbidden: 'FORBIDDEN',
  InvalidReviewer: 'INVALID_REVIEWER',
  InvalidRecipient: 'INVALID_RECIPIENT',
  BookNotFound: 'BOOK_NOT_FOUND',
} as const;

export const outgoingNotFound = () => new DomainError(OutgoingErrorCode.NotFound, 'Không tìm thấy văn bản đi.');
/** A refusal of review-rules.ts, raised again inside the use case's transaction. */
export const refused = (r: { type: string; message: string }) => new DomainError(r.type, r.message);
export const invalidReviewer = (message: string, field = 'steps') => new DomainError(OutgoingErrorCode.InvalidReviewer, message, field);
export const invalidRecipient = (message: string, field = 'recipients') => new DomainError(OutgoingErrorCode.InvalidRecipient, message, field);
