import { graphql } from '../../gql';

/** What the knowledge screens ask of the viewer: may they write drafts, may they publish. */
export const KbViewer = graphql(`
  query KbViewer {
    viewer { role writesArticles publishesArticles }
  }
`);

export const KbAreas = graphql(`
  query KbAreas {
    serviceAreas { id code name services { id name } }
  }
`);

export const KbSearch = graphql(`
  query KbSearch($query: String!, $filter: KnowledgeFilter, $first: Int) {
    knowledgeSearch(query: $query, filter: $filter, first: $first) {
      correctedQuery
      pageInfo { hasNextPage }
      edges { cursor snippet node { id title summary status audience language serviceArea { id code } } }
    }
  }
`);

export const KbList = graphql(`
  query KbList($status: ArticleStatus!, $serviceAreaIds: [ID!], $first: Int) {
    articles(status: $status, serviceAreaIds: $serviceAreaIds, first: $first) {
      totalCount
      pageInfo { hasNextPage }
      edges { node { id title summary status audience language updatedAt serviceArea { id code } } }
    }
  }
`);

/** The article page and the editor read the same fields, and every article mutation returns them. */
export const ArticleView = graphql(`
  fragment ArticleView on Article {
    id
    title
    summary
    body
    bodyHtml
    status
    audience
    language
    tags
    revision
    version
    reviewDate
    createdAt
    updatedAt
    publishedAt
    availableActions
    serviceArea { id code name }
    service { id name }
    author { id name }
    ownerGroup { id name }
    sourceTicket { id number title }
    ratings { helpful notHelpful }
    solvedCases { total firstLine }
  }
`);

/** The revisions apart from the article (the mutations' payloads stay within the API's cost limit). */
export const KbRevisions = graphql(`
  query KbRevisions($id: ID!) {
    article(id: $id) {
      id
      revision
      revisions(first: 100) { totalCount edges { node { number editedAt note editedBy { id name } } } }
    }
  }
`);

export const KbArticle = graphql(`
  query KbArticle($id: ID!) {
    article(id: $id) { ...ArticleView }
  }
`);

export const KbDiff = graphql(`
  query KbDiff($id: ID!, $from: Int!, $to: Int!) {
    article(id: $id) {
      id
      diff(from: $from, to: $to) { from to fields { field parts { op text } } }
    }
  }
`);

export const KbTicket = graphql(`
  query KbTicket($number: String!) {
    ticket(number: $number) { id number title status description resolution serviceArea { id code } }
  }
`);

export const CreateArticle = graphql(`
  mutation KbCreateArticle($input: ArticleInput!) {
    createArticle(input: $input) { article { ...ArticleView } userErrors { code message field } }
  }
`);

export const UpdateArticle = graphql(`
  mutation KbUpdateArticle($articleId: ID!, $expectedVersion: Int!, $input: ArticleInput!) {
    updateArticle(articleId: $articleId, expectedVersion: $expectedVersion, input: $input) { article { ...ArticleView } userErrors { code message field } }
  }
`);

export const PublishArticle = graphql(`
  mutation KbPublishArticle($articleId: ID!, $expectedVersion: Int!) {
    publishArticle(articleId: $articleId, expectedVersion: $expectedVersion) { article { ...ArticleView } userErrors { code message field } }
  }
`);

export const ArchiveArticle = graphql(`
  mutation KbArchiveArticle($articleId: ID!, $expectedVersion: Int!) {
    archiveArticle(articleId: $articleId, expectedVersion: $expectedVersion) { article { ...ArticleView } userErrors { code message field } }
  }
`);

export const CreateFromTicket = graphql(`
  mutation KbCreateFromTicket($ticketId: ID!) {
    createArticleFromTicket(ticketId: $ticketId) { article { ...ArticleView } userErrors { code message field } }
  }
`);

export const RateArticle = graphql(`
  mutation KbRateArticle($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {
    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) { article { id ratings { helpful notHelpful } } userErrors { code message field } }
  }
`);
