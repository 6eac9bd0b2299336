import { graphql } from '../../gql';

/** The saved replies screen's documents (/replies). */

export const ReplyChangesFields = graphql(`
  fragment ReplyChangesFields on SavedReplyChanges { commentVisibility impact urgency status escalateTo { id name } }
`);

export const RepliesList = graphql(`
  query RepliesList($search: String) {
    savedReplies(search: $search, first: 100) {
      edges { node { id title scope group { id name } isMacro changes { ...ReplyChangesFields } } }
      pageInfo { hasNextPage }
    }
  }
`);

export const RepliesReply = graphql(`
  query RepliesReply($id: ID!) {
    savedReply(id: $id) { id title body scope version isMacro group { id name } changes { ...ReplyChangesFields } }
  }
`);

/** What the form offers: the placeholders, and the second-line groups a macro may escalate to. */
export const RepliesFormData = graphql(`
  query RepliesFormData {
    savedReplyPlaceholders { placeholder description }
    groups(tier: SECOND) { id name }
  }
`);

export const RepliesCreate = graphql(`
  mutation RepliesCreate($input: CreateSavedReplyInput!) {
    createSavedReply(input: $input) { savedReply { id version } userErrors { code message field } }
  }
`);

export const RepliesUpdate = graphql(`
  mutation RepliesUpdate($savedReplyId: ID!, $expectedVersion: Int!, $input: UpdateSavedReplyInput!) {
    updateSavedReply(savedReplyId: $savedReplyId, expectedVersion: $expectedVersion, input: $input) {
      savedReply { id title body scope version isMacro group { id name } changes { ...ReplyChangesFields } }
      userErrors { code message field }
    }
  }
`);

export const RepliesDelete = graphql(`
  mutation RepliesDelete($savedReplyId: ID!, $expectedVersion: Int!) {
    deleteSavedReply(savedReplyId: $savedReplyId, expectedVersion: $expectedVersion) { deletedSavedReplyId userErrors { code message field } }
  }
`);
