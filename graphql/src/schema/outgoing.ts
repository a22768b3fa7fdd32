import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { exportUrl } from '../../../backend/src/http/exports.ts';
import { AuditEvent } from '../../../backend/src/modules/audit/audit.entity.ts';
import { findDocumentType } from '../../../backend/src/modules/document/document-types.ts';
import type { Deadline } from '../../../backend/src/modules/deadline/deadline.entity.ts';
import { checkUploads, type Upload } from '../../../backend/src/modules/file/check-uploads.ts';
import { Notification } from '../../../backend/src/modules/notification/notification.entity.ts';
import { Unit, User } from '../../../backend/src/modules/org/org.entity.ts';
import { forbidden } from '../../../backend/src/modules/org/org.errors.ts';
import { RegisterBook } from '../../../backend/src/modules/register-book/register-book.entity.ts';
import { viDate } from '../../../backend/src/modules/register-book/register-format.ts';
import { dispatchCompliance, type ComplianceReport, type ComplianceRow } from '../../../backend/src/modules/outgoing/dispatch-compliance.ts';
import {
  findOutgoingDeadlines,
  findOutgoingDocuments,
  findOutgoingFiles,
  findOutgoingRecipients,
  findOutgoingSteps,
  findOutgoingVersions,
  findRelatedOutgoing,
  getOutgoingDocument,
  incomingStatusesOf,
  outgoingVersionDiff,
  recipientStatus,
} from '../../../backend/src/modules/outgoing/get-outgoing-document.ts';
import { countOutgoing, listOutgoing, OUTGOING_BOXES, OUTGOING_COUNT_CAP, outgoingBoxesFor, type OutgoingBox, type OutgoingFilter } from '../../../backend/src/modules/outgoing/list-outgoing.ts';
import { diffMetadata, type MetadataChange } from '../../../backend/src/modules/outgoing/metadata-diff.ts';
import {
  OutgoingDocument,
  OutgoingFile,
  OutgoingRecipient,
  OutgoingReviewStep,
  OutgoingVersion,
  type FileRole,
  type OutgoingMetadata,
} from '../../../backend/src/modules/outgoing/outgoing.entity.ts';
import { outgoingNotFound } from '../../../backend/src/modules/outgoing/outgoing.errors.ts';
import { OUTGOING_REGISTER_COLUMNS, listOutgoingRegister, type OutgoingRegister, type OutgoingRegisterRow } from '../../../backend/src/modules/outgoing/outgoing-register.ts';
import { getOutgoingSettings, updateOutgoingSettings, type OutgoingSettings } from '../../../backend/src/modules/outgoing/outgoing-settings.ts';
import { toView } from '../../../backend/src/modules/outgoing/outgoing-view.ts';
import type { DraftFile } from '../../../backend/src/modules/outgoing/save-draft.ts';
import {
  validateComment,
  validateDraft,
  validateReason,
  validateRelation,
  validateReviewSteps,
  validateSign,
  type DraftInput,
} from '../../../backend/src/modules/outgoing/validate-outgoing.ts';
import { allValid, InputError } from '../../../backend/src/shared/errors.ts';
import { isUuid } from '../../../backend/src/shared/ids.ts';
import { canDraft, outgoingActions, type OutgoingAction } from '../../../workflows/src/outgoing-document/review-rules.ts';
import { requireActor, requireActorForQuery } from '../auth.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { AgencyRef } from './agency.ts';
import { mutationErrors } from './errors.ts';
import { ConfidentialityEnum, DocumentTypeRef, PageInfoRef, UrgencyEnum } from './incoming-document.ts';
import { RegisterCoverRef } from './register-report.ts';

// ---------------------------------------------------------------- per-request loaders (no N+1)

const byKey = <T>(key: (r: T) => string, fetch: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of await fetch(ids)) groups.get(key(r))?.push(r);
    return ids.map((id) => groups.get(id)!);
  });

function createOutgoingLoaders(ctx: Context) {
  const em = ctx.em;
  return {
    document: new DataLoader<string, OutgoingDocument | null>(async (ids) => {
      const rows = new Map((await findOutgoingDocuments({ em, ids })).map((d) => [d.id, d]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    versions: byKey((v: OutgoingVersion) => v.documentId, (ids) => findOutgoingVersions({ em, documentIds: ids })),
    files: byKey((f: OutgoingFile) => f.versionId, (ids) => findOutgoingFiles({ em, versionIds: ids })),
    steps: byKey((s: OutgoingReviewStep) => s.documentId, (ids) => findOutgoingSteps({ em, documentIds: ids })),
    recipients: byKey((r: OutgoingRecipient) => r.documentId, (ids) => findOutgoingRecipients({ em, documentIds: ids })),
    deadlines: byKey((d: Deadline) => d.documentId, (ids) => findOutgoingDeadlines({ em, documentIds: ids })),
    related: byKey((d: OutgoingDocument) => d.relatesToId!, (ids) => findRelatedOutgoing({ em, actor: ctx.actor, ids })),
    incomingStatus: byKey((r: { source_outgoing_id: string }) => r.source_outgoing_id, (ids) => incomingStatusesOf({ em, outgoingIds: ids })),
    unitAbbreviation: new DataLoader<string, string | null>(async (ids) => {
      const rows = await em.execute<Array<{ id: string; abbreviation: string | null }>>(`select id, abbreviation from unit where id in (${ids.map(() => '?').join(',')})`, [...ids]);
      const m = new Map(rows.map((r) => [r.id, r.abbreviation]));
      return ids.map((id) => m.get(id) ?? null);
    }),
  };
}
const loaderCache = new WeakMap<Context, ReturnType<typeof createOutgoingLoaders>>();
const loaders = (ctx: Context) => {
  let l = loaderCache.get(ctx);
  if (!l) loaderCache.set(ctx, (l = createOutgoingLoaders(ctx)));
  return l;
};

// ---------------------------------------------------------------- enums

const lowerEnum = <const V extends string>(name: string, values: readonly V[], descriptions: Partial<Record<V, string>> = {}, description?: string) =>
  builder.enumType(name, {
    ...(description ? { description } : {}),
    values: Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v, ...(descriptions[v] ? { description: descriptions[v] } : {}) }])) as {
      [K in V as Uppercase<K>]: { value: K };
    },
  });

const OutgoingStatusEnum = lowerEnum('OutgoingStatus', ['draft', 'in_review', 'returned', 'awaiting_signature', 'signed', 'issued', 'recalled', 'replaced', 'cancelled'] as const, {
  draft: 'Dự thảo: the drafter edits it; not yet submitted',
  in_review: 'Đang duyệt: at a REVIEW or FORMAT_CHECK step',
  returned: 'Trả lại: back with the drafter, who revises (new version) and resubmits',
  awaiting_signature: 'Chờ ký: at the SIGN step',
  signed: 'Đã ký, chờ phát hành (the dispatch deadline runs)',
  issued: 'Đã phát hành: numbered and dispatched',
  recalled: 'Thu hồi',
  replaced: 'Replaced by an issued thay thế document',
  cancelled: 'Hủy dự thảo (drafter, before signing)',
});
const ReviewStepKindEnum = lowerEnum('ReviewStepKind', ['review', 'format_check', 'sign'] as const, {
  review: 'Cho ý kiến / duyệt nội dung (trưởng phòng, chánh văn phòng, or the future signer approving)',
  format_check: 'Kiểm tra thể thức (văn phòng)',
  sign: 'Ký ban hành: exactly one, the last step; its reviewer is the signer',
});
const ReviewStepStatusEnum = lowerEnum('ReviewStepStatus', ['waiting', 'pending', 'approved', 'returned'] as const, {
  waiting: 'Not reached yet',
  pending: 'The reviewer’s turn now',
});
const SigningAuthorityEnum = lowerEnum(
  'SigningAuthority',
  ['none', 'tm', 'kt', 'tl', 'tuq', 'q'] as const,
  { tm: 'TM. (thay mặt tập thể)', kt: 'KT. (ký thay)', tl: 'TL. (thừa lệnh)', tuq: 'TUQ. (thừa ủy quyền)', q: 'Q. (quyền)' },
  'Thẩm quyền ký (Decree 30 art. 13): NONE = the head signs in their own name',
);
const RecipientKindEnum = lowerEnum('RecipientKind', ['unit', 'agency', 'individual'] as const, {
  unit: 'An internal unit: receives it as an incoming document in its own inbox',
  agency: 'An external agency from the agency directory',
  individual: 'A person or organisation outside, by name',
});
const DispatchChannelEnum = lowerEnum('DispatchChannel', ['system', 'paper', 'electronic'] as const, {
  system: 'Internal, through this system (UNIT recipients only)',
  paper: 'Paper: the văn thư records the sending at issue',
  electronic: 'Liên thông điện tử (recorded; the exchange itself comes in a later issue)',
});
const RecipientStatusEnum = lowerEnum(
  'RecipientStatus',
  ['not_sent', 'sent', 'arrived', 'accepted', 'in_progress', 'completed', 'recalled'] as const,
  {
    not_sent: 'Not issued yet',
    sent: 'External: sending recorded (paper) or queued (electronic)',
    arrived: 'Internal: đã đến (in the unit’s chờ vào sổ box)',
    accepted: 'Internal: đã tiếp nhận (registered / awaiting direction / returned to văn thư)',
    in_progress: 'Internal: đang xử lý',
    completed: 'Internal: hoàn thành',
    recalled: 'The document was recalled',
  },
  'Each recipient’s state as the sender sees it',
);
const DispatchOutcomeEnum = lowerEnum(
  'DispatchOutcome',
  ['same_day', 'next_morning', 'late', 'after_escalation'] as const,
  {
    same_day: 'Không quá hết giờ làm việc của ngày ký (or "ngay" for khẩn and above)',
    next_morning: 'By the end of the next working morning (QĐ 28/2018)',
    late: 'After the hard limit, before the chánh văn phòng was told',
    after_escalation: 'After the hard limit, once the chánh văn phòng had been escalated to',
  },
  'When the document was issued, against the dispatch deadline counted from signing',
);
const OutgoingFileRoleEnum = lowerEnum('OutgoingFileRole', ['main', 'attachment'] as const, { main: 'Dự thảo (the document itself)', attachment: 'Phụ lục / tài liệu kèm theo' });
const RelationKindEnum = lowerEnum('RelationKind', ['correction', 'replacement'] as const, {
  correction: 'Đính chính (a correcting công văn; the old one stays valid)',
  replacement: 'Thay thế (the old one becomes REPLACED when this one is issued)',
});
const OutgoingBoxEnum = lowerEnum(
  'OutgoingBox',
  OUTGOING_BOXES,
  {
    my_drafts: 'Dự thảo của tôi: my documents in DRAFT, IN_REVIEW, AWAITING_SIGNATURE',
    returned: 'Bị trả lại: my documents RETURNED',
    to_review: 'Chờ tôi duyệt: PENDING REVIEW / FORMAT_CHECK steps of mine',
    to_sign: 'Chờ ký: PENDING SIGN steps of mine',
    to_issue: 'Chờ phát hành (văn thư): SIGNED; urgent first, then the earliest dispatch limit',
    issued: 'Đã phát hành: issued (văn thư, leaders: all; others: theirs and their unit’s), newest first',
  },
  'The boxes of the outgoing side; a user sees those their roles give them',
);
const OutgoingActionEnum = builder.enumType('OutgoingAction', {
  values: ['EDIT', 'SUBMIT', 'APPROVE', 'RETURN', 'SIGN', 'ISSUE', 'RECALL', 'CORRECT', 'REPLACE', 'CANCEL'] as const satisfies readonly OutgoingAction[],
});

// ---------------------------------------------------------------- object types

const OutgoingFileRef = builder.objectType(OutgoingFile, {
  name: 'OutgoingFile',
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.field({ type: OutgoingFileRoleEnum, resolve: (f) => f.role }),
    fileName: t.exposeString('fileName'),
    mimeType: t.exposeString('mimeType'),
    size: t.exposeInt('size'),
    sha256: t.exposeString('sha256'),
    url: t.string({
      description: 'Same-origin, session cookie required, for those who may see the document: /outgoing-files/<id> (?download for a download)',
      resolve: (f) => `/outgoing-files/${f.id}`,
    }),
  }),
});

const OutgoingMetadataRef = builder.objectRef<OutgoingMetadata>('OutgoingMetadata').implement({
  description: 'The metadata of a version, as it was saved',
  fields: (t) => ({
    documentType: t.field({ type: DocumentTypeRef, resolve: (m) => documentTypeOf(m.documentTypeCode) }),
    subject: t.exposeString('subject'),
    urgency: t.field({ type: UrgencyEnum, resolve: (m) => m.urgency }),
    confidentiality: t.field({ type: ConfidentialityEnum, resolve: (m) => m.confidentiality }),
    pageCount: t.exposeInt('pageCount'),
    copies: t.exposeInt('copies', { description: 'Số lượng bản' }),
    dueDate: t.field({ type: 'Date', nullable: true, resolve: (m) => m.dueDate }),
    notes: t.exposeString('notes', { nullable: true }),
    recipients: t.exposeStringList('recipients', { description: 'Nơi nhận, one line per recipient' }),
  }),
});

const MetadataChangeRef = builder.objectRef<MetadataChange>('MetadataChange').implement({
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Field name: documentTypeCode, subject, urgency, confidentiality, pageCount, copies, dueDate, notes, recipients, files' }),
    label: t.exposeString('label', { description: 'Vietnamese label, e.g. Trích yếu' }),
    before: t.exposeString('before', { nullable: true }),
    after: t.exposeString('after', { nullable: true }),
  }),
});

const documentTypeOf = (code: string) => findDocumentType(code) ?? { code, name: code, abbreviation: '' };
const userOf = async (ctx: Context, id: string) => (await ctx.loaders.user.load(id))!;

const OutgoingVersionRef = builder.objectType(OutgoingVersion, {
  name: 'OutgoingVersion',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeInt('number'),
    createdAt: t.field({ type: 'DateTime', resolve: (v) => v.createdAt }),
    createdBy: t.field({ type: User, resolve: (v, _, ctx) => userOf(ctx, v.createdById) }),
    note: t.exposeString('note', { nullable: true, description: 'Why this version (e.g. "Sửa theo ý kiến trả lại")' }),
    metadata: t.field({ type: OutgoingMetadataRef, resolve: (v) => v.metadata }),
    files: t.field({ type: [OutgoingFileRef], resolve: (v, _, ctx) => loaders(ctx).files.load(v.id) }),
    changes: t.field({
      type: [MetadataChangeRef],
      description: 'Differences from the previous version (empty for version 1)',
      resolve: async (v, _, ctx) => {
        const previous = (await loaders(ctx).versions.load(v.documentId)).find((p) => p.number === v.number - 1);
        return previous ? diffMetadata(previous.metadata, v.metadata) : [];
      },
    }),
  }),
});

const reviewDeadlineOf = async (s: OutgoingReviewStep, ctx: Context) =>
  s.activationId ? (await loaders(ctx).deadlines.load(s.documentId)).find((d) => d.kind === 'outgoing_review' && d.subjectId === s.activationId) : undefined;

const ReviewStepRef = builder.objectType(OutgoingReviewStep, {
  name: 'ReviewStep',
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position', { description: '0-based position in the chain' }),
    kind: t.field({ type: ReviewStepKindEnum, resolve: (s) => s.kind }),
    reviewer: t.field({ type: User, resolve: (s, _, ctx) => userOf(ctx, s.reviewerId) }),
    status: t.field({ type: ReviewStepStatusEnum, resolve: (s) => s.status }),
    dueAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Set while PENDING (addWorkingDays from when it became pending)',
      resolve: async (s, _, ctx) => (s.status === 'pending' ? ((await reviewDeadlineOf(s, ctx))?.dueAt ?? null) : null),
    }),
    actedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.actedAt ?? null }),
    comment: t.exposeString('comment', { nullable: true, description: 'The reviewer’s comment with the approval, or the reason of the return' }),
    versionNumber: t.exposeInt('versionNumber', { nullable: true, description: 'The version the reviewer acted on' }),
  }),
});

const SignatureRef = builder.objectRef<OutgoingDocument>('OutgoingSignature').implement({
  fields: (t) => ({
    signedBy: t.field({ type: User, resolve: (d, _, ctx) => userOf(ctx, d.signedById!) }),
    signedAt: t.field({ type: 'DateTime', resolve: (d) => d.signedAt! }),
    authority: t.field({ type: SigningAuthorityEnum, resolve: (d) => d.signingAuthority ?? 'none' }),
    position: t.string({ description: 'The position line printed under the authority marker', resolve: (d) => d.signerPosition ?? '' }),
    versionNumber: t.int({ description: 'The version that was signed (content frozen from then on)', resolve: (d) => d.signedVersion! }),
    digitalSignature: t.exposeString('digitalSignature', { nullable: true, description: 'Null until cryptographic signatures come (later issue)' }),
  }),
});

type DispatchShape = { doc: OutgoingDocument; target?: Deadline; limit?: Deadline };
const DispatchDeadlineRef = builder.objectRef<DispatchShape>('DispatchDeadline').implement({
  fields: (t) => ({
    targetAt: t.field({ type: 'DateTime', description: 'Đích: end of the signing working day (ngay for khẩn and above)', resolve: (s) => s.target?.dueAt ?? s.doc.dispatchTargetAt! }),
    hardLimitAt: t.field({ type: 'DateTime', description: 'Hạn cuối: end of the next working morning (QĐ 28/2018)', resolve: (s) => s.limit?.dueAt ?? s.doc.dispatchLimitAt! }),
    steps: t.stringList({ description: 'Vietnamese explanation of how the hard limit was computed', resolve: (s) => s.limit?.steps ?? [] }),
    reminded: t.boolean({ resolve: async (s, _, ctx) => (await ctx.loaders.timeline.load(s.doc.id)).some((e) => e.kind === 'deadline.reminded' && (e.data as { kind?: string }).kind === 'dispatch_target') }),
    escalated: t.boolean({ resolve: (s) => s.doc.dispatchOutcome === 'after_escalation' || s.limit?.status === 'overdue' }),
    outcome: t.field({ type: DispatchOutcomeEnum, nullable: true, description: 'Set once issued', resolve: (s) => s.doc.dispatchOutcome ?? null }),
  }),
});

const RecipientRef = builder.objectType(OutgoingRecipient, {
  name: 'OutgoingRecipient',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: RecipientKindEnum, resolve: (r) => r.kind }),
    channel: t.field({ type: DispatchChannelEnum, resolve: (r) => r.channel }),
    unit: t.field({ type: Unit, nullable: true, resolve: (r, _, ctx) => (r.unitId ? ctx.loaders.unit.load(r.unitId) : null) }),
    agency: t.field({ type: AgencyRef, nullable: true, resolve: (r, _, ctx) => (r.agencyId ? ctx.loaders.agency.load(r.agencyId) : null) }),
    name: t.exposeString('name', { description: 'Display name (unit/agency name at the time, or the individual’s name)' }),
    address: t.exposeString('address', { nullable: true }),
    status: t.field({
      type: RecipientStatusEnum,
      resolve: async (r, _, ctx) => {
        const incoming = r.kind === 'unit' ? (await loaders(ctx).incomingStatus.load(r.documentId)).find((i) => i.recipient_unit_id === r.unitId) : undefined;
        return recipientStatus(r, incoming?.status);
      },
    }),
    sentAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.sentAt ?? null }),
    incomingDocumentId: t.id({
      nullable: true,
      description: 'UNIT: the incoming document created in the unit’s inbox (visible to them, maybe not to the sender)',
      resolve: (r) => r.incomingDocumentId ?? null,
    }),
  }),
});

const currentVersionOf = async (d: OutgoingDocument, ctx: Context) => (await loaders(ctx).versions.load(d.id)).find((v) => v.number === d.currentVersion)!;

export const OutgoingDocumentRef = builder.objectType(OutgoingDocument, {
  name: 'OutgoingDocument',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: OutgoingStatusEnum, resolve: (d) => d.status }),
    drafter: t.field({ type: User, resolve: (d, _, ctx) => userOf(ctx, d.drafterId) }),
    draftingUnit: t.field({ type: Unit, resolve: async (d, _, ctx) => (await ctx.loaders.unit.load(d.draftingUnitId))! }),
    createdAt: t.field({ type: 'DateTime', resolve: (d) => d.createdAt }),
    documentType: t.field({ type: DocumentTypeRef, description: 'Current metadata (= latest version’s)', resolve: (d) => documentTypeOf(d.documentTypeCode) }),
    subject: t.exposeString('subject'),
    urgency: t.field({ type: UrgencyEnum, resolve: (d) => d.urgency }),
    confidentiality: t.field({ type: ConfidentialityEnum, resolve: (d) => d.confidentiality }),
    pageCount: t.exposeInt('pageCount'),
    copies: t.exposeInt('copies'),
    dueDate: t.field({ type: 'Date', nullable: true, resolve: (d) => d.dueDate ?? null }),
    notes: t.exposeString('notes', { nullable: true }),
    recipients: t.field({ type: [RecipientRef], resolve: (d, _, ctx) => loaders(ctx).recipients.load(d.id) }),
    currentVersion: t.field({ type: OutgoingVersionRef, resolve: (d, _, ctx) => currentVersionOf(d, ctx) }),
    versions: t.field({ type: [OutgoingVersionRef], description: 'Newest first', resolve: (d, _, ctx) => loaders(ctx).versions.load(d.id) }),
    files: t.field({ type: [OutgoingFileRef], description: 'Files of the current version', resolve: async (d, _, ctx) => loaders(ctx).files.load((await currentVersionOf(d, ctx)).id) }),
    reviewSteps: t.field({ type: [ReviewStepRef], resolve: (d, _, ctx) => loaders(ctx).steps.load(d.id) }),
    currentStep: t.field({
      type: ReviewStepRef,
      nullable: true,
      description: 'The step waiting now, if any',
      resolve: async (d, _, ctx) => (await loaders(ctx).steps.load(d.id)).find((s) => s.status === 'pending') ?? null,
    }),
    returnReason: t.exposeString('returnReason', { nullable: true, description: 'Why it was last returned' }),
    signature: t.field({ type: SignatureRef, nullable: true, resolve: (d) => (d.signedById ? d : null) }),
    dispatchDeadline: t.field({
      type: DispatchDeadlineRef,
      nullable: true,
      resolve: async (d, _, ctx) => {
        if (!d.signedAt) return null;
        const rows = await loaders(ctx).deadlines.load(d.id);
        return { doc: d, target: rows.find((r) => r.kind === 'dispatch_target'), limit: rows.find((r) => r.kind === 'dispatch_limit') };
      },
    }),
    book: t.field({ type: RegisterBook, nullable: true, resolve: (d, _, ctx) => (d.bookId ? ctx.loaders.book.load(d.bookId) : null) }),
    number: t.exposeInt('number', { nullable: true, description: 'Số (1, 2, …) in the book; null before issue' }),
    numberNotation: t.exposeString('numberNotation', { nullable: true, description: 'Số, ký hiệu, e.g. 15/QĐ-UBND, 05/UBND-VP; null before issue' }),
    issuedDate: t.field({ type: 'Date', nullable: true, resolve: (d) => d.issuedDate ?? null }),
    issuedAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.issuedAt ?? null }),
    issuedBy: t.field({ type: User, nullable: true, resolve: (d, _, ctx) => (d.issuedById ? ctx.loaders.user.load(d.issuedById) : null) }),
    recalledAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.recalledAt ?? null }),
    recallReason: t.exposeString('recallReason', { nullable: true }),
    relatesTo: t.field({
      type: OutgoingDocument,
      nullable: true,
      description: 'This one corrects or replaces …',
      resolve: (d, _, ctx) => (d.relatesToId ? getOutgoingDocument({ em: ctx.em, actor: requireActorForQuery(ctx), id: d.relatesToId }) : null),
    }),
    relationKind: t.field({ type: RelationKindEnum, nullable: true, resolve: (d) => d.relationKind ?? null }),
    relatedBy: t.field({ type: [OutgoingDocument], description: 'Corrections/replacements of this one', resolve: (d, _, ctx) => loaders(ctx).related.load(d.id) }),
    timeline: t.field({ type: [AuditEvent], resolve: (d, _, ctx) => ctx.loaders.timeline.load(d.id) }),
    myActions: t.field({
      type: [OutgoingActionEnum],
      resolve: async (d, _, ctx) => (ctx.actor ? outgoingActions(ctx.actor, toView(d, await loaders(ctx).steps.load(d.id))) : []),
    }),
  }),
});

const EdgeRef = builder.objectRef<{ cursor: string; node: OutgoingDocument }>('OutgoingDocumentEdge').implement({
  fields: (t) => ({ cursor: t.exposeString('cursor'), node: t.field({ type: OutgoingDocumentRef, resolve: (e) => e.node }) }),
});
type ConnectionShape = {
  edges: Array<{ cursor: string; node: OutgoingDocument }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  box: OutgoingBox;
  filter: OutgoingFilter | null;
  count?: Promise<{ count: number; capped: boolean }>;
};
const countOf = (c: ConnectionShape, ctx: Context) => (c.count ??= countOutgoing({ em: ctx.em, actor: requireActorForQuery(ctx), box: c.box, filter: c.filter }));
const ConnectionRef = builder.objectRef<ConnectionShape>('OutgoingDocumentConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [EdgeRef], resolve: (c) => c.edges }),
    pageInfo: t.field({ type: PageInfoRef, resolve: (c) => c.pageInfo }),
    totalCount: t.int({ description: `At most ${OUTGOING_COUNT_CAP} (then totalCountCapped)`, resolve: async (c, _, ctx) => (await countOf(c, ctx)).count }),
    totalCountCapped: t.boolean({ resolve: async (c, _, ctx) => (await countOf(c, ctx)).capped }),
  }),
});
const BoxCountRef = builder.objectRef<{ box: OutgoingBox; count: number; capped: boolean }>('OutgoingBoxCount').implement({
  fields: (t) => ({ box: t.field({ type: OutgoingBoxEnum, resolve: (c) => c.box }), count: t.exposeInt('count'), capped: t.exposeBoolean('capped') }),
});
const FilterInput = builder.inputType('OutgoingFilter', {
  fields: (t) => ({
    q: t.string({ description: 'Trích yếu, số/ký hiệu; ignores case and diacritics' }),
    documentTypeCode: t.string(),
    urgency: t.field({ type: [UrgencyEnum] }),
  }),
});

const UnitAbbreviationRef = builder.objectRef<OutgoingSettings['units'][number]>('UnitAbbreviation').implement({
  fields: (t) => ({
    unit: t.field({ type: Unit, resolve: async (u, _, ctx) => (await ctx.loaders.unit.load(u.unitId))! }),
    abbreviation: t.exposeString('abbreviation', { nullable: true }),
  }),
});
const SettingsRef = builder.objectRef<OutgoingSettings>('OutgoingSettings').implement({
  fields: (t) => ({
    agencyAbbreviation: t.exposeString('agencyAbbreviation'),
    agencyName: t.exposeString('agencyName', { description: 'Tên cơ quan, e.g. Ủy ban nhân dân tỉnh Hậu Giang (register covers, phiếu giải quyết)' }),
    governingBody: t.exposeString('governingBody', { nullable: true, description: 'Tên cơ quan chủ quản; null when there is none' }),
    units: t.field({ type: [UnitAbbreviationRef], resolve: (s) => s.units }),
  }),
});

builder.objectField(Unit, 'abbreviation', (t) =>
  t.string({ nullable: true, description: 'Chữ viết tắt (for the công văn ký hiệu), e.g. VP', resolve: (u, _, ctx) => loaders(ctx).unitAbbreviation.load(u.id) }),
);
builder.objectField(Notification, 'outgoingDocumentId', (t) =>
  t.id({ nullable: true, description: 'The outgoing document it is about (its page is /outgoing/<id>)', resolve: (n) => (n.subjectType === 'outgoing_document' ? n.subjectId : null) }),
);

const RegisterRowRef = builder.objectRef<OutgoingRegisterRow>('OutgoingRegisterRow').implement({
  description: 'One line of the sổ đăng ký văn bản đi (Decree 30 App. IV), 10 columns as printed',
  fields: (t) => ({
    documentId: t.exposeID('documentId'),
    numberNotation: t.exposeString('numberNotation', { description: '(1) Số, ký hiệu văn bản' }),
    issuedDate: t.string({ description: '(2) Ngày tháng văn bản dd/MM/yyyy', resolve: (r) => viDate(r.issuedDate) }),
    typeAndSubject: t.exposeString('typeAndSubject', { description: '(3) Tên loại và trích yếu nội dung' }),
    signer: t.exposeString('signer', { description: '(4) Người ký' }),
    recipients: t.exposeString('recipients', { description: '(5) Nơi nhận văn bản, one per line' }),
    keeper: t.exposeString('keeper', { description: '(6) Đơn vị, người nhận bản lưu' }),
    copies: t.string({ description: '(7) Số lượng bản', resolve: (r) => String(r.copies) }),
    handedOverDate: t.string({ description: '(8) Ngày chuyển dd/MM/yyyy', resolve: (r) => viDate(r.handedOverDate) }),
    signature: t.exposeString('signature', { description: '(9) Ký nhận: always empty' }),
    note: t.exposeString('note', { description: '(10) Ghi chú (thu hồi, thay thế, đính chính)' }),
  }),
});
const RegisterReportRef = builder.objectRef<OutgoingRegister>('OutgoingRegisterReport').implement({
  fields: (t) => ({
    cover: t.field({ type: RegisterCoverRef, resolve: (r) => r.cover }),
    headers: t.stringList({ resolve: () => OUTGOING_REGISTER_COLUMNS.map((c) => c.header) }),
    rows: t.field({ type: [RegisterRowRef], resolve: (r) => r.rows }),
    downloadUrl: t.string({
      description: '/exports/outgoing-register.xlsx?bookId=…&from=…&to=… (session cookie)',
      resolve: (r) => exportUrl('outgoing-register', { bookId: r.cover.bookId, from: r.cover.from, to: r.cover.to }),
    }),
  }),
});

const ComplianceRowRef = builder.objectRef<ComplianceRow>('DispatchComplianceRow').implement({
  fields: (t) => ({
    unit: t.field({ type: Unit, nullable: true, description: 'Null in the total row', resolve: (r, _, ctx) => (r.unitId ? ctx.loaders.unit.load(r.unitId) : null) }),
    signed: t.exposeInt('signed', { description: 'Signed in the period (by signing time, Vietnam date)' }),
    sameDay: t.exposeInt('sameDay'),
    nextMorning: t.exposeInt('nextMorning'),
    late: t.exposeInt('late'),
    afterEscalation: t.exposeInt('afterEscalation'),
    pending: t.exposeInt('pending', { description: 'Signed, not issued yet' }),
    onTimeRate: t.float({ nullable: true, description: '(sameDay + nextMorning) / issued, 0..1; null when none issued', resolve: (r) => r.onTimeRate }),
  }),
});
const ComplianceReportRef = builder.objectRef<ComplianceReport>('DispatchComplianceReport').implement({
  fields: (t) => ({
    from: t.field({ type: 'Date', resolve: (r) => r.from }),
    to: t.field({ type: 'Date', resolve: (r) => r.to }),
    rows: t.field({ type: [ComplianceRowRef], description: 'Per drafting unit, units with nothing left out', resolve: (r) => r.rows }),
    total: t.field({ type: ComplianceRowRef, resolve: (r) => r.total }),
  }),
});

// ---------------------------------------------------------------- queries

const filterOf = (f: typeof FilterInput.$inferInput | null | undefined): OutgoingFilter | null => (f ? { q: f.q ?? null, documentTypeCode: f.documentTypeCode ?? null, urgency: f.urgency ?? null } : null);
const badInput = (e: unknown) => {
  if (!(e instanceof InputError)) return e;
  return new GraphQLError(e.fieldErrors.map((f) => f.message).join(' '), { extensions: { code: 'BAD_USER_INPUT', fieldErrors: e.fieldErrors } });
};

builder.queryFields((t) => ({
  outgoingDocument: t.field({
    type: OutgoingDocumentRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, ctx) => {
      const actor = requireActorForQuery(ctx);
      return isUuid(String(id)) ? getOutgoingDocument({ em: ctx.em, actor, id: String(id) }) : null;
    },
  }),
  outgoingBox: t.field({
    type: ConnectionRef,
    args: { box: t.arg({ type: OutgoingBoxEnum, required: true }), first: t.arg.int({ defaultValue: 20 }), after: t.arg.string(), filter: t.arg({ type: FilterInput }) },
    resolve: async (_, args, ctx) => {
      const actor = requireActorForQuery(ctx);
      const filter = filterOf(args.filter);
      const page = await listOutgoing({ em: ctx.em, actor, box: args.box, first: args.first ?? 20, after: args.after, filter }).catch((e: unknown) => {
        throw badInput(e);
      });
      return {
        box: args.box,
        filter,
        edges: page.items.map((node, i) => ({ node, cursor: page.cursors[i]! })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      };
    },
  }),
  outgoingBoxCounts: t.field({
    type: [BoxCountRef],
    description: 'The boxes the current user has, in menu order',
    args: { filter: t.arg({ type: FilterInput }) },
    resolve: (_, args, ctx) => {
      const actor = requireActorForQuery(ctx);
      const filter = filterOf(args.filter);
      return Promise.all(outgoingBoxesFor(actor).map(async (box) => ({ box, ...(await countOutgoing({ em: ctx.em, actor, box, filter })) })));
    },
  }),
  outgoingVersionDiff: t.field({
    type: [MetadataChangeRef],
    description: 'Differences between two versions of a draft (fromVersion < toVersion)',
    args: { documentId: t.arg.id({ required: true }), fromVersion: t.arg.int({ required: true }), toVersion: t.arg.int({ required: true }) },
    resolve: (_, args, ctx) => {
      const actor = requireActorForQuery(ctx);
      if (!isUuid(String(args.documentId))) return [];
      return outgoingVersionDiff({ em: ctx.em, actor, documentId: String(args.documentId), from: args.fromVersion, to: args.toVersion }).catch(() => []);
    },
  }),
  outgoingSettings: t.field({
    type: SettingsRef,
    resolve: (_, __, ctx) => {
      requireActorForQuery(ctx);
      return getOutgoingSettings(ctx.em);
    },
  }),
  outgoingRegister: t.field({
    type: RegisterReportRef,
    description: 'Sổ đăng ký văn bản đi of an outgoing book, by issue date (văn thư, lãnh đạo, chánh văn phòng, quản trị)',
    errors: mutationErrors,
    args: { bookId: t.arg.id({ required: true }), from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }) },
    resolve: (_, args, ctx) => listOutgoingRegister({ em: ctx.em, actor: requireActor(ctx), bookId: String(args.bookId), from: args.from, to: args.to }),
  }),
  dispatchCompliance: t.field({
    type: ComplianceReportRef,
    description: 'Leaders, chánh văn phòng, văn thư, quản trị; unitId: one drafting unit only',
    errors: mutationErrors,
    args: { from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }), unitId: t.arg.id() },
    resolve: (_, args, ctx) => dispatchCompliance({ em: ctx.em, actor: requireActor(ctx), from: args.from, to: args.to, unitId: args.unitId == null ? null : String(args.unitId) }),
  }),
}));

// ---------------------------------------------------------------- mutations

const RecipientInput = builder.inputType('OutgoingRecipientInput', {
  fields: (t) => ({
    kind: t.field({ type: RecipientKindEnum, required: true }),
    channel: t.field({ type: DispatchChannelEnum, description: 'UNIT recipients: SYSTEM (default); AGENCY/INDIVIDUAL: PAPER (default) or ELECTRONIC' }),
    unitId: t.id(),
    agencyId: t.id(),
    name: t.string({ description: 'INDIVIDUAL: required; AGENCY: ignored (directory name is used)' }),
    address: t.string(),
  }),
});
const DraftInputRef = builder.inputType('OutgoingDraftInput', {
  description: 'The draft’s metadata; every save (create or update) is a new version',
  fields: (t) => ({
    documentTypeCode: t.string({ required: true }),
    subject: t.string({ required: true }),
    urgency: t.field({ type: UrgencyEnum, required: true, description: 'Đề xuất; the signer decides at signing' }),
    confidentiality: t.field({ type: ConfidentialityEnum, required: true }),
    pageCount: t.int({ required: true }),
    copies: t.int({ required: true, defaultValue: 1 }),
    dueDate: t.field({ type: 'Date' }),
    notes: t.string(),
    recipients: t.field({ type: [RecipientInput], required: true }),
  }),
});
const CreateInput = builder.inputType('CreateOutgoingDraftInput', {
  fields: (t) => ({
    draft: t.field({ type: DraftInputRef, required: true }),
    relatesToId: t.id({ description: 'Đính chính / thay thế an issued document (status ISSUED)' }),
    relationKind: t.field({ type: RelationKindEnum }),
  }),
});
const UpdateInput = builder.inputType('UpdateOutgoingDraftInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    draft: t.field({ type: DraftInputRef, required: true }),
    keepFileIds: t.idList({ required: true, defaultValue: [], description: 'Files of the current version carried into the new one (others are dropped)' }),
    note: t.string(),
  }),
});
const StepInput = builder.inputType('ReviewStepInput', {
  fields: (t) => ({
    kind: t.field({ type: ReviewStepKindEnum, required: true }),
    reviewerId: t.id({ required: true }),
    workingDays: t.int({ description: 'Hạn cho ý kiến in working days from when the step is reached; default 1' }),
  }),
});
const SubmitInput = builder.inputType('SubmitOutgoingDraftInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    steps: t.field({ type: [StepInput], description: 'First submission: required (≥ 1 step, exactly one SIGN, last). Resubmission after a return: leave out (the chain stays)' }),
    note: t.string(),
  }),
});
const DecisionInput = builder.inputType('ReviewDecisionInput', {
  fields: (t) => ({ documentId: t.id({ required: true }), comment: t.string({ description: 'Approve: optional comment. Return: the reason, required' }) }),
});
const SignInput = builder.inputType('SignOutgoingDocumentInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    authority: t.field({ type: SigningAuthorityEnum, required: true }),
    position: t.string({ description: 'Chức vụ as printed (e.g. "Phó Chủ tịch"); default: the signer’s position' }),
    urgency: t.field({ type: UrgencyEnum, description: 'The signer decides độ khẩn / độ mật (default: as proposed)' }),
    confidentiality: t.field({ type: ConfidentialityEnum }),
  }),
});
const IssueInput = builder.inputType('IssueOutgoingDocumentInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    bookId: t.id({ description: 'Default: the active ordinary outgoing book of the year (the confidential one for mật and above)' }),
  }),
});
const RecallInput = builder.inputType('RecallOutgoingDocumentInput', {
  fields: (t) => ({ documentId: t.id({ required: true }), reason: t.string({ required: true }) }),
});
const UnitAbbreviationInput = builder.inputType('UnitAbbreviationInput', {
  fields: (t) => ({ unitId: t.id({ required: true }), abbreviation: t.string({ required: true, description: 'e.g. VP; empty clears it' }) }),
});
const SettingsInput = builder.inputType('UpdateOutgoingSettingsInput', {
  fields: (t) => ({
    agencyAbbreviation: t.string({ required: true, description: 'Chữ viết tắt tên cơ quan, e.g. UBND' }),
    agencyName: t.string({ description: 'Tên cơ quan (at most 200 characters); left out, it stays' }),
    governingBody: t.string({ description: 'Tên cơ quan chủ quản (at most 200 characters); empty clears it, left out it stays' }),
    units: t.field({ type: [UnitAbbreviationInput], required: true, defaultValue: [] }),
  }),
});

const str = (v: string | number | null | undefined) => (v == null ? null : String(v));
const draftOf = (d: typeof DraftInputRef.$inferInput): DraftInput => ({
  ...d,
  copies: d.copies ?? 1,
  recipients: d.recipients.map((r) => ({ ...r, unitId: str(r.unitId), agencyId: str(r.agencyId) })),
});

/** Checks the uploads by content and stores them (content-addressed); the rows come with the workflow step. */
async function storeUploads(ctx: Context, main: File[], attachments: File[], existing: number): Promise<DraftFile[]> {
  const uploads: Array<Upload & { role: FileRole }> = await Promise.all([
    ...main.map(async (f, i) => ({ field: `files.${i}`, fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()), role: 'main' as const })),
    ...attachments.map(async (f, i) => ({ field: `attachments.${i}`, fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()), role: 'attachment' as const })),
  ]);
  const checked = checkUploads(uploads, { ...ctx.services.config.upload, existing });
  return Promise.all(checked.map(async (c, i) => ({ ...(await ctx.services.files.put(c)), role: uploads[i]!.role })));
}

/** The document as the actor now sees it, read afresh after the workflow's step. */
const reload = async (ctx: Context, id: string) => {
  ctx.em.clear();
  loaderCache.delete(ctx);
  const doc = await getOutgoingDocument({ em: ctx.em, actor: requireActor(ctx), id });
  if (!doc) throw outgoingNotFound();
  return doc;
};
const docId = (raw: string | number) => {
  const id = String(raw);
  if (!isUuid(id)) throw outgoingNotFound();
  return id.toLowerCase();
};

builder.mutationFields((t) => ({
  createOutgoingDraft: t.field({
    type: OutgoingDocumentRef,
    description: 'Any signed-in staff member; files: MAIN draft files (≥ 1), attachments: phụ lục. Version 1',
    errors: mutationErrors,
    args: { input: t.arg({ type: CreateInput, required: true }), files: t.arg({ type: ['File'], required: true }), attachments: t.arg({ type: ['File'] }) },
    resolve: async (_, { input, files, attachments }, ctx) => {
      const actor = requireActor(ctx);
      if (!canDraft(actor)) throw forbidden('soạn thảo văn bản đi');
      const now = new Date();
      const [draft, relation] = allValid(
        () => validateDraft(draftOf(input.draft), now),
        () => {
          if (!files.length) throw new InputError([{ field: 'files', code: 'REQUIRED', message: 'Vui lòng đính kèm tệp dự thảo.' }]);
          return validateRelation(str(input.relatesToId), input.relationKind ?? null);
        },
      );
      const stored = await storeUploads(ctx, files, attachments ?? [], 0);
      const documentId = randomUUID();
      await ctx.services.outgoing.create(documentId, { actor, draft, files: stored, relation });
      return reload(ctx, documentId);
    },
  }),
  updateOutgoingDraft: t.field({
    type: OutgoingDocumentRef,
    description: 'Drafter, in DRAFT or RETURNED: a new version (files = new MAIN uploads, attachments = new ATTACHMENT uploads, plus keepFileIds)',
    errors: mutationErrors,
    args: { input: t.arg({ type: UpdateInput, required: true }), files: t.arg({ type: ['File'] }), attachments: t.arg({ type: ['File'] }) },
    resolve: async (_, { input, files, attachments }, ctx) => {
      const actor = requireActor(ctx);
      const id = docId(input.documentId);
      const draft = validateDraft(draftOf(input.draft), new Date());
      const keepFileIds = input.keepFileIds.map(String);
      const stored = await storeUploads(ctx, files ?? [], attachments ?? [], keepFileIds.length);
      await ctx.services.outgoing.revise(id, { actor, draft, files: stored, keepFileIds, note: input.note?.trim() || null });
      return reload(ctx, id);
    },
  }),
  submitOutgoingDraft: t.field({
    type: OutgoingDocumentRef,
    description: 'Drafter: trình (DRAFT → first step) or trình lại (RETURNED → the returning step, or the signer’s first step if the signer had approved)',
    errors: mutationErrors,
    args: { input: t.arg({ type: SubmitInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const id = docId(input.documentId);
      const steps = input.steps ? validateReviewSteps(input.steps.map((s) => ({ ...s, reviewerId: String(s.reviewerId) }))) : null;
      await ctx.services.outgoing.submit(id, { actor, steps, note: input.note?.trim() || null });
      return reload(ctx, id);
    },
  }),
  approveOutgoingStep: t.field({
    type: OutgoingDocumentRef,
    description: 'The PENDING REVIEW / FORMAT_CHECK step’s reviewer',
    errors: mutationErrors,
    args: { input: t.arg({ type: DecisionInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const id = docId(input.documentId);
      await ctx.services.outgoing.approve(id, { actor, comment: validateComment(input.comment, false) });
      return reload(ctx, id);
    },
  }),
  returnOutgoingDraft: t.field({
    type: OutgoingDocumentRef,
    description: 'The PENDING step’s reviewer (any kind, including the signer): back to the drafter, comment required',
    errors: mutationErrors,
    args: { input: t.arg({ type: DecisionInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const id = docId(input.documentId);
      await ctx.services.outgoing.return(id, { actor, comment: validateComment(input.comment, true) });
      return reload(ctx, id);
    },
  }),
  signOutgoingDocument: t.field({
    type: OutgoingDocumentRef,
    description: 'The SIGN step’s reviewer: signed, content frozen, dispatch deadline starts',
    errors: mutationErrors,
    args: { input: t.arg({ type: SignInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const id = docId(input.documentId);
      const sign = validateSign({ authority: input.authority, position: input.position, urgency: input.urgency, confidentiality: input.confidentiality });
      await ctx.services.outgoing.sign(id, { actor, ...sign });
      return reload(ctx, id);
    },
  }),
  issueOutgoingDocument: t.field({
    type: OutgoingDocumentRef,
    description: 'Văn thư (clerk), SIGNED: number + số/ký hiệu + dispatch to every recipient',
    errors: mutationErrors,
    args: { input: t.arg({ type: IssueInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      if (!actor.roles.includes('clerk')) throw forbidden('cấp số, phát hành văn bản đi');
      const id = docId(input.documentId);
      const bookId = str(input.bookId);
      if (bookId && !isUuid(bookId)) throw new InputError([{ field: 'bookId', code: 'INVALID_ID', message: 'Sổ văn bản đi không hợp lệ.' }]);
      await ctx.services.outgoing.issue(id, { actor, bookId: bookId?.toLowerCase() ?? null });
      return reload(ctx, id);
    },
  }),
  recallOutgoingDocument: t.field({
    type: OutgoingDocumentRef,
    description: 'Signer, leaders, chánh văn phòng; ISSUED: recipients notified, their copies frozen',
    errors: mutationErrors,
    args: { input: t.arg({ type: RecallInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const id = docId(input.documentId);
      await ctx.services.outgoing.recall(id, { actor, reason: validateReason(input.reason, 'lý do thu hồi') });
      return reload(ctx, id);
    },
  }),
  cancelOutgoingDraft: t.field({
    type: OutgoingDocumentRef,
    description: 'Drafter, before signing',
    errors: mutationErrors,
    args: { input: t.arg({ type: RecallInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireActor(ctx);
      const id = docId(input.documentId);
      await ctx.services.outgoing.cancel(id, { actor, reason: validateReason(input.reason, 'lý do hủy') });
      return reload(ctx, id);
    },
  }),
  updateOutgoingSettings: t.field({
    type: SettingsRef,
    description: 'Quản trị',
    errors: mutationErrors,
    args: { input: t.arg({ type: SettingsInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      updateOutgoingSettings({
        em: ctx.em,
        actor: requireActor(ctx),
        input: {
          agencyAbbreviation: input.agencyAbbreviation,
          agencyName: input.agencyName,
          governingBody: input.governingBody,
          units: input.units.map((u) => ({ unitId: String(u.unitId), abbreviation: u.abbreviation })) },
        now: new Date(),
      }),
  }),
}));
