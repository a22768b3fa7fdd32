import { createRouter, createWebHistory } from 'vue-router';
import type { Role } from '@/gql/graphql';
import { adminRoutes } from '@/modules/admin/routes';
import { authRoutes } from '@/modules/auth/routes';
import { useSessionStore } from '@/modules/auth/session-store';
import { homeBox } from '@/modules/inbox/inbox-boxes';
import { inboxRoutes } from '@/modules/inbox/routes';
import { incomingRoutes } from '@/modules/incoming/routes';
import { outgoingPrintRoutes, outgoingRoutes } from '@/modules/outgoing/routes';
import { printRoutes, registerRoutes } from '@/modules/registers/routes';
import { taskRoutes } from '@/modules/tasks/routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session. */
    public?: boolean;
    /** i18n key of the page title. */
    titleKey?: string;
    /** The user needs one of these roles. */
    roles?: Role[];
  }
}

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      ...authRoutes,
      ...printRoutes,
      ...outgoingPrintRoutes,
      {
        path: '/',
        component: () => import('./layouts/MainLayout.vue'),
        children: [
          {
            path: '',
            name: 'home',
            component: () => import('@/modules/inbox/InboxPage.vue'),
            beforeEnter: () => ({ name: 'inbox', params: { box: homeBox(useSessionStore().roles) } }),
          },
          ...inboxRoutes,
          ...incomingRoutes,
          ...outgoingRoutes,
          ...adminRoutes,
          ...registerRoutes,
          ...taskRoutes,
          {
            path: 'forbidden',
            name: 'forbidden',
            component: () => import('./StatusPage.vue'),
            props: { kind: 'forbidden' },
            meta: { titleKey: 'titles.forbidden' },
          },
        ],
      },
      {
        path: '/:pathMatch(.*)*',
        name: 'not-found',
        component: () => import('./StatusPage.vue'),
        props: { kind: 'not-found' },
        meta: { public: true, titleKey: 'titles.notFound' },
      },
    ],
  });

  router.beforeEach(async (to) => {
    const session = useSessionStore();
    await session.ensureLoaded();
    if (to.name === 'login' && session.user) {
      return { name: 'home' };
    }
    if (to.meta.public) return true;
    if (!session.user) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    const needed = to.meta.roles;
    if (needed && !needed.some((role) => session.hasRole(role))) {
      return { name: 'forbidden' };
    }
    return true;
  });

  return router;
}
