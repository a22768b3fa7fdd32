import { graphql } from '@/gql';

/** Outgoing mutations name these so the menu counts and open box lists are fetched again afterwards. */
export const OUTGOING_AFTER_MUTATION = { additionalTypenames: ['OutgoingBoxCount', 'OutgoingDocumentConnection'] };

export const OutgoingBoxCountsQuery = graphql(`
  query OutgoingBoxCounts {
    outgoingBoxCounts {
      box
      count
      capped
    }
  }
`);
