import { cacheExchange, Client, fetchExchange, mapExchange } from '@urql/core';
import { defineStore } from 'pinia';
import { markRaw, ref, shallowRef } from 'vue';
import { hasUnauthenticatedPayload, isUnauthenticated } from './session-errors';

export const useUrqlStore = defineStore('urql', () => {
  /** Bumped when the server says the session is gone; App.vue reacts by returning to login. */
  const sessionLostAt = ref(0);

  function createAppClient(): Client {
    return markRaw(
      new Client({
        url: '/graphql',
        preferGetMethod: false,
        fetchOptions: () => ({
          credentials: 'include',
          // Yoga's CSRF prevention rejects requests without this header.
          headers: { 'x-graphql-yoga-csrf': '1' },
        }),
        exchanges: [
          cacheExchange,
          mapExchange({
            onError(error) {
              if (isUnauthenticated(error)) sessionLostAt.value = Date.now();
            },
            onResult(result) {
              if (result.operation.kind === 'mutation' && hasUnauthenticatedPayload(result.data)) {
                sessionLostAt.value = Date.now();
              }
            },
          }),
          fetchExchange,
        ],
      }),
    );
  }

  const client = shallowRef<Client>(createAppClient());

  /** A fresh client drops every cached result, so nothing of the previous user stays on screen. */
  function resetClient() {
    client.value = createAppClient();
  }

  return { client, sessionLostAt, resetClient };
});
