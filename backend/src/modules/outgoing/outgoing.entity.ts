import { defineEntity, p } from '@mikro-orm/core';
import { CONFIDENTIALITIES, URGENCIES } from '../document/document.entity.ts';

/**
 * draft → in_review / awaiting_signature (the review chain) ⇄ returned (to the drafter) → signed → issued;
 * recalled, replaced (by an issued thay thế) and cancelled (a draft given up) are ends.
 */
export const OUTGOING_STATUSES = ['draft', 'in_review', 'returned', 'awaiting_signature', 'signed', 'issued', 'recalled', 'replaced', 'cancelled'] as const;
export type OutgoingStatus = (typeof OUTGOING_STATUSES)[number];
export const REVIEW_STEP_KINDS = ['review', 'format_check', 'sign'] as const;
export type ReviewStepKind = (typeof REVIEW_STEP_KINDS)[number];
export const REVIEW_STEP_STATUSES = ['waiting', 'pending', 'approved', 'returned'] as const;
export type ReviewStepStatus = (typeof REVIEW_STEP_STATUSES)[number];
/** Decree 30 art. 13 and App. I: TM. KT. TL. TUQ. Q.; none = the head signs in their own name. */
export const SIGNING_AUTHORITIES = ['none', 'tm', 'kt', 'tl', 'tuq', 'q'] as const;
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];
export const RECIPIENT_KINDS = ['unit', 'agency', 'individual'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const DISPATCH_CHANNELS = ['system', 'paper', 'electronic'] as const;
export type DispatchChannel = (typeof DISPATCH_CHANNELS)[number];
export const DISPATCH_OUTCOMES = ['same_day', 'next_morning', 'late', 'after_escalation'] as const;
export type DispatchOutcome = (typeof DISPATCH_OUTCOMES)[number];
export const RELATION_KINDS = ['correction', 'replacement'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
export const FILE_ROLES = ['main', 'attachment'] as const;
export type FileRole = (typeof FILE_ROLES)[number];

const OutgoingDocumentSchema = defineEntity({
  name: 'OutgoingDocument',
  tableName: 'outgoing_document',
  properties: {
    id: p.uuid().primary(),
    status: p.enum(OUTGOING_STATUSES),
    drafterId: p.uuid(),
    draftingUnitId: p.uuid(),
    createdAt: p.datetime(),
    /** The current version's metadata (each save is a version, see OutgoingVersion). */
    documentTypeCode: p.string(),
    subject: p.text(),
    urgency: p.enum(URGENCIES),
    confidentiality: p.enum(CONFIDENTIALITIES),
    pageCount: p.integer(),
    copies: p.integer(),
    dueDate: p.string().columnType('date').nullable(),
    notes: p.text().nullable(),
    currentVersion: p.integer(),
    returnReason: p.text().nullable(),
    signedById: p.uuid().nullable(),
    signedAt: p.datetime().nullable(),
    signingAuthority: p.enum(SIGNING_AUTHORITIES).nullable(),
    signerPosition: p.string().nullable(),
    signedVersion: p.integer().nullable(),
    /** The place for a cryptographic signature (later issue). */
    digitalSignature: p.text().nullable(),
    /** Đích (end of the signing working day) and hạn cuối (next working morning), from the calendar at signing. */
    dispatchTargetAt: p.datetime().nullable(),
    dispatchLimitAt: p.datetime().nullable(),
    bookId: p.uuid().nullable(),
    year: p.integer().nullable(),
    number: p.integer().nullable(),
    numberNotation: p.string().nullable(),
    issuedDate: p.string().columnType('date').nullable(),
    issuedAt: p.datetime().nullable(),
    issuedById: p.uuid().nullable(),
    dispatchOutcome: p.enum(DISPATCH_OUTCOMES).nullable(),
    recalledAt: p.datetime().nullable(),
    recalledById: p.uuid().nullable(),
    recallReason: p.text().nullable(),
    relatesToId: p.uuid().nullable(),
    relationKind: p.enum(RELATION_KINDS).nullable(),
  },
});
export class OutgoingDocument extends OutgoingDocumentSchema.class {}
OutgoingDocumentSchema.setClass(OutgoingDocument);

/** The metadata of one saved version, kept as it was (the differences between versions are computed from these). */
export interface OutgoingMetadata {
  documentTypeCode: string;
  subject: string;
  urgency: (typeof URGENCIES)[number];
  confidentiality: (typeof CONFIDENTIALITIES)[number];
  pageCount: number;
  copies: number;
  dueDate: string | null;
  notes: string | null;
  /** One display line per recipient. */
  recipients: string[];
  /** "main:name.pdf" per file, for the file differences. */
  files: string[];
}

const OutgoingVersionSchema = defineEntity({
  name: 'OutgoingVersion',
  tableName: 'outgoing_version',
  properties: {
    id: p.uuid().primary(),
    documentId: p.uuid(),
    number: p.integer(),
    createdAt: p.datetime(),
    createdById: p.uuid(),
    note: p.text().nullable(),
    metadata: p.json<OutgoingMetadata>(),
  },
});
export class OutgoingVersion extends OutgoingVersionSchema.class {}
OutgoingVersionSchema.setClass(OutgoingVersion);

const OutgoingFileSchema = defineEntity({
  name: 'OutgoingFile',
  tableName: 'outgoing_file',
  properties: {
    id: p.uuid().primary(),
    documentId: p.uuid(),
    versionId: p.uuid(),
    role: p.enum(FILE_ROLES),
    sha256: p.string(),
    fileName: p.string(),
    mimeType: p.string(),
    size: p.integer(),
    uploadedById: p.uuid(),
    createdAt: p.datetime(),
  },
});
export class OutgoingFile extends OutgoingFileSchema.class {}
OutgoingFileSchema.setClass(OutgoingFile);

const OutgoingReviewStepSchema = defineEntity({
  name: 'OutgoingReviewStep',
  tableName: 'outgoing_review_step',
  properties: {
    id: p.uuid().primary(),
    documentId: p.uuid(),
    position: p.integer(),
    kind: p.enum(REVIEW_STEP_KINDS),
    reviewerId: p.uuid(),
    workingDays: p.integer(),
    status: p.enum(REVIEW_STEP_STATUSES),
    activationId: p.uuid().nullable(),
    actedAt: p.datetime().nullable(),
    comment: p.text().nullable(),
    versionNumber: p.integer().nullable(),
  },
});
export class OutgoingReviewStep extends OutgoingReviewStepSchema.class {}
OutgoingReviewStepSchema.setClass(OutgoingReviewStep);

const OutgoingRecipientSchema = defineEntity({
  name: 'OutgoingRecipient',
  tableName: 'outgoing_recipient',
  properties: {
    id: p.uuid().primary(),
    documentId: p.uuid(),
    position: p.integer(),
    kind: p.enum(RECIPIENT_KINDS),
    channel: p.enum(DISPATCH_CHANNELS),
    unitId: p.uuid().nullable(),
    agencyId: p.uuid().nullable(),
    name: p.string(),
    address: p.string().nullable(),
    sentAt: p.datetime().nullable(),
    incomingDocumentId: p.uuid().nullable(),
    recalledAt: p.datetime().nullable(),
  },
});
export class OutgoingRecipient extends OutgoingRecipientSchema.class {}
OutgoingRecipientSchema.setClass(OutgoingRecipient);

export const OUTGOING_ENTITIES = [OutgoingDocument, OutgoingVersion, OutgoingFile, OutgoingReviewStep, OutgoingRecipient];
