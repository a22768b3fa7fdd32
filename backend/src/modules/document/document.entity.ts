import { defineEntity, p } from '@mikro-orm/core';

export const URGENCIES = ['normal', 'urgent', 'very_urgent', 'flash'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const CONFIDENTIALITIES = ['normal', 'secret', 'top_secret', 'absolute_secret'] as const;
export type Confidentiality = (typeof CONFIDENTIALITIES)[number];
export const RECEIPT_FORMS = ['paper', 'electronic'] as const;
export type ReceiptForm = (typeof RECEIPT_FORMS)[number];
/**
 * received: arrived electronically, not yet in a register (chờ vào sổ); registered: in the register, not yet
 * submitted to the leader (chờ trình); returned: the leader gave it back to the văn thư (wrong addressee or
 * competence), who submits it again or sends it back to its sender (sent_back, final); recalled: the internal
 * outgoing document it came from was recalled or replaced while it was still being worked on (frozen, final).
 */
export const INCOMING_STATUSES = ['received', 'registered', 'awaiting_direction', 'in_progress', 'completed', 'returned', 'sent_back', 'recalled'] as const;
export type IncomingStatus = (typeof INCOMING_STATUSES)[number];
export const ASSIGNMENT_ROLES = ['lead', 'coordinate', 'inform'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
/**
 * returned: given back to whoever assigned it (trả lại); withdrawn: taken back by the assigner (thu hồi);
 * reassigned: moved to someone else (chuyển tiếp; a new part carries on); cancelled: still open when the document was closed.
 */
export const ASSIGNMENT_STATUSES = ['pending', 'handling', 'done', 'unseen', 'seen', 'returned', 'withdrawn', 'reassigned', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

const IncomingDocumentSchema = defineEntity({
  name: 'IncomingDocument',
  tableName: 'incoming_document',
  uniques: [{ properties: ['bookId', 'arrivalNumber'] }],
  properties: {
    id: p.uuid().primary(),
    /** Book, year, số đến, registration: null only while `received` (a database check holds it). */
    bookId: p.uuid().nullable(),
    year: p.integer().nullable(),
    arrivalNumber: p.integer().nullable(),
    /** Ngày đến: when the document reached the agency, as the văn thư recorded it (default: the moment of vào sổ). */
    arrivalAt: p.datetime(),
    /** When it was entered in the register. */
    registeredAt: p.datetime().nullable(),
    /** When the văn thư submitted it to the leader (trình); the direction limit counts from here. */
    submittedAt: p.datetime().nullable(),
    submittedById: p.uuid().nullable(),
    receiptForm: p.enum(RECEIPT_FORMS),
    documentTypeCode: p.string(),
    numberNotation: p.string(),
    issuer: p.string(),
    /** Set when the issuer was chosen from the agency directory; the code is kept as it was on arrival. */
    issuerAgencyId: p.uuid().nullable(),
    issuerAgencyCode: p.string().nullable(),
    issuedDate: p.string().columnType('date'),
    subject: p.text(),
    urgency: p.enum(URGENCIES),
    confidentiality: p.enum(CONFIDENTIALITIES),
    signer: p.string(),
    signerPosition: p.string().nullable(),
    pageCount: p.integer(),
    dueDate: p.string().columnType('date').nullable(),
    /** Nơi nhận nội bộ (Appendix VI ToPlaces). */
    internalRecipients: p.text().nullable(),
    notes: p.text().nullable(),
    status: p.enum(INCOMING_STATUSES),
    direction: p.text().nullable(),
    directedById: p.uuid().nullable(),
    directedAt: p.datetime().nullable(),
    completedAt: p.datetime().nullable(),
    /** The chủ trì's closing note, and the reply it names (số, ký hiệu of the outgoing document), when closed. */
    closingNote: p.text().nullable(),
    replyReference: p.string().nullable(),
    /** Why the leader returned it to the văn thư (the last time). */
    returnReason: p.text().nullable(),
    registeredById: p.uuid().nullable(),
    /** Why the văn thư sent it back to its sender (kết thúc – trả lại nơi gửi). */
    sentBackReason: p.text().nullable(),
    /** Electronic receipt from an internal outgoing document: the sender reads its recipients' statuses by these. */
    sourceOutgoingId: p.uuid().nullable(),
    recipientUnitId: p.uuid().nullable(),
    /** Who sent it (the sender's user), for a document received electronically. */
    sentById: p.uuid().nullable(),
    /** The source outgoing document was recalled or replaced: this copy is frozen (set on ended copies too). */
    recalledAt: p.datetime().nullable(),
    recallReason: p.text().nullable(),
  },
});
export class IncomingDocument extends IncomingDocumentSchema.class {}
IncomingDocumentSchema.setClass(IncomingDocument);

const AssignmentSchema = defineEntity({
  name: 'Assignment',
  tableName: 'assignment',
  indexes: [{ properties: ['documentId'] }],
  properties: {
    id: p.uuid().primary(),
    documentId: p.uuid(),
    /** A person-level assignment made by a unit head under the unit-level one. */
    parentId: p.uuid().nullable(),
    role: p.enum(ASSIGNMENT_ROLES),
    unitId: p.uuid().nullable(),
    assigneeId: p.uuid().nullable(),
    deadline: p.datetime().nullable(),
    status: p.enum(ASSIGNMENT_STATUSES),
    resultNote: p.text().nullable(),
    /** Why it was returned, withdrawn or reassigned. */
    statusReason: p.text().nullable(),
    assignedById: p.uuid(),
    assignedAt: p.datetime(),
    completedAt: p.datetime().nullable(),
  },
});
export class Assignment extends AssignmentSchema.class {}
AssignmentSchema.setClass(Assignment);
