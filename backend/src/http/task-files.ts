import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readSessionToken } from '../../../graphql/src/session-cookie.ts';
import type { Orm } from '../db/orm.ts';
import { recordEvent } from '../modules/audit/record-event.ts';
import type { FileStore } from '../modules/file/file-store.ts';
import { resolveSession } from '../modules/org/login.ts';
import { findTaskFile, getTask } from '../modules/task/get-task.ts';

function send(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/**
 * GET /task-files/:id — a file of a task (given with it, with a report or the result), for signed-in users
 * who may see the task (404 otherwise, as for a missing file); inline, or as a download with ?download.
 * Every access is an event on the task's timeline, written before the bytes go out.
 */
export async function serveTaskFile(req: IncomingMessage, res: ServerResponse, id: string, deps: { orm: Orm; files: FileStore }): Promise<void> {
  const em = deps.orm.em.fork();
  const token = readSessionToken(req.headers.cookie ?? null);
  const user = token ? await resolveSession({ em, token }) : null;
  if (!user) return send(res, 401, 'Bạn cần đăng nhập.');
  const actor = { id: user.id, unitId: user.unitId, roles: [...user.roles] };
  const file = await findTaskFile({ em, id });
  const task = file ? await getTask({ em, actor, id: file.taskId }) : null;
  if (!file || !task) return send(res, 404, 'Không tìm thấy tệp.');
  const bytes = await deps.files.read(file.sha256);
  const download = new URL(req.url ?? '/', 'http://x').searchParams.has('download');
  const kind = download ? 'file.downloaded' : 'file.viewed';
  recordEvent(em, { stepKey: `${kind}:${randomUUID()}`, subjectType: 'task', subjectId: task.id, kind, actorId: actor.id, at: new Date(), data: { fileId: file.id, fileName: file.fileName } });
  await em.flush();
  res.writeHead(200, {
    'content-type': file.mimeType,
    'content-length': bytes.byteLength,
    'content-disposition': `${download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(bytes);
}
