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
    "\n  query PaletteJump($a: String!, $b: String!, $withB: Boolean!) {\n    a: ticket(number: $a) { id number title }\n    b: ticket(number: $b) @include(if: $withB) { id number title }\n  }\n": typeof types.PaletteJumpDocument,
    "\n  query PaletteTickets($text: String!, $first: Int!) {\n    tickets(first: $first, filter: { text: $text }) {\n      totalCount\n      edges { node { id number title status } }\n    }\n  }\n": typeof types.PaletteTicketsDocument,
    "\n  query PaletteArticles($query: String!, $first: Int!) {\n    knowledgeSearch(query: $query, first: $first) {\n      correctedQuery\n      edges { node { id title } }\n    }\n  }\n": typeof types.PaletteArticlesDocument,
    "\n  query PaletteAgencies($search: String!, $first: Int!) {\n    agencies(search: $search, first: $first) {\n      edges { node { id name organisationNumber } }\n    }\n  }\n": typeof types.PaletteAgenciesDocument,
    "\n  mutation AddComment($ticketId: ID!, $input: AddTicketCommentInput!) {\n    addTicketComment(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  query FreshTicket($id: ID!) {\n    ticket(id: $id) { ...TicketSummary }\n  }\n": typeof types.FreshTicketDocument,
    "\n  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {\n    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n": typeof types.AssignToMeDocument,
    "\n  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {\n    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n": typeof types.SetStatusDocument,
    "\n  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {\n    resolveTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n": typeof types.ResolveDocument,
    "\n  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {\n    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n": typeof types.CloseDocument,
    "\n  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {\n    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n": typeof types.ReopenDocument,
    "\n  mutation ViewTicket($ticketId: ID!) {\n    viewTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": typeof types.ViewTicketDocument,
    "\n  mutation LeaveTicket($ticketId: ID!) {\n    leaveTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": typeof types.LeaveTicketDocument,
    "\n  subscription TicketViewers($ticketId: ID!) {\n    ticketViewers(ticketId: $ticketId) { lastSeenAt user { id name } }\n  }\n": typeof types.TicketViewersDocument,
    "\n  fragment TicketSummary on Ticket {\n    id\n    number\n    title\n    priority\n    status\n    tier\n    category\n    version\n    createdAt\n    updatedAt\n    agency { id name }\n    group { id name }\n    assignee { id name }\n    serviceArea { id name }\n    service { id name }\n    requester { id name }\n    slaTimers { ...SlaClock }\n  }\n": typeof types.TicketSummaryFragmentDoc,
    "\n  fragment SlaClock on SlaTimer {\n    id\n    metric\n    state\n    dueAt\n    startedAt\n    remainingSeconds\n    percentUsed\n    pausedAt\n    pausedMinutes\n    breachedAt\n    metAt\n    stoppedAt\n    policy { id warningThresholds }\n  }\n": typeof types.SlaClockFragmentDoc,
    "\n  query QueueCounts($mine: TicketFilter!, $unassigned: TicketFilter!, $atRisk: TicketFilter!, $breached: TicketFilter!) {\n    mine: tickets(first: 1, filter: $mine) { totalCount }\n    unassigned: tickets(first: 1, filter: $unassigned) { totalCount }\n    atRisk: tickets(first: 1, filter: $atRisk) { totalCount }\n    breached: tickets(first: 1, filter: $breached) { totalCount }\n  }\n": typeof types.QueueCountsDocument,
    "\n  query GroupCount($filter: TicketFilter!) {\n    tickets(first: 1, filter: $filter) { totalCount }\n  }\n": typeof types.GroupCountDocument,
    "\n  query QueueTickets($filter: TicketFilter!, $first: Int!) {\n    tickets(first: $first, filter: $filter, orderBy: { field: SLA_DUE, direction: ASC }) {\n      totalCount\n      edges { node { ...TicketSummary } }\n    }\n  }\n": typeof types.QueueTicketsDocument,
    "\n  subscription RowUpdated($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary }\n  }\n": typeof types.RowUpdatedDocument,
    "\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      availableActions\n      description\n      impact\n      urgency\n      channel\n      history(first: 100) {\n        edges { node { id kind at field fromValue toValue note visibility actor { id name } } }\n      }\n      comments(first: 100) {\n        edges { node { id body visibility createdAt author { id name } } }\n      }\n    }\n  }\n": typeof types.TicketByNumberDocument,
    "\n  subscription TicketLive($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary availableActions description }\n  }\n": typeof types.TicketLiveDocument,
    "\n  subscription TicketEventsLive($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind at }\n  }\n": typeof types.TicketEventsLiveDocument,
    "\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query PaletteJump($a: String!, $b: String!, $withB: Boolean!) {\n    a: ticket(number: $a) { id number title }\n    b: ticket(number: $b) @include(if: $withB) { id number title }\n  }\n": types.PaletteJumpDocument,
    "\n  query PaletteTickets($text: String!, $first: Int!) {\n    tickets(first: $first, filter: { text: $text }) {\n      totalCount\n      edges { node { id number title status } }\n    }\n  }\n": types.PaletteTicketsDocument,
    "\n  query PaletteArticles($query: String!, $first: Int!) {\n    knowledgeSearch(query: $query, first: $first) {\n      correctedQuery\n      edges { node { id title } }\n    }\n  }\n": types.PaletteArticlesDocument,
    "\n  query PaletteAgencies($search: String!, $first: Int!) {\n    agencies(search: $search, first: $first) {\n      edges { node { id name organisationNumber } }\n    }\n  }\n": types.PaletteAgenciesDocument,
    "\n  mutation AddComment($ticketId: ID!, $input: AddTicketCommentInput!) {\n    addTicketComment(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n": types.AddCommentDocument,
    "\n  query FreshTicket($id: ID!) {\n    ticket(id: $id) { ...TicketSummary }\n  }\n": types.FreshTicketDocument,
    "\n  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {\n    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n": types.AssignToMeDocument,
    "\n  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {\n    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n": types.SetStatusDocument,
    "\n  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {\n    resolveTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n": types.ResolveDocument,
    "\n  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {\n    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n": types.CloseDocument,
    "\n  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {\n    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n": types.ReopenDocument,
    "\n  mutation ViewTicket($ticketId: ID!) {\n    viewTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": types.ViewTicketDocument,
    "\n  mutation LeaveTicket($ticketId: ID!) {\n    leaveTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": types.LeaveTicketDocument,
    "\n  subscription TicketViewers($ticketId: ID!) {\n    ticketViewers(ticketId: $ticketId) { lastSeenAt user { id name } }\n  }\n": types.TicketViewersDocument,
    "\n  fragment TicketSummary on Ticket {\n    id\n    number\n    title\n    priority\n    status\n    tier\n    category\n    version\n    createdAt\n    updatedAt\n    agency { id name }\n    group { id name }\n    assignee { id name }\n    serviceArea { id name }\n    service { id name }\n    requester { id name }\n    slaTimers { ...SlaClock }\n  }\n": types.TicketSummaryFragmentDoc,
    "\n  fragment SlaClock on SlaTimer {\n    id\n    metric\n    state\n    dueAt\n    startedAt\n    remainingSeconds\n    percentUsed\n    pausedAt\n    pausedMinutes\n    breachedAt\n    metAt\n    stoppedAt\n    policy { id warningThresholds }\n  }\n": types.SlaClockFragmentDoc,
    "\n  query QueueCounts($mine: TicketFilter!, $unassigned: TicketFilter!, $atRisk: TicketFilter!, $breached: TicketFilter!) {\n    mine: tickets(first: 1, filter: $mine) { totalCount }\n    unassigned: tickets(first: 1, filter: $unassigned) { totalCount }\n    atRisk: tickets(first: 1, filter: $atRisk) { totalCount }\n    breached: tickets(first: 1, filter: $breached) { totalCount }\n  }\n": types.QueueCountsDocument,
    "\n  query GroupCount($filter: TicketFilter!) {\n    tickets(first: 1, filter: $filter) { totalCount }\n  }\n": types.GroupCountDocument,
    "\n  query QueueTickets($filter: TicketFilter!, $first: Int!) {\n    tickets(first: $first, filter: $filter, orderBy: { field: SLA_DUE, direction: ASC }) {\n      totalCount\n      edges { node { ...TicketSummary } }\n    }\n  }\n": types.QueueTicketsDocument,
    "\n  subscription RowUpdated($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary }\n  }\n": types.RowUpdatedDocument,
    "\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      availableActions\n      description\n      impact\n      urgency\n      channel\n      history(first: 100) {\n        edges { node { id kind at field fromValue toValue note visibility actor { id name } } }\n      }\n      comments(first: 100) {\n        edges { node { id body visibility createdAt author { id name } } }\n      }\n    }\n  }\n": types.TicketByNumberDocument,
    "\n  subscription TicketLive($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary availableActions description }\n  }\n": types.TicketLiveDocument,
    "\n  subscription TicketEventsLive($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind at }\n  }\n": types.TicketEventsLiveDocument,
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
export function graphql(source: "\n  query PaletteJump($a: String!, $b: String!, $withB: Boolean!) {\n    a: ticket(number: $a) { id number title }\n    b: ticket(number: $b) @include(if: $withB) { id number title }\n  }\n"): (typeof documents)["\n  query PaletteJump($a: String!, $b: String!, $withB: Boolean!) {\n    a: ticket(number: $a) { id number title }\n    b: ticket(number: $b) @include(if: $withB) { id number title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaletteTickets($text: String!, $first: Int!) {\n    tickets(first: $first, filter: { text: $text }) {\n      totalCount\n      edges { node { id number title status } }\n    }\n  }\n"): (typeof documents)["\n  query PaletteTickets($text: String!, $first: Int!) {\n    tickets(first: $first, filter: { text: $text }) {\n      totalCount\n      edges { node { id number title status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaletteArticles($query: String!, $first: Int!) {\n    knowledgeSearch(query: $query, first: $first) {\n      correctedQuery\n      edges { node { id title } }\n    }\n  }\n"): (typeof documents)["\n  query PaletteArticles($query: String!, $first: Int!) {\n    knowledgeSearch(query: $query, first: $first) {\n      correctedQuery\n      edges { node { id title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaletteAgencies($search: String!, $first: Int!) {\n    agencies(search: $search, first: $first) {\n      edges { node { id name organisationNumber } }\n    }\n  }\n"): (typeof documents)["\n  query PaletteAgencies($search: String!, $first: Int!) {\n    agencies(search: $search, first: $first) {\n      edges { node { id name organisationNumber } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($ticketId: ID!, $input: AddTicketCommentInput!) {\n    addTicketComment(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($ticketId: ID!, $input: AddTicketCommentInput!) {\n    addTicketComment(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreshTicket($id: ID!) {\n    ticket(id: $id) { ...TicketSummary }\n  }\n"): (typeof documents)["\n  query FreshTicket($id: ID!) {\n    ticket(id: $id) { ...TicketSummary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {\n    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {\n    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {\n    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {\n    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {\n    resolveTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {\n    resolveTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {\n    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {\n    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {\n    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {\n    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }\n  }\n"];
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
export function graphql(source: "\n  query QueueTickets($filter: TicketFilter!, $first: Int!) {\n    tickets(first: $first, filter: $filter, orderBy: { field: SLA_DUE, direction: ASC }) {\n      totalCount\n      edges { node { ...TicketSummary } }\n    }\n  }\n"): (typeof documents)["\n  query QueueTickets($filter: TicketFilter!, $first: Int!) {\n    tickets(first: $first, filter: $filter, orderBy: { field: SLA_DUE, direction: ASC }) {\n      totalCount\n      edges { node { ...TicketSummary } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RowUpdated($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary }\n  }\n"): (typeof documents)["\n  subscription RowUpdated($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      availableActions\n      description\n      impact\n      urgency\n      channel\n      history(first: 100) {\n        edges { node { id kind at field fromValue toValue note visibility actor { id name } } }\n      }\n      comments(first: 100) {\n        edges { node { id body visibility createdAt author { id name } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      availableActions\n      description\n      impact\n      urgency\n      channel\n      history(first: 100) {\n        edges { node { id kind at field fromValue toValue note visibility actor { id name } } }\n      }\n      comments(first: 100) {\n        edges { node { id body visibility createdAt author { id name } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketLive($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary availableActions description }\n  }\n"): (typeof documents)["\n  subscription TicketLive($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary availableActions description }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketEventsLive($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind at }\n  }\n"): (typeof documents)["\n  subscription TicketEventsLive($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;