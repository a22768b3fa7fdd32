import type { OutgoingBox, Role } from '@/gql/graphql';

/** Menu order: the path a draft takes, from the drafter to the văn thư, then what came back. */
export const OUTGOING_BOXES: readonly OutgoingBox[] = ['MY_DRAFTS', 'TO_REVIEW', 'TO_SIGN', 'TO_ISSUE', 'ISSUED', 'RETURNED'];

/** Boxes whose count asks for attention: highlighted in the menu when not empty. */
export const ALERT_OUTGOING_BOXES: Readonly<Partial<Record<OutgoingBox, 'warning' | 'danger'>>> = {
  TO_ISSUE: 'warning',
  RETURNED: 'danger',
};

/** null = every user who may draft sees the box (the server's `outgoingBoxCounts` has the last word). */
const BOX_ROLES: Record<OutgoingBox, readonly Role[] | null> = {
  MY_DRAFTS: null,
  TO_REVIEW: null,
  TO_SIGN: ['LEADER', 'OFFICE_CHIEF', 'UNIT_HEAD'],
  TO_ISSUE: ['CLERK'],
  ISSUED: null,
  RETURNED: null,
};

/** An account with no role but quản trị drafts nothing: it has no outgoing boxes. */
export function draftsOutgoing(roles: readonly Role[]): boolean {
  return roles.some((role) => role !== 'ADMIN');
}

export function outgoingBoxesForRoles(roles: readonly Role[]): OutgoingBox[] {
  if (!draftsOutgoing(roles)) return [];
  return OUTGOING_BOXES.filter((box) => {
    const allowed = BOX_ROLES[box];
    return allowed === null || allowed.some((role) => roles.includes(role));
  });
}

/**
 * The menu: once the server has answered, exactly the boxes it lists for this user (a specialist can
 * be named signer in a chain); before that, the boxes the roles give.
 */
export function outgoingMenuBoxes(roles: readonly Role[], serverBoxes: readonly OutgoingBox[] | null): OutgoingBox[] {
  if (serverBoxes === null) return outgoingBoxesForRoles(roles);
  const wanted = new Set(serverBoxes);
  return OUTGOING_BOXES.filter((box) => wanted.has(box));
}

/** Accepts `TO_ISSUE` as well as `to-issue` in the URL. */
export function parseOutgoingBox(param: unknown): OutgoingBox | null {
  if (typeof param !== 'string') return null;
  const normalized = param.trim().toUpperCase().replaceAll('-', '_');
  return (OUTGOING_BOXES as readonly string[]).includes(normalized) ? (normalized as OutgoingBox) : null;
}
