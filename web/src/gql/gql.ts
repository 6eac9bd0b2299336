/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AddComment($ticketId: ID!, $input: AddTicketCommentInput!) {\n    addTicketComment(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {\n    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.AssignToMeDocument,
    "\n  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {\n    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.SetStatusDocument,
    "\n  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {\n    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.CloseDocument,
    "\n  mutation ViewTicket($ticketId: ID!) {\n    viewTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": typeof types.ViewTicketDocument,
    "\n  mutation LeaveTicket($ticketId: ID!) {\n    leaveTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": typeof types.LeaveTicketDocument,
    "\n  subscription TicketViewers($ticketId: ID!) {\n    ticketViewers(ticketId: $ticketId) { lastSeenAt user { id name } }\n  }\n": typeof types.TicketViewersDocument,
    "\n  fragment TicketSummary on Ticket {\n    id\n    number\n    title\n    priority\n    status\n    tier\n    category\n    version\n    createdAt\n    updatedAt\n    agency { id name }\n    group { id name }\n    assignee { id name }\n    serviceArea { id name }\n    service { id name }\n    requester { id name }\n    slaTimers { ...SlaClock }\n  }\n": typeof types.TicketSummaryFragmentDoc,
    "\n  fragment SlaClock on SlaTimer {\n    id\n    metric\n    state\n    dueAt\n    startedAt\n    remainingSeconds\n    percentUsed\n    pausedAt\n    pausedMinutes\n    breachedAt\n    metAt\n    stoppedAt\n    policy { id warningThresholds }\n  }\n": typeof types.SlaClockFragmentDoc,
    "\n  query QueueCounts($mine: TicketFilter!, $unassigned: TicketFilter!, $atRisk: TicketFilter!, $breached: TicketFilter!) {\n    mine: tickets(first: 1, filter: $mine) { totalCount }\n    unassigned: tickets(first: 1, filter: $unassigned) { totalCount }\n    atRisk: tickets(first: 1, filter: $atRisk) { totalCount }\n    breached: tickets(first: 1, filter: $breached) { totalCount }\n  }\n": typeof types.QueueCountsDocument,
    "\n  query GroupCount($filter: TicketFilter!) {\n    tickets(first: 1, filter: $filter) { totalCount }\n  }\n": typeof types.GroupCountDocument,
    "\n  query QueueTickets($filter: TicketFilter!, $first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: SLA_DUE, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TicketSummary channel } }\n    }\n  }\n": typeof types.QueueTicketsDocument,
    "\n  subscription QueueLive {\n    queueTicketChanged { ...TicketSummary }\n  }\n": typeof types.QueueLiveDocument,
    "\n  subscription RowUpdated($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary }\n  }\n": typeof types.RowUpdatedDocument,
    "\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      ...TicketDetail\n      channel\n      history(first: 100) {\n        edges { node { id kind at field fromValue toValue note visibility actor { id name } } }\n      }\n      comments(first: 100) {\n        edges { node { id body visibility createdAt author { id name } } }\n      }\n    }\n  }\n": typeof types.TicketByNumberDocument,
    "\n  fragment TicketDetail on Ticket {\n    availableActions\n    description\n    impact\n    urgency\n    resolution\n    articles { id title summary ratings { helpful notHelpful } }\n    referrals { id question answer vendorReference sentAt answeredAt withdrawnAt vendor { id name } fromGroup { id name } }\n  }\n": typeof types.TicketDetailFragmentDoc,
    "\n  subscription TicketLive($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary ...TicketDetail }\n  }\n": typeof types.TicketLiveDocument,
    "\n  subscription TicketEventsLive($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind at }\n  }\n": typeof types.TicketEventsLiveDocument,
    "\n  query SuggestedForTicket($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary } }\n  }\n": typeof types.SuggestedForTicketDocument,
    "\n  query ArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 8) { correctedQuery edges { cursor node { id title summary } } }\n  }\n": typeof types.ArticleSearchDocument,
    "\n  query SecondLineGroups {\n    groups(tier: SECOND) { id name kind serviceArea { id name } }\n  }\n": typeof types.SecondLineGroupsDocument,
    "\n  mutation Escalate($ticketId: ID!, $input: EscalateTicketInput!) {\n    escalateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.EscalateDocument,
    "\n  mutation Return($ticketId: ID!, $input: ReturnTicketInput!) {\n    returnTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.ReturnDocument,
    "\n  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {\n    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.ReopenDocument,
    "\n  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {\n    resolveTicket(ticketId: $ticketId, input: $input) {\n      ticket { ...TicketSummary availableActions impact urgency resolution articles { id title ratings { helpful notHelpful } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ResolveDocument,
    "\n  query TicketSuggestions($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary ratings { helpful notHelpful } } }\n  }\n": typeof types.TicketSuggestionsDocument,
    "\n  query TicketArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 5) { correctedQuery edges { cursor node { id title summary ratings { helpful notHelpful } } } }\n  }\n": typeof types.TicketArticleSearchDocument,
    "\n  mutation RateArticleOnTicket($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {\n    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) {\n      article { id ratings { helpful notHelpful } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.RateArticleOnTicketDocument,
    "\n  query ServiceCatalogue {\n    serviceAreas { id name services { id name } }\n  }\n": typeof types.ServiceCatalogueDocument,
    "\n  mutation UpdateTicketFields($ticketId: ID!, $input: UpdateTicketInput!) {\n    updateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.UpdateTicketFieldsDocument,
    "\n  query Vendors {\n    vendors { id name system serviceArea { id } }\n  }\n": typeof types.VendorsDocument,
    "\n  mutation Refer($ticketId: ID!, $input: ReferTicketToVendorInput!) {\n    referTicketToVendor(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.ReferDocument,
    "\n  mutation VendorAnswer($ticketId: ID!, $input: RecordVendorResponseInput!) {\n    recordVendorResponse(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.VendorAnswerDocument,
    "\n  query FreshTicket($id: ID!) {\n    ticket(id: $id) { ...TicketSummary availableActions impact urgency }\n  }\n": typeof types.FreshTicketDocument,
    "\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation AddComment($ticketId: ID!, $input: AddTicketCommentInput!) {\n    addTicketComment(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {\n    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.AssignToMeDocument,
    "\n  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {\n    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.SetStatusDocument,
    "\n  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {\n    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.CloseDocument,
    "\n  mutation ViewTicket($ticketId: ID!) {\n    viewTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": types.ViewTicketDocument,
    "\n  mutation LeaveTicket($ticketId: ID!) {\n    leaveTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": types.LeaveTicketDocument,
    "\n  subscription TicketViewers($ticketId: ID!) {\n    ticketViewers(ticketId: $ticketId) { lastSeenAt user { id name } }\n  }\n": types.TicketViewersDocument,
    "\n  fragment TicketSummary on Ticket {\n    id\n    number\n    title\n    priority\n    status\n    tier\n    category\n    version\n    createdAt\n    updatedAt\n    agency { id name }\n    group { id name }\n    assignee { id name }\n    serviceArea { id name }\n    service { id name }\n    requester { id name }\n    slaTimers { ...SlaClock }\n  }\n": types.TicketSummaryFragmentDoc,
    "\n  fragment SlaClock on SlaTimer {\n    id\n    metric\n    state\n    dueAt\n    startedAt\n    remainingSeconds\n    percentUsed\n    pausedAt\n    pausedMinutes\n    breachedAt\n    metAt\n    stoppedAt\n    policy { id warningThresholds }\n  }\n": types.SlaClockFragmentDoc,
    "\n  query QueueCounts($mine: TicketFilter!, $unassigned: TicketFilter!, $atRisk: TicketFilter!, $breached: TicketFilter!) {\n    mine: tickets(first: 1, filter: $mine) { totalCount }\n    unassigned: tickets(first: 1, filter: $unassigned) { totalCount }\n    atRisk: tickets(first: 1, filter: $atRisk) { totalCount }\n    breached: tickets(first: 1, filter: $breached) { totalCount }\n  }\n": types.QueueCountsDocument,
    "\n  query GroupCount($filter: TicketFilter!) {\n    tickets(first: 1, filter: $filter) { totalCount }\n  }\n": types.GroupCountDocument,
    "\n  query QueueTickets($filter: TicketFilter!, $first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: SLA_DUE, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TicketSummary channel } }\n    }\n  }\n": types.QueueTicketsDocument,
    "\n  subscription QueueLive {\n    queueTicketChanged { ...TicketSummary }\n  }\n": types.QueueLiveDocument,
    "\n  subscription RowUpdated($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary }\n  }\n": types.RowUpdatedDocument,
    "\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      ...TicketDetail\n      channel\n      history(first: 100) {\n        edges { node { id kind at field fromValue toValue note visibility actor { id name } } }\n      }\n      comments(first: 100) {\n        edges { node { id body visibility createdAt author { id name } } }\n      }\n    }\n  }\n": types.TicketByNumberDocument,
    "\n  fragment TicketDetail on Ticket {\n    availableActions\n    description\n    impact\n    urgency\n    resolution\n    articles { id title summary ratings { helpful notHelpful } }\n    referrals { id question answer vendorReference sentAt answeredAt withdrawnAt vendor { id name } fromGroup { id name } }\n  }\n": types.TicketDetailFragmentDoc,
    "\n  subscription TicketLive($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary ...TicketDetail }\n  }\n": types.TicketLiveDocument,
    "\n  subscription TicketEventsLive($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind at }\n  }\n": types.TicketEventsLiveDocument,
    "\n  query SuggestedForTicket($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary } }\n  }\n": types.SuggestedForTicketDocument,
    "\n  query ArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 8) { correctedQuery edges { cursor node { id title summary } } }\n  }\n": types.ArticleSearchDocument,
    "\n  query SecondLineGroups {\n    groups(tier: SECOND) { id name kind serviceArea { id name } }\n  }\n": types.SecondLineGroupsDocument,
    "\n  mutation Escalate($ticketId: ID!, $input: EscalateTicketInput!) {\n    escalateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.EscalateDocument,
    "\n  mutation Return($ticketId: ID!, $input: ReturnTicketInput!) {\n    returnTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.ReturnDocument,
    "\n  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {\n    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.ReopenDocument,
    "\n  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {\n    resolveTicket(ticketId: $ticketId, input: $input) {\n      ticket { ...TicketSummary availableActions impact urgency resolution articles { id title ratings { helpful notHelpful } } }\n      userErrors { code message field }\n    }\n  }\n": types.ResolveDocument,
    "\n  query TicketSuggestions($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary ratings { helpful notHelpful } } }\n  }\n": types.TicketSuggestionsDocument,
    "\n  query TicketArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 5) { correctedQuery edges { cursor node { id title summary ratings { helpful notHelpful } } } }\n  }\n": types.TicketArticleSearchDocument,
    "\n  mutation RateArticleOnTicket($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {\n    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) {\n      article { id ratings { helpful notHelpful } }\n      userErrors { code message field }\n    }\n  }\n": types.RateArticleOnTicketDocument,
    "\n  query ServiceCatalogue {\n    serviceAreas { id name services { id name } }\n  }\n": types.ServiceCatalogueDocument,
    "\n  mutation UpdateTicketFields($ticketId: ID!, $input: UpdateTicketInput!) {\n    updateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.UpdateTicketFieldsDocument,
    "\n  query Vendors {\n    vendors { id name system serviceArea { id } }\n  }\n": types.VendorsDocument,
    "\n  mutation Refer($ticketId: ID!, $input: ReferTicketToVendorInput!) {\n    referTicketToVendor(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.ReferDocument,
    "\n  mutation VendorAnswer($ticketId: ID!, $input: RecordVendorResponseInput!) {\n    recordVendorResponse(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.VendorAnswerDocument,
    "\n  query FreshTicket($id: ID!) {\n    ticket(id: $id) { ...TicketSummary availableActions impact urgency }\n  }\n": types.FreshTicketDocument,
    "\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($ticketId: ID!, $input: AddTicketCommentInput!) {\n    addTicketComment(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($ticketId: ID!, $input: AddTicketCommentInput!) {\n    addTicketComment(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {\n    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {\n    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {\n    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {\n    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {\n    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {\n    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewTicket($ticketId: ID!) {\n    viewTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ViewTicket($ticketId: ID!) {\n    viewTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveTicket($ticketId: ID!) {\n    leaveTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation LeaveTicket($ticketId: ID!) {\n    leaveTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketViewers($ticketId: ID!) {\n    ticketViewers(ticketId: $ticketId) { lastSeenAt user { id name } }\n  }\n"): (typeof documents)["\n  subscription TicketViewers($ticketId: ID!) {\n    ticketViewers(ticketId: $ticketId) { lastSeenAt user { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketSummary on Ticket {\n    id\n    number\n    title\n    priority\n    status\n    tier\n    category\n    version\n    createdAt\n    updatedAt\n    agency { id name }\n    group { id name }\n    assignee { id name }\n    serviceArea { id name }\n    service { id name }\n    requester { id name }\n    slaTimers { ...SlaClock }\n  }\n"): (typeof documents)["\n  fragment TicketSummary on Ticket {\n    id\n    number\n    title\n    priority\n    status\n    tier\n    category\n    version\n    createdAt\n    updatedAt\n    agency { id name }\n    group { id name }\n    assignee { id name }\n    serviceArea { id name }\n    service { id name }\n    requester { id name }\n    slaTimers { ...SlaClock }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlaClock on SlaTimer {\n    id\n    metric\n    state\n    dueAt\n    startedAt\n    remainingSeconds\n    percentUsed\n    pausedAt\n    pausedMinutes\n    breachedAt\n    metAt\n    stoppedAt\n    policy { id warningThresholds }\n  }\n"): (typeof documents)["\n  fragment SlaClock on SlaTimer {\n    id\n    metric\n    state\n    dueAt\n    startedAt\n    remainingSeconds\n    percentUsed\n    pausedAt\n    pausedMinutes\n    breachedAt\n    metAt\n    stoppedAt\n    policy { id warningThresholds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueCounts($mine: TicketFilter!, $unassigned: TicketFilter!, $atRisk: TicketFilter!, $breached: TicketFilter!) {\n    mine: tickets(first: 1, filter: $mine) { totalCount }\n    unassigned: tickets(first: 1, filter: $unassigned) { totalCount }\n    atRisk: tickets(first: 1, filter: $atRisk) { totalCount }\n    breached: tickets(first: 1, filter: $breached) { totalCount }\n  }\n"): (typeof documents)["\n  query QueueCounts($mine: TicketFilter!, $unassigned: TicketFilter!, $atRisk: TicketFilter!, $breached: TicketFilter!) {\n    mine: tickets(first: 1, filter: $mine) { totalCount }\n    unassigned: tickets(first: 1, filter: $unassigned) { totalCount }\n    atRisk: tickets(first: 1, filter: $atRisk) { totalCount }\n    breached: tickets(first: 1, filter: $breached) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupCount($filter: TicketFilter!) {\n    tickets(first: 1, filter: $filter) { totalCount }\n  }\n"): (typeof documents)["\n  query GroupCount($filter: TicketFilter!) {\n    tickets(first: 1, filter: $filter) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueTickets($filter: TicketFilter!, $first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: SLA_DUE, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TicketSummary channel } }\n    }\n  }\n"): (typeof documents)["\n  query QueueTickets($filter: TicketFilter!, $first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: SLA_DUE, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TicketSummary channel } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueLive {\n    queueTicketChanged { ...TicketSummary }\n  }\n"): (typeof documents)["\n  subscription QueueLive {\n    queueTicketChanged { ...TicketSummary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RowUpdated($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary }\n  }\n"): (typeof documents)["\n  subscription RowUpdated($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      ...TicketDetail\n      channel\n      history(first: 100) {\n        edges { node { id kind at field fromValue toValue note visibility actor { id name } } }\n      }\n      comments(first: 100) {\n        edges { node { id body visibility createdAt author { id name } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      ...TicketDetail\n      channel\n      history(first: 100) {\n        edges { node { id kind at field fromValue toValue note visibility actor { id name } } }\n      }\n      comments(first: 100) {\n        edges { node { id body visibility createdAt author { id name } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetail on Ticket {\n    availableActions\n    description\n    impact\n    urgency\n    resolution\n    articles { id title summary ratings { helpful notHelpful } }\n    referrals { id question answer vendorReference sentAt answeredAt withdrawnAt vendor { id name } fromGroup { id name } }\n  }\n"): (typeof documents)["\n  fragment TicketDetail on Ticket {\n    availableActions\n    description\n    impact\n    urgency\n    resolution\n    articles { id title summary ratings { helpful notHelpful } }\n    referrals { id question answer vendorReference sentAt answeredAt withdrawnAt vendor { id name } fromGroup { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketLive($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary ...TicketDetail }\n  }\n"): (typeof documents)["\n  subscription TicketLive($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary ...TicketDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketEventsLive($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind at }\n  }\n"): (typeof documents)["\n  subscription TicketEventsLive($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedForTicket($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary } }\n  }\n"): (typeof documents)["\n  query SuggestedForTicket($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 8) { correctedQuery edges { cursor node { id title summary } } }\n  }\n"): (typeof documents)["\n  query ArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 8) { correctedQuery edges { cursor node { id title summary } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecondLineGroups {\n    groups(tier: SECOND) { id name kind serviceArea { id name } }\n  }\n"): (typeof documents)["\n  query SecondLineGroups {\n    groups(tier: SECOND) { id name kind serviceArea { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Escalate($ticketId: ID!, $input: EscalateTicketInput!) {\n    escalateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation Escalate($ticketId: ID!, $input: EscalateTicketInput!) {\n    escalateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Return($ticketId: ID!, $input: ReturnTicketInput!) {\n    returnTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation Return($ticketId: ID!, $input: ReturnTicketInput!) {\n    returnTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {\n    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {\n    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {\n    resolveTicket(ticketId: $ticketId, input: $input) {\n      ticket { ...TicketSummary availableActions impact urgency resolution articles { id title ratings { helpful notHelpful } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {\n    resolveTicket(ticketId: $ticketId, input: $input) {\n      ticket { ...TicketSummary availableActions impact urgency resolution articles { id title ratings { helpful notHelpful } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketSuggestions($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary ratings { helpful notHelpful } } }\n  }\n"): (typeof documents)["\n  query TicketSuggestions($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary ratings { helpful notHelpful } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 5) { correctedQuery edges { cursor node { id title summary ratings { helpful notHelpful } } } }\n  }\n"): (typeof documents)["\n  query TicketArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 5) { correctedQuery edges { cursor node { id title summary ratings { helpful notHelpful } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateArticleOnTicket($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {\n    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) {\n      article { id ratings { helpful notHelpful } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RateArticleOnTicket($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {\n    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) {\n      article { id ratings { helpful notHelpful } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceCatalogue {\n    serviceAreas { id name services { id name } }\n  }\n"): (typeof documents)["\n  query ServiceCatalogue {\n    serviceAreas { id name services { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicketFields($ticketId: ID!, $input: UpdateTicketInput!) {\n    updateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation UpdateTicketFields($ticketId: ID!, $input: UpdateTicketInput!) {\n    updateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vendors {\n    vendors { id name system serviceArea { id } }\n  }\n"): (typeof documents)["\n  query Vendors {\n    vendors { id name system serviceArea { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refer($ticketId: ID!, $input: ReferTicketToVendorInput!) {\n    referTicketToVendor(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation Refer($ticketId: ID!, $input: ReferTicketToVendorInput!) {\n    referTicketToVendor(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VendorAnswer($ticketId: ID!, $input: RecordVendorResponseInput!) {\n    recordVendorResponse(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation VendorAnswer($ticketId: ID!, $input: RecordVendorResponseInput!) {\n    recordVendorResponse(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreshTicket($id: ID!) {\n    ticket(id: $id) { ...TicketSummary availableActions impact urgency }\n  }\n"): (typeof documents)["\n  query FreshTicket($id: ID!) {\n    ticket(id: $id) { ...TicketSummary availableActions impact urgency }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;