import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/gql/graphql';

/** Who keeps and reads the registers; the server checks the same (403 / FORBIDDEN otherwise). */
export const REGISTER_READERS: Role[] = ['CLERK', 'LEADER', 'OFFICE_CHIEF', 'ADMIN'];

/** Children of the main layout. */
export const registerRoutes: RouteRecordRaw[] = [
  {
    path: 'registers',
    name: 'registers',
    component: () => import('./RegistersPage.vue'),
    meta: { titleKey: 'registers.title', roles: REGISTER_READERS },
  },
];

/** Printable pages: outside the main layout, so nothing but the paper is printed. */
export const printRoutes: RouteRecordRaw[] = [
  {
    path: '/registers/print',
    name: 'registers-print',
    component: () => import('./RegisterPrintPage.vue'),
    meta: { titleKey: 'registers.printTitle', roles: REGISTER_READERS },
  },
  {
    path: '/incoming/:id/slip',
    name: 'incoming-slip',
    component: () => import('./ProcessingSlipPage.vue'),
    meta: { titleKey: 'registers.slip.title' },
  },
];
