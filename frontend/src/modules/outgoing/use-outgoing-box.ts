import { ref, type Ref } from 'vue';
import { useUrqlStore } from '@/app/urql-store';
import { graphql } from '@/gql';
import type { OutgoingBox, OutgoingBoxQuery, OutgoingFilter } from '@/gql/graphql';

const OutgoingBoxQueryDoc = graphql(`
  query OutgoingBox($box: OutgoingBox!, $first: Int, $after: String, $filter: OutgoingFilter) {
    outgoingBox(box: $box, first: $first, after: $after, filter: $filter) {
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
          status
          numberNotation
          issuedDate
          subject
          urgency
          confidentiality
          createdAt
          documentType {
            code
            name
          }
          drafter {
            id
            fullName
          }
          draftingUnit {
            id
            name
          }
          currentStep {
            id
            kind
            dueAt
            reviewer {
              id
              fullName
            }
          }
          signature {
            signedAt
            signedBy {
              id
              fullName
            }
          }
          dispatchDeadline {
            targetAt
            hardLimitAt
            outcome
          }
          returnReason
        }
      }
    }
  }
`);

export type OutgoingRow = OutgoingBoxQuery['outgoingBox']['edges'][number]['node'];

export const OUTGOING_PAGE_SIZE = 20;

/**
 * One box, page by page with the server's cursor; always from the network (the list must show what
 * others did since), pages appended, a document that moved between pages shown once.
 */
export function useOutgoingBox(box: OutgoingBox, filter: Ref<OutgoingFilter | null>) {
  const urql = useUrqlStore();
  const rows = ref<OutgoingRow[]>([]);
  const totalCount = ref(0);
  const totalCapped = ref(false);
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
        .query(OutgoingBoxQueryDoc, { box, first: OUTGOING_PAGE_SIZE, after, filter: filter.value }, { requestPolicy: 'network-only' })
        .toPromise();
      const refused = result.error?.graphQLErrors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
      if (refused) {
        filterError.value = refused.message;
        rows.value = [];
        totalCount.value = 0;
        hasNextPage.value = false;
        return;
      }
      const page = result.data?.outgoingBox;
      if (!page) {
        failed.value = true;
        return;
      }
      const nodes = page.edges.map((e) => e.node);
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
