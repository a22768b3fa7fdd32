import { ref, type Ref } from 'vue';
import { useUrqlStore } from '@/app/urql-store';
import { graphql } from '@/gql';
import type { TaskFilter, TaskRowFragment, TaskScope, TaskViewStatus } from '@/gql/graphql';

const TasksQuery = graphql(`
  query Tasks($scope: TaskScope!, $filter: TaskFilter, $first: Int, $after: String) {
    tasks(scope: $scope, filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TaskRow
        }
      }
    }
  }
`);

// One request for the six status chips: each alias is the list's filter narrowed to one status.
const StatusCountsQuery = graphql(`
  query TaskStatusCounts(
    $scope: TaskScope!
    $onTime: TaskFilter!
    $overdue: TaskFilter!
    $doneOnTime: TaskFilter!
    $doneLate: TaskFilter!
    $refused: TaskFilter!
    $cancelled: TaskFilter!
  ) {
    onTime: tasks(scope: $scope, filter: $onTime, first: 1) {
      totalCount
      totalCountCapped
    }
    overdue: tasks(scope: $scope, filter: $overdue, first: 1) {
      totalCount
      totalCountCapped
    }
    doneOnTime: tasks(scope: $scope, filter: $doneOnTime, first: 1) {
      totalCount
      totalCountCapped
    }
    doneLate: tasks(scope: $scope, filter: $doneLate, first: 1) {
      totalCount
      totalCountCapped
    }
    refused: tasks(scope: $scope, filter: $refused, first: 1) {
      totalCount
      totalCountCapped
    }
    cancelled: tasks(scope: $scope, filter: $cancelled, first: 1) {
      totalCount
      totalCountCapped
    }
  }
`);

export const TASK_PAGE_SIZE = 20;

const ALIAS: Record<TaskViewStatus, 'onTime' | 'overdue' | 'doneOnTime' | 'doneLate' | 'refused' | 'cancelled'> = {
  IN_PROGRESS_ON_TIME: 'onTime',
  IN_PROGRESS_OVERDUE: 'overdue',
  DONE_ON_TIME: 'doneOnTime',
  DONE_LATE: 'doneLate',
  REFUSED: 'refused',
  CANCELLED: 'cancelled',
};

export interface ChipCount {
  count: number;
  capped: boolean;
}

/**
 * One list of tasks, page by page with the server's cursor, and the counts of its status chips.
 * Always from the network: the list must show what others did since.
 */
export function useTaskList(scope: TaskScope, filter: Ref<TaskFilter>, base: Ref<TaskFilter>) {
  const urql = useUrqlStore();
  const rows = ref<TaskRowFragment[]>([]);
  const totalCount = ref(0);
  const totalCapped = ref(false);
  const hasNextPage = ref(false);
  const endCursor = ref<string | null>(null);
  const loading = ref(false);
  const failed = ref(false);
  /** A Vietnamese message when the server refused the filter. */
  const filterError = ref<string | null>(null);
  const counts = ref<Partial<Record<TaskViewStatus, ChipCount>>>({});

  async function fetchPage(after: string | null) {
    if (loading.value) return;
    loading.value = true;
    failed.value = false;
    filterError.value = null;
    try {
      const result = await urql.client
        .query(TasksQuery, { scope, filter: filter.value, first: TASK_PAGE_SIZE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      const refused = result.error?.graphQLErrors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
      if (refused) {
        filterError.value = refused.message;
        rows.value = [];
        totalCount.value = 0;
        hasNextPage.value = false;
        return;
      }
      const page = result.data?.tasks;
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

  async function fetchCounts() {
    const only = (s: TaskViewStatus): TaskFilter => ({ ...base.value, statuses: [s] });
    const result = await urql.client
      .query(
        StatusCountsQuery,
        {
          scope,
          onTime: only('IN_PROGRESS_ON_TIME'),
          overdue: only('IN_PROGRESS_OVERDUE'),
          doneOnTime: only('DONE_ON_TIME'),
          doneLate: only('DONE_LATE'),
          refused: only('REFUSED'),
          cancelled: only('CANCELLED'),
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const data = result.data;
    if (!data) {
      counts.value = {};
      return;
    }
    counts.value = Object.fromEntries(
      (Object.keys(ALIAS) as TaskViewStatus[]).map((s) => [s, { count: data[ALIAS[s]].totalCount, capped: data[ALIAS[s]].totalCountCapped }]),
    );
  }

  return {
    rows,
    totalCount,
    totalCapped,
    hasNextPage,
    loading,
    failed,
    filterError,
    counts,
    reload: () => Promise.all([fetchPage(null), fetchCounts()]),
    loadMore: () => fetchPage(endCursor.value),
  };
}
