import { graphql } from '../../gql';

/** A comment as the ticket page shows it (the merge and split results carry the same, so the cache updates the page). */
export const TimelineComment = graphql(`
  fragment TimelineComment on TicketComment { id body visibility createdAt author { id name } mergedFrom { id number } confidential confidentiality { code reason readerRoles } }
`);

/** A history entry as the ticket page shows it. */
export const TimelineEvent = graphql(`
  fragment TimelineEvent on TicketEvent { id kind at field fromValue toValue note visibility actor { id name } }
`);

/** Open cases of the agency that match the search: the candidates to merge into. */
export const MergeCandidates = graphql(`
  query MergeCandidates($filter: TicketFilter!) {
    tickets(first: 10, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      edges { node { id number title status } }
    }
  }
`);

export const MergeInto = graphql(`
  mutation MergeInto($input: MergeTicketInput!) {
    mergeTicket(input: $input) {
      source {
        ...TicketSummary ...TicketDetail
        comments(first: 100) { edges { node { ...TimelineComment } } }
        history(first: 100) { edges { node { ...TimelineEvent } } }
      }
      target {
        ...TicketSummary ...TicketDetail
        comments(first: 100) { edges { node { ...TimelineComment } } }
        history(first: 100) { edges { node { ...TimelineEvent } } }
      }
      userErrors { code message field }
    }
  }
`);

export const SplitOff = graphql(`
  mutation SplitOff($input: SplitTicketInput!) {
    splitTicket(input: $input) {
      ticket { id number }
      source { ...TicketSummary history(first: 100) { edges { node { ...TimelineEvent } } } }
      userErrors { code message field }
    }
  }
`);
