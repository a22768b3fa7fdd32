import { exportUrl } from '../../../backend/src/http/exports.ts';
import type { AssignmentRole } from '../../../backend/src/modules/document/document.entity.ts';
import { INCOMING_FOLLOW_UP_COLUMNS } from '../../../backend/src/modules/register-book/export-incoming-follow-up-xlsx.ts';
import { INCOMING_REGISTER_COLUMNS } from '../../../backend/src/modules/register-book/export-incoming-register-xlsx.ts';
import {
  getProcessingSlip,
  type ProcessingSlip,
  type SlipAssignment,
  type SlipDirection,
  type SlipProposal,
  type SlipUnitOpinion,
} from '../../../backend/src/modules/register-book/get-processing-slip.ts';
import { listIncomingFollowUp, type IncomingFollowUp, type IncomingFollowUpRow } from '../../../backend/src/modules/register-book/list-incoming-follow-up.ts';
import { listIncomingRegister, type IncomingRegister, type IncomingRegisterRow } from '../../../backend/src/modules/register-book/list-incoming-register.ts';
import type { RegisterCover } from '../../../backend/src/modules/register-book/register-cover.ts';
import { viDate } from '../../../backend/src/modules/register-book/register-format.ts';
import { requireActor } from '../auth.ts';
import { builder } from '../builder.ts';
import { mutationErrors } from './errors.ts';

// The printable pages of the registers and the phiếu: every value already written the way the paper shows it
// (dates dd/MM/yyyy, Vietnamese wording), so the page only lays them out. Same rows as the .xlsx downloads.

export const RegisterCoverRef = builder.objectRef<RegisterCover>('RegisterCover').implement({
  description: 'Bìa và trang đầu of a register book (Decree 30/2020, Appendix IV)',
  fields: (t) => ({
    governingBody: t.exposeString('governingBody', { nullable: true, description: 'Tên cơ quan chủ quản, printed above the agency; null when there is none' }),
    agencyName: t.exposeString('agencyName', { description: 'Tên cơ quan (outgoing settings), as written; printed in capitals' }),
    title: t.exposeString('title', { description: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN, SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN' }),
    year: t.exposeInt('year'),
    bookCode: t.exposeString('bookCode', { description: 'Quyển số' }),
    bookName: t.exposeString('bookName'),
    fromDate: t.string({ description: 'dd/MM/yyyy', resolve: (c) => viDate(c.from) }),
    toDate: t.string({ description: 'dd/MM/yyyy', resolve: (c) => viDate(c.to) }),
    fromNumber: t.string({ nullable: true, description: 'First số đến printed; null when the period is empty', resolve: (c) => c.fromNumber?.toString() ?? null }),
    toNumber: t.string({ nullable: true, resolve: (c) => c.toNumber?.toString() ?? null }),
  }),
});

const IncomingRegisterRowRef = builder.objectRef<IncomingRegisterRow>('IncomingRegisterRow').implement({
  description: 'One line of the sổ đăng ký văn bản đến, its 10 columns as printed',
  fields: (t) => ({
    documentId: t.exposeID('documentId'),
    arrivalDate: t.string({ description: '(1) Ngày đến', resolve: (r) => viDate(r.arrivalDate) }),
    arrivalNumber: t.string({ description: '(2) Số đến', resolve: (r) => String(r.arrivalNumber) }),
    issuer: t.exposeString('issuer', { description: '(3) Tác giả' }),
    numberNotation: t.exposeString('numberNotation', { description: '(4) Số, ký hiệu văn bản' }),
    issuedDate: t.string({ description: '(5) Ngày tháng văn bản', resolve: (r) => viDate(r.issuedDate) }),
    typeAndSubject: t.exposeString('typeAndSubject', { description: '(6) Tên loại và trích yếu nội dung văn bản' }),
    recipients: t.exposeString('recipients', { description: '(7) Đơn vị hoặc người nhận; one role per line' }),
    handedOverDate: t.string({ description: '(8) Ngày chuyển; empty before the direction', resolve: (r) => viDate(r.handedOverDate) }),
    signature: t.exposeString('signature', { description: '(9) Ký nhận: signed by hand, always empty' }),
    note: t.exposeString('note', { description: '(10) Ghi chú' }),
  }),
});

const IncomingFollowUpRowRef = builder.objectRef<IncomingFollowUpRow>('IncomingFollowUpRow').implement({
  description: 'One line of the sổ theo dõi giải quyết văn bản đến, its 7 columns as printed',
  fields: (t) => ({
    documentId: t.exposeID('documentId'),
    arrivalNumber: t.string({ description: '(1) Số đến', resolve: (r) => String(r.arrivalNumber) }),
    reference: t.exposeString('reference', { description: '(2) Tên loại, số, ký hiệu, ngày, tháng và cơ quan ban hành' }),
    recipients: t.exposeString('recipients', { description: '(3) Đơn vị hoặc người nhận; one role per line' }),
    deadline: t.string({ description: '(4) Thời hạn giải quyết, dd/MM/yyyy or empty', resolve: (r) => viDate(r.deadline) }),
    progress: t.exposeString('progress', { description: '(5) Tiến độ giải quyết; status first, then one line per part' }),
    replyNotation: t.exposeString('replyNotation', { description: '(6) Số, ký hiệu văn bản trả lời' }),
    note: t.exposeString('note', { description: '(7) Ghi chú' }),
  }),
});

const IncomingRegisterReportRef = builder.objectRef<IncomingRegister>('IncomingRegisterReport').implement({
  fields: (t) => ({
    cover: t.field({ type: RegisterCoverRef, resolve: (r) => r.cover }),
    headers: t.stringList({ description: 'The 10 column headers of Appendix IV', resolve: () => INCOMING_REGISTER_COLUMNS.map((c) => c.header) }),
    rows: t.field({ type: [IncomingRegisterRowRef], resolve: (r) => r.rows }),
    downloadUrl: t.string({
      description: 'The same register as .xlsx (session cookie required)',
      resolve: (r) => exportUrl('incoming-register', { bookId: r.cover.bookId, from: r.cover.from, to: r.cover.to }),
    }),
  }),
});

const IncomingFollowUpReportRef = builder.objectRef<IncomingFollowUp>('IncomingFollowUpReport').implement({
  fields: (t) => ({
    cover: t.field({ type: RegisterCoverRef, resolve: (r) => r.cover }),
    headers: t.stringList({ description: 'The 7 column headers of Appendix IV', resolve: () => INCOMING_FOLLOW_UP_COLUMNS.map((c) => c.header) }),
    rows: t.field({ type: [IncomingFollowUpRowRef], resolve: (r) => r.rows }),
    downloadUrl: t.string({
      description: 'The same register as .xlsx (session cookie required)',
      resolve: (r) => exportUrl('incoming-follow-up', { bookId: r.cover.bookId, from: r.cover.from, to: r.cover.to }),
    }),
  }),
});

const ROLE_LABEL: Record<AssignmentRole, string> = { lead: 'Chủ trì', coordinate: 'Phối hợp', inform: 'Để biết' };

const SlipAssignmentRef = builder.objectRef<SlipAssignment>('SlipAssignment').implement({
  fields: (t) => ({
    role: t.string({ description: 'Chủ trì, Phối hợp, Để biết', resolve: (a) => ROLE_LABEL[a.role] }),
    assignee: t.exposeString('assignee', { description: 'Unit or person' }),
    deadline: t.string({ description: 'dd/MM/yyyy or empty', resolve: (a) => viDate(a.deadline) }),
  }),
});

const SlipDirectionRef = builder.objectRef<SlipDirection>('SlipDirection').implement({
  description: 'Part 1: ý kiến của lãnh đạo cơ quan',
  fields: (t) => ({
    text: t.exposeString('text'),
    directedBy: t.exposeString('directedBy'),
    directedByPosition: t.exposeString('directedByPosition'),
    date: t.string({ description: 'dd/MM/yyyy', resolve: (d) => viDate(d.date) }),
    assignments: t.field({ type: [SlipAssignmentRef], resolve: (d) => d.assignments }),
  }),
});

const SlipUnitOpinionRef = builder.objectRef<SlipUnitOpinion>('SlipUnitOpinion').implement({
  description: 'Part 2: ý kiến của lãnh đạo đơn vị',
  fields: (t) => ({
    role: t.string({ resolve: (o) => ROLE_LABEL[o.role] }),
    unitName: t.exposeString('unitName'),
    assignedBy: t.exposeString('assignedBy'),
    assignedByPosition: t.exposeString('assignedByPosition'),
    handler: t.exposeString('handler'),
    deadline: t.string({ description: 'dd/MM/yyyy or empty', resolve: (o) => viDate(o.deadline) }),
    date: t.string({ description: 'dd/MM/yyyy', resolve: (o) => viDate(o.date) }),
  }),
});

const SlipProposalRef = builder.objectRef<SlipProposal>('SlipProposal').implement({
  description: 'Part 3: ý kiến đề xuất của người giải quyết',
  fields: (t) => ({
    role: t.string({ resolve: (p) => ROLE_LABEL[p.role] }),
    handler: t.exposeString('handler'),
    unitName: t.exposeString('unitName'),
    resultNote: t.exposeString('resultNote'),
    date: t.string({ description: 'dd/MM/yyyy', resolve: (p) => viDate(p.date) }),
  }),
});

const ProcessingSlipRef = builder.objectRef<ProcessingSlip>('ProcessingSlip').implement({
  description: 'Phiếu giải quyết văn bản đến (Decree 30/2020, Appendix IV)',
  fields: (t) => ({
    documentId: t.exposeID('documentId'),
    agencyName: t.exposeString('agencyName'),
    arrivalNumber: t.string({ resolve: (s) => String(s.arrivalNumber) }),
    arrivalDate: t.string({ description: 'dd/MM/yyyy', resolve: (s) => viDate(s.arrivalDate) }),
    documentTypeName: t.exposeString('documentTypeName'),
    numberNotation: t.exposeString('numberNotation'),
    issuedDate: t.string({ description: 'dd/MM/yyyy', resolve: (s) => viDate(s.issuedDate) }),
    issuer: t.exposeString('issuer'),
    subject: t.exposeString('subject'),
    reference: t.exposeString('reference', { description: 'Tên loại; số và ký hiệu; ngày, tháng, năm; cơ quan ban hành' }),
    direction: t.field({ type: SlipDirectionRef, nullable: true, resolve: (s) => s.direction }),
    unitOpinions: t.field({ type: [SlipUnitOpinionRef], resolve: (s) => s.unitOpinions }),
    proposals: t.field({ type: [SlipProposalRef], resolve: (s) => s.proposals }),
  }),
});

builder.queryFields((t) => ({
  incomingRegister: t.field({
    type: IncomingRegisterReportRef,
    description: 'Sổ đăng ký văn bản đến of a book for a range of arrival dates (văn thư, lãnh đạo, quản trị)',
    errors: mutationErrors,
    args: { bookId: t.arg.id({ required: true }), from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }) },
    resolve: (_, args, ctx) =>
      listIncomingRegister({ em: ctx.em, actor: requireActor(ctx), bookId: String(args.bookId), from: args.from, to: args.to }),
  }),
  incomingFollowUp: t.field({
    type: IncomingFollowUpReportRef,
    description: 'Sổ theo dõi giải quyết văn bản đến of a book for a range of arrival dates',
    errors: mutationErrors,
    args: { bookId: t.arg.id({ required: true }), from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }) },
    resolve: (_, args, ctx) =>
      listIncomingFollowUp({ em: ctx.em, actor: requireActor(ctx), bookId: String(args.bookId), from: args.from, to: args.to, now: new Date() }),
  }),
  processingSlip: t.field({
    type: ProcessingSlipRef,
    description: 'Phiếu giải quyết văn bản đến of one document, for whoever may see the document',
    errors: mutationErrors,
    args: { documentId: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => getProcessingSlip({ em: ctx.em, actor: requireActor(ctx), documentId: String(args.documentId) }),
  }),
}));
