import type { Role } from '../modules/org/org.entity.ts';

/** Who is acting: taken from the session, never from client input. Plain data so it can travel through Temporal. */
export interface Actor {
  id: string;
  unitId: string;
  roles: Role[];
}
