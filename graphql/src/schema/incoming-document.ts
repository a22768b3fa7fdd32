import { GraphQLError } from 'graphql';
import { getActiveAgency } from '../../../backend/src/modules/agency/list-agencies.ts';
import { AuditEvent } from '../../../backend/src/modules/audit/audit.entity.ts';
import { canAttachFiles } from '../../../backend/src/modules/document/attach-document-files.ts';
import { canAssignHandler } from '../../../backend/src/modules/document/assign-handler.ts';
import { canCompleteHandling } from '../../../backend/src/modules/document/complete-handling.ts';
import { canDirect } from '../../../backend/src/modules/document/direct-incoming-document.ts';
import { DOCUMENT_TYPES, findDocumentType } from '../../../backend/src/modules/document/document-types.ts';
import { Assignment, IncomingDocument } from '../../../backend/src/modules/document/document.entity.ts';
import { documentNotFound, PossibleDuplicateError, wrongState } from '../../../backend/src/modules/document/document.errors.ts';
import { findPossibleDuplicates, issuerNamesOf } from '../../../backend/src/modules/document/find-possible-duplicates.ts';
import { prepareRegistration } from '../../../backend/src/modules/document/prepare-registration.ts';
import { findAssignmentDocumentId } from '../../../backend/src/modules/document/find-assignment.ts';
import { getIncomingDocument, readIncomingDocument } from '../../../backend/src/modules/document/get-incoming-document.ts';
import { validateInboxFilter, type CleanInboxFilter } from '../../../backend/src/modules/document/inbox-filter.ts';
import { boxesFor, COUNT_CAP, countInbox, INBOX_BOXES, listInbox, type InboxBox, type InboxCount } from '../../../backend/src/modules/document/list-inbox.ts';
import {
  validateAssignHandler,
  validateCompleteHandling,
  validateDirection,
  validateRegistration,
} from '../../../backend/src/modules/document/validate-incoming.ts';
import { checkUploads, type Upload } from '../../../backend/src/modules/file/check-uploads.ts';
import { DocumentFile } from '../../../backend/src/modules/file/file.entity.ts';
import { Unit, User } from '../../../backend/src/modules/org/org.entity.ts';
import { forbidden } from '../../../backend/src/modules/org/org.errors.ts';
import { RegisterBook } from '../../../backend/src/modules/register-book/register-book.entity.ts';
import { allValid, DomainError, InputError } from '../../../backend/src/shared/errors.ts';
import { isUuid } from '../../../backend/src/shared/ids.ts';
import { vnToday } from '../../../backend/src/shared/dates.ts';
import { toAssignmentView } from '../../../backend/src/modules/document/assignment-view.ts';
import type { Actor } from '../../../backend/src/shared/actor.ts';
import {
  addAssigneeRefusal,
  closeRefusal,
  markSeenRefusal,
  reassignRefusal,
  recalledRefusal,
  registerReceivedRefusal,
  resubmitRefusal,
  returnAssignmentRefusal,
  returnDocumentRefusal,
  sendBackRefusal,
  submitRefusal,
  withdrawRefusal,
} from '../../../workflows/src/incoming-document/distribution-rules.ts';
import { requireActor, requireActorForQuery } from '../auth.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { AgencyRef } from './agency.ts';
import { ErrorInterface, mutationErrors } from './errors.ts';
import { DeadlineRef } from './deadline.ts';
import { summarize } from './timeline-summary.ts';

export const UrgencyEnum = builder.enumType('Urgency', {
  values: { NORMAL: { value: 'normal' }, URGENT: { value: 'urgent' }, VERY_URGENT: { value: 'very_urgent' }, FLASH: { value: 'flash' } } as const,
});
export const ConfidentialityEnum = builder.enumType('Confidentiality', {
  values: {
    NORMAL: { value: 'normal' },
    SECRET: { value: 'secret' },
    TOP_SECRET: { value: 'top_secret' },
    ABSOLUTE_SECRET: { value: 'absolute_secret' },
  } as const,
});
const ReceiptFormEnum = builder.enumType('ReceiptForm', {
  description: 'Hình thức nhận: one số đến sequence serves both (Decree 30 art. 22.2)',
  values: { PAPER: { value: 'paper', description: 'Văn bản giấy' }, ELECTRONIC: { value: 'electronic', description: 'Văn bản điện tử' } } as const,
});
const IncomingStatusEnum = builder.enumType('IncomingStatus', {
  values: {
    RECEIVED: { value: 'received', description: 'Đã đến (received electronically), chờ vào sổ: no book or số đến yet' },
    REGISTERED: { value: 'registered', description: 'Đã vào sổ, chờ trình lãnh đạo' },
    AWAITING_DIRECTION: { value: 'awaiting_direction' },
    IN_PROGRESS: { value: 'in_progress' },
    COMPLETED: { value: 'completed' },
    RETURNED: { value: 'returned', description: 'Trả lại văn thư; the văn thư submits it again or sends it back to its sender' },
    SENT_BACK: { value: 'sent_back', description: 'Kết thúc – trả lại nơi gửi (final)' },
    RECALLED: { value: 'recalled', description: 'Thu hồi: the internal outgoing document it came from was recalled or replaced while it was being worked on (frozen, final)' },
  } as const,
});
export const AssignmentRoleEnum = builder.enumType('AssignmentRole', {
  values: { LEAD: { value: 'lead' }, COORDINATE: { value: 'coordinate' }, INFORM: { value: 'inform' } } as const,
});
const AssignmentStatusEnum = builder.enumType('AssignmentStatus', {
  values: {
    PENDING: { value: 'pending' },
    HANDLING: { value: 'handling' },
    DONE: { value: 'done' },
    UNSEEN: { value: 'unseen' },
    SEEN: { value: 'seen' },
    RETURNED: { value: 'returned', description: 'Trả lại người giao' },
    WITHDRAWN: { value: 'withdrawn', description: 'Thu hồi' },
    REASSIGNED: { value: 'reassigned', description: 'Chuyển tiếp; a new part carries on' },
    CANCELLED: { value: 'cancelled', description: 'Still open when the chủ trì closed the document' },
  } as const,
});
const InboxBoxEnum = builder.enumType('InboxBox', {
  description: 'The boxes of the inbox; a user sees those their roles give them',
  values: Object.fromEntries(INBOX_BOXES.map((b) => [b.toUpperCase(), { value: b }])) as { [K in InboxBox as Uppercase<K>]: { value: K } },
});
const DocumentActionEnum = builder.enumType('DocumentAction', {
  values: [
    'REGISTER',
    'SUBMIT',
    'SEND_BACK',
    'DIRECT',
    'ASSIGN_HANDLER',
    'COMPLETE_HANDLING',
    'ATTACH_FILES',
    'RETURN_DOCUMENT',
    'RESUBMIT',
    'ADD_ASSIGNEE',
    'CLOSE',
    'RETURN_ASSIGNMENT',
    'WITHDRAW_ASSIGNMENT',
    'REASSIGN',
    'MARK_SEEN',
  ] as const,
});

type DocumentTypeShape = { code: string; name: string; abbreviation: string };
export const DocumentTypeRef = builder.objectRef<DocumentTypeShape>('DocumentType').implement({
  fields: (t) => ({ code: t.exposeString('code'), name: t.exposeString('name'), abbreviation: t.exposeString('abbreviation') }),
});

builder.objectType(DocumentFile, {
  name: 'DocumentFile',
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName'),
    mimeType: t.exposeString('mimeType'),
    size: t.exposeInt('size'),
    sha256: t.exposeString('sha256'),
    url: t.string({
      description: 'Same-origin URL, session cookie required; served inline for preview, as a download with ?download. Every access is logged',
      resolve: (f) => `/files/${f.id}`,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (f) => f.createdAt }),
    uploadedBy: t.field({ type: User, resolve: async (f, _, ctx) => (await ctx.loaders.user.load(f.uploadedById))! }),
  }),
});

builder.objectType(Assignment, {
  name: 'Assignment',
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.field({ type: AssignmentRoleEnum, resolve: (a) => a.role }),
    unit: t.field({ type: Unit, nullable: true, resolve: (a, _, ctx) => (a.unitId ? ctx.loaders.unit.load(a.unitId) : null) }),
    assignee: t.field({ type: User, nullable: true, resolve: (a, _, ctx) => (a.assigneeId ? ctx.loaders.user.load(a.assigneeId) : null) }),
    deadline: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.deadline ?? null }),
    status: t.field({ type: AssignmentStatusEnum, resolve: (a) => a.status }),
    resultNote: t.exposeString('resultNote', { nullable: true }),
    statusReason: t.exposeString('statusReason', { nullable: true, description: 'Why it was returned, withdrawn or reassigned' }),
    myActions: t.field({
      type: [DocumentActionEnum],
      description: 'The distribution steps the current user may take on this part now',
      resolve: async (a, _, ctx) => {
        const doc = ctx.actor ? await ctx.loaders.document.load(a.documentId) : null;
        return doc && !doc.recalledAt ? assignmentActions(ctx.actor!, a, doc.status) : [];
      },
    }),
    assignedBy: t.field({ type: User, resolve: async (a, _, ctx) => (await ctx.loaders.user.load(a.assignedById))! }),
    assignedAt: t.field({ type: 'DateTime', resolve: (a) => a.assignedAt }),
    children: t.field({
      type: [Assignment],
      description: 'Person-level assignments the unit head made under this unit-level one',
      resolve: async (a, _, ctx) => (await ctx.loaders.assignmentsByDocument.load(a.documentId)).filter((c) => c.parentId === a.id),
    }),
  }),
});

builder.objectType(AuditEvent, {
  name: 'TimelineEvent',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind'),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    actor: t.field({ type: User, nullable: true, resolve: (e, _, ctx) => (e.actorId ? ctx.loaders.user.load(e.actorId) : null) }),
    summary: t.string({ resolve: (e, _, ctx) => summarize(e, ctx) }),
  }),
});

type DocumentAction = (typeof DocumentActionEnum.$inferType);

function assignmentActions(actor: Actor, a: Assignment, docStatus: string): DocumentAction[] {
  const v = toAssignmentView(a);
  return [
    ...(returnAssignmentRefusal(actor, v, docStatus) ? [] : (['RETURN_ASSIGNMENT'] as const)),
    ...(withdrawRefusal(actor, v, docStatus) ? [] : (['WITHDRAW_ASSIGNMENT'] as const)),
    ...(reassignRefusal(actor, v, docStatus) ? [] : (['REASSIGN'] as const)),
    ...(markSeenRefusal(actor, v) ? [] : (['MARK_SEEN'] as const)),
  ];
}

async function actionsFor(doc: IncomingDocument, _args: object, ctx: Context): Promise<DocumentAction[]> {
  const actor = ctx.actor;
  // A copy whose source was recalled is frozen, even one whose process had ended.
  if (!actor || doc.recalledAt) return [];
  const assignments = await ctx.loaders.assignmentsByDocument.load(doc.id);
  const view = (a: Assignment) => ({ unitId: a.unitId ?? null, assigneeId: a.assigneeId ?? null, status: a.status });
  return [
    ...(registerReceivedRefusal(actor, doc.status) ? [] : (['REGISTER'] as const)),
    ...(submitRefusal(actor, doc.status) ? [] : (['SUBMIT'] as const)),
    ...(sendBackRefusal(actor, doc.status) ? [] : (['SEND_BACK'] as const)),
    ...(doc.status === 'awaiting_direction' && canDirect(actor) ? (['DIRECT'] as const) : []),
    ...(assignments.some((a) => a.role !== 'inform' && canAssignHandler(actor, view(a))) ? (['ASSIGN_HANDLER'] as const) : []),
    ...(assignments.some((a) => canCompleteHandling(actor, view(a))) ? (['COMPLETE_HANDLING'] as const) : []),
    // The document's workflow ends with its handling: files come before that, and after vào sổ.
    ...(doc.status !== 'completed' && doc.status !== 'sent_back' && doc.status !== 'received' && canAttachFiles(actor) ? (['ATTACH_FILES'] as const) : []),
    ...(returnDocumentRefusal(actor, doc.status) ? [] : (['RETURN_DOCUMENT'] as const)),
    ...(resubmitRefusal(actor, doc.status) ? [] : (['RESUBMIT'] as const)),
    ...(addAssigneeRefusal(actor, doc.status) ? [] : (['ADD_ASSIGNEE'] as const)),
    ...(closeRefusal(actor, assignments.map(toAssignmentView), doc.status) ? [] : (['CLOSE'] as const)),
    // Steps on one part; each part lists its own (Assignment.myActions).
    ...new Set(assignments.flatMap((a) => assignmentActions(actor, a, doc.status))),
  ];
}

export const IncomingDocumentRef = builder.objectType(IncomingDocument, {
  name: 'IncomingDocument',
  fields: (t) => ({
    id: t.exposeID('id'),
    book: t.field({
      type: RegisterBook,
      nullable: true,
      description: 'Null while received and not yet registered',
      resolve: (d, _, ctx) => (d.bookId ? ctx.loaders.book.load(d.bookId) : null),
    }),
    arrivalNumber: t.int({ nullable: true, description: 'Số đến; null while received and not yet registered', resolve: (d) => d.arrivalNumber ?? null }),
    arrivalAt: t.field({ type: 'DateTime', description: 'Ngày đến, as the văn thư recorded it (the receipt, for an electronic one)', resolve: (d) => d.arrivalAt }),
    registeredAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was entered in the register', resolve: (d) => d.registeredAt ?? null }),
    submittedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the văn thư submitted it to the leader (trình)', resolve: (d) => d.submittedAt ?? null }),
    submittedBy: t.field({ type: User, nullable: true, resolve: (d, _, ctx) => (d.submittedById ? ctx.loaders.user.load(d.submittedById) : null) }),
    sentBy: t.field({
      type: User,
      nullable: true,
      description: 'Who sent it, for a document received electronically from an internal outgoing document',
      resolve: (d, _, ctx) => (d.sentById ? ctx.loaders.user.load(d.sentById) : null),
    }),
    sentBackReason: t.exposeString('sentBackReason', { nullable: true, description: 'Why the văn thư sent it back to its sender' }),
    recalledAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the internal outgoing document it came from was recalled or replaced: the document is frozen',
      resolve: (d) => d.recalledAt ?? null,
    }),
    recallReason: t.exposeString('recallReason', { nullable: true, description: 'Lý do thu hồi (or the replacement), as the sender gave it' }),
    receiptForm: t.field({ type: ReceiptFormEnum, resolve: (d) => d.receiptForm }),
    documentType: t.field({
      type: DocumentTypeRef,
      resolve: (d) => findDocumentType(d.documentTypeCode) ?? { code: d.documentTypeCode, name: d.documentTypeCode, abbreviation: '' },
    }),
    numberNotation: t.exposeString('numberNotation'),
    issuer: t.exposeString('issuer', { description: 'Cơ quan ban hành, as named when the document came' }),
    issuerAgency: t.field({
      type: AgencyRef,
      nullable: true,
      description: 'The directory entry, when the issuer was chosen from it',
      resolve: (d, _, ctx) => (d.issuerAgencyId ? ctx.loaders.agency.load(d.issuerAgencyId) : null),
    }),
    issuerAgencyCode: t.exposeString('issuerAgencyCode', { nullable: true, description: 'The issuer’s code when the document came' }),
    issuedDate: t.field({ type: 'Date', resolve: (d) => d.issuedDate }),
    subject: t.exposeString('subject'),
    urgency: t.field({ type: UrgencyEnum, resolve: (d) => d.urgency }),
    confidentiality: t.field({ type: ConfidentialityEnum, resolve: (d) => d.confidentiality }),
    signer: t.exposeString('signer'),
    signerPosition: t.exposeString('signerPosition', { nullable: true }),
    pageCount: t.exposeInt('pageCount'),
    dueDate: t.field({ type: 'Date', nullable: true, resolve: (d) => d.dueDate ?? null }),
    internalRecipients: t.exposeString('internalRecipients', { nullable: true, description: 'Nơi nhận nội bộ' }),
    notes: t.exposeString('notes', { nullable: true, description: 'Ghi chú' }),
    status: t.field({ type: IncomingStatusEnum, resolve: (d) => d.status }),
    direction: t.exposeString('direction', { nullable: true }),
    directedBy: t.field({ type: User, nullable: true, resolve: (d, _, ctx) => (d.directedById ? ctx.loaders.user.load(d.directedById) : null) }),
    directedAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.directedAt ?? null }),
    completedAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.completedAt ?? null }),
    closingNote: t.exposeString('closingNote', { nullable: true, description: 'The chủ trì’s note when closing the document' }),
    replyReference: t.exposeString('replyReference', { nullable: true, description: 'Số, ký hiệu of the reply, as the chủ trì gave it' }),
    returnReason: t.exposeString('returnReason', { nullable: true, description: 'Why the leader last returned it to the văn thư' }),
    registeredBy: t.field({ type: User, nullable: true, resolve: (d, _, ctx) => (d.registeredById ? ctx.loaders.user.load(d.registeredById) : null) }),
    files: t.field({ type: [DocumentFile], resolve: (d, _, ctx) => ctx.loaders.filesByDocument.load(d.id) }),
    assignments: t.field({
      type: [Assignment],
      description: 'Assignments made by the leader (unit or person level); a unit head’s are under children',
      resolve: async (d, _, ctx) => (await ctx.loaders.assignmentsByDocument.load(d.id)).filter((a) => !a.parentId),
    }),
    timeline: t.field({ type: [AuditEvent], resolve: (d, _, ctx) => ctx.loaders.timeline.load(d.id) }),
    deadlines: t.field({ type: [DeadlineRef], resolve: (d, _, ctx) => ctx.loaders.deadlines.load(d.id) }),
    myActions: t.field({ type: [DocumentActionEnum], description: 'What the current user may do now', resolve: actionsFor }),
  }),
});

builder.objectType(PossibleDuplicateError, {
  name: 'DuplicateWarning',
  description: 'Same issuer, số/ký hiệu and ngày văn bản as earlier registrations: nothing was written; send again with confirmDuplicate to register anyway',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof PossibleDuplicateError,
  fields: (t) => ({ duplicates: t.field({ type: [IncomingDocumentRef], resolve: (e) => e.duplicates }) }),
});

export const PageInfoRef = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo').implement({
  fields: (t) => ({ hasNextPage: t.exposeBoolean('hasNextPage'), endCursor: t.exposeString('endCursor', { nullable: true }) }),
});
const EdgeRef = builder.objectRef<{ cursor: string; node: IncomingDocument }>('IncomingDocumentEdge').implement({
  fields: (t) => ({ cursor: t.exposeString('cursor'), node: t.field({ type: IncomingDocumentRef, resolve: (e) => e.node }) }),
});
type ConnectionShape = {
  edges: Array<{ cursor: string; node: IncomingDocument }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  box: InboxBox;
  filter: CleanInboxFilter;
  /** Counted once for totalCount and totalCountCapped, only when asked for. */
  count?: Promise<InboxCount>;
};
const countOf = (c: ConnectionShape, ctx: Context) =>
  (c.count ??= countInbox({ em: ctx.em, actor: requireActorForQuery(ctx), box: c.box, filter: c.filter }));
const ConnectionRef = builder.objectRef<ConnectionShape>('IncomingDocumentConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [EdgeRef], resolve: (c) => c.edges }),
    pageInfo: t.field({ type: PageInfoRef, resolve: (c) => c.pageInfo }),
    totalCount: t.int({
      description: `The documents of the box with the filter; at most ${COUNT_CAP} (then totalCountCapped)`,
      resolve: async (c, _, ctx) => (await countOf(c, ctx)).count,
    }),
    totalCountCapped: t.boolean({
      description: `More than ${COUNT_CAP} documents: show totalCount as "${COUNT_CAP}+"`,
      resolve: async (c, _, ctx) => (await countOf(c, ctx)).capped,
    }),
  }),
});
const InboxCountRef = builder.objectRef<{ box: InboxBox; count: number; capped: boolean }>('InboxCount').implement({
  fields: (t) => ({
    box: t.field({ type: InboxBoxEnum, resolve: (c) => c.box }),
    count: t.exposeInt('count'),
    capped: t.exposeBoolean('capped', { description: `More than ${COUNT_CAP} documents: count is ${COUNT_CAP}, shown as "${COUNT_CAP}+"` }),
  }),
});
const InboxFilterInput = builder.inputType('InboxFilter', {
  description: 'Filters of an inbox box and of its counts; all optional, combined with AND',
  fields: (t) => ({
    bookId: t.id({ description: 'Sổ văn bản' }),
    year: t.int({ description: 'Năm (of the book)' }),
    documentTypeCode: t.string({ description: 'Loại văn bản (code, e.g. CV, QĐ)' }),
    urgency: t.field({ type: [UrgencyEnum], description: 'Độ khẩn: any of these' }),
    status: t.field({ type: IncomingStatusEnum, description: 'Trạng thái' }),
    unitId: t.id({ description: 'Documents with a part assigned to this unit' }),
    arrivalFrom: t.field({ type: 'String', description: 'Ngày đến from (Vietnam date yyyy-MM-dd, included)' }),
    arrivalTo: t.field({ type: 'String', description: 'Ngày đến to (Vietnam date yyyy-MM-dd, included)' }),
    q: t.string({ description: 'Số/ký hiệu, trích yếu, cơ quan ban hành; ignores case and diacritics ("ke hoach" finds "Kế hoạch")' }),
  }),
});
type InboxFilterArg = typeof InboxFilterInput.$inferInput | null | undefined;

/** The filter checked at the edge: a bad one is a GraphQL error BAD_USER_INPUT with the Vietnamese field errors. */
function inboxFilterOf(raw: InboxFilterArg): CleanInboxFilter {
  try {
    return validateInboxFilter(
      raw && {
        ...raw,
        bookId: raw.bookId == null ? null : String(raw.bookId),
        unitId: raw.unitId == null ? null : String(raw.unitId),
      },
    );
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new GraphQLError(e.fieldErrors.map((f) => f.message).join(' '), {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: e.fieldErrors },
    });
  }
}

builder.queryFields((t) => ({
  documentTypes: t.field({ type: [DocumentTypeRef], resolve: () => DOCUMENT_TYPES.map((d) => ({ ...d })) }),
  incomingDocument: t.field({
    type: IncomingDocumentRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, ctx) => {
      const actor = requireActorForQuery(ctx);
      // Hidden (confidential, not theirs) reads as not found, and the attempt is logged.
      return /^[0-9a-f-]{36}$/i.test(String(id)) ? readIncomingDocument({ em: ctx.em, actor, id: String(id), via: 'document' }) : null;
    },
  }),
  findPossibleDuplicates: t.field({
    type: [IncomingDocumentRef],
    description: 'Earlier incoming documents with the same issuer, số/ký hiệu and ngày văn bản (ignoring case, diacritics and spaces)',
    args: {
      issuer: t.arg.string({ required: true }),
      issuerAgencyId: t.arg.id(),
      numberNotation: t.arg.string({ required: true }),
      issuedDate: t.arg({ type: 'Date', required: true }),
    },
    resolve: async (_, args, ctx) => {
      const actor = requireActorForQuery(ctx);
      const agency = args.issuerAgencyId ? await getActiveAgency({ em: ctx.em, id: String(args.issuerAgencyId) }) : null;
      return findPossibleDuplicates({
        em: ctx.em,
        actor,
        issuerNames: issuerNamesOf(args.issuer, agency),
        issuerAgencyId: agency?.id ?? null,
        numberNotation: args.numberNotation,
        issuedDate: args.issuedDate,
      });
    },
  }),
  inbox: t.field({
    type: ConnectionRef,
    args: {
      box: t.arg({ type: InboxBoxEnum, required: true }),
      first: t.arg.int({ defaultValue: 20 }),
      after: t.arg.string(),
      filter: t.arg({ type: InboxFilterInput }),
    },
    resolve: async (_, args, ctx) => {
      const actor = requireActorForQuery(ctx);
      const filter = inboxFilterOf(args.filter);
      const page = await listInbox({ em: ctx.em, actor, box: args.box, first: args.first ?? 20, after: args.after, filter });
      return {
        box: args.box,
        filter,
        edges: page.items.map((node, i) => ({ node, cursor: page.cursors[i]! })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      };
    },
  }),
  inboxCounts: t.field({
    type: [InboxCountRef],
    description: 'Counts of the boxes the current user has, in menu order, with the same filter as the list',
    args: { filter: t.arg({ type: InboxFilterInput }) },
    resolve: (_, args, ctx) => {
      const actor = requireActorForQuery(ctx);
      const filter = inboxFilterOf(args.filter);
      const now = new Date();
      return Promise.all(boxesFor(actor).map(async (box) => ({ box, ...(await countInbox({ em: ctx.em, actor, box, filter, now })) })));
    },
  }),
}));

const RegisterInput = builder.inputType('RegisterIncomingDocumentInput', {
  fields: (t) => ({
    bookId: t.id({ description: 'Left out: the book is chosen by the độ mật (the confidential book for mật and above)' }),
    issuerAgencyId: t.id({ description: 'The issuer from the agency directory; its name and code are stored with the document' }),
    signerPosition: t.string(),
    receiptForm: t.field({ type: ReceiptFormEnum, required: true }),
    arrivalAt: t.field({ type: 'DateTime', description: 'Ngày đến; left out: now. Not in the future, not before the document’s date' }),
    internalRecipients: t.string(),
    notes: t.string(),
    confirmDuplicate: t.boolean({ defaultValue: false, description: 'Register even though a DuplicateWarning named earlier registrations' }),
    submit: t.boolean({
      defaultValue: true,
      description: 'Vào sổ và trình (true) or vào sổ only (false: the document waits in chờ trình until submitIncomingDocument)',
    }),
    documentTypeCode: t.string({ required: true }),
    numberNotation: t.string({ required: true }),
    issuer: t.string({ required: true }),
    issuedDate: t.field({ type: 'Date', required: true }),
    subject: t.string({ required: true }),
    urgency: t.field({ type: UrgencyEnum, required: true }),
    confidentiality: t.field({ type: ConfidentialityEnum, required: true }),
    signer: t.string({ required: true }),
    pageCount: t.int({ required: true }),
    dueDate: t.field({ type: 'Date' }),
  }),
});
const AssigneeInput = builder.inputType('AssigneeInput', {
  fields: (t) => ({ unitId: t.id(), userId: t.id(), deadline: t.field({ type: 'Date' }) }),
});
const DirectInput = builder.inputType('DirectIncomingDocumentInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    direction: t.string({ required: true }),
    lead: t.field({ type: AssigneeInput, required: true }),
    coordinators: t.field({ type: [AssigneeInput], required: true, defaultValue: [] }),
    readers: t.field({ type: [AssigneeInput], required: true, defaultValue: [] }),
  }),
});
const AssignHandlerInput = builder.inputType('AssignHandlerInput', {
  fields: (t) => ({ assignmentId: t.id({ required: true }), userId: t.id({ required: true }), deadline: t.field({ type: 'Date', required: true }) }),
});
const CompleteHandlingInput = builder.inputType('CompleteHandlingInput', {
  fields: (t) => ({ assignmentId: t.id({ required: true }), resultNote: t.string({ required: true }) }),
});

const str = (v: string | number | null | undefined) => (v == null ? null : String(v));
const readUploads = (list: Array<{ field: string; file: File }>): Promise<Upload[]> =>
  Promise.all(list.map(async ({ field, file }) => ({ field, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
/** The received document a registration names: it must be visible and still waiting for vào sổ. */
async function receivedDocument(ctx: Context, id: string): Promise<IncomingDocument> {
  const doc = isUuid(id) ? await getIncomingDocument({ em: ctx.em, actor: requireActor(ctx), id }) : null;
  if (!doc) throw documentNotFound();
  if (doc.recalledAt) throw wrongState(recalledRefusal(doc.recallReason ?? null)!.message);
  if (doc.status !== 'received') throw wrongState('Văn bản đã được vào sổ.');
  return doc;
}

export const reload = async (ctx: Context, id: string) => {
  ctx.em.clear();
  const doc = await getIncomingDocument({ em: ctx.em, actor: requireActor(ctx), id });
  if (!doc) throw new DomainError('DOCUMENT_NOT_FOUND', 'Không tìm thấy văn bản.');
  return doc;
};

builder.mutationFields((t) => ({
  registerIncomingDocument: t.field({
    type: IncomingDocumentRef,
    errors: { ...mutationErrors, types: [...mutationErrors.types, PossibleDuplicateError] },
    description: 'Vào sổ: a new document, or (documentId) one received electronically, with its metadata as the văn thư confirmed or corrected it',
    args: {
      input: t.arg({ type: RegisterInput, required: true }),
      documentId: t.arg.id({ description: 'A document received electronically (status RECEIVED): it is registered in place, keeping its files and ngày đến' }),
      files: t.arg({ type: ['File'], description: 'PDF, DOCX, XLSX, PNG or JPEG, judged by content' }),
      file: t.arg({ type: 'File', deprecationReason: 'Use files' }),
    },
    resolve: async (_, { input, documentId, files, file }, ctx) => {
      const actor = requireActor(ctx);
      if (!actor.roles.includes('clerk')) throw forbidden('vào sổ văn bản đến');
      const now = new Date();
      const received = documentId == null ? null : await receivedDocument(ctx, String(documentId));
      const existingFiles = received ? (await ctx.loaders.filesByDocument.load(received.id)).length : 0;
      const uploads = await readUploads([...(file ? [{ field: 'file', file }] : []), ...(files ?? []).map((f, i) => ({ field: `files.${i}`, file: f }))]);
      const { confirmDuplicate, submit, ...fields } = input;
      const [valid, checked] = allValid(
        () =>
          validateRegistration(
            {
              ...fields,
              bookId: str(fields.bookId),
              issuerAgencyId: str(fields.issuerAgencyId),
              dueDate: fields.dueDate ?? null,
              // A received document keeps its receipt as ngày đến.
              arrivalAt: received ? null : (fields.arrivalAt ?? null),
            },
            now,
            { fileCount: existingFiles + uploads.length },
          ),
        () => checkUploads(uploads, { ...ctx.services.config.upload, existing: existingFiles }),
      );
      const prepared = await prepareRegistration({ em: ctx.em, actor, input: valid, confirmDuplicate: confirmDuplicate ?? false, now });
      const stored = await Promise.all(checked.map((u) => ctx.services.files.put(u)));
      const args = { actor, input: prepared, file: null, files: stored, ...(submit === false ? { submit: false } : {}) };
      const result = received ? await ctx.services.incoming.registerReceived(received.id, args) : await ctx.services.incoming.register(args);
      return reload(ctx, result.documentId);
    },
  }),
  attachIncomingFiles: t.field({
    type: IncomingDocumentRef,
    description: 'Đính kèm tệp to a registered document (the scan of a paper document, a late annex)',
    errors: mutationErrors,
    args: { documentId: t.arg.id({ required: true }), files: t.arg({ type: ['File'], required: true }) },
    resolve: async (_, { documentId, files }, ctx) => {
      const actor = requireActor(ctx);
      if (!canAttachFiles(actor)) throw forbidden('đính kèm tệp vào văn bản đến');
      const id = String(documentId);
      const doc = isUuid(id) ? await getIncomingDocument({ em: ctx.em, actor, id }) : null;
      if (!doc) throw documentNotFound();
      // The document's workflow ends with its handling, and with it the steps that change it.
      if (doc.status === 'completed') throw wrongState('Văn bản đã giải quyết xong, không đính kèm thêm tệp.');
      if (!files.length) throw new InputError([{ field: 'files', code: 'REQUIRED', message: 'Vui lòng chọn tệp đính kèm.' }]);
      const { maxBytes, maxFiles } = ctx.services.config.upload;
      const existing = (await ctx.loaders.filesByDocument.load(id)).length;
      const uploads = await readUploads(files.map((f, i) => ({ field: `files.${i}`, file: f })));
      const checked = checkUploads(uploads, { maxBytes, maxFiles, existing });
      const stored = await Promise.all(checked.map((u) => ctx.services.files.put(u)));
      await ctx.services.incoming.attachFiles(id, { actor, files: stored, maxFiles });
      ctx.loaders.filesByDocument.clear(id);
      return reload(ctx, id);
    },
  }),
  directIncomingDocument: t.field({
    type: IncomingDocumentRef,
    errors: mutationErrors,
    args: { input: t.arg({ type: DirectInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const assignee = (a: { unitId?: string | number | null; userId?: string | number | null; deadline?: string | null }) => ({
        unitId: str(a.unitId),
        userId: str(a.userId),
        deadline: a.deadline ?? null,
      });
      const clean = validateDirection(
        {
          documentId: String(input.documentId),
          direction: input.direction,
          lead: assignee(input.lead),
          coordinators: input.coordinators.map(assignee),
          readers: input.readers.map(assignee),
        },
        vnToday(),
      );
      await ctx.services.incoming.direct(clean.documentId, { actor, ...clean });
      return reload(ctx, clean.documentId);
    },
  }),
  assignHandler: t.field({
    type: IncomingDocumentRef,
    errors: mutationErrors,
    args: { input: t.arg({ type: AssignHandlerInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateAssignHandler({ assignmentId: String(input.assignmentId), userId: String(input.userId), deadline: input.deadline }, vnToday());
      const documentId = await findAssignmentDocumentId({ em: ctx.em, assignmentId: clean.assignmentId });
      await ctx.services.incoming.assignHandler(documentId, { actor, ...clean });
      return reload(ctx, documentId);
    },
  }),
  completeHandling: t.field({
    type: IncomingDocumentRef,
    errors: mutationErrors,
    args: { input: t.arg({ type: CompleteHandlingInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const clean = validateCompleteHandling({ assignmentId: String(input.assignmentId), resultNote: input.resultNote });
      const documentId = await findAssignmentDocumentId({ em: ctx.em, assignmentId: clean.assignmentId });
      await ctx.services.incoming.completeHandling(documentId, { actor, ...clean });
      return reload(ctx, documentId);
    },
  }),
}));
