import { defineEntity, p } from '@mikro-orm/core';

export const URGENCIES = ['normal', 'urgent', 'very_urgent', 'flash'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const CONFIDENTIALITIES = ['normal', 'secret', 'top_secret', 'absolute_secret'] as const;
export type Confidentiality = (typeof CONFIDENTIALITIES)[number];
export const RECEIPT_FORMS = ['paper', 'electronic'] as const;
export type ReceiptForm = (typeof RECEIPT_FORMS)[number];
/** returned: the leader gave it back to the văn thư (wrong addressee or competence); the văn thư submits it again. */
export const INCOMING_STATUSES = ['awaiting_direction', 'in_progress', 'completed', 'returned'] as const;
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
    bookId: p.uuid(),
    year: p.integer(),
    arrivalNumber: p.integer(),
    /** Ngày đến: when the document reached the agency, as the văn thư recorded it (default: the moment of vào sổ). */
    arrivalAt: p.datetime(),
    /** When it was entered in the register, which submits it to the leader. */
    registeredAt: p.datetime(),
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
    registeredById: p.uuid(),
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
