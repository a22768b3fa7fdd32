import type { Actor } from '../../shared/actor.ts';
import { forbidden } from '../org/org.errors.ts';

/** The printed registers (Decree 30 art. 22.3b, App. IV): the văn thư keeps them, the leaders read them. */
export const canReadRegisters = (actor: Actor) =>
  actor.roles.some((r) => r === 'clerk' || r === 'leader' || r === 'office_chief' || r === 'admin');

export function requireRegisterReader(actor: Actor): void {
  if (!canReadRegisters(actor)) throw forbidden('xem, in sổ văn bản đến');
}
