import type { InboxBox, Role } from '@/gql/graphql';

/** Menu order: the path a document takes through the agency. */
export const INBOX_BOXES: readonly InboxBox[] = [
  'AWAITING_REGISTRATION',
  'AWAITING_SUBMISSION',
  'RETURNED',
  'CLERK_REGISTERED',
  'AWAITING_DIRECTION',
  'AWAITING_ASSIGNMENT',
  'HANDLING',
  'DUE_SOON',
  'OVERDUE',
  'FOR_INFORMATION',
  'COMPLETED',
];

/** Boxes whose count is a warning: highlighted in the menu when not empty. */
export const ALERT_BOXES: Readonly<Partial<Record<InboxBox, 'warning' | 'danger'>>> = { DUE_SOON: 'warning', OVERDUE: 'danger', RETURNED: 'warning' };

/** null = every user sees the box. */
const BOX_ROLES: Record<InboxBox, readonly Role[] | null> = {
  AWAITING_REGISTRATION: ['CLERK'],
  AWAITING_SUBMISSION: ['CLERK'],
  RETURNED: ['CLERK'],
  CLERK_REGISTERED: ['CLERK'],
  AWAITING_DIRECTION: ['LEADER', 'OFFICE_CHIEF'],
  AWAITING_ASSIGNMENT: ['UNIT_HEAD'],
  HANDLING: ['SPECIALIST', 'UNIT_HEAD'],
  DUE_SOON: ['LEADER', 'OFFICE_CHIEF', 'UNIT_HEAD', 'SPECIALIST', 'CLERK'],
  OVERDUE: ['LEADER', 'OFFICE_CHIEF', 'UNIT_HEAD', 'SPECIALIST', 'CLERK'],
  FOR_INFORMATION: null,
  COMPLETED: null,
};

export function boxesForRoles(roles: readonly Role[]): InboxBox[] {
  return INBOX_BOXES.filter((box) => {
    const allowed = BOX_ROLES[box];
    return allowed === null || allowed.some((role) => roles.includes(role));
  });
}

/**
 * The menu: the boxes the roles give, plus any the server lists for this user (`inboxCounts` names
 * the boxes a user has; e.g. a leader may hand a document to a person of any role), in menu order.
 */
export function menuBoxes(roles: readonly Role[], serverBoxes: readonly InboxBox[]): InboxBox[] {
  const wanted = new Set([...boxesForRoles(roles), ...serverBoxes]);
  return INBOX_BOXES.filter((box) => wanted.has(box));
}

/** Where a user lands after login: the first box that asks something of them. */
export function homeBox(roles: readonly Role[]): InboxBox {
  return boxesForRoles(roles)[0] ?? 'FOR_INFORMATION';
}

/** Accepts `AWAITING_DIRECTION` as well as `awaiting-direction` in the URL. */
export function parseBox(param: unknown): InboxBox | null {
  if (typeof param !== 'string') return null;
  const normalized = param.trim().toUpperCase().replaceAll('-', '_');
  return (INBOX_BOXES as readonly string[]).includes(normalized) ? (normalized as InboxBox) : null;
}
