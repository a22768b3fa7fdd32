import type { Ref } from 'vue';
import { usePagedList } from '@/app/use-paged-list';
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

/** One box, page by page (see usePagedList). */
export function useInbox(box: InboxBox, filter: Ref<InboxFilter | null>) {
  const urql = useUrqlStore();
  return usePagedList<InboxRow>(async (after) => {
    const result = await urql.client
      .query(InboxQueryDoc, { box, first: INBOX_PAGE_SIZE, after, filter: filter.value }, { requestPolicy: 'network-only' })
      .toPromise();
    return { page: result.data?.inbox, error: result.error };
  });
}
