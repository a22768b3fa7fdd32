import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { useUrqlStore } from '@/app/urql-store';
import { graphql } from '@/gql';
import type { CurrentUserFragment, Role } from '@/gql/graphql';

graphql(`
  fragment CurrentUser on User {
    id
    username
    fullName
    position
    roles
    unit {
      id
      code
      name
    }
  }
`);

const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`);

const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      __typename
      ... on MutationLoginSuccess {
        data {
          ...CurrentUser
        }
      }
      ... on InputError {
        code
        message
        fieldErrors {
          field
          code
          message
        }
      }
      ... on DomainError {
        code
        message
        field
      }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export type LoginOutcome =
  | { ok: true }
  | { ok: false; message: string | null; fieldErrors: { field: string; message: string }[] };

export const useSessionStore = defineStore('session', () => {
  const urql = useUrqlStore();
  const user = ref<CurrentUserFragment | null>(null);
  const loaded = ref(false);
  /** Set when `me` could not be asked at all (server down), so the login page can say so. */
  const loadError = ref(false);
  let pending: Promise<void> | null = null;

  const roles = computed<readonly Role[]>(() => user.value?.roles ?? []);
  const hasRole = (role: Role) => roles.value.includes(role);

  /** Asks the server once per page load; the route guard awaits it before every protected page. */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve();
    pending ??= urql.client
      .query(MeQuery, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        loadError.value = Boolean(result.error?.networkError);
        user.value = result.data?.me ?? null;
        loaded.value = true;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  async function login(username: string, password: string): Promise<LoginOutcome> {
    const result = await urql.client.mutation(LoginMutation, { username, password }).toPromise();
    const payload = result.data?.login;
    if (payload?.__typename === 'MutationLoginSuccess') {
      urql.resetClient();
      user.value = payload.data;
      loaded.value = true;
      loadError.value = false;
      return { ok: true };
    }
    if (payload?.__typename === 'InputError') {
      return { ok: false, message: payload.message, fieldErrors: payload.fieldErrors };
    }
    if (payload?.__typename === 'DomainError') {
      return { ok: false, message: payload.message, fieldErrors: [] };
    }
    loadError.value = Boolean(result.error?.networkError);
    return { ok: false, message: null, fieldErrors: [] };
  }

  async function logout(): Promise<void> {
    // Forget the user locally even if the server cannot be reached: the cookie is HttpOnly and
    // the next request will be refused anyway.
    await urql.client.mutation(LogoutMutation, {}).toPromise().catch(() => undefined);
    forget();
  }

  function forget() {
    urql.resetClient();
    user.value = null;
    loaded.value = true;
  }

  return { user, loaded, loadError, roles, hasRole, ensureLoaded, login, logout, forget };
});
