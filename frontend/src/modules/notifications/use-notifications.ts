import { onBeforeUnmount, onMounted, ref, watch } from 'vue';
import { useRoute } from 'vue-router';
import { useUrqlStore } from '@/app/urql-store';
import { graphql } from '@/gql';
import type { MyNotificationsQuery } from '@/gql/graphql';
import { markedRead, mergePages, NOTIFICATION_POLL_MS } from './notification-list';

const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const MyNotificationsQueryDoc = graphql(`
  query MyNotifications($first: Int, $after: String) {
    myNotifications(first: $first, after: $after) {
      unreadCount
      hasNextPage
      endCursor
      nodes {
        id
        kind
        title
        body
        createdAt
        readAt
        documentId
        outgoingDocumentId
        taskId
      }
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      __typename
      ... on MutationMarkNotificationsReadSuccess {
        data {
          id
          readAt
        }
      }
    }
  }
`);

export type NotificationItem = MyNotificationsQuery['myNotifications']['nodes'][number];

const PAGE = 10;

/**
 * The bell's data: the unread count, polled every 30 s and refreshed on every navigation (other
 * people's steps and the workflows' timers create notifications at any time), and the list, fetched
 * when the bell is opened. Always from the network: notifications are never stale-cached.
 */
export function useNotifications() {
  const urql = useUrqlStore();
  const route = useRoute();
  const unread = ref(0);
  const items = ref<NotificationItem[]>([]);
  const hasNextPage = ref(false);
  const endCursor = ref<string | null>(null);
  const loading = ref(false);

  async function refreshCount() {
    const r = await urql.client.query(UnreadCountQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (r.data) unread.value = r.data.unreadNotificationCount;
  }

  async function load(more = false) {
    if (loading.value) return;
    loading.value = true;
    try {
      const r = await urql.client
        .query(MyNotificationsQueryDoc, { first: PAGE, after: more ? endCursor.value : null }, { requestPolicy: 'network-only' })
        .toPromise();
      const page = r.data?.myNotifications;
      if (!page) return;
      items.value = mergePages(items.value, page.nodes, more);
      hasNextPage.value = page.hasNextPage;
      endCursor.value = page.endCursor ?? null;
      unread.value = page.unreadCount;
    } finally {
      loading.value = false;
    }
  }

  async function markRead(ids: string[]) {
    if (!ids.length) return;
    const r = await urql.client.mutation(MarkReadMutation, { ids }).toPromise();
    const result = r.data?.markNotificationsRead;
    if (result?.__typename === 'MutationMarkNotificationsReadSuccess') items.value = markedRead(items.value, result.data);
    await refreshCount();
  }

  let timer: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    void refreshCount();
    timer = setInterval(() => void refreshCount(), NOTIFICATION_POLL_MS);
  });
  onBeforeUnmount(() => clearInterval(timer));
  watch(
    () => route.fullPath,
    () => void refreshCount(),
  );

  return { unread, items, hasNextPage, loading, load: () => load(false), loadMore: () => load(true), markRead, refreshCount };
}
