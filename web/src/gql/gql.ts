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
    "\n  query IntakeCallerSearch($search: String!) {\n    users(first: 10, role: CUSTOMER, search: $search) {\n      edges { node { id name email phone agency { id name } } }\n    }\n  }\n": typeof types.IntakeCallerSearchDocument,
    "\n  query IntakeSetup {\n    serviceAreas { id code name services { id name } }\n    priorityMatrix { impact urgency priority }\n  }\n": typeof types.IntakeSetupDocument,
    "\n  query IntakeFromCall($id: ID!) {\n    node(id: $id) { __typename ... on IvrCall { id from ticketNumber } }\n  }\n": typeof types.IntakeFromCallDocument,
    "\n  mutation IntakeCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id number priority }\n      userErrors { code message field }\n    }\n  }\n": typeof types.IntakeCreateTicketDocument,
    "\n  query IntakeSuggestions($text: String!, $serviceAreaId: ID) {\n    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 5) {\n      cursor\n      snippet\n      node { id title summary bodyHtml serviceArea { id name } }\n    }\n  }\n": typeof types.IntakeSuggestionsDocument,
    "\n  query WallboardCallbacks($serviceArea: ServiceAreaCode, $status: CallbackStatus) {\n    callbacks(serviceArea: $serviceArea, status: $status, first: 50) {\n      edges { node { id number status attempts queuedSince ticket { id number } takenBy { id name } } }\n    }\n  }\n": typeof types.WallboardCallbacksDocument,
    "\n  mutation WallboardTakeNextCallback($serviceArea: ServiceAreaCode) {\n    takeNextCallback(serviceArea: $serviceArea) {\n      callback { id number status attempts queuedSince ticket { id number } takenBy { id name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.WallboardTakeNextCallbackDocument,
    "\n  mutation WallboardCompleteCallback($callbackId: ID!, $reached: Boolean!) {\n    completeCallback(callbackId: $callbackId, reached: $reached) {\n      callback { id status attempts }\n      userErrors { code message field }\n    }\n  }\n": typeof types.WallboardCompleteCallbackDocument,
    "\n  fragment WallboardQueue on CallQueue {\n    serviceArea\n    at\n    waiting\n    longestWaitSeconds\n    expectedWaitSeconds\n    callbacksPending\n    answeredLastHour\n    abandonedLastHour\n    calls { position waitingSeconds call { id from ticketNumber agency { id name } } }\n  }\n": typeof types.WallboardQueueFragmentDoc,
    "\n  query WallboardQueueNow($serviceArea: ServiceAreaCode) {\n    callQueue(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n": typeof types.WallboardQueueNowDocument,
    "\n  subscription WallboardQueueLive($serviceArea: ServiceAreaCode) {\n    callQueueChanged(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n": typeof types.WallboardQueueLiveDocument,
    "\n  mutation WallboardAnswerCall($callId: ID!) {\n    answerCall(callId: $callId) {\n      call { id state ticketNumber ticket { id number } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.WallboardAnswerCallDocument,
    "\n  query WallboardStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    callStatistics(from: $from, to: $to) {\n      serviceArea total calls answered abandoned callbacks transferred meanWaitSeconds maxWaitSeconds\n    }\n  }\n": typeof types.WallboardStatisticsDocument,
    "\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
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
    "\n  query IntakeCallerSearch($search: String!) {\n    users(first: 10, role: CUSTOMER, search: $search) {\n      edges { node { id name email phone agency { id name } } }\n    }\n  }\n": types.IntakeCallerSearchDocument,
    "\n  query IntakeSetup {\n    serviceAreas { id code name services { id name } }\n    priorityMatrix { impact urgency priority }\n  }\n": types.IntakeSetupDocument,
    "\n  query IntakeFromCall($id: ID!) {\n    node(id: $id) { __typename ... on IvrCall { id from ticketNumber } }\n  }\n": types.IntakeFromCallDocument,
    "\n  mutation IntakeCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id number priority }\n      userErrors { code message field }\n    }\n  }\n": types.IntakeCreateTicketDocument,
    "\n  query IntakeSuggestions($text: String!, $serviceAreaId: ID) {\n    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 5) {\n      cursor\n      snippet\n      node { id title summary bodyHtml serviceArea { id name } }\n    }\n  }\n": types.IntakeSuggestionsDocument,
    "\n  query WallboardCallbacks($serviceArea: ServiceAreaCode, $status: CallbackStatus) {\n    callbacks(serviceArea: $serviceArea, status: $status, first: 50) {\n      edges { node { id number status attempts queuedSince ticket { id number } takenBy { id name } } }\n    }\n  }\n": types.WallboardCallbacksDocument,
    "\n  mutation WallboardTakeNextCallback($serviceArea: ServiceAreaCode) {\n    takeNextCallback(serviceArea: $serviceArea) {\n      callback { id number status attempts queuedSince ticket { id number } takenBy { id name } }\n      userErrors { code message field }\n    }\n  }\n": types.WallboardTakeNextCallbackDocument,
    "\n  mutation WallboardCompleteCallback($callbackId: ID!, $reached: Boolean!) {\n    completeCallback(callbackId: $callbackId, reached: $reached) {\n      callback { id status attempts }\n      userErrors { code message field }\n    }\n  }\n": types.WallboardCompleteCallbackDocument,
    "\n  fragment WallboardQueue on CallQueue {\n    serviceArea\n    at\n    waiting\n    longestWaitSeconds\n    expectedWaitSeconds\n    callbacksPending\n    answeredLastHour\n    abandonedLastHour\n    calls { position waitingSeconds call { id from ticketNumber agency { id name } } }\n  }\n": types.WallboardQueueFragmentDoc,
    "\n  query WallboardQueueNow($serviceArea: ServiceAreaCode) {\n    callQueue(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n": types.WallboardQueueNowDocument,
    "\n  subscription WallboardQueueLive($serviceArea: ServiceAreaCode) {\n    callQueueChanged(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n": types.WallboardQueueLiveDocument,
    "\n  mutation WallboardAnswerCall($callId: ID!) {\n    answerCall(callId: $callId) {\n      call { id state ticketNumber ticket { id number } }\n      userErrors { code message field }\n    }\n  }\n": types.WallboardAnswerCallDocument,
    "\n  query WallboardStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    callStatistics(from: $from, to: $to) {\n      serviceArea total calls answered abandoned callbacks transferred meanWaitSeconds maxWaitSeconds\n    }\n  }\n": types.WallboardStatisticsDocument,
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
export function graphql(source: "\n  query IntakeCallerSearch($search: String!) {\n    users(first: 10, role: CUSTOMER, search: $search) {\n      edges { node { id name email phone agency { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query IntakeCallerSearch($search: String!) {\n    users(first: 10, role: CUSTOMER, search: $search) {\n      edges { node { id name email phone agency { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeSetup {\n    serviceAreas { id code name services { id name } }\n    priorityMatrix { impact urgency priority }\n  }\n"): (typeof documents)["\n  query IntakeSetup {\n    serviceAreas { id code name services { id name } }\n    priorityMatrix { impact urgency priority }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeFromCall($id: ID!) {\n    node(id: $id) { __typename ... on IvrCall { id from ticketNumber } }\n  }\n"): (typeof documents)["\n  query IntakeFromCall($id: ID!) {\n    node(id: $id) { __typename ... on IvrCall { id from ticketNumber } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntakeCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id number priority }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation IntakeCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id number priority }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeSuggestions($text: String!, $serviceAreaId: ID) {\n    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 5) {\n      cursor\n      snippet\n      node { id title summary bodyHtml serviceArea { id name } }\n    }\n  }\n"): (typeof documents)["\n  query IntakeSuggestions($text: String!, $serviceAreaId: ID) {\n    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 5) {\n      cursor\n      snippet\n      node { id title summary bodyHtml serviceArea { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallboardCallbacks($serviceArea: ServiceAreaCode, $status: CallbackStatus) {\n    callbacks(serviceArea: $serviceArea, status: $status, first: 50) {\n      edges { node { id number status attempts queuedSince ticket { id number } takenBy { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query WallboardCallbacks($serviceArea: ServiceAreaCode, $status: CallbackStatus) {\n    callbacks(serviceArea: $serviceArea, status: $status, first: 50) {\n      edges { node { id number status attempts queuedSince ticket { id number } takenBy { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WallboardTakeNextCallback($serviceArea: ServiceAreaCode) {\n    takeNextCallback(serviceArea: $serviceArea) {\n      callback { id number status attempts queuedSince ticket { id number } takenBy { id name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation WallboardTakeNextCallback($serviceArea: ServiceAreaCode) {\n    takeNextCallback(serviceArea: $serviceArea) {\n      callback { id number status attempts queuedSince ticket { id number } takenBy { id name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WallboardCompleteCallback($callbackId: ID!, $reached: Boolean!) {\n    completeCallback(callbackId: $callbackId, reached: $reached) {\n      callback { id status attempts }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation WallboardCompleteCallback($callbackId: ID!, $reached: Boolean!) {\n    completeCallback(callbackId: $callbackId, reached: $reached) {\n      callback { id status attempts }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WallboardQueue on CallQueue {\n    serviceArea\n    at\n    waiting\n    longestWaitSeconds\n    expectedWaitSeconds\n    callbacksPending\n    answeredLastHour\n    abandonedLastHour\n    calls { position waitingSeconds call { id from ticketNumber agency { id name } } }\n  }\n"): (typeof documents)["\n  fragment WallboardQueue on CallQueue {\n    serviceArea\n    at\n    waiting\n    longestWaitSeconds\n    expectedWaitSeconds\n    callbacksPending\n    answeredLastHour\n    abandonedLastHour\n    calls { position waitingSeconds call { id from ticketNumber agency { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallboardQueueNow($serviceArea: ServiceAreaCode) {\n    callQueue(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n"): (typeof documents)["\n  query WallboardQueueNow($serviceArea: ServiceAreaCode) {\n    callQueue(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WallboardQueueLive($serviceArea: ServiceAreaCode) {\n    callQueueChanged(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n"): (typeof documents)["\n  subscription WallboardQueueLive($serviceArea: ServiceAreaCode) {\n    callQueueChanged(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WallboardAnswerCall($callId: ID!) {\n    answerCall(callId: $callId) {\n      call { id state ticketNumber ticket { id number } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation WallboardAnswerCall($callId: ID!) {\n    answerCall(callId: $callId) {\n      call { id state ticketNumber ticket { id number } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallboardStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    callStatistics(from: $from, to: $to) {\n      serviceArea total calls answered abandoned callbacks transferred meanWaitSeconds maxWaitSeconds\n    }\n  }\n"): (typeof documents)["\n  query WallboardStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    callStatistics(from: $from, to: $to) {\n      serviceArea total calls answered abandoned callbacks transferred meanWaitSeconds maxWaitSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;