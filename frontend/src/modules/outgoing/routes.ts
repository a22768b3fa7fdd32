import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/gql/graphql';
import { parseOutgoingBox } from './outgoing-boxes';

/** Who reads the sổ đăng ký văn bản đi; the server checks the same. */
export const OUTGOING_REGISTER_READERS: Role[] = ['CLERK', 'LEADER', 'OFFICE_CHIEF', 'ADMIN'];
/** Who sees the dispatch compliance dashboard (the figure reported under QĐ 28/2018); the server checks the same. */
export const COMPLIANCE_READERS: Role[] = ['LEADER', 'OFFICE_CHIEF', 'CLERK', 'ADMIN'];

/** Children of the main layout. */
export const outgoingRoutes: RouteRecordRaw[] = [
  {
    path: 'outgoing/box/:box',
    name: 'outgoing-box',
    component: () => import('./OutgoingBoxPage.vue'),
    meta: { titleKey: 'outgoing.titles.box' },
    beforeEnter: (to) => (parseOutgoingBox(to.params.box) ? true : { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } }),
  },
  {
    path: 'outgoing/new',
    name: 'outgoing-new',
    component: () => import('./OutgoingDraftPage.vue'),
    meta: { titleKey: 'outgoing.titles.new' },
  },
  {
    path: 'outgoing/registers',
    name: 'outgoing-registers',
    component: () => import('./OutgoingRegistersPage.vue'),
    meta: { titleKey: 'outgoing.register.title', roles: OUTGOING_REGISTER_READERS },
  },
  {
    path: 'outgoing/dashboard',
    name: 'outgoing-dashboard',
    component: () => import('./DispatchCompliancePage.vue'),
    meta: { titleKey: 'outgoing.compliance.title', roles: COMPLIANCE_READERS },
  },
  {
    path: 'outgoing/:id',
    name: 'outgoing-document',
    component: () => import('./OutgoingDocumentPage.vue'),
    meta: { titleKey: 'outgoing.titles.document' },
  },
  {
    path: 'outgoing/:id/edit',
    name: 'outgoing-edit',
    component: () => import('./OutgoingDraftPage.vue'),
    meta: { titleKey: 'outgoing.titles.edit' },
  },
];

/** Printable pages: outside the main layout, so nothing but the paper is printed. */
export const outgoingPrintRoutes: RouteRecordRaw[] = [
  {
    path: '/outgoing/registers/print',
    name: 'outgoing-register-print',
    component: () => import('./OutgoingRegisterPrintPage.vue'),
    meta: { titleKey: 'outgoing.register.printTitle', roles: OUTGOING_REGISTER_READERS },
  },
];
