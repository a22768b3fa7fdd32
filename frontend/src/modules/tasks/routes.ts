import type { RouteRecordRaw } from 'vue-router';
import { useSessionStore } from '@/modules/auth/session-store';
import { parseScope } from './task-filter';
import { ASSIGNERS, DASHBOARD_READERS, scopesFor } from './task-roles';

/** Children of the main layout. */
export const taskRoutes: RouteRecordRaw[] = [
  {
    path: 'tasks/new',
    name: 'task-create',
    component: () => import('./CreateTaskPage.vue'),
    meta: { titleKey: 'tasks.titles.create', roles: [...ASSIGNERS] },
  },
  {
    path: 'tasks/dashboard',
    name: 'task-dashboard',
    component: () => import('./TaskDashboardPage.vue'),
    meta: { titleKey: 'tasks.titles.dashboard', roles: [...DASHBOARD_READERS] },
  },
  {
    path: 'tasks/:scope(mine|assigned|unit|all)',
    name: 'tasks',
    component: () => import('./TaskListPage.vue'),
    meta: { titleKey: 'tasks.menu.group' },
    beforeEnter: (to) => {
      const scope = parseScope(to.params.scope);
      return scope && scopesFor(useSessionStore().roles).includes(scope) ? true : { name: 'forbidden' };
    },
  },
  {
    path: 'tasks/:id',
    name: 'task',
    component: () => import('./TaskPage.vue'),
    meta: { titleKey: 'tasks.titles.task' },
  },
];
