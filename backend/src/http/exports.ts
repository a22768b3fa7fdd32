import type { IncomingMessage, ServerResponse } from 'node:http';
import { readSessionToken } from '../../../graphql/src/session-cookie.ts';
import type { Orm } from '../db/orm.ts';
import { exportIncomingFollowUpXlsx, incomingFollowUpFileName } from '../modules/register-book/export-incoming-follow-up-xlsx.ts';
import { exportIncomingRegisterXlsx, incomingRegisterFileName } from '../modules/register-book/export-incoming-register-xlsx.ts';
import { listIncomingFollowUp } from '../modules/register-book/list-incoming-follow-up.ts';
import { listIncomingRegister } from '../modules/register-book/list-incoming-register.ts';
import { exportOutgoingRegisterXlsx, listOutgoingRegister, outgoingRegisterFileName } from '../modules/outgoing/outgoing-register.ts';
import { resolveSession } from '../modules/org/login.ts';
import { OrgErrorCode } from '../modules/org/org.errors.ts';
import type { Actor } from '../shared/actor.ts';
import { DomainError, InputError } from '../shared/errors.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The printed registers as downloads; the GraphQL queries of register-report.ts give the same rows to the printable pages. */
export const EXPORT_PATHS = {
  '/exports/incoming-register.xlsx': 'incoming-register',
  '/exports/incoming-follow-up.xlsx': 'incoming-follow-up',
  '/exports/outgoing-register.xlsx': 'outgoing-register',
} as const;
export type ExportKind = (typeof EXPORT_PATHS)[keyof typeof EXPORT_PATHS];

/** The same-origin link a page offers for "Tải Excel"; the session cookie goes with it. */
export function exportUrl(kind: ExportKind, period: { bookId: string; from: string; to: string }): string {
  const path = Object.entries(EXPORT_PATHS).find(([, k]) => k === kind)![0];
  return `${path}?${new URLSearchParams({ bookId: period.bookId, from: period.from, to: period.to }).toString()}`;
}

/** A client that goes away mid-download never lets the response "finish"; stop waiting for it then. */
const settled = (res: ServerResponse, writing: Promise<void>) =>
  Promise.race([writing, new Promise<void>((resolve) => res.once('close', () => resolve()))]);

function send(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function attachment(fileName: string): string {
  // An ASCII name for old clients, the exact one (RFC 6266 / 5987) for the rest.
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * GET /exports/incoming-register.xlsx?bookId=…&from=yyyy-MM-dd&to=yyyy-MM-dd (and incoming-follow-up.xlsx):
 * the session cookie as for /files/:id; 401 without a session, 403 for a role that may not read the registers,
 * 400 on a bad parameter, 404 for an unknown book; each with a Vietnamese message.
 */
export async function serveExport(req: IncomingMessage, res: ServerResponse, url: URL, deps: { orm: Orm }): Promise<void> {
  const kind = EXPORT_PATHS[url.pathname as keyof typeof EXPORT_PATHS];
  if (!kind) return send(res, 404, 'Không tìm thấy trang.');
  const em = deps.orm.em.fork();
  const token = readSessionToken(req.headers.cookie ?? null);
  const user = token ? await resolveSession({ em, token }) : null;
  if (!user) return send(res, 401, 'Bạn cần đăng nhập.');
  const actor: Actor = { id: user.id, unitId: user.unitId, roles: [...user.roles] };
  const q = url.searchParams;
  const args = { em, actor, bookId: q.get('bookId') ?? '', from: q.get('from') ?? '', to: q.get('to') ?? '' };

  try {
    if (kind === 'incoming-register') {
      const report = await listIncomingRegister(args);
      res.writeHead(200, headers(incomingRegisterFileName(report)));
      await settled(res, exportIncomingRegisterXlsx({ report, stream: res }));
    } else if (kind === 'outgoing-register') {
      const report = await listOutgoingRegister(args);
      res.writeHead(200, headers(outgoingRegisterFileName(report)));
      await settled(res, exportOutgoingRegisterXlsx({ report, stream: res }));
    } else {
      const report = await listIncomingFollowUp({ ...args, now: new Date() });
      res.writeHead(200, headers(incomingFollowUpFileName(report)));
      await settled(res, exportIncomingFollowUpXlsx({ report, stream: res }));
    }
  } catch (e) {
    if (res.headersSent) throw e;
    if (e instanceof InputError) return send(res, 400, e.fieldErrors.map((f) => f.message).join(' '));
    if (e instanceof DomainError) return send(res, e.code === OrgErrorCode.Forbidden ? 403 : 404, e.message);
    throw e;
  }
}

const headers = (fileName: string) => ({
  'content-type': XLSX,
  'content-disposition': attachment(fileName),
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
});
