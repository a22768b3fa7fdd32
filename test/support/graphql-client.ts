import { DEMO_PASSWORD } from '../../backend/src/dev/seed.ts';
import { minimalPdf } from '../fixtures/files.ts';

export { minimalPdf };

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

  /** `files` maps a variable to a file, or to a list of files (`files: [a, b]` → variables.files.0, .1). */
  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, files: Record<string, File | File[]> = {}): Promise<GqlResponse<T>> {
    const headers: Record<string, string> = { 'x-graphql-yoga-csrf': '1' };
    if (this.cookie) headers.cookie = this.cookie;
    let body: BodyInit;
    const parts = Object.entries(files).flatMap(([name, f]) =>
      Array.isArray(f) ? f.map((file, i) => ({ path: `variables.${name}.${i}`, file })) : [{ path: `variables.${name}`, file: f }],
    );
    if (parts.length) {
      const form = new FormData();
      const vars = { ...variables };
      for (const [name, f] of Object.entries(files)) vars[name] = Array.isArray(f) ? f.map(() => null) : null;
      form.set('operations', JSON.stringify({ query, variables: vars }));
      form.set('map', JSON.stringify(Object.fromEntries(parts.map((p, i) => [String(i), [p.path]]))));
      parts.forEach((p, i) => form.set(String(i), p.file));
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
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, files: Record<string, File | File[]> = {}): Promise<T> {
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
