import { ref, type Ref } from 'vue';
import { useUrqlStore } from '@/app/urql-store';
import { graphql } from '@/gql';
import type { InboxBox, InboxFilter, InboxQuery } from '@/gql/graphql';

const InboxQueryDoc = graphql(`
  query Inbox($box: InboxBox!, $first: Int, $after: String, $filter: InboxFilter) {
    inbox(box: $box, first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          arrivalNumber
          arrivalAt
          numberNotation
          issuer
          subject
          urgency
          confidentiality
          dueDate
          status
        }
      }
    }
  }
`);

export type InboxRow = InboxQuery['inbox']['edges'][number]['node'];

export const INBOX_PAGE_SIZE = 20;

/**
 * One box, fetched page by page with the server's cursor. Always from the network: the list must
 * reflect what happened since the user last looked, and pages are appended, not cached.
 */
export function useInbox(box: InboxBox, filter: Ref<InboxFilter | null>) {
  const urql = useUrqlStore();
  const rows = ref<InboxRow[]>([]);
  const totalCount = ref(0);
  const totalCapped = ref(false);
  /** A Vietnamese message when the server refused the filter (BAD_USER_INPUT). */
  const filterError = ref<string | null>(null);
  const hasNextPage = ref(false);
  const endCursor = ref<string | null>(null);
  const loading = ref(false);
  const failed = ref(false);

  async function fetchPage(after: string | null) {
    if (loading.value) return;
    loading.value = true;
    failed.value = false;
    filterError.value = null;
    try {
      const result = await urql.client
        .query(InboxQueryDoc, { box, first: INBOX_PAGE_SIZE, after, filter: filter.value }, { requestPolicy: 'network-only' })
        .toPromise();
      const page = result.data?.inbox;
      const refused = result.error?.graphQLErrors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
      if (refused) {
        filterError.value = refused.message;
        rows.value = [];
        totalCount.value = 0;
        hasNextPage.value = false;
        return;
      }
      if (!page) {
        failed.value = true;
        return;
      }
      const nodes = page.edges.map((e) => e.node);
      // A document may move between pages while we page through; never show it twice.
      const seen = new Set(after ? rows.value.map((r) => r.id) : []);
      rows.value = after ? [...rows.value, ...nodes.filter((n) => !seen.has(n.id))] : nodes;
      totalCount.value = page.totalCount;
      totalCapped.value = page.totalCountCapped;
      hasNextPage.value = page.pageInfo.hasNextPage;
      endCursor.value = page.pageInfo.endCursor ?? null;
    } finally {
      loading.value = false;
    }
  }

  return {
    rows,
    totalCount,
    totalCapped,
    filterError,
    hasNextPage,
    loading,
    failed,
    reload: () => fetchPage(null),
    loadMore: () => fetchPage(endCursor.value),
  };
}
