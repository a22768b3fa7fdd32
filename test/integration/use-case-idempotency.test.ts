import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { initOrm, type Orm } from '../../backend/src/db/orm.ts';
import { AuditEvent } from '../../backend/src/modules/audit/audit.entity.ts';
import { Deadline } from '../../backend/src/modules/deadline/deadline.entity.ts';
import { directIncomingDocument } from '../../backend/src/modules/document/direct-incoming-document.ts';
import { Assignment } from '../../backend/src/modules/document/document.entity.ts';
import { registerIncomingDocument } from '../../backend/src/modules/document/register-incoming-document.ts';
import { Unit, User } from '../../backend/src/modules/org/org.entity.ts';
import { RegisterBook } from '../../backend/src/modules/register-book/register-book.entity.ts';
import type { Actor } from '../../backend/src/shared/actor.ts';

const stack = inject('stack');
let orm: Orm;
let clerk: Actor;
let leader: Actor;
let bookId: string;
let unitId: string;

const actorOf = (u: User): Actor => ({ id: u.id, unitId: u.unitId, roles: u.roles });

beforeAll(async () => {
  orm = await initOrm(stack.databaseUrl, { logger: () => {} });
  const em = orm.em.fork();
  clerk = actorOf(await em.findOneOrFail(User, { username: 'vanthu' }));
  leader = actorOf(await em.findOneOrFail(User, { username: 'chutich' }));
  bookId = (await em.findOneOrFail(RegisterBook, { direction: 'incoming', code: 'VBD' })).id;
  unitId = (await em.findOneOrFail(Unit, { code: 'TCKH' })).id;
});
afterAll(() => orm.close());

const input = () => ({
  bookId,
  documentTypeCode: 'CV',
  numberNotation: '7/UBND-VX',
  issuer: 'UBND huyện',
  issuedDate: '2026-01-05',
  subject: 'Thử',
  urgency: 'normal' as const,
  confidentiality: 'normal' as const,
  signer: 'A',
  pageCount: 1,
  dueDate: null,
});

describe('activities run at least once; their use cases take effect once', () => {
  it('a retried registration returns the number it already got', async () => {
    const documentId = randomUUID();
    const args = { documentId, stepKey: `t:${documentId}`, actor: clerk, input: input(), file: null, now: new Date() };
    const first = await registerIncomingDocument({ em: orm.em.fork(), ...args });
    const again = await registerIncomingDocument({ em: orm.em.fork(), ...args });
    expect(again).toEqual(first);
    const book = await orm.em.fork().findOneOrFail(RegisterBook, bookId);
    expect(book.lastNumber).toBe(first.arrivalNumber);
  });

  it('a retried registration that records the direction limit returns the same number and limit, written once', async () => {
    const documentId = randomUUID();
    const args = { documentId, stepKey: `l:${documentId}`, actor: clerk, input: input(), file: null, recordDirection: true, now: new Date() };
    const first = await registerIncomingDocument({ em: orm.em.fork(), ...args });
    expect(first.directionDueAt).toEqual(expect.any(String));
    // A later attempt (another clock) finds the registration and its limit as the first attempt wrote them.
    const again = await registerIncomingDocument({ em: orm.em.fork(), ...args, now: new Date(Date.now() + 60_000) });
    expect(again).toEqual(first);
    const em = orm.em.fork();
    expect(await em.count(Deadline, { subjectId: documentId, kind: 'direction' })).toBe(1);
    expect((await em.find(AuditEvent, { subjectId: documentId }, { orderBy: { id: 'asc' } })).map((e) => e.kind)).toEqual(['document.registered', 'deadline.set']);
  });

  it('two concurrent runs of the same direction step write one direction', async () => {
    const documentId = randomUUID();
    await registerIncomingDocument({ em: orm.em.fork(), documentId, stepKey: `r:${documentId}`, actor: clerk, input: input(), file: null, now: new Date() });
    const command = { direction: 'Xử lý.', lead: { unitId, userId: null, deadline: '2030-01-10' }, coordinators: [], readers: [], assignmentIds: [randomUUID()] };
    const run = () => directIncomingDocument({ em: orm.em.fork(), documentId, stepKey: `d:${documentId}`, actor: leader, command, now: new Date() });
    const results = await Promise.allSettled([run(), run()]);
    // One commits; the other either sees the step done or loses on the unique step key and would be retried.
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    expect(await run()).toHaveLength(1);
    const em = orm.em.fork();
    expect(await em.count(Assignment, { documentId })).toBe(1);
    expect(await em.count(AuditEvent, { subjectId: documentId, kind: 'document.directed' })).toBe(1);
  });
});
