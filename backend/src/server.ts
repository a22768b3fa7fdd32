import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createYoga } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Client } from '@temporalio/client';
import type { Context } from '../../graphql/src/context.ts';
import { createLoaders } from '../../graphql/src/loaders.ts';
import { schema } from '../../graphql/src/schema.ts';
import { readSessionToken } from '../../graphql/src/session-cookie.ts';
import type { Config } from './config/config.ts';
import type { Orm } from './db/orm.ts';
import { serveExport } from './http/exports.ts';
import { findFile, readIncomingDocument } from './modules/document/get-incoming-document.ts';
import { explainRecalled } from './modules/document/freeze-recalled-document.ts';
import { FileStore } from './modules/file/file-store.ts';
import { logFileAccess } from './modules/file/log-file-access.ts';
import { resolveSession } from './modules/org/login.ts';
import type { User } from './modules/org/org.entity.ts';
import { CalendarChangeClient } from './temporal/calendar-change.client.ts';
import { IncomingDocumentClient } from './temporal/incoming-document.client.ts';
import { OutgoingDocumentClient } from './temporal/outgoing-document.client.ts';
import { serveOutgoingFile } from './http/outgoing-files.ts';
import { serveTaskFile } from './http/task-files.ts';
import { TaskClient } from './temporal/task.client.ts';
import { webRoot } from './dev/web-build.ts';


const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

const actorOf = (u: User | null) => (u ? { id: u.id, unitId: u.unitId, roles: [...u.roles] } : null);

/** GraphQL at /graphql, authenticated file downloads at /files/:id, and the built front end for everything else. */
export function createAppServer(deps: { config: Config; orm: Orm; temporal: Client }): Server {
  const { config, orm } = deps;
  const files = new FileStore(config.dataDir);
  // A recalled copy's workflow has ended: a step asked of it is refused with the sender's reason.
  const incoming = new IncomingDocumentClient(deps.temporal, config.temporal.taskQueue, { explainEnded: (id) => explainRecalled(orm.em.fork(), id) });
  const outgoing = new OutgoingDocumentClient(deps.temporal, config.temporal.taskQueue);
  const tasks = new TaskClient(deps.temporal, config.temporal.taskQueue);
  const calendarChanges = new CalendarChangeClient(deps.temporal, config.temporal.taskQueue);

  const yoga = createYoga<{ responseCookies: string[] }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: config.env === 'development',
    landingPage: false,
    multipart: true,
    logging: config.env === 'test' ? 'warn' : 'info',
    context: async ({ request, responseCookies }): Promise<Context> => {
      const em = orm.em.fork();
      const sessionToken = readSessionToken(request.headers.get('cookie'));
      const user = sessionToken ? await resolveSession({ em, token: sessionToken }) : null;
      return {
        em,
        user,
        actor: actorOf(user),
        sessionToken,
        loaders: createLoaders(em),
        services: { config, files, incoming, outgoing, tasks, calendarChanged: (change) => calendarChanges.notify(change) },
        responseCookies,
      };
    },
    plugins: [
      // Browsers cannot add this header cross-site without a preflight, so a forged form post never reaches a resolver.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      {
        onResponse({ response, serverContext }) {
          for (const c of (serverContext as { responseCookies?: string[] }).responseCookies ?? []) response.headers.append('set-cookie', c);
        },
      },
    ],
  });

  async function serveFile(req: IncomingMessage, res: ServerResponse, id: string) {
    const em = orm.em.fork();
    const token = readSessionToken(req.headers.cookie ?? null);
    const user = token ? await resolveSession({ em, token }) : null;
    const actor = actorOf(user);
    if (!actor) return send(res, 401, 'Bạn cần đăng nhập.');
    const file = /^[0-9a-f-]{36}$/i.test(id) ? await findFile({ em, id }) : null;
    // A file of a confidential document the user may not see: logged (document.access_refused), answered as missing.
    const doc = file ? await readIncomingDocument({ em, actor, id: file.documentId, via: 'file' }) : null;
    if (!file || !doc) return send(res, 404, 'Không tìm thấy tệp.');
    const bytes = await files.read(file.sha256);
    const download = new URL(req.url ?? '/', 'http://x').searchParams.has('download');
    // Logged before the bytes go out: an access that cannot be logged does not happen.
    await logFileAccess({ em, actor, file, kind: download ? 'file.downloaded' : 'file.viewed', now: new Date() });
    res.writeHead(200, {
      'content-type': file.mimeType,
      'content-length': bytes.byteLength,
      'content-disposition': `${download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      // Not kept by the browser: every view comes back here and is logged.
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(bytes);
  }

  async function serveStatic(res: ServerResponse, pathname: string) {
    const rel = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    let path = join(webRoot, rel);
    if (!path.startsWith(webRoot)) return send(res, 404, 'Not found');
    const isFile = await stat(path).then((s) => s.isFile(), () => false);
    // Client-side routes (/inbox/…) get the app shell; a missing asset is a real 404.
    if (!isFile) {
      if (extname(pathname)) return send(res, 404, 'Not found');
      path = join(webRoot, 'index.html');
    }
    const body = await readFile(path).catch(() => null);
    if (!body) return send(res, 503, 'Giao diện chưa được build: chạy "npm run build:web".');
    const immutable = path.includes(`${join(webRoot, 'assets')}`);
    res.writeHead(200, {
      'content-type': MIME[extname(path)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(body);
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async () => {
      if (url.pathname === '/graphql') {
        // The adapter called as a function; its handleNodeRequestAndResponse never answers when given a server context.
        return yoga(req, res, { responseCookies: [] });
      }
      if (url.pathname === '/healthz') return send(res, 200, 'ok');
      const fileMatch = /^\/files\/([^/]+)$/.exec(url.pathname);
      if (fileMatch && req.method === 'GET') return serveFile(req, res, fileMatch[1]!);
      const outgoingFile = /^\/outgoing-files\/([^/]+)$/.exec(url.pathname);
      if (outgoingFile && req.method === 'GET') return serveOutgoingFile(req, res, outgoingFile[1]!, { orm, files });
      const taskFile = /^\/task-files\/([^/]+)$/.exec(url.pathname);
      if (taskFile && req.method === 'GET') return serveTaskFile(req, res, taskFile[1]!, { orm, files });
      if (url.pathname.startsWith('/exports/') && req.method === 'GET') return serveExport(req, res, url, { orm });
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      return serveStatic(res, url.pathname);
    };
    handle().catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) send(res, 500, 'Lỗi máy chủ.');
      else res.end();
    });
  });
}

function send(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
