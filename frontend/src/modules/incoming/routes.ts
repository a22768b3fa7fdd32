import type { RouteRecordRaw } from 'vue-router';

/** Children of the main layout. */
export const incomingRoutes: RouteRecordRaw[] = [
  {
    path: 'incoming/new',
    name: 'incoming-register',
    component: () => import('./RegisterIncomingPage.vue'),
    meta: { titleKey: 'titles.register', roles: ['CLERK'] },
  },
  {
    path: 'incoming/:id',
    name: 'incoming-document',
    component: () => import('./IncomingDocumentPage.vue'),
    meta: { titleKey: 'titles.document' },
  },
];
