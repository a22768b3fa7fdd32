import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../shared/errors.ts';
import { Session, User } from './org.entity.ts';
import { OrgErrorCode } from './org.errors.ts';
import { hashPassword, verifyPassword } from './password.ts';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// Verifying against a real hash when the user is unknown keeps the response time from telling which usernames exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

export async function login(opts: { em: EntityManager; username: string; password: string; ttlHours: number; now?: Date }): Promise<{ user: User; token: string; expiresAt: Date }> {
  const { em, ttlHours } = opts;
  const user = await em.findOne(User, { username: opts.username.trim().toLowerCase(), active: true });
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), opts.password);
  if (!user || !ok) {
    throw new DomainError(OrgErrorCode.InvalidCredentials, 'Tên đăng nhập hoặc mật khẩu không đúng.', 'password');
  }
  const token = randomBytes(32).toString('base64url');
  const now = opts.now ?? new Date();
  const expiresAt = new Date(now.getTime() + ttlHours * 3600_000);
  em.create(Session, { id: hashToken(token), userId: user.id, createdAt: now, expiresAt });
  await em.flush();
  return { user, token, expiresAt };
}

/** The live session's active user, read in one query: every request pays for it. */
export async function resolveSession(opts: { em: EntityManager; token: string; now?: Date }): Promise<User | null> {
  const [row] = await opts.em.execute(
    `select u.* from session s join app_user u on u.id = s.user_id
      where s.id = ? and s.expires_at > ? and u.active
      limit 1`,
    [hashToken(opts.token), opts.now ?? new Date()],
  );
  return row ? opts.em.map(User, row) : null;
}

export async function logout(opts: { em: EntityManager; token: string }): Promise<void> {
  await opts.em.nativeDelete(Session, { id: hashToken(opts.token) });
}
