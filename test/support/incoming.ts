import type { GqlClient } from './graphql-client.ts';

export const DOC_FIELDS = `id arrivalNumber status direction subject numberNotation myActions
  files { id fileName url size }
  assignments { id role status unit { id code } assignee { id username } resultNote children { id status assignee { username } resultNote } }
  timeline { kind summary actor { username } }`;

export const RESULT = (success: string, fields = DOC_FIELDS) => `__typename
  ... on Error { code message }
  ... on InputError { fieldErrors { field code message } }
  ... on DomainError { field }
  ... on ${success} { data { ${fields} } }`;

export const REGISTER = `mutation($input: RegisterIncomingDocumentInput!, $file: File) {
  registerIncomingDocument(input: $input, file: $file) { ${RESULT('MutationRegisterIncomingDocumentSuccess')} } }`;
export const DIRECT = `mutation($input: DirectIncomingDocumentInput!) {
  directIncomingDocument(input: $input) { ${RESULT('MutationDirectIncomingDocumentSuccess')} } }`;
export const ASSIGN = `mutation($input: AssignHandlerInput!) { assignHandler(input: $input) { ${RESULT('MutationAssignHandlerSuccess')} } }`;
export const COMPLETE = `mutation($input: CompleteHandlingInput!) { completeHandling(input: $input) { ${RESULT('MutationCompleteHandlingSuccess')} } }`;

export const vnDate = (offsetDays = 0) => new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);

export async function incomingBookId(client: GqlClient): Promise<string> {
  const d = await client.ok(`query($y: Int!) { registerBooks(year: $y, direction: INCOMING) { id code } }`, { y: Number(vnDate().slice(0, 4)) });
  return d.registerBooks[0].id;
}

export function registrationInput(bookId: string, overrides: Record<string, unknown> = {}) {
  return {
    bookId,
    documentTypeCode: 'CV',
    numberNotation: '183/UBND-KT',
    issuer: 'Ủy ban nhân dân tỉnh Hậu Giang',
    issuedDate: vnDate(-1),
    subject: 'V/v triển khai kế hoạch chuyển đổi số năm 2027',
    urgency: 'NORMAL',
    confidentiality: 'NORMAL',
    signer: 'Nguyễn Văn A',
    pageCount: 3,
    dueDate: vnDate(10),
    ...overrides,
  };
}

export async function unitIdByCode(client: GqlClient, code: string): Promise<string> {
  const d = await client.ok(`{ units { id code } }`);
  return d.units.find((u: { code: string }) => u.code === code).id;
}
