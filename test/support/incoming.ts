import { randomUUID } from 'node:crypto';
import type { GqlClient } from './graphql-client.ts';

export const DOC_FIELDS = `id arrivalNumber status direction subject numberNotation myActions
  files { id fileName mimeType url size }
  assignments { id role status statusReason myActions unit { id code } assignee { id username } resultNote children { id status statusReason myActions assignee { username } resultNote } }
  timeline { kind summary actor { username } }`;

export const RESULT = (success: string, fields = DOC_FIELDS) => `__typename
  ... on Error { code message }
  ... on InputError { fieldErrors { field code message } }
  ... on DomainError { field }
  ... on ${success} { data { ${fields} } }`;

export const REGISTER = `mutation($input: RegisterIncomingDocumentInput!, $files: [File!], $file: File) {
  registerIncomingDocument(input: $input, files: $files, file: $file) {
    ${RESULT('MutationRegisterIncomingDocumentSuccess')}
    ... on DuplicateWarning { duplicates { id arrivalNumber arrivalAt subject book { year } } } } }`;
export const ATTACH = `mutation($id: ID!, $files: [File!]!) {
  attachIncomingFiles(documentId: $id, files: $files) { ${RESULT('MutationAttachIncomingFilesSuccess')} } }`;
export const DIRECT = `mutation($input: DirectIncomingDocumentInput!) {
  directIncomingDocument(input: $input) { ${RESULT('MutationDirectIncomingDocumentSuccess')} } }`;
export const ASSIGN = `mutation($input: AssignHandlerInput!) { assignHandler(input: $input) { ${RESULT('MutationAssignHandlerSuccess')} } }`;
export const COMPLETE = `mutation($input: CompleteHandlingInput!) { completeHandling(input: $input) { ${RESULT('MutationCompleteHandlingSuccess')} } }`;

export const RETURN_DOC = `mutation($input: DocumentReasonInput!) { returnIncomingDocument(input: $input) { ${RESULT('MutationReturnIncomingDocumentSuccess')} } }`;
export const RESUBMIT = `mutation($input: ResubmitIncomingDocumentInput!) { resubmitIncomingDocument(input: $input) { ${RESULT('MutationResubmitIncomingDocumentSuccess')} } }`;
export const RETURN_PART = `mutation($input: AssignmentReasonInput!) { returnAssignment(input: $input) { ${RESULT('MutationReturnAssignmentSuccess')} } }`;
export const WITHDRAW = `mutation($input: AssignmentReasonInput!) { withdrawAssignment(input: $input) { ${RESULT('MutationWithdrawAssignmentSuccess')} } }`;
export const REASSIGN = `mutation($input: ReassignAssignmentInput!) { reassignAssignment(input: $input) { ${RESULT('MutationReassignAssignmentSuccess')} } }`;
export const ADD = `mutation($input: AddAssigneeInput!) { addAssignee(input: $input) { ${RESULT('MutationAddAssigneeSuccess')} } }`;
export const SEEN = `mutation($id: ID!) { markAssignmentSeen(assignmentId: $id) { ${RESULT('MutationMarkAssignmentSeenSuccess')} } }`;
export const CLOSE = `mutation($input: CloseIncomingDocumentInput!) { closeIncomingDocument(input: $input) { ${RESULT('MutationCloseIncomingDocumentSuccess')} } }`;

export const vnDate = (offsetDays = 0) => new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);

/** The book of this year with that code: VBD is the ordinary one, MAT the confidential one (see the seed). */
export async function incomingBookId(client: GqlClient, code = 'VBD'): Promise<string> {
  const d = await client.ok(`query($y: Int!) { registerBooks(year: $y, direction: INCOMING) { id code } }`, { y: Number(vnDate().slice(0, 4)) });
  return d.registerBooks.find((b: { code: string }) => b.code === code).id;
}

/** A số/ký hiệu no other test uses, so that registrations do not trip the duplicate warning by accident. */
export const uniqueNotation = (suffix = 'UBND-KT') => `${parseInt(randomUUID().slice(0, 7), 16)}/${suffix}`;

export function registrationInput(bookId: string, overrides: Record<string, unknown> = {}) {
  return {
    bookId,
    documentTypeCode: 'CV',
    numberNotation: uniqueNotation(),
    issuer: 'Ủy ban nhân dân tỉnh Hậu Giang',
    issuedDate: vnDate(-1),
    subject: 'V/v triển khai kế hoạch chuyển đổi số năm 2027',
    urgency: 'NORMAL',
    confidentiality: 'NORMAL',
    signer: 'Nguyễn Văn A',
    pageCount: 3,
    dueDate: vnDate(10),
    receiptForm: 'PAPER',
    ...overrides,
  };
}

export async function unitIdByCode(client: GqlClient, code: string): Promise<string> {
  const d = await client.ok(`{ units { id code } }`);
  return d.units.find((u: { code: string }) => u.code === code).id;
}

export const REGISTER_RECEIVED = `mutation($input: RegisterIncomingDocumentInput!, $documentId: ID, $files: [File!]) {
  registerIncomingDocument(input: $input, documentId: $documentId, files: $files) {
    ${RESULT('MutationRegisterIncomingDocumentSuccess')}
    ... on DuplicateWarning { duplicates { id } } } }`;
export const SUBMIT = `mutation($input: SubmitIncomingDocumentInput!) { submitIncomingDocument(input: $input) { ${RESULT('MutationSubmitIncomingDocumentSuccess')} } }`;
export const SEND_BACK = `mutation($input: DocumentReasonInput!) { sendBackIncomingDocument(input: $input) { ${RESULT('MutationSendBackIncomingDocumentSuccess')} } }`;

/** An internal outgoing document's delivery to one unit, as the outgoing side sends it (`receiveElectronicDocument`). */
export function receiptInput(opts: { sentById: string; files: Array<{ sha256: string; fileName: string; mimeType: string; size: number }> }, overrides: Record<string, unknown> = {}) {
  return {
    documentId: randomUUID(),
    source: { outgoingDocumentId: randomUUID(), recipientUnitId: randomUUID() },
    receivedAt: new Date().toISOString(),
    issuerName: 'Ủy ban nhân dân tỉnh Hậu Giang',
    numberNotation: uniqueNotation('QĐ-UBND'),
    documentDate: vnDate(),
    documentType: 'QĐ',
    subject: 'Quyết định về việc giao chỉ tiêu kế hoạch năm 2027',
    signerName: 'Trần Văn B',
    signerPosition: 'Phó Chủ tịch',
    pageCount: 2,
    urgency: 'normal' as const,
    confidentiality: 'normal' as const,
    files: opts.files,
    sentById: opts.sentById,
    ...overrides,
  };
}
