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
    "\n  fragment AdminCalendar on BusinessCalendar {\n    id name zone alwaysOpen holidayCountry halfDayClose\n    weekly { weekday open close }\n    closures { id date kind closes reason }\n  }\n": typeof types.AdminCalendarFragmentDoc,
    "\n  query AdminCalendars {\n    businessCalendars { ...AdminCalendar }\n  }\n": typeof types.AdminCalendarsDocument,
    "\n  query AdminCalendarHolidays($year: Int!) {\n    businessCalendars { id holidays(year: $year) { date kind nameSv nameEn } }\n  }\n": typeof types.AdminCalendarHolidaysDocument,
    "\n  mutation AdminUpdateCalendar($calendarId: ID!, $input: BusinessCalendarInput!) {\n    updateBusinessCalendar(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminUpdateCalendarDocument,
    "\n  mutation AdminAddClosure($calendarId: ID!, $input: CalendarClosureInput!) {\n    addCalendarClosure(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminAddClosureDocument,
    "\n  mutation AdminRemoveClosure($closureId: ID!) {\n    removeCalendarClosure(closureId: $closureId) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminRemoveClosureDocument,
    "\n  fragment AdminIvrVersion on IvrMenuVersion {\n    id version status root note createdAt publishedAt\n    publishedBy { id name }\n    nodes {\n      nodeId: id\n      prompt { sv en }\n      keys { key action { kind node serviceArea } }\n      timeoutSeconds maxTries\n      fallback { kind node serviceArea }\n    }\n    problems { node field message }\n  }\n": typeof types.AdminIvrVersionFragmentDoc,
    "\n  query AdminIvrVersions {\n    ivrMenuVersions { ...AdminIvrVersion }\n  }\n": typeof types.AdminIvrVersionsDocument,
    "\n  mutation AdminSaveIvrDraft($input: IvrMenuInput!) {\n    saveIvrMenuDraft(input: $input) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminSaveIvrDraftDocument,
    "\n  mutation AdminPublishIvr($version: Int!) {\n    publishIvrMenu(version: $version) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminPublishIvrDocument,
    "\n  fragment AdminSlaPolicy on SlaPolicy {\n    id name version priority active firstResponseMinutes resolutionMinutes vendorMinutes warningThresholds\n    serviceArea { id code name }\n    service { id name }\n    agency { id name }\n    calendar { id name }\n    conditions {\n      FIRST_RESPONSE { start stop pauseStatuses }\n      RESOLUTION { start stop pauseStatuses }\n      TIME_AT_VENDOR { start stop pauseStatuses }\n    }\n  }\n": typeof types.AdminSlaPolicyFragmentDoc,
    "\n  query AdminSlaPolicies {\n    slaPolicies { ...AdminSlaPolicy }\n    serviceAreas { id code name services { id name } }\n    businessCalendars { id name }\n  }\n": typeof types.AdminSlaPoliciesDocument,
    "\n  mutation AdminUpdateSlaPolicy($policyId: ID!, $input: SlaPolicyInput!, $recompute: Boolean!) {\n    updateSlaPolicy(policyId: $policyId, input: $input, recomputeRunning: $recompute) {\n      policy { ...AdminSlaPolicy }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminUpdateSlaPolicyDocument,
    "\n  mutation AdminCreateSlaPolicy($input: SlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      policy { ...AdminSlaPolicy }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminCreateSlaPolicyDocument,
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
    "\n  fragment AdminCalendar on BusinessCalendar {\n    id name zone alwaysOpen holidayCountry halfDayClose\n    weekly { weekday open close }\n    closures { id date kind closes reason }\n  }\n": types.AdminCalendarFragmentDoc,
    "\n  query AdminCalendars {\n    businessCalendars { ...AdminCalendar }\n  }\n": types.AdminCalendarsDocument,
    "\n  query AdminCalendarHolidays($year: Int!) {\n    businessCalendars { id holidays(year: $year) { date kind nameSv nameEn } }\n  }\n": types.AdminCalendarHolidaysDocument,
    "\n  mutation AdminUpdateCalendar($calendarId: ID!, $input: BusinessCalendarInput!) {\n    updateBusinessCalendar(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": types.AdminUpdateCalendarDocument,
    "\n  mutation AdminAddClosure($calendarId: ID!, $input: CalendarClosureInput!) {\n    addCalendarClosure(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": types.AdminAddClosureDocument,
    "\n  mutation AdminRemoveClosure($closureId: ID!) {\n    removeCalendarClosure(closureId: $closureId) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": types.AdminRemoveClosureDocument,
    "\n  fragment AdminIvrVersion on IvrMenuVersion {\n    id version status root note createdAt publishedAt\n    publishedBy { id name }\n    nodes {\n      nodeId: id\n      prompt { sv en }\n      keys { key action { kind node serviceArea } }\n      timeoutSeconds maxTries\n      fallback { kind node serviceArea }\n    }\n    problems { node field message }\n  }\n": types.AdminIvrVersionFragmentDoc,
    "\n  query AdminIvrVersions {\n    ivrMenuVersions { ...AdminIvrVersion }\n  }\n": types.AdminIvrVersionsDocument,
    "\n  mutation AdminSaveIvrDraft($input: IvrMenuInput!) {\n    saveIvrMenuDraft(input: $input) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n": types.AdminSaveIvrDraftDocument,
    "\n  mutation AdminPublishIvr($version: Int!) {\n    publishIvrMenu(version: $version) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n": types.AdminPublishIvrDocument,
    "\n  fragment AdminSlaPolicy on SlaPolicy {\n    id name version priority active firstResponseMinutes resolutionMinutes vendorMinutes warningThresholds\n    serviceArea { id code name }\n    service { id name }\n    agency { id name }\n    calendar { id name }\n    conditions {\n      FIRST_RESPONSE { start stop pauseStatuses }\n      RESOLUTION { start stop pauseStatuses }\n      TIME_AT_VENDOR { start stop pauseStatuses }\n    }\n  }\n": types.AdminSlaPolicyFragmentDoc,
    "\n  query AdminSlaPolicies {\n    slaPolicies { ...AdminSlaPolicy }\n    serviceAreas { id code name services { id name } }\n    businessCalendars { id name }\n  }\n": types.AdminSlaPoliciesDocument,
    "\n  mutation AdminUpdateSlaPolicy($policyId: ID!, $input: SlaPolicyInput!, $recompute: Boolean!) {\n    updateSlaPolicy(policyId: $policyId, input: $input, recomputeRunning: $recompute) {\n      policy { ...AdminSlaPolicy }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": types.AdminUpdateSlaPolicyDocument,
    "\n  mutation AdminCreateSlaPolicy($input: SlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      policy { ...AdminSlaPolicy }\n      userErrors { code message field }\n    }\n  }\n": types.AdminCreateSlaPolicyDocument,
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
export function graphql(source: "\n  fragment AdminCalendar on BusinessCalendar {\n    id name zone alwaysOpen holidayCountry halfDayClose\n    weekly { weekday open close }\n    closures { id date kind closes reason }\n  }\n"): (typeof documents)["\n  fragment AdminCalendar on BusinessCalendar {\n    id name zone alwaysOpen holidayCountry halfDayClose\n    weekly { weekday open close }\n    closures { id date kind closes reason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCalendars {\n    businessCalendars { ...AdminCalendar }\n  }\n"): (typeof documents)["\n  query AdminCalendars {\n    businessCalendars { ...AdminCalendar }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCalendarHolidays($year: Int!) {\n    businessCalendars { id holidays(year: $year) { date kind nameSv nameEn } }\n  }\n"): (typeof documents)["\n  query AdminCalendarHolidays($year: Int!) {\n    businessCalendars { id holidays(year: $year) { date kind nameSv nameEn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCalendar($calendarId: ID!, $input: BusinessCalendarInput!) {\n    updateBusinessCalendar(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateCalendar($calendarId: ID!, $input: BusinessCalendarInput!) {\n    updateBusinessCalendar(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddClosure($calendarId: ID!, $input: CalendarClosureInput!) {\n    addCalendarClosure(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddClosure($calendarId: ID!, $input: CalendarClosureInput!) {\n    addCalendarClosure(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveClosure($closureId: ID!) {\n    removeCalendarClosure(closureId: $closureId) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRemoveClosure($closureId: ID!) {\n    removeCalendarClosure(closureId: $closureId) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminIvrVersion on IvrMenuVersion {\n    id version status root note createdAt publishedAt\n    publishedBy { id name }\n    nodes {\n      nodeId: id\n      prompt { sv en }\n      keys { key action { kind node serviceArea } }\n      timeoutSeconds maxTries\n      fallback { kind node serviceArea }\n    }\n    problems { node field message }\n  }\n"): (typeof documents)["\n  fragment AdminIvrVersion on IvrMenuVersion {\n    id version status root note createdAt publishedAt\n    publishedBy { id name }\n    nodes {\n      nodeId: id\n      prompt { sv en }\n      keys { key action { kind node serviceArea } }\n      timeoutSeconds maxTries\n      fallback { kind node serviceArea }\n    }\n    problems { node field message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminIvrVersions {\n    ivrMenuVersions { ...AdminIvrVersion }\n  }\n"): (typeof documents)["\n  query AdminIvrVersions {\n    ivrMenuVersions { ...AdminIvrVersion }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSaveIvrDraft($input: IvrMenuInput!) {\n    saveIvrMenuDraft(input: $input) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSaveIvrDraft($input: IvrMenuInput!) {\n    saveIvrMenuDraft(input: $input) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPublishIvr($version: Int!) {\n    publishIvrMenu(version: $version) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPublishIvr($version: Int!) {\n    publishIvrMenu(version: $version) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSlaPolicy on SlaPolicy {\n    id name version priority active firstResponseMinutes resolutionMinutes vendorMinutes warningThresholds\n    serviceArea { id code name }\n    service { id name }\n    agency { id name }\n    calendar { id name }\n    conditions {\n      FIRST_RESPONSE { start stop pauseStatuses }\n      RESOLUTION { start stop pauseStatuses }\n      TIME_AT_VENDOR { start stop pauseStatuses }\n    }\n  }\n"): (typeof documents)["\n  fragment AdminSlaPolicy on SlaPolicy {\n    id name version priority active firstResponseMinutes resolutionMinutes vendorMinutes warningThresholds\n    serviceArea { id code name }\n    service { id name }\n    agency { id name }\n    calendar { id name }\n    conditions {\n      FIRST_RESPONSE { start stop pauseStatuses }\n      RESOLUTION { start stop pauseStatuses }\n      TIME_AT_VENDOR { start stop pauseStatuses }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSlaPolicies {\n    slaPolicies { ...AdminSlaPolicy }\n    serviceAreas { id code name services { id name } }\n    businessCalendars { id name }\n  }\n"): (typeof documents)["\n  query AdminSlaPolicies {\n    slaPolicies { ...AdminSlaPolicy }\n    serviceAreas { id code name services { id name } }\n    businessCalendars { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSlaPolicy($policyId: ID!, $input: SlaPolicyInput!, $recompute: Boolean!) {\n    updateSlaPolicy(policyId: $policyId, input: $input, recomputeRunning: $recompute) {\n      policy { ...AdminSlaPolicy }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateSlaPolicy($policyId: ID!, $input: SlaPolicyInput!, $recompute: Boolean!) {\n    updateSlaPolicy(policyId: $policyId, input: $input, recomputeRunning: $recompute) {\n      policy { ...AdminSlaPolicy }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateSlaPolicy($input: SlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      policy { ...AdminSlaPolicy }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateSlaPolicy($input: SlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      policy { ...AdminSlaPolicy }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;