import type { Ref } from 'vue';
import { usePagedList } from '@/app/use-paged-list';
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

/** One box, page by page (see usePagedList). */
export function useOutgoingBox(box: OutgoingBox, filter: Ref<OutgoingFilter | null>) {
  const urql = useUrqlStore();
  return usePagedList<OutgoingRow>(async (after) => {
    const result = await urql.client
      .query(OutgoingBoxQueryDoc, { box, first: OUTGOING_PAGE_SIZE, after, filter: filter.value }, { requestPolicy: 'network-only' })
      .toPromise();
    return { page: result.data?.outgoingBox, error: result.error };
  });
}
