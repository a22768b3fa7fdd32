import { DEMO_PASSWORD } from '../../backend/src/dev/seed.ts';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

/** A browser-like GraphQL client: keeps the session cookie, sends the CSRF header, uploads files as multipart. */
export class GqlClient {
  cookie = '';
  readonly url: string;
  constructor(url: string) {
    this.url = url;
  }

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, files: Record<string, File> = {}): Promise<GqlResponse<T>> {
    const headers: Record<string, string> = { 'x-graphql-yoga-csrf': '1' };
    if (this.cookie) headers.cookie = this.cookie;
    let body: BodyInit;
    const names = Object.keys(files);
    if (names.length) {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query, variables }));
      form.set('map', JSON.stringify(Object.fromEntries(names.map((n, i) => [String(i), [`variables.${n}`]]))));
      names.forEach((n, i) => form.set(String(i), files[n]!));
      body = form;
    } else {
      headers['content-type'] = 'application/json';
      body = JSON.stringify({ query, variables });
    }
    const res = await fetch(`${this.url}/graphql`, { method: 'POST', headers, body });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('eoffice_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const json = (await res.json()) as { data: T; errors?: GqlResponse['errors'] };
    return { status: res.status, data: json.data, errors: json.errors, headers: res.headers };
  }

  /** Like request, but a GraphQL-level error fails the test with its message. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, files: Record<string, File> = {}): Promise<T> {
    const r = await this.request<T>(query, variables, files);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<{ id: string; unit: { id: string } }> {
    const d = await this.ok(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) {
        __typename ... on MutationLoginSuccess { data { id unit { id } } } ... on Error { code message } } }`,
      { u: username, p: password },
    );
    if (d.login.__typename !== 'MutationLoginSuccess') throw new Error(`login ${username} failed: ${JSON.stringify(d.login)}`);
    return d.login.data;
  }
}

export const pdfFile = (name = 'cong-van.pdf') => new File([new Uint8Array(minimalPdf())], name, { type: 'application/pdf' });

/** A real one-page PDF (with a correct xref table), so that a browser can show it. */
export function minimalPdf(text = 'Cong van so 215/SKHDT-TH'): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
