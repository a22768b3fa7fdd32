import { hash, verify } from '@node-rs/argon2';

/** @node-rs/argon2 hashes with argon2id by default (its Algorithm enum is a const enum we cannot import). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(hashed: string, password: string): Promise<boolean> {
  return verify(hashed, password).catch(() => false);
}
