import type { RouteRecordRaw } from 'vue-router';
import { parseBox } from './inbox-boxes';

/** Children of the main layout. */
export const inboxRoutes: RouteRecordRaw[] = [
  {
    path: 'inbox/:box',
    name: 'inbox',
    component: () => import('./InboxPage.vue'),
    beforeEnter: (to) => (parseBox(to.params.box) ? true : { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } }),
  },
];
