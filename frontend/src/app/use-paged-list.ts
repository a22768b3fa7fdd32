import { ref, type Ref } from 'vue';
import type { CombinedError } from '@urql/core';

/** What a cursor-paged list query answers (the shape our connections share). */
export interface ListPage<Row> {
  edges: ReadonlyArray<{ node: Row }>;
  totalCount: number;
  totalCountCapped: boolean;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A list fetched page by page with the server's cursor. Always from the network: the list must reflect what
 * happened since the user last looked, and pages are appended, not cached. A filter the server refuses
 * (BAD_USER_INPUT) shows its Vietnamese message instead of rows.
 */
export function usePagedList<Row extends { id: string }>(fetch: (after: string | null) => Promise<{ page: ListPage<Row> | null | undefined; error?: CombinedError }>) {
  const rows = ref<Row[]>([]) as Ref<Row[]>;
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
      const { page, error } = await fetch(after);
      const refused = error?.graphQLErrors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
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
      // A row may move between pages while we page through; never show it twice.
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
