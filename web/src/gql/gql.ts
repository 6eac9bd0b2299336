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
    "\n  query RoutingMyPresence($id: ID!) {\n    node(id: $id) { ... on User { id presence } }\n  }\n": typeof types.RoutingMyPresenceDocument,
    "\n  mutation RoutingSetMyPresence($presence: Presence!) {\n    setPresence(presence: $presence) { presence { presence user { id presence } } userErrors { code message field } }\n  }\n": typeof types.RoutingSetMyPresenceDocument,
    "\n  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {\n    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.AssignToMeDocument,
    "\n  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {\n    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.SetStatusDocument,
    "\n  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {\n    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.CloseDocument,
    "\n  mutation ViewTicket($ticketId: ID!) {\n    viewTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": typeof types.ViewTicketDocument,
    "\n  mutation LeaveTicket($ticketId: ID!) {\n    leaveTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": typeof types.LeaveTicketDocument,
    "\n  subscription TicketViewers($ticketId: ID!) {\n    ticketViewers(ticketId: $ticketId) { lastSeenAt user { id name } }\n  }\n": typeof types.TicketViewersDocument,
    "\n  fragment TicketSummary on Ticket {\n    id\n    number\n    title\n    priority\n    status\n    tier\n    category\n    version\n    createdAt\n    updatedAt\n    agency { id name }\n    group { id name }\n    assignee { id name }\n    serviceArea { id name }\n    service { id name }\n    requester { id name }\n    slaTimers { ...SlaClock }\n  }\n": typeof types.TicketSummaryFragmentDoc,
    "\n  fragment SlaClock on SlaTimer {\n    id\n    metric\n    state\n    dueAt\n    startedAt\n    remainingSeconds\n    percentUsed\n    pausedAt\n    pausedMinutes\n    breachedAt\n    metAt\n    stoppedAt\n    policy { id warningThresholds }\n  }\n": typeof types.SlaClockFragmentDoc,
    "\n  query PriorityMatrix {\n    priorityMatrix { impact urgency priority }\n  }\n": typeof types.PriorityMatrixDocument,
    "\n  query QueueCounts($mine: TicketFilter!, $unassigned: TicketFilter!, $atRisk: TicketFilter!, $breached: TicketFilter!) {\n    mine: tickets(first: 1, filter: $mine) { totalCount }\n    unassigned: tickets(first: 1, filter: $unassigned) { totalCount }\n    atRisk: tickets(first: 1, filter: $atRisk) { totalCount }\n    breached: tickets(first: 1, filter: $breached) { totalCount }\n  }\n": typeof types.QueueCountsDocument,
    "\n  query GroupCount($filter: TicketFilter!) {\n    tickets(first: 1, filter: $filter) { totalCount }\n  }\n": typeof types.GroupCountDocument,
    "\n  query QueueTickets($filter: TicketFilter!, $first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: SLA_DUE, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TicketSummary channel } }\n    }\n  }\n": typeof types.QueueTicketsDocument,
    "\n  subscription QueueLive {\n    queueTicketChanged { ...TicketSummary }\n  }\n": typeof types.QueueLiveDocument,
    "\n  subscription RowUpdated($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary }\n  }\n": typeof types.RowUpdatedDocument,
    "\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      ...TicketDetail\n      channel\n      history(first: 100) {\n        edges { node { ...TimelineEvent } }\n      }\n      comments(first: 100) {\n        edges { node { ...TimelineComment } }\n      }\n    }\n  }\n": typeof types.TicketByNumberDocument,
    "\n  fragment TicketDetail on Ticket {\n    availableActions\n    description\n    impact\n    urgency\n    resolution\n    articles { id title summary ratings { helpful notHelpful } }\n    referrals { id question answer vendorReference sentAt answeredAt withdrawnAt vendor { id name } fromGroup { id name } }\n    mergedInto { id number }\n    mergedFrom { id number title description }\n  }\n": typeof types.TicketDetailFragmentDoc,
    "\n  subscription TicketLive($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary ...TicketDetail }\n  }\n": typeof types.TicketLiveDocument,
    "\n  subscription TicketEventsLive($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind at }\n  }\n": typeof types.TicketEventsLiveDocument,
    "\n  mutation AdminUpdateCalendar($calendarId: ID!, $input: BusinessCalendarInput!) {\n    updateBusinessCalendar(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminUpdateCalendarDocument,
    "\n  mutation AdminCreateCalendar($name: String!, $input: BusinessCalendarInput!) {\n    createBusinessCalendar(name: $name, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminCreateCalendarDocument,
    "\n  query AdminCalendarAgencies {\n    agencies(first: 100) { edges { node { id name } } }\n  }\n": typeof types.AdminCalendarAgenciesDocument,
    "\n  fragment AdminCalendar on BusinessCalendar {\n    id name zone alwaysOpen holidayCountry halfDayClose eveRule agencyId\n    weekly { weekday open close }\n    closures { id date kind closes intervals { open close } reason }\n  }\n": typeof types.AdminCalendarFragmentDoc,
    "\n  query AdminCalendars {\n    businessCalendars { ...AdminCalendar }\n  }\n": typeof types.AdminCalendarsDocument,
    "\n  query AdminCalendarHolidays($year: Int!) {\n    businessCalendars { id holidays(year: $year) { date kind nameSv nameEn } }\n  }\n": typeof types.AdminCalendarHolidaysDocument,
    "\n  mutation AdminAddClosure($calendarId: ID!, $input: CalendarClosureInput!) {\n    addCalendarClosure(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminAddClosureDocument,
    "\n  mutation AdminRemoveClosure($closureId: ID!) {\n    removeCalendarClosure(closureId: $closureId) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminRemoveClosureDocument,
    "\n  fragment AdminIvrVersion on IvrMenuVersion {\n    id version status root note createdAt publishedAt\n    publishedBy { id name }\n    nodes {\n      nodeId: id\n      prompt { sv en }\n      keys { key action { kind node serviceArea } }\n      timeoutSeconds maxTries\n      fallback { kind node serviceArea }\n    }\n    problems { node field message }\n  }\n": typeof types.AdminIvrVersionFragmentDoc,
    "\n  query AdminIvrVersions {\n    ivrMenuVersions { ...AdminIvrVersion }\n  }\n": typeof types.AdminIvrVersionsDocument,
    "\n  mutation AdminSaveIvrDraft($input: IvrMenuInput!) {\n    saveIvrMenuDraft(input: $input) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminSaveIvrDraftDocument,
    "\n  mutation AdminPublishIvr($version: Int!) {\n    publishIvrMenu(version: $version) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminPublishIvrDocument,
    "\n  fragment AdminSlaPolicy on SlaPolicy {\n    id name version priority rank active firstResponseMinutes resolutionMinutes vendorMinutes warningThresholds\n    serviceArea { id code name }\n    service { id name }\n    agency { id name }\n    calendar { id name }\n    conditions {\n      FIRST_RESPONSE { start stop pauseStatuses }\n      RESOLUTION { start stop pauseStatuses }\n      TIME_AT_VENDOR { start stop pauseStatuses }\n    }\n  }\n": typeof types.AdminSlaPolicyFragmentDoc,
    "\n  query AdminSlaPolicies {\n    slaPolicies { ...AdminSlaPolicy }\n    serviceAreas { id code name services { id name } }\n    businessCalendars { id name }\n  }\n": typeof types.AdminSlaPoliciesDocument,
    "\n  mutation AdminUpdateSlaPolicy($policyId: ID!, $input: SlaPolicyInput!, $recompute: Boolean!) {\n    updateSlaPolicy(policyId: $policyId, input: $input, recomputeRunning: $recompute) {\n      policy { ...AdminSlaPolicy }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminUpdateSlaPolicyDocument,
    "\n  mutation AdminCreateSlaPolicy($input: SlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      policy { ...AdminSlaPolicy }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminCreateSlaPolicyDocument,
    "\n  query AdminWebhookDeliveries($endpointId: ID!, $first: Int) {\n    webhookDeliveries(endpointId: $endpointId, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      edges {\n        node {\n          id eventKind status attempts createdAt body\n          attemptLog { attempt at durationMs responseStatus responseBody error succeeded }\n        }\n      }\n    }\n  }\n": typeof types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminRedeliverWebhook($id: ID!) {\n    redeliverWebhook(deliveryId: $id) { webhookDelivery { id status attempts } userErrors { code message field } }\n  }\n": typeof types.AdminRedeliverWebhookDocument,
    "\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { ...AdminWebhookEndpoint } secret userErrors { code message field } }\n  }\n": typeof types.AdminCreateWebhookEndpointDocument,
    "\n  mutation AdminUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(webhookEndpointId: $id, input: $input) { webhookEndpoint { ...AdminWebhookEndpoint } userErrors { code message field } }\n  }\n": typeof types.AdminUpdateWebhookEndpointDocument,
    "\n  mutation AdminRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(webhookEndpointId: $id) { webhookEndpoint { id } secret userErrors { code message field } }\n  }\n": typeof types.AdminRotateWebhookSecretDocument,
    "\n  mutation AdminDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(webhookEndpointId: $id) { deletedWebhookEndpointId userErrors { code message field } }\n  }\n": typeof types.AdminDeleteWebhookEndpointDocument,
    "\n  fragment AdminWebhookEndpoint on WebhookEndpoint {\n    id url description eventKinds active status pausedAt pauseReason consecutiveFailures\n    createdBy { id name }\n  }\n": typeof types.AdminWebhookEndpointFragmentDoc,
    "\n  query AdminWebhookEndpoints {\n    webhookEndpoints { ...AdminWebhookEndpoint }\n  }\n": typeof types.AdminWebhookEndpointsDocument,
    "\n  fragment AlertRow on SlaAlert {\n    id\n    kind\n    threshold\n    at\n    detectedAt\n    timer { id metric }\n    ticket { id number title priority agency { id name } group { id name } }\n  }\n": typeof types.AlertRowFragmentDoc,
    "\n  query RecordedAlerts($first: Int!) {\n    slaBreaches(first: $first) { totalCount edges { node { ...AlertRow } } }\n    slaWarnings(first: $first) { totalCount edges { node { ...AlertRow } } }\n  }\n": typeof types.RecordedAlertsDocument,
    "\n  subscription BreachedLive {\n    slaBreached { ...AlertRow }\n  }\n": typeof types.BreachedLiveDocument,
    "\n  subscription WarningLive {\n    slaWarning { ...AlertRow }\n  }\n": typeof types.WarningLiveDocument,
    "\n  query PastSla($first: Int!) {\n    openTicketsPastSla(first: $first) {\n      totalCount\n      edges { node { ...PastSlaRow } }\n    }\n  }\n": typeof types.PastSlaDocument,
    "\n  fragment PastSlaRow on Ticket {\n    id\n    number\n    title\n    priority\n    agency { id name }\n    serviceArea { id name }\n  }\n": typeof types.PastSlaRowFragmentDoc,
    "\n  query AuditLogPage($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action entityType entityId relatedType before after changedFields requestId actor { id name } } }\n    }\n  }\n": typeof types.AuditLogPageDocument,
    "\n  query AuditActors {\n    users(first: 100, role: ADMIN) { edges { node { id name } } }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query ReadLogAgencies($search: String) {\n    agencies(first: 100, search: $search) { edges { node { id name } } }\n  }\n": typeof types.ReadLogAgenciesDocument,
    "\n  query ConfidentialReadLog($agencyId: ID!, $before: ID) {\n    confidentialReadLog(agencyId: $agencyId, first: 50, before: $before) { id at readerName ticketNumber commentId path }\n  }\n": typeof types.ConfidentialReadLogDocument,
    "\n  query CustomerViewer {\n    viewer { role user { id name agency { id name } } }\n  }\n": typeof types.CustomerViewerDocument,
    "\n  query CustomerAgencySla($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      period { label from to }\n      agency { id name }\n      targetPercent\n      openPastSla\n      volumes { created resolved firstLineResolutionRate escalated }\n      outcomes { level metric measured met breached sharePercent reached serviceArea { id name } }\n    }\n  }\n": typeof types.CustomerAgencySlaDocument,
    "\n  query CustomerAgencyContacts($agencyId: ID!) {\n    agencyContacts(agencyId: $agencyId) {\n      id side role\n      serviceArea { id name }\n      person { id name email phone }\n      deputy { id name email phone }\n    }\n  }\n": typeof types.CustomerAgencyContactsDocument,
    "\n  query CustomerAgencyMeetings($year: Int!, $next: Int!) {\n    thisYear: meetings(year: $year, first: 100) { edges { node { ...CustomerMeeting } } }\n    nextYear: meetings(year: $next, first: 100) { edges { node { ...CustomerMeeting } } }\n  }\n  fragment CustomerMeeting on Meeting {\n    id forum status scheduledAt minutes\n    agency { id name }\n    serviceArea { id name }\n    agenda { position title lines }\n    minutesApprovedIn { id scheduledAt }\n  }\n": typeof types.CustomerAgencyMeetingsDocument,
    "\n  query CustomerAgencyViewer {\n    viewer { role user { id agency { id name } } }\n  }\n": typeof types.CustomerAgencyViewerDocument,
    "\n  query CustomerCases($filter: TicketFilter!, $first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number title status createdAt service { id name } } }\n    }\n  }\n": typeof types.CustomerCasesDocument,
    "\n  query CustomerCase($number: String!) {\n    ticket(number: $number) {\n      id number title description status version createdAt resolution availableActions canRate linkedToKnownProblem\n      service { id name }\n      serviceArea { id name }\n      requester { id name }\n      slaTimers { id metric state dueAt }\n      satisfaction { score comment ratedAt ratedBy { id name } }\n      attachments { id filename size createdAt downloadUrl }\n      comments(first: 100) { totalCount edges { node { id body createdAt visibility author { id name } } } }\n    }\n  }\n": typeof types.CustomerCaseDocument,
    "\n  subscription CustomerCaseUpdated($id: ID!) {\n    ticketUpdated(id: $id) { id status version resolution availableActions canRate slaTimers { id metric state dueAt } }\n  }\n": typeof types.CustomerCaseUpdatedDocument,
    "\n  subscription CustomerCaseEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id }\n  }\n": typeof types.CustomerCaseEventsDocument,
    "\n  mutation CustomerRate($ticketId: ID!, $score: Int!, $comment: String) {\n    rateTicket(ticketId: $ticketId, score: $score, comment: $comment) {\n      ticket { id canRate satisfaction { score comment ratedAt ratedBy { id name } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CustomerRateDocument,
    "\n  mutation CustomerReply($ticketId: ID!, $body: String!) {\n    addTicketComment(ticketId: $ticketId, input: { body: $body, visibility: PUBLIC }) {\n      ticket { id status version availableActions }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CustomerReplyDocument,
    "\n  mutation CustomerReopen($ticketId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenTicket(ticketId: $ticketId, input: { expectedVersion: $expectedVersion, reason: $reason }) {\n      ticket { id status version availableActions canRate resolution slaTimers { id metric state dueAt } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CustomerReopenDocument,
    "\n  query CustomerArticle($id: ID!) {\n    article(id: $id) { id title summary bodyHtml updatedAt serviceArea { name } service { name } }\n  }\n": typeof types.CustomerArticleDocument,
    "\n  query CustomerKnowledgeSearch($query: String!, $first: Int!) {\n    knowledgeSearch(query: $query, first: $first) {\n      edges { snippet node { id title summary serviceArea { name } } }\n      pageInfo { hasNextPage }\n      correctedQuery\n    }\n  }\n": typeof types.CustomerKnowledgeSearchDocument,
    "\n  query CustomerOrders($first: Int!) {\n    mayOrderServices\n    serviceOrders(first: $first) {\n      totalCount\n      edges { node { id kind status title orderedAt estimatedHours quote ticket { id number title } } }\n    }\n  }\n": typeof types.CustomerOrdersDocument,
    "\n  query CustomerOrderCases {\n    tickets(first: 100) { edges { node { id number title } } }\n  }\n": typeof types.CustomerOrderCasesDocument,
    "\n  query CustomerOrder($id: ID!) {\n    mayOrderServices\n    node(id: $id) {\n      ... on ServiceOrder {\n        id kind status title description estimatedHours reportedHours hourlyPrice monthlyPrice quote\n        orderedAt quotedAt acceptedAt confirmedAt deliveredAt deliveryApprovedAt\n        orderedBy { id name }\n        ticket { id number title }\n      }\n    }\n  }\n": typeof types.CustomerOrderDocument,
    "\n  mutation CustomerPlaceOrder($input: PlaceOrderInput!) {\n    placeServiceOrder(input: $input) { order { id status } userErrors { code message field } }\n  }\n": typeof types.CustomerPlaceOrderDocument,
    "\n  mutation CustomerSignQuote($orderId: ID!) {\n    acceptServiceOrderQuote(orderId: $orderId) { order { id status acceptedAt } userErrors { code message field } }\n  }\n": typeof types.CustomerSignQuoteDocument,
    "\n  mutation CustomerApproveDelivery($orderId: ID!) {\n    approveServiceOrderDelivery(orderId: $orderId) { order { id status deliveryApprovedAt } userErrors { code message field } }\n  }\n": typeof types.CustomerApproveDeliveryDocument,
    "\n  query CustomerSuggestArticles($text: String!, $serviceAreaId: ID) {\n    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 3) {\n      snippet\n      node { id title bodyHtml serviceArea { id } }\n    }\n  }\n": typeof types.CustomerSuggestArticlesDocument,
    "\n  mutation CustomerRecordDeflection($articleId: ID!, $serviceAreaId: ID!, $serviceId: ID) {\n    recordDeflection(articleId: $articleId, serviceAreaId: $serviceAreaId, serviceId: $serviceId) {\n      article { id title }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CustomerRecordDeflectionDocument,
    "\n  query CustomerRegisterSetup {\n    serviceAreas { id code name services { id name } }\n    priorityMatrix { impact urgency allowed }\n  }\n": typeof types.CustomerRegisterSetupDocument,
    "\n  mutation CustomerCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id number }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CustomerCreateTicketDocument,
    "\n  query DirAgencyList($search: String, $after: String) {\n    agencies(search: $search, first: 100, after: $after) {\n      totalCount\n      edges { node { id name organisationNumber employeeCount segment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DirAgencyListDocument,
    "\n  query DirAgency($id: ID!) {\n    node(id: $id) { ... on Agency { id name organisationNumber employeeCount segment customerPriorityCap retentionMonths version } }\n  }\n": typeof types.DirAgencyDocument,
    "\n  mutation DirScreenCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { agency { id name } userErrors { code message field } }\n  }\n": typeof types.DirScreenCreateAgencyDocument,
    "\n  mutation DirScreenUpdateAgency($agencyId: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(agencyId: $agencyId, input: $input) { agency { id name organisationNumber employeeCount segment customerPriorityCap retentionMonths version } userErrors { code message field } }\n  }\n": typeof types.DirScreenUpdateAgencyDocument,
    "\n  query DirAgencyOptions($search: String) {\n    agencies(first: 100, search: $search) { edges { node { id name } } }\n  }\n": typeof types.DirAgencyOptionsDocument,
    "\n  query DirAuditList($agencyId: ID, $userId: ID, $groupId: ID) {\n    directoryAudit(agencyId: $agencyId, userId: $userId, groupId: $groupId, first: 50) {\n      totalCount\n      edges { cursor node { at action actor { id name } agency { id name } user { id name } group { id name } changes { field from to } } }\n    }\n  }\n": typeof types.DirAuditListDocument,
    "\n  query DirGroupRouting($id: ID!) {\n    node(id: $id) {\n      ... on SupportGroup {\n        id\n        routingMode\n        members { id name role presence skills { serviceArea { id name } service { id name } } }\n      }\n    }\n    serviceAreas { id name services { id name } }\n  }\n": typeof types.DirGroupRoutingDocument,
    "\n  mutation DirSetRoutingMode($groupId: ID!, $mode: RoutingMode!) {\n    setGroupRoutingMode(groupId: $groupId, mode: $mode) { group { id routingMode } userErrors { code message field } }\n  }\n": typeof types.DirSetRoutingModeDocument,
    "\n  mutation DirSetUserSkills($userId: ID!, $skills: [UserSkillInput!]!) {\n    setUserSkills(userId: $userId, skills: $skills) { user { id skills { serviceArea { id name } service { id name } } } userErrors { code message field } }\n  }\n": typeof types.DirSetUserSkillsDocument,
    "\n  subscription DirPresenceLive {\n    staffPresenceChanged { presence user { id presence } }\n  }\n": typeof types.DirPresenceLiveDocument,
    "\n  query DirGroupList {\n    groups { id name tier kind serviceArea { id name } members { id } }\n  }\n": typeof types.DirGroupListDocument,
    "\n  query DirAreaOptions {\n    serviceAreas { id name code }\n  }\n": typeof types.DirAreaOptionsDocument,
    "\n  query DirGroup($id: ID!) {\n    node(id: $id) { ... on SupportGroup { id name tier kind version acceptsAnyArea serviceArea { id name } members { id name email role } } }\n  }\n": typeof types.DirGroupDocument,
    "\n  mutation DirScreenCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { group { id name } userErrors { code message field } }\n  }\n": typeof types.DirScreenCreateGroupDocument,
    "\n  mutation DirScreenUpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {\n    updateGroup(groupId: $groupId, input: $input) { group { id name version acceptsAnyArea serviceArea { id name } } userErrors { code message field } }\n  }\n": typeof types.DirScreenUpdateGroupDocument,
    "\n  mutation DirScreenAddMember($groupId: ID!, $userId: ID!) {\n    addGroupMember(groupId: $groupId, userId: $userId) { group { id members { id name email role } } userErrors { code message field } }\n  }\n": typeof types.DirScreenAddMemberDocument,
    "\n  mutation DirScreenRemoveMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId) { group { id members { id name email role } } userErrors { code message field } }\n  }\n": typeof types.DirScreenRemoveMemberDocument,
    "\n  query DirContacts($agencyId: ID!) {\n    agencyContacts(agencyId: $agencyId) { id side role serviceArea { id name } person { id name } deputy { id name } }\n  }\n": typeof types.DirContactsDocument,
    "\n  mutation DirScreenAssignContact($input: AssignContactInput!) {\n    assignAgencyContact(input: $input) { contact { id } userErrors { code message field } }\n  }\n": typeof types.DirScreenAssignContactDocument,
    "\n  mutation DirScreenRemoveContact($contactId: ID!) {\n    removeAgencyContact(contactId: $contactId) { contact { id } userErrors { code message field } }\n  }\n": typeof types.DirScreenRemoveContactDocument,
    "\n  query DirStaffOptions($search: String, $role: Role) {\n    users(first: 100, search: $search, role: $role) { edges { node { id name email role active } } }\n  }\n": typeof types.DirStaffOptionsDocument,
    "\n  query DirUserList($search: String, $role: Role, $agencyId: ID) {\n    users(search: $search, role: $role, agencyId: $agencyId, first: 100) {\n      totalCount\n      edges { node { id name email role active agency { id name } } }\n    }\n  }\n": typeof types.DirUserListDocument,
    "\n  query DirUser($id: ID!) {\n    node(id: $id) {\n      ... on User { id name email role active phone knowledgeEditor version agency { id name } groups { id name } }\n    }\n  }\n": typeof types.DirUserDocument,
    "\n  mutation DirScreenCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { user { id name } userErrors { code message field } }\n  }\n": typeof types.DirScreenCreateUserDocument,
    "\n  mutation DirScreenUpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      user { id name email role active phone knowledgeEditor version agency { id name } groups { id name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.DirScreenUpdateUserDocument,
    "\n  mutation DirScreenDeactivate($userId: ID!, $expectedVersion: Int!) {\n    deactivateUser(userId: $userId, expectedVersion: $expectedVersion) { user { id active version } userErrors { code message field } }\n  }\n": typeof types.DirScreenDeactivateDocument,
    "\n  mutation DirScreenReactivate($userId: ID!, $expectedVersion: Int!) {\n    reactivateUser(userId: $userId, expectedVersion: $expectedVersion) { user { id active version } userErrors { code message field } }\n  }\n": typeof types.DirScreenReactivateDocument,
    "\n  query IntakeCallerSearch($search: String!) {\n    users(first: 10, role: CUSTOMER, search: $search) {\n      edges { node { id name email phone agency { id name } } }\n    }\n  }\n": typeof types.IntakeCallerSearchDocument,
    "\n  query IntakeSetup {\n    serviceAreas { id code name services { id name } }\n  }\n": typeof types.IntakeSetupDocument,
    "\n  query IntakeFromCall($id: ID!) {\n    node(id: $id) { __typename ... on IvrCall { id from ticketNumber } }\n  }\n": typeof types.IntakeFromCallDocument,
    "\n  mutation IntakeCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id number priority }\n      userErrors { code message field }\n    }\n  }\n": typeof types.IntakeCreateTicketDocument,
    "\n  query IntakeSuggestions($text: String!, $serviceAreaId: ID) {\n    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 5) {\n      cursor\n      snippet\n      node { id title summary bodyHtml serviceArea { id name } }\n    }\n  }\n": typeof types.IntakeSuggestionsDocument,
    "\n  query KbMissing($serviceAreaId: ID, $days: Int) {\n    missingAnswers(serviceAreaId: $serviceAreaId, days: $days, first: 100) {\n      query searches fromCustomers answeredLater lastSearchedAt\n      serviceArea { id code }\n      service { id name }\n    }\n  }\n": typeof types.KbMissingDocument,
    "\n  query KbSynonyms($language: ArticleLanguage!) {\n    synonyms(language: $language) { id language terms createdAt }\n    synonymHistory(language: $language) { groupId action terms actorName at }\n  }\n": typeof types.KbSynonymsDocument,
    "\n  mutation KbAddSynonymGroup($language: ArticleLanguage!, $terms: [String!]!) {\n    addSynonymGroup(language: $language, terms: $terms) { synonymGroup { id terms } userErrors { code message field } }\n  }\n": typeof types.KbAddSynonymGroupDocument,
    "\n  mutation KbRemoveSynonymGroup($groupId: ID!) {\n    removeSynonymGroup(groupId: $groupId) { synonymGroup { id terms } userErrors { code message field } }\n  }\n": typeof types.KbRemoveSynonymGroupDocument,
    "\n  query KbViewer {\n    viewer { role writesArticles publishesArticles }\n  }\n": typeof types.KbViewerDocument,
    "\n  query KbAreas {\n    serviceAreas { id code name services { id name } }\n  }\n": typeof types.KbAreasDocument,
    "\n  query KbSearch($query: String!, $filter: KnowledgeFilter, $first: Int) {\n    knowledgeSearch(query: $query, filter: $filter, first: $first) {\n      correctedQuery\n      pageInfo { hasNextPage }\n      edges { cursor snippet node { id title summary status audience language serviceArea { id code } } }\n    }\n  }\n": typeof types.KbSearchDocument,
    "\n  query KbList($status: ArticleStatus!, $serviceAreaIds: [ID!], $first: Int) {\n    articles(status: $status, serviceAreaIds: $serviceAreaIds, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      edges { node { id title summary status audience language updatedAt serviceArea { id code } } }\n    }\n  }\n": typeof types.KbListDocument,
    "\n  fragment ArticleView on Article {\n    id\n    title\n    summary\n    body\n    bodyHtml\n    status\n    audience\n    language\n    tags\n    revision\n    version\n    reviewDate\n    createdAt\n    updatedAt\n    publishedAt\n    availableActions\n    serviceArea { id code name }\n    service { id name }\n    author { id name }\n    ownerGroup { id name }\n    sourceTicket { id number title }\n    ratings { helpful notHelpful }\n    solvedCases { total firstLine }\n  }\n": typeof types.ArticleViewFragmentDoc,
    "\n  query KbRevisions($id: ID!) {\n    article(id: $id) {\n      id\n      revision\n      revisions(first: 100) { totalCount edges { node { number editedAt note editedBy { id name } } } }\n    }\n  }\n": typeof types.KbRevisionsDocument,
    "\n  query KbArticle($id: ID!) {\n    article(id: $id) { ...ArticleView }\n  }\n": typeof types.KbArticleDocument,
    "\n  query KbDiff($id: ID!, $from: Int!, $to: Int!) {\n    article(id: $id) {\n      id\n      diff(from: $from, to: $to) { from to fields { field parts { op text } } }\n    }\n  }\n": typeof types.KbDiffDocument,
    "\n  query KbTicket($number: String!) {\n    ticket(number: $number) { id number title status description resolution serviceArea { id code } }\n  }\n": typeof types.KbTicketDocument,
    "\n  mutation KbCreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) { article { ...ArticleView } userErrors { code message field } }\n  }\n": typeof types.KbCreateArticleDocument,
    "\n  mutation KbUpdateArticle($articleId: ID!, $expectedVersion: Int!, $input: ArticleInput!) {\n    updateArticle(articleId: $articleId, expectedVersion: $expectedVersion, input: $input) { article { ...ArticleView } userErrors { code message field } }\n  }\n": typeof types.KbUpdateArticleDocument,
    "\n  mutation KbPublishArticle($articleId: ID!, $expectedVersion: Int!) {\n    publishArticle(articleId: $articleId, expectedVersion: $expectedVersion) { article { ...ArticleView } userErrors { code message field } }\n  }\n": typeof types.KbPublishArticleDocument,
    "\n  mutation KbArchiveArticle($articleId: ID!, $expectedVersion: Int!) {\n    archiveArticle(articleId: $articleId, expectedVersion: $expectedVersion) { article { ...ArticleView } userErrors { code message field } }\n  }\n": typeof types.KbArchiveArticleDocument,
    "\n  mutation KbCreateFromTicket($ticketId: ID!) {\n    createArticleFromTicket(ticketId: $ticketId) { article { ...ArticleView } userErrors { code message field } }\n  }\n": typeof types.KbCreateFromTicketDocument,
    "\n  mutation KbRateArticle($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {\n    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) { article { id ratings { helpful notHelpful } } userErrors { code message field } }\n  }\n": typeof types.KbRateArticleDocument,
    "\n  query ConsoleMailPreferences {\n    myMailPreferences { kind byMail isDefault defaultByMail }\n  }\n": typeof types.ConsoleMailPreferencesDocument,
    "\n  mutation ConsoleSetMailPreference($kind: MailKind!, $byMail: Boolean!) {\n    setMailPreference(kind: $kind, byMail: $byMail) {\n      preference { kind byMail isDefault defaultByMail }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ConsoleSetMailPreferenceDocument,
    "\n  query MailInList($first: Int, $after: String, $statuses: [InboundMailStatus!]) {\n    inboundMails(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id receivedAt fromName fromAddress envelopeFrom subject status outcome note text rawSource ticket { id number } } }\n    }\n  }\n": typeof types.MailInListDocument,
    "\n  query MailOutList($first: Int, $after: String, $status: OutgoingMailStatus, $kind: MailKind) {\n    outgoingMails(first: $first, after: $after, status: $status, kind: $kind) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id kind toAddress toName subject status attempts createdAt ticket { id number } } }\n    }\n  }\n": typeof types.MailOutListDocument,
    "\n  query MailOutOne($id: ID!) {\n    outgoingMail(id: $id) {\n      id kind toAddress toName subject text html messageId inReplyTo status attempts lastError createdAt sentAt\n      ticket { id number }\n    }\n  }\n": typeof types.MailOutOneDocument,
    "\n  query WallboardCallbacks($serviceArea: ServiceAreaCode, $status: CallbackStatus) {\n    callbacks(serviceArea: $serviceArea, status: $status, first: 50) {\n      edges { node { id number status attempts queuedSince ticket { id number } takenBy { id name } } }\n    }\n  }\n": typeof types.WallboardCallbacksDocument,
    "\n  mutation WallboardTakeNextCallback($serviceArea: ServiceAreaCode) {\n    takeNextCallback(serviceArea: $serviceArea) {\n      callback { id number status attempts queuedSince ticket { id number } takenBy { id name } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.WallboardTakeNextCallbackDocument,
    "\n  mutation WallboardCompleteCallback($callbackId: ID!, $reached: Boolean!) {\n    completeCallback(callbackId: $callbackId, reached: $reached) {\n      callback { id status attempts }\n      userErrors { code message field }\n    }\n  }\n": typeof types.WallboardCompleteCallbackDocument,
    "\n  fragment WallboardQueue on CallQueue {\n    serviceArea\n    at\n    waiting\n    longestWaitSeconds\n    expectedWaitSeconds\n    callbacksPending\n    answeredLastHour\n    abandonedLastHour\n    calls { position waitingSeconds call { id from ticketNumber agency { id name } } }\n  }\n": typeof types.WallboardQueueFragmentDoc,
    "\n  query WallboardQueueNow($serviceArea: ServiceAreaCode) {\n    callQueue(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n": typeof types.WallboardQueueNowDocument,
    "\n  subscription WallboardQueueLive($serviceArea: ServiceAreaCode) {\n    callQueueChanged(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n": typeof types.WallboardQueueLiveDocument,
    "\n  mutation WallboardAnswerCall($callId: ID!) {\n    answerCall(callId: $callId) {\n      call { id state ticketNumber ticket { id number } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.WallboardAnswerCallDocument,
    "\n  mutation WallboardAnswerNext($serviceArea: ServiceAreaCode) {\n    answerNext(serviceArea: $serviceArea) {\n      call { id state ticketNumber }\n      callback { id status call { id ticketNumber } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.WallboardAnswerNextDocument,
    "\n  query WallboardStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    callStatistics(from: $from, to: $to) {\n      serviceArea total calls answered abandoned callbacks transferred meanWaitSeconds maxWaitSeconds\n    }\n  }\n": typeof types.WallboardStatisticsDocument,
    "\n  fragment ReplyChangesFields on SavedReplyChanges { commentVisibility impact urgency status escalateTo { id name } }\n": typeof types.ReplyChangesFieldsFragmentDoc,
    "\n  query RepliesList($search: String) {\n    savedReplies(search: $search, first: 100) {\n      edges { node { id title scope group { id name } isMacro changes { ...ReplyChangesFields } } }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.RepliesListDocument,
    "\n  query RepliesReply($id: ID!) {\n    savedReply(id: $id) { id title body scope version isMacro group { id name } changes { ...ReplyChangesFields } }\n  }\n": typeof types.RepliesReplyDocument,
    "\n  query RepliesFormData {\n    savedReplyPlaceholders { placeholder description }\n    groups(tier: SECOND) { id name }\n  }\n": typeof types.RepliesFormDataDocument,
    "\n  mutation RepliesCreate($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) { savedReply { id version } userErrors { code message field } }\n  }\n": typeof types.RepliesCreateDocument,
    "\n  mutation RepliesUpdate($savedReplyId: ID!, $expectedVersion: Int!, $input: UpdateSavedReplyInput!) {\n    updateSavedReply(savedReplyId: $savedReplyId, expectedVersion: $expectedVersion, input: $input) {\n      savedReply { id title body scope version isMacro group { id name } changes { ...ReplyChangesFields } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.RepliesUpdateDocument,
    "\n  mutation RepliesDelete($savedReplyId: ID!, $expectedVersion: Int!) {\n    deleteSavedReply(savedReplyId: $savedReplyId, expectedVersion: $expectedVersion) { deletedSavedReplyId userErrors { code message field } }\n  }\n": typeof types.RepliesDeleteDocument,
    "\n  query ReportAgencies($search: String, $first: Int!) {\n    agencies(search: $search, first: $first) { totalCount edges { node { id name } } }\n  }\n": typeof types.ReportAgenciesDocument,
    "\n  query ReportAgencyName($id: ID!) {\n    node(id: $id) { id __typename ... on Agency { name } }\n  }\n": typeof types.ReportAgencyNameDocument,
    "\n  query ConsoleForumsDue($agencyId: ID) {\n    forumsDue(agencyId: $agencyId) {\n      forum segment year required held planned overdue\n      agency { id name }\n      serviceArea { id name }\n      slots { dueBy heldOn overdue }\n    }\n  }\n": typeof types.ConsoleForumsDueDocument,
    "\n  fragment ForumMeeting on Meeting {\n    id\n    forum\n    status\n    scheduledAt\n    segment\n    version\n    minutes\n    agency { id name }\n    serviceArea { id name }\n    participants { id name }\n    agenda { position title lines tickets { id number title } matters { id question status } }\n  }\n": typeof types.ForumMeetingFragmentDoc,
    "\n  query ConsoleMeetings($year: Int!, $agencyId: ID, $first: Int!) {\n    meetings(year: $year, agencyId: $agencyId, first: $first) {\n      totalCount\n      edges { node { ...ForumMeeting } }\n    }\n  }\n": typeof types.ConsoleMeetingsDocument,
    "\n  mutation ConsoleRegenerateAgenda($meetingId: ID!) {\n    regenerateAgenda(meetingId: $meetingId) { meeting { ...ForumMeeting } userErrors { code message field } }\n  }\n": typeof types.ConsoleRegenerateAgendaDocument,
    "\n  mutation ConsoleRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) { meeting { ...ForumMeeting } userErrors { code message field } }\n  }\n": typeof types.ConsoleRecordMeetingDocument,
    "\n  query ConsoleEscalationMatters($agencyId: ID, $first: Int!) {\n    escalationMatters(agencyId: $agencyId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id level status question raisedAt decision feedback\n          agency { id name }\n          serviceArea { id name }\n          raisedBy { id name }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleEscalationMattersDocument,
    "\n  query ConsoleServiceOrders($agencyId: ID, $status: OrderStatus, $first: Int!) {\n    serviceOrders(agencyId: $agencyId, status: $status, first: $first) {\n      totalCount\n      edges {\n        node {\n          id kind status title orderedAt estimatedHours reportedHours hourlyPrice monthlyPrice\n          agency { id name }\n          ticket { id number }\n          orderedBy { id name }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleServiceOrdersDocument,
    "\n  query ConsoleInvoiceBasis($month: String!, $agencyId: ID) {\n    invoiceBasis(month: $month, agencyId: $agencyId) {\n      month rule total\n      totals { total agency { id name } }\n      lines { kind reference description hours unitPrice total deliveryApprovedOn agency { id name } }\n    }\n  }\n": typeof types.ConsoleInvoiceBasisDocument,
    "\n  query ConsoleSlaBreakdowns($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      byGroup { metric measured met breached sharePercent reached group { id name } }\n      byAgent { metric measured met breached sharePercent reached agent { id name } }\n      timeSpent { level tier minutes billableMinutes cases agency { id name } serviceArea { id name } service { id name } }\n    }\n  }\n": typeof types.ConsoleSlaBreakdownsDocument,
    "\n  query ConsoleSlaReport($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      period { label from to }\n      agency { id name }\n      serviceArea { id name }\n      service { id name }\n      targetPercent\n      openPastSla\n      generatedAt\n      outcomes {\n        level metric measured met breached sharePercent targetPercent reached meanHours medianHours p90Hours\n        serviceArea { id name }\n        service { id name }\n      }\n      volumes {\n        created resolved firstLineResolutionRate escalated escalationRate referrals meanHoursAtVendor\n        byChannel { key count }\n        byCategory { key count }\n        byPriority { key count }\n        byResolutionTier { key count }\n      }\n      trend { period metric measured sharePercent }\n      months { month metric measured met sharePercent }\n      firstLineResolution { level resolved firstLine rate serviceArea { id name } service { id name } }\n      deviations(first: 25) {\n        edges { node { metric day elapsedHours targetHours overrunHours tierWhereTimeWent ticket { id number title } group { id name } } }\n      }\n    }\n  }\n": typeof types.ConsoleSlaReportDocument,
    "\n  query ReportServiceAreas {\n    serviceAreas { id name services { id name } }\n  }\n": typeof types.ReportServiceAreasDocument,
    "\n  query RetentionRuns { retentionRuns(first: 5) { id startedAt finishedAt casesAnonymised triggeredById } }\n": typeof types.RetentionRunsDocument,
    "\n  mutation RetentionRunNow { runRetention { run { id casesAnonymised } userErrors { code message field } } }\n": typeof types.RetentionRunNowDocument,
    "\n  mutation RetentionExport($input: PersonKeyInput!) { exportPersonalData(input: $input) { export { personId document } userErrors { code message field } } }\n": typeof types.RetentionExportDocument,
    "\n  mutation RetentionErase($input: AnonymisePersonInput!) {\n    anonymisePerson(input: $input) { anonymisation { casesAnonymised casesKept comments mails calls } userErrors { code message field } }\n  }\n": typeof types.RetentionEraseDocument,
    "\n  query SuggestedForTicket($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary } }\n  }\n": typeof types.SuggestedForTicketDocument,
    "\n  query ArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 8) { correctedQuery edges { cursor node { id title summary } } }\n  }\n": typeof types.ArticleSearchDocument,
    "\n  mutation CommentMarkConfidential($input: MarkConfidentialInput!) {\n    markConfidential(input: $input) { ticket { id version } comment { id confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n": typeof types.CommentMarkConfidentialDocument,
    "\n  mutation CommentUnmarkConfidential($input: UnmarkConfidentialInput!) {\n    unmarkConfidential(input: $input) { ticket { id version } comment { id confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n": typeof types.CommentUnmarkConfidentialDocument,
    "\n  query SecondLineGroups {\n    groups(tier: SECOND) { id name kind acceptsAnyArea serviceArea { id name } }\n  }\n": typeof types.SecondLineGroupsDocument,
    "\n  mutation Escalate($ticketId: ID!, $input: EscalateTicketInput!) {\n    escalateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.EscalateDocument,
    "\n  mutation Return($ticketId: ID!, $input: ReturnTicketInput!) {\n    returnTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.ReturnDocument,
    "\n  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {\n    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.ReopenDocument,
    "\n  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {\n    resolveTicket(ticketId: $ticketId, input: $input) {\n      ticket { ...TicketSummary availableActions impact urgency resolution articles { id title ratings { helpful notHelpful } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ResolveDocument,
    "\n  query TicketReplies($ticketId: ID!) {\n    savedReplies(ticketId: $ticketId, first: 100) {\n      edges { node { id title isMacro changes { commentVisibility impact urgency status escalateTo { id name } } } }\n    }\n  }\n": typeof types.TicketRepliesDocument,
    "\n  query RenderReply($id: ID!, $ticketId: ID!) {\n    renderSavedReply(id: $id, ticketId: $ticketId) { text unknownPlaceholders unfilledPlaceholders }\n  }\n": typeof types.RenderReplyDocument,
    "\n  mutation ApplyReply($ticketId: ID!, $input: ApplySavedReplyInput!) {\n    applySavedReply(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ApplyReplyDocument,
    "\n  query TicketSuggestions($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary ratings { helpful notHelpful } } }\n  }\n": typeof types.TicketSuggestionsDocument,
    "\n  query TicketArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 5) { correctedQuery edges { cursor node { id title summary ratings { helpful notHelpful } } } }\n  }\n": typeof types.TicketArticleSearchDocument,
    "\n  mutation RateArticleOnTicket($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {\n    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) {\n      article { id ratings { helpful notHelpful } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.RateArticleOnTicketDocument,
    "\n  query TicketAttachmentList($id: ID!) {\n    ticket(id: $id) { id attachments { id filename contentType size source createdAt downloadUrl } }\n  }\n": typeof types.TicketAttachmentListDocument,
    "\n  query TicketLegalHold($id: ID!) {\n    ticket(id: $id) {\n      id version anonymisedAt legalHold { reason }\n      history(first: 100) { edges { node { id kind at actor { id name } } } }\n    }\n  }\n": typeof types.TicketLegalHoldDocument,
    "\n  mutation TicketSetLegalHold($input: SetLegalHoldInput!) {\n    setLegalHold(input: $input) { ticket { id version anonymisedAt legalHold { reason } } userErrors { code message field } }\n  }\n": typeof types.TicketSetLegalHoldDocument,
    "\n  mutation TicketPublicRecordExport($input: ExportPublicRecordInput!) {\n    exportPublicRecord(input: $input) {\n      record { id ticketNumber requestReference downloadUrl masks { part where ground } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.TicketPublicRecordExportDocument,
    "\n  query TicketSecrecy($id: ID!) {\n    ticket(id: $id) { id version confidential confidentiality { code reason readerRoles } }\n  }\n": typeof types.TicketSecrecyDocument,
    "\n  mutation TicketMarkConfidential($input: MarkConfidentialInput!) {\n    markConfidential(input: $input) { ticket { id version confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n": typeof types.TicketMarkConfidentialDocument,
    "\n  mutation TicketUnmarkConfidential($input: UnmarkConfidentialInput!) {\n    unmarkConfidential(input: $input) { ticket { id version confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n": typeof types.TicketUnmarkConfidentialDocument,
    "\n  query TicketTimeSpent($id: ID!) {\n    ticket(id: $id) {\n      id status canLogTime\n      timeEntries { id minutes workedOn note tier billable canChange version person { id name } }\n      timeSpent { totalMinutes billableMinutes byTier { tier minutes } byPerson { minutes person { id name } } }\n    }\n  }\n": typeof types.TicketTimeSpentDocument,
    "\n  mutation TicketLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id minutes } userErrors { code message field } }\n  }\n": typeof types.TicketLogTimeDocument,
    "\n  mutation TicketDeleteTime($timeEntryId: ID!, $expectedVersion: Int) {\n    deleteTimeEntry(timeEntryId: $timeEntryId, expectedVersion: $expectedVersion) { deletedTimeEntryId userErrors { code message field } }\n  }\n": typeof types.TicketDeleteTimeDocument,
    "\n  subscription TicketTimeEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind }\n  }\n": typeof types.TicketTimeEventsDocument,
    "\n  query ServiceCatalogue {\n    serviceAreas { id name services { id name } }\n  }\n": typeof types.ServiceCatalogueDocument,
    "\n  mutation UpdateTicketFields($ticketId: ID!, $input: UpdateTicketInput!) {\n    updateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.UpdateTicketFieldsDocument,
    "\n  query Vendors {\n    vendors { id name system serviceArea { id } }\n  }\n": typeof types.VendorsDocument,
    "\n  mutation Refer($ticketId: ID!, $input: ReferTicketToVendorInput!) {\n    referTicketToVendor(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.ReferDocument,
    "\n  mutation VendorAnswer($ticketId: ID!, $input: RecordVendorResponseInput!) {\n    recordVendorResponse(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": typeof types.VendorAnswerDocument,
    "\n  fragment TimelineComment on TicketComment { id body visibility createdAt author { id name } mergedFrom { id number } confidential confidentiality { code reason readerRoles } }\n": typeof types.TimelineCommentFragmentDoc,
    "\n  fragment TimelineEvent on TicketEvent { id kind at field fromValue toValue note visibility actor { id name } }\n": typeof types.TimelineEventFragmentDoc,
    "\n  query MergeCandidates($filter: TicketFilter!) {\n    tickets(first: 10, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      edges { node { id number title status } }\n    }\n  }\n": typeof types.MergeCandidatesDocument,
    "\n  mutation MergeInto($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      source {\n        ...TicketSummary ...TicketDetail\n        comments(first: 100) { edges { node { ...TimelineComment } } }\n        history(first: 100) { edges { node { ...TimelineEvent } } }\n      }\n      target {\n        ...TicketSummary ...TicketDetail\n        comments(first: 100) { edges { node { ...TimelineComment } } }\n        history(first: 100) { edges { node { ...TimelineEvent } } }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.MergeIntoDocument,
    "\n  mutation SplitOff($input: SplitTicketInput!) {\n    splitTicket(input: $input) {\n      ticket { id number }\n      source { ...TicketSummary history(first: 100) { edges { node { ...TimelineEvent } } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SplitOffDocument,
    "\n  query TicketProblem($id: ID!) {\n    ticket(id: $id) {\n      id number status priority kind majorIncidentAt linkedToKnownProblem linkedIncidentCount availableActions version\n      problem { id number title status }\n      linkedIncidents { id number title status agency { id name } }\n    }\n  }\n": typeof types.TicketProblemDocument,
    "\n  query TicketIdByNumber($number: String!) {\n    ticket(number: $number) { id number }\n  }\n": typeof types.TicketIdByNumberDocument,
    "\n  mutation TicketSetKind($input: SetTicketKindInput!) {\n    setTicketKind(input: $input) { ticket { id kind version } userErrors { code message field } }\n  }\n": typeof types.TicketSetKindDocument,
    "\n  mutation TicketLinkIncident($input: LinkIncidentInput!) {\n    linkIncident(input: $input) {\n      problem { id version majorIncidentAt linkedIncidentCount linkedIncidents { id number title status agency { id name } } }\n      incident { id number }\n      userErrors { code message field }\n    }\n  }\n": typeof types.TicketLinkIncidentDocument,
    "\n  mutation TicketUnlinkIncident($input: UnlinkIncidentInput!) {\n    unlinkIncident(input: $input) { problem { id version linkedIncidentCount } incident { id number } userErrors { code message field } }\n  }\n": typeof types.TicketUnlinkIncidentDocument,
    "\n  mutation TicketResolveProblem($input: ResolveProblemInput!) {\n    resolveProblem(input: $input) {\n      problem { id status version resolution resolvedAt availableActions }\n      resolvedIncidents { id number status }\n      unresolvedIncidents { incident { id number status } reason message }\n      userErrors { code message field }\n    }\n  }\n": typeof types.TicketResolveProblemDocument,
    "\n  subscription TicketProblemEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind }\n  }\n": typeof types.TicketProblemEventsDocument,
    "\n  query FreshTicket($id: ID!) {\n    ticket(id: $id) { ...TicketSummary availableActions impact urgency }\n  }\n": typeof types.FreshTicketDocument,
    "\n  query Viewer {\n    viewer { role user { id name } groups { id name } }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query PaletteJump($a: String!, $b: String!, $withB: Boolean!) {\n    a: ticket(number: $a) { id number title }\n    b: ticket(number: $b) @include(if: $withB) { id number title }\n  }\n": types.PaletteJumpDocument,
    "\n  query PaletteTickets($text: String!, $first: Int!) {\n    tickets(first: $first, filter: { text: $text }) {\n      totalCount\n      edges { node { id number title status } }\n    }\n  }\n": types.PaletteTicketsDocument,
    "\n  query PaletteArticles($query: String!, $first: Int!) {\n    knowledgeSearch(query: $query, first: $first) {\n      correctedQuery\n      edges { node { id title } }\n    }\n  }\n": types.PaletteArticlesDocument,
    "\n  query PaletteAgencies($search: String!, $first: Int!) {\n    agencies(search: $search, first: $first) {\n      edges { node { id name organisationNumber } }\n    }\n  }\n": types.PaletteAgenciesDocument,
    "\n  mutation AddComment($ticketId: ID!, $input: AddTicketCommentInput!) {\n    addTicketComment(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n": types.AddCommentDocument,
    "\n  query RoutingMyPresence($id: ID!) {\n    node(id: $id) { ... on User { id presence } }\n  }\n": types.RoutingMyPresenceDocument,
    "\n  mutation RoutingSetMyPresence($presence: Presence!) {\n    setPresence(presence: $presence) { presence { presence user { id presence } } userErrors { code message field } }\n  }\n": types.RoutingSetMyPresenceDocument,
    "\n  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {\n    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.AssignToMeDocument,
    "\n  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {\n    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.SetStatusDocument,
    "\n  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {\n    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.CloseDocument,
    "\n  mutation ViewTicket($ticketId: ID!) {\n    viewTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": types.ViewTicketDocument,
    "\n  mutation LeaveTicket($ticketId: ID!) {\n    leaveTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }\n  }\n": types.LeaveTicketDocument,
    "\n  subscription TicketViewers($ticketId: ID!) {\n    ticketViewers(ticketId: $ticketId) { lastSeenAt user { id name } }\n  }\n": types.TicketViewersDocument,
    "\n  fragment TicketSummary on Ticket {\n    id\n    number\n    title\n    priority\n    status\n    tier\n    category\n    version\n    createdAt\n    updatedAt\n    agency { id name }\n    group { id name }\n    assignee { id name }\n    serviceArea { id name }\n    service { id name }\n    requester { id name }\n    slaTimers { ...SlaClock }\n  }\n": types.TicketSummaryFragmentDoc,
    "\n  fragment SlaClock on SlaTimer {\n    id\n    metric\n    state\n    dueAt\n    startedAt\n    remainingSeconds\n    percentUsed\n    pausedAt\n    pausedMinutes\n    breachedAt\n    metAt\n    stoppedAt\n    policy { id warningThresholds }\n  }\n": types.SlaClockFragmentDoc,
    "\n  query PriorityMatrix {\n    priorityMatrix { impact urgency priority }\n  }\n": types.PriorityMatrixDocument,
    "\n  query QueueCounts($mine: TicketFilter!, $unassigned: TicketFilter!, $atRisk: TicketFilter!, $breached: TicketFilter!) {\n    mine: tickets(first: 1, filter: $mine) { totalCount }\n    unassigned: tickets(first: 1, filter: $unassigned) { totalCount }\n    atRisk: tickets(first: 1, filter: $atRisk) { totalCount }\n    breached: tickets(first: 1, filter: $breached) { totalCount }\n  }\n": types.QueueCountsDocument,
    "\n  query GroupCount($filter: TicketFilter!) {\n    tickets(first: 1, filter: $filter) { totalCount }\n  }\n": types.GroupCountDocument,
    "\n  query QueueTickets($filter: TicketFilter!, $first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: SLA_DUE, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...TicketSummary channel } }\n    }\n  }\n": types.QueueTicketsDocument,
    "\n  subscription QueueLive {\n    queueTicketChanged { ...TicketSummary }\n  }\n": types.QueueLiveDocument,
    "\n  subscription RowUpdated($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary }\n  }\n": types.RowUpdatedDocument,
    "\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      ...TicketDetail\n      channel\n      history(first: 100) {\n        edges { node { ...TimelineEvent } }\n      }\n      comments(first: 100) {\n        edges { node { ...TimelineComment } }\n      }\n    }\n  }\n": types.TicketByNumberDocument,
    "\n  fragment TicketDetail on Ticket {\n    availableActions\n    description\n    impact\n    urgency\n    resolution\n    articles { id title summary ratings { helpful notHelpful } }\n    referrals { id question answer vendorReference sentAt answeredAt withdrawnAt vendor { id name } fromGroup { id name } }\n    mergedInto { id number }\n    mergedFrom { id number title description }\n  }\n": types.TicketDetailFragmentDoc,
    "\n  subscription TicketLive($id: ID!) {\n    ticketUpdated(id: $id) { ...TicketSummary ...TicketDetail }\n  }\n": types.TicketLiveDocument,
    "\n  subscription TicketEventsLive($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind at }\n  }\n": types.TicketEventsLiveDocument,
    "\n  mutation AdminUpdateCalendar($calendarId: ID!, $input: BusinessCalendarInput!) {\n    updateBusinessCalendar(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": types.AdminUpdateCalendarDocument,
    "\n  mutation AdminCreateCalendar($name: String!, $input: BusinessCalendarInput!) {\n    createBusinessCalendar(name: $name, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": types.AdminCreateCalendarDocument,
    "\n  query AdminCalendarAgencies {\n    agencies(first: 100) { edges { node { id name } } }\n  }\n": types.AdminCalendarAgenciesDocument,
    "\n  fragment AdminCalendar on BusinessCalendar {\n    id name zone alwaysOpen holidayCountry halfDayClose eveRule agencyId\n    weekly { weekday open close }\n    closures { id date kind closes intervals { open close } reason }\n  }\n": types.AdminCalendarFragmentDoc,
    "\n  query AdminCalendars {\n    businessCalendars { ...AdminCalendar }\n  }\n": types.AdminCalendarsDocument,
    "\n  query AdminCalendarHolidays($year: Int!) {\n    businessCalendars { id holidays(year: $year) { date kind nameSv nameEn } }\n  }\n": types.AdminCalendarHolidaysDocument,
    "\n  mutation AdminAddClosure($calendarId: ID!, $input: CalendarClosureInput!) {\n    addCalendarClosure(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": types.AdminAddClosureDocument,
    "\n  mutation AdminRemoveClosure($closureId: ID!) {\n    removeCalendarClosure(closureId: $closureId) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": types.AdminRemoveClosureDocument,
    "\n  fragment AdminIvrVersion on IvrMenuVersion {\n    id version status root note createdAt publishedAt\n    publishedBy { id name }\n    nodes {\n      nodeId: id\n      prompt { sv en }\n      keys { key action { kind node serviceArea } }\n      timeoutSeconds maxTries\n      fallback { kind node serviceArea }\n    }\n    problems { node field message }\n  }\n": types.AdminIvrVersionFragmentDoc,
    "\n  query AdminIvrVersions {\n    ivrMenuVersions { ...AdminIvrVersion }\n  }\n": types.AdminIvrVersionsDocument,
    "\n  mutation AdminSaveIvrDraft($input: IvrMenuInput!) {\n    saveIvrMenuDraft(input: $input) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n": types.AdminSaveIvrDraftDocument,
    "\n  mutation AdminPublishIvr($version: Int!) {\n    publishIvrMenu(version: $version) {\n      menu { ...AdminIvrVersion }\n      userErrors { code message field }\n    }\n  }\n": types.AdminPublishIvrDocument,
    "\n  fragment AdminSlaPolicy on SlaPolicy {\n    id name version priority rank active firstResponseMinutes resolutionMinutes vendorMinutes warningThresholds\n    serviceArea { id code name }\n    service { id name }\n    agency { id name }\n    calendar { id name }\n    conditions {\n      FIRST_RESPONSE { start stop pauseStatuses }\n      RESOLUTION { start stop pauseStatuses }\n      TIME_AT_VENDOR { start stop pauseStatuses }\n    }\n  }\n": types.AdminSlaPolicyFragmentDoc,
    "\n  query AdminSlaPolicies {\n    slaPolicies { ...AdminSlaPolicy }\n    serviceAreas { id code name services { id name } }\n    businessCalendars { id name }\n  }\n": types.AdminSlaPoliciesDocument,
    "\n  mutation AdminUpdateSlaPolicy($policyId: ID!, $input: SlaPolicyInput!, $recompute: Boolean!) {\n    updateSlaPolicy(policyId: $policyId, input: $input, recomputeRunning: $recompute) {\n      policy { ...AdminSlaPolicy }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n": types.AdminUpdateSlaPolicyDocument,
    "\n  mutation AdminCreateSlaPolicy($input: SlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      policy { ...AdminSlaPolicy }\n      userErrors { code message field }\n    }\n  }\n": types.AdminCreateSlaPolicyDocument,
    "\n  query AdminWebhookDeliveries($endpointId: ID!, $first: Int) {\n    webhookDeliveries(endpointId: $endpointId, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      edges {\n        node {\n          id eventKind status attempts createdAt body\n          attemptLog { attempt at durationMs responseStatus responseBody error succeeded }\n        }\n      }\n    }\n  }\n": types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminRedeliverWebhook($id: ID!) {\n    redeliverWebhook(deliveryId: $id) { webhookDelivery { id status attempts } userErrors { code message field } }\n  }\n": types.AdminRedeliverWebhookDocument,
    "\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { ...AdminWebhookEndpoint } secret userErrors { code message field } }\n  }\n": types.AdminCreateWebhookEndpointDocument,
    "\n  mutation AdminUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(webhookEndpointId: $id, input: $input) { webhookEndpoint { ...AdminWebhookEndpoint } userErrors { code message field } }\n  }\n": types.AdminUpdateWebhookEndpointDocument,
    "\n  mutation AdminRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(webhookEndpointId: $id) { webhookEndpoint { id } secret userErrors { code message field } }\n  }\n": types.AdminRotateWebhookSecretDocument,
    "\n  mutation AdminDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(webhookEndpointId: $id) { deletedWebhookEndpointId userErrors { code message field } }\n  }\n": types.AdminDeleteWebhookEndpointDocument,
    "\n  fragment AdminWebhookEndpoint on WebhookEndpoint {\n    id url description eventKinds active status pausedAt pauseReason consecutiveFailures\n    createdBy { id name }\n  }\n": types.AdminWebhookEndpointFragmentDoc,
    "\n  query AdminWebhookEndpoints {\n    webhookEndpoints { ...AdminWebhookEndpoint }\n  }\n": types.AdminWebhookEndpointsDocument,
    "\n  fragment AlertRow on SlaAlert {\n    id\n    kind\n    threshold\n    at\n    detectedAt\n    timer { id metric }\n    ticket { id number title priority agency { id name } group { id name } }\n  }\n": types.AlertRowFragmentDoc,
    "\n  query RecordedAlerts($first: Int!) {\n    slaBreaches(first: $first) { totalCount edges { node { ...AlertRow } } }\n    slaWarnings(first: $first) { totalCount edges { node { ...AlertRow } } }\n  }\n": types.RecordedAlertsDocument,
    "\n  subscription BreachedLive {\n    slaBreached { ...AlertRow }\n  }\n": types.BreachedLiveDocument,
    "\n  subscription WarningLive {\n    slaWarning { ...AlertRow }\n  }\n": types.WarningLiveDocument,
    "\n  query PastSla($first: Int!) {\n    openTicketsPastSla(first: $first) {\n      totalCount\n      edges { node { ...PastSlaRow } }\n    }\n  }\n": types.PastSlaDocument,
    "\n  fragment PastSlaRow on Ticket {\n    id\n    number\n    title\n    priority\n    agency { id name }\n    serviceArea { id name }\n  }\n": types.PastSlaRowFragmentDoc,
    "\n  query AuditLogPage($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action entityType entityId relatedType before after changedFields requestId actor { id name } } }\n    }\n  }\n": types.AuditLogPageDocument,
    "\n  query AuditActors {\n    users(first: 100, role: ADMIN) { edges { node { id name } } }\n  }\n": types.AuditActorsDocument,
    "\n  query ReadLogAgencies($search: String) {\n    agencies(first: 100, search: $search) { edges { node { id name } } }\n  }\n": types.ReadLogAgenciesDocument,
    "\n  query ConfidentialReadLog($agencyId: ID!, $before: ID) {\n    confidentialReadLog(agencyId: $agencyId, first: 50, before: $before) { id at readerName ticketNumber commentId path }\n  }\n": types.ConfidentialReadLogDocument,
    "\n  query CustomerViewer {\n    viewer { role user { id name agency { id name } } }\n  }\n": types.CustomerViewerDocument,
    "\n  query CustomerAgencySla($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      period { label from to }\n      agency { id name }\n      targetPercent\n      openPastSla\n      volumes { created resolved firstLineResolutionRate escalated }\n      outcomes { level metric measured met breached sharePercent reached serviceArea { id name } }\n    }\n  }\n": types.CustomerAgencySlaDocument,
    "\n  query CustomerAgencyContacts($agencyId: ID!) {\n    agencyContacts(agencyId: $agencyId) {\n      id side role\n      serviceArea { id name }\n      person { id name email phone }\n      deputy { id name email phone }\n    }\n  }\n": types.CustomerAgencyContactsDocument,
    "\n  query CustomerAgencyMeetings($year: Int!, $next: Int!) {\n    thisYear: meetings(year: $year, first: 100) { edges { node { ...CustomerMeeting } } }\n    nextYear: meetings(year: $next, first: 100) { edges { node { ...CustomerMeeting } } }\n  }\n  fragment CustomerMeeting on Meeting {\n    id forum status scheduledAt minutes\n    agency { id name }\n    serviceArea { id name }\n    agenda { position title lines }\n    minutesApprovedIn { id scheduledAt }\n  }\n": types.CustomerAgencyMeetingsDocument,
    "\n  query CustomerAgencyViewer {\n    viewer { role user { id agency { id name } } }\n  }\n": types.CustomerAgencyViewerDocument,
    "\n  query CustomerCases($filter: TicketFilter!, $first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number title status createdAt service { id name } } }\n    }\n  }\n": types.CustomerCasesDocument,
    "\n  query CustomerCase($number: String!) {\n    ticket(number: $number) {\n      id number title description status version createdAt resolution availableActions canRate linkedToKnownProblem\n      service { id name }\n      serviceArea { id name }\n      requester { id name }\n      slaTimers { id metric state dueAt }\n      satisfaction { score comment ratedAt ratedBy { id name } }\n      attachments { id filename size createdAt downloadUrl }\n      comments(first: 100) { totalCount edges { node { id body createdAt visibility author { id name } } } }\n    }\n  }\n": types.CustomerCaseDocument,
    "\n  subscription CustomerCaseUpdated($id: ID!) {\n    ticketUpdated(id: $id) { id status version resolution availableActions canRate slaTimers { id metric state dueAt } }\n  }\n": types.CustomerCaseUpdatedDocument,
    "\n  subscription CustomerCaseEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id }\n  }\n": types.CustomerCaseEventsDocument,
    "\n  mutation CustomerRate($ticketId: ID!, $score: Int!, $comment: String) {\n    rateTicket(ticketId: $ticketId, score: $score, comment: $comment) {\n      ticket { id canRate satisfaction { score comment ratedAt ratedBy { id name } } }\n      userErrors { code message field }\n    }\n  }\n": types.CustomerRateDocument,
    "\n  mutation CustomerReply($ticketId: ID!, $body: String!) {\n    addTicketComment(ticketId: $ticketId, input: { body: $body, visibility: PUBLIC }) {\n      ticket { id status version availableActions }\n      userErrors { code message field }\n    }\n  }\n": types.CustomerReplyDocument,
    "\n  mutation CustomerReopen($ticketId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenTicket(ticketId: $ticketId, input: { expectedVersion: $expectedVersion, reason: $reason }) {\n      ticket { id status version availableActions canRate resolution slaTimers { id metric state dueAt } }\n      userErrors { code message field }\n    }\n  }\n": types.CustomerReopenDocument,
    "\n  query CustomerArticle($id: ID!) {\n    article(id: $id) { id title summary bodyHtml updatedAt serviceArea { name } service { name } }\n  }\n": types.CustomerArticleDocument,
    "\n  query CustomerKnowledgeSearch($query: String!, $first: Int!) {\n    knowledgeSearch(query: $query, first: $first) {\n      edges { snippet node { id title summary serviceArea { name } } }\n      pageInfo { hasNextPage }\n      correctedQuery\n    }\n  }\n": types.CustomerKnowledgeSearchDocument,
    "\n  query CustomerOrders($first: Int!) {\n    mayOrderServices\n    serviceOrders(first: $first) {\n      totalCount\n      edges { node { id kind status title orderedAt estimatedHours quote ticket { id number title } } }\n    }\n  }\n": types.CustomerOrdersDocument,
    "\n  query CustomerOrderCases {\n    tickets(first: 100) { edges { node { id number title } } }\n  }\n": types.CustomerOrderCasesDocument,
    "\n  query CustomerOrder($id: ID!) {\n    mayOrderServices\n    node(id: $id) {\n      ... on ServiceOrder {\n        id kind status title description estimatedHours reportedHours hourlyPrice monthlyPrice quote\n        orderedAt quotedAt acceptedAt confirmedAt deliveredAt deliveryApprovedAt\n        orderedBy { id name }\n        ticket { id number title }\n      }\n    }\n  }\n": types.CustomerOrderDocument,
    "\n  mutation CustomerPlaceOrder($input: PlaceOrderInput!) {\n    placeServiceOrder(input: $input) { order { id status } userErrors { code message field } }\n  }\n": types.CustomerPlaceOrderDocument,
    "\n  mutation CustomerSignQuote($orderId: ID!) {\n    acceptServiceOrderQuote(orderId: $orderId) { order { id status acceptedAt } userErrors { code message field } }\n  }\n": types.CustomerSignQuoteDocument,
    "\n  mutation CustomerApproveDelivery($orderId: ID!) {\n    approveServiceOrderDelivery(orderId: $orderId) { order { id status deliveryApprovedAt } userErrors { code message field } }\n  }\n": types.CustomerApproveDeliveryDocument,
    "\n  query CustomerSuggestArticles($text: String!, $serviceAreaId: ID) {\n    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 3) {\n      snippet\n      node { id title bodyHtml serviceArea { id } }\n    }\n  }\n": types.CustomerSuggestArticlesDocument,
    "\n  mutation CustomerRecordDeflection($articleId: ID!, $serviceAreaId: ID!, $serviceId: ID) {\n    recordDeflection(articleId: $articleId, serviceAreaId: $serviceAreaId, serviceId: $serviceId) {\n      article { id title }\n      userErrors { code message field }\n    }\n  }\n": types.CustomerRecordDeflectionDocument,
    "\n  query CustomerRegisterSetup {\n    serviceAreas { id code name services { id name } }\n    priorityMatrix { impact urgency allowed }\n  }\n": types.CustomerRegisterSetupDocument,
    "\n  mutation CustomerCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id number }\n      userErrors { code message field }\n    }\n  }\n": types.CustomerCreateTicketDocument,
    "\n  query DirAgencyList($search: String, $after: String) {\n    agencies(search: $search, first: 100, after: $after) {\n      totalCount\n      edges { node { id name organisationNumber employeeCount segment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DirAgencyListDocument,
    "\n  query DirAgency($id: ID!) {\n    node(id: $id) { ... on Agency { id name organisationNumber employeeCount segment customerPriorityCap retentionMonths version } }\n  }\n": types.DirAgencyDocument,
    "\n  mutation DirScreenCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { agency { id name } userErrors { code message field } }\n  }\n": types.DirScreenCreateAgencyDocument,
    "\n  mutation DirScreenUpdateAgency($agencyId: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(agencyId: $agencyId, input: $input) { agency { id name organisationNumber employeeCount segment customerPriorityCap retentionMonths version } userErrors { code message field } }\n  }\n": types.DirScreenUpdateAgencyDocument,
    "\n  query DirAgencyOptions($search: String) {\n    agencies(first: 100, search: $search) { edges { node { id name } } }\n  }\n": types.DirAgencyOptionsDocument,
    "\n  query DirAuditList($agencyId: ID, $userId: ID, $groupId: ID) {\n    directoryAudit(agencyId: $agencyId, userId: $userId, groupId: $groupId, first: 50) {\n      totalCount\n      edges { cursor node { at action actor { id name } agency { id name } user { id name } group { id name } changes { field from to } } }\n    }\n  }\n": types.DirAuditListDocument,
    "\n  query DirGroupRouting($id: ID!) {\n    node(id: $id) {\n      ... on SupportGroup {\n        id\n        routingMode\n        members { id name role presence skills { serviceArea { id name } service { id name } } }\n      }\n    }\n    serviceAreas { id name services { id name } }\n  }\n": types.DirGroupRoutingDocument,
    "\n  mutation DirSetRoutingMode($groupId: ID!, $mode: RoutingMode!) {\n    setGroupRoutingMode(groupId: $groupId, mode: $mode) { group { id routingMode } userErrors { code message field } }\n  }\n": types.DirSetRoutingModeDocument,
    "\n  mutation DirSetUserSkills($userId: ID!, $skills: [UserSkillInput!]!) {\n    setUserSkills(userId: $userId, skills: $skills) { user { id skills { serviceArea { id name } service { id name } } } userErrors { code message field } }\n  }\n": types.DirSetUserSkillsDocument,
    "\n  subscription DirPresenceLive {\n    staffPresenceChanged { presence user { id presence } }\n  }\n": types.DirPresenceLiveDocument,
    "\n  query DirGroupList {\n    groups { id name tier kind serviceArea { id name } members { id } }\n  }\n": types.DirGroupListDocument,
    "\n  query DirAreaOptions {\n    serviceAreas { id name code }\n  }\n": types.DirAreaOptionsDocument,
    "\n  query DirGroup($id: ID!) {\n    node(id: $id) { ... on SupportGroup { id name tier kind version acceptsAnyArea serviceArea { id name } members { id name email role } } }\n  }\n": types.DirGroupDocument,
    "\n  mutation DirScreenCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { group { id name } userErrors { code message field } }\n  }\n": types.DirScreenCreateGroupDocument,
    "\n  mutation DirScreenUpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {\n    updateGroup(groupId: $groupId, input: $input) { group { id name version acceptsAnyArea serviceArea { id name } } userErrors { code message field } }\n  }\n": types.DirScreenUpdateGroupDocument,
    "\n  mutation DirScreenAddMember($groupId: ID!, $userId: ID!) {\n    addGroupMember(groupId: $groupId, userId: $userId) { group { id members { id name email role } } userErrors { code message field } }\n  }\n": types.DirScreenAddMemberDocument,
    "\n  mutation DirScreenRemoveMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId) { group { id members { id name email role } } userErrors { code message field } }\n  }\n": types.DirScreenRemoveMemberDocument,
    "\n  query DirContacts($agencyId: ID!) {\n    agencyContacts(agencyId: $agencyId) { id side role serviceArea { id name } person { id name } deputy { id name } }\n  }\n": types.DirContactsDocument,
    "\n  mutation DirScreenAssignContact($input: AssignContactInput!) {\n    assignAgencyContact(input: $input) { contact { id } userErrors { code message field } }\n  }\n": types.DirScreenAssignContactDocument,
    "\n  mutation DirScreenRemoveContact($contactId: ID!) {\n    removeAgencyContact(contactId: $contactId) { contact { id } userErrors { code message field } }\n  }\n": types.DirScreenRemoveContactDocument,
    "\n  query DirStaffOptions($search: String, $role: Role) {\n    users(first: 100, search: $search, role: $role) { edges { node { id name email role active } } }\n  }\n": types.DirStaffOptionsDocument,
    "\n  query DirUserList($search: String, $role: Role, $agencyId: ID) {\n    users(search: $search, role: $role, agencyId: $agencyId, first: 100) {\n      totalCount\n      edges { node { id name email role active agency { id name } } }\n    }\n  }\n": types.DirUserListDocument,
    "\n  query DirUser($id: ID!) {\n    node(id: $id) {\n      ... on User { id name email role active phone knowledgeEditor version agency { id name } groups { id name } }\n    }\n  }\n": types.DirUserDocument,
    "\n  mutation DirScreenCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { user { id name } userErrors { code message field } }\n  }\n": types.DirScreenCreateUserDocument,
    "\n  mutation DirScreenUpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      user { id name email role active phone knowledgeEditor version agency { id name } groups { id name } }\n      userErrors { code message field }\n    }\n  }\n": types.DirScreenUpdateUserDocument,
    "\n  mutation DirScreenDeactivate($userId: ID!, $expectedVersion: Int!) {\n    deactivateUser(userId: $userId, expectedVersion: $expectedVersion) { user { id active version } userErrors { code message field } }\n  }\n": types.DirScreenDeactivateDocument,
    "\n  mutation DirScreenReactivate($userId: ID!, $expectedVersion: Int!) {\n    reactivateUser(userId: $userId, expectedVersion: $expectedVersion) { user { id active version } userErrors { code message field } }\n  }\n": types.DirScreenReactivateDocument,
    "\n  query IntakeCallerSearch($search: String!) {\n    users(first: 10, role: CUSTOMER, search: $search) {\n      edges { node { id name email phone agency { id name } } }\n    }\n  }\n": types.IntakeCallerSearchDocument,
    "\n  query IntakeSetup {\n    serviceAreas { id code name services { id name } }\n  }\n": types.IntakeSetupDocument,
    "\n  query IntakeFromCall($id: ID!) {\n    node(id: $id) { __typename ... on IvrCall { id from ticketNumber } }\n  }\n": types.IntakeFromCallDocument,
    "\n  mutation IntakeCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id number priority }\n      userErrors { code message field }\n    }\n  }\n": types.IntakeCreateTicketDocument,
    "\n  query IntakeSuggestions($text: String!, $serviceAreaId: ID) {\n    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 5) {\n      cursor\n      snippet\n      node { id title summary bodyHtml serviceArea { id name } }\n    }\n  }\n": types.IntakeSuggestionsDocument,
    "\n  query KbMissing($serviceAreaId: ID, $days: Int) {\n    missingAnswers(serviceAreaId: $serviceAreaId, days: $days, first: 100) {\n      query searches fromCustomers answeredLater lastSearchedAt\n      serviceArea { id code }\n      service { id name }\n    }\n  }\n": types.KbMissingDocument,
    "\n  query KbSynonyms($language: ArticleLanguage!) {\n    synonyms(language: $language) { id language terms createdAt }\n    synonymHistory(language: $language) { groupId action terms actorName at }\n  }\n": types.KbSynonymsDocument,
    "\n  mutation KbAddSynonymGroup($language: ArticleLanguage!, $terms: [String!]!) {\n    addSynonymGroup(language: $language, terms: $terms) { synonymGroup { id terms } userErrors { code message field } }\n  }\n": types.KbAddSynonymGroupDocument,
    "\n  mutation KbRemoveSynonymGroup($groupId: ID!) {\n    removeSynonymGroup(groupId: $groupId) { synonymGroup { id terms } userErrors { code message field } }\n  }\n": types.KbRemoveSynonymGroupDocument,
    "\n  query KbViewer {\n    viewer { role writesArticles publishesArticles }\n  }\n": types.KbViewerDocument,
    "\n  query KbAreas {\n    serviceAreas { id code name services { id name } }\n  }\n": types.KbAreasDocument,
    "\n  query KbSearch($query: String!, $filter: KnowledgeFilter, $first: Int) {\n    knowledgeSearch(query: $query, filter: $filter, first: $first) {\n      correctedQuery\n      pageInfo { hasNextPage }\n      edges { cursor snippet node { id title summary status audience language serviceArea { id code } } }\n    }\n  }\n": types.KbSearchDocument,
    "\n  query KbList($status: ArticleStatus!, $serviceAreaIds: [ID!], $first: Int) {\n    articles(status: $status, serviceAreaIds: $serviceAreaIds, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      edges { node { id title summary status audience language updatedAt serviceArea { id code } } }\n    }\n  }\n": types.KbListDocument,
    "\n  fragment ArticleView on Article {\n    id\n    title\n    summary\n    body\n    bodyHtml\n    status\n    audience\n    language\n    tags\n    revision\n    version\n    reviewDate\n    createdAt\n    updatedAt\n    publishedAt\n    availableActions\n    serviceArea { id code name }\n    service { id name }\n    author { id name }\n    ownerGroup { id name }\n    sourceTicket { id number title }\n    ratings { helpful notHelpful }\n    solvedCases { total firstLine }\n  }\n": types.ArticleViewFragmentDoc,
    "\n  query KbRevisions($id: ID!) {\n    article(id: $id) {\n      id\n      revision\n      revisions(first: 100) { totalCount edges { node { number editedAt note editedBy { id name } } } }\n    }\n  }\n": types.KbRevisionsDocument,
    "\n  query KbArticle($id: ID!) {\n    article(id: $id) { ...ArticleView }\n  }\n": types.KbArticleDocument,
    "\n  query KbDiff($id: ID!, $from: Int!, $to: Int!) {\n    article(id: $id) {\n      id\n      diff(from: $from, to: $to) { from to fields { field parts { op text } } }\n    }\n  }\n": types.KbDiffDocument,
    "\n  query KbTicket($number: String!) {\n    ticket(number: $number) { id number title status description resolution serviceArea { id code } }\n  }\n": types.KbTicketDocument,
    "\n  mutation KbCreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) { article { ...ArticleView } userErrors { code message field } }\n  }\n": types.KbCreateArticleDocument,
    "\n  mutation KbUpdateArticle($articleId: ID!, $expectedVersion: Int!, $input: ArticleInput!) {\n    updateArticle(articleId: $articleId, expectedVersion: $expectedVersion, input: $input) { article { ...ArticleView } userErrors { code message field } }\n  }\n": types.KbUpdateArticleDocument,
    "\n  mutation KbPublishArticle($articleId: ID!, $expectedVersion: Int!) {\n    publishArticle(articleId: $articleId, expectedVersion: $expectedVersion) { article { ...ArticleView } userErrors { code message field } }\n  }\n": types.KbPublishArticleDocument,
    "\n  mutation KbArchiveArticle($articleId: ID!, $expectedVersion: Int!) {\n    archiveArticle(articleId: $articleId, expectedVersion: $expectedVersion) { article { ...ArticleView } userErrors { code message field } }\n  }\n": types.KbArchiveArticleDocument,
    "\n  mutation KbCreateFromTicket($ticketId: ID!) {\n    createArticleFromTicket(ticketId: $ticketId) { article { ...ArticleView } userErrors { code message field } }\n  }\n": types.KbCreateFromTicketDocument,
    "\n  mutation KbRateArticle($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {\n    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) { article { id ratings { helpful notHelpful } } userErrors { code message field } }\n  }\n": types.KbRateArticleDocument,
    "\n  query ConsoleMailPreferences {\n    myMailPreferences { kind byMail isDefault defaultByMail }\n  }\n": types.ConsoleMailPreferencesDocument,
    "\n  mutation ConsoleSetMailPreference($kind: MailKind!, $byMail: Boolean!) {\n    setMailPreference(kind: $kind, byMail: $byMail) {\n      preference { kind byMail isDefault defaultByMail }\n      userErrors { code message field }\n    }\n  }\n": types.ConsoleSetMailPreferenceDocument,
    "\n  query MailInList($first: Int, $after: String, $statuses: [InboundMailStatus!]) {\n    inboundMails(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id receivedAt fromName fromAddress envelopeFrom subject status outcome note text rawSource ticket { id number } } }\n    }\n  }\n": types.MailInListDocument,
    "\n  query MailOutList($first: Int, $after: String, $status: OutgoingMailStatus, $kind: MailKind) {\n    outgoingMails(first: $first, after: $after, status: $status, kind: $kind) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id kind toAddress toName subject status attempts createdAt ticket { id number } } }\n    }\n  }\n": types.MailOutListDocument,
    "\n  query MailOutOne($id: ID!) {\n    outgoingMail(id: $id) {\n      id kind toAddress toName subject text html messageId inReplyTo status attempts lastError createdAt sentAt\n      ticket { id number }\n    }\n  }\n": types.MailOutOneDocument,
    "\n  query WallboardCallbacks($serviceArea: ServiceAreaCode, $status: CallbackStatus) {\n    callbacks(serviceArea: $serviceArea, status: $status, first: 50) {\n      edges { node { id number status attempts queuedSince ticket { id number } takenBy { id name } } }\n    }\n  }\n": types.WallboardCallbacksDocument,
    "\n  mutation WallboardTakeNextCallback($serviceArea: ServiceAreaCode) {\n    takeNextCallback(serviceArea: $serviceArea) {\n      callback { id number status attempts queuedSince ticket { id number } takenBy { id name } }\n      userErrors { code message field }\n    }\n  }\n": types.WallboardTakeNextCallbackDocument,
    "\n  mutation WallboardCompleteCallback($callbackId: ID!, $reached: Boolean!) {\n    completeCallback(callbackId: $callbackId, reached: $reached) {\n      callback { id status attempts }\n      userErrors { code message field }\n    }\n  }\n": types.WallboardCompleteCallbackDocument,
    "\n  fragment WallboardQueue on CallQueue {\n    serviceArea\n    at\n    waiting\n    longestWaitSeconds\n    expectedWaitSeconds\n    callbacksPending\n    answeredLastHour\n    abandonedLastHour\n    calls { position waitingSeconds call { id from ticketNumber agency { id name } } }\n  }\n": types.WallboardQueueFragmentDoc,
    "\n  query WallboardQueueNow($serviceArea: ServiceAreaCode) {\n    callQueue(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n": types.WallboardQueueNowDocument,
    "\n  subscription WallboardQueueLive($serviceArea: ServiceAreaCode) {\n    callQueueChanged(serviceArea: $serviceArea) { ...WallboardQueue }\n  }\n": types.WallboardQueueLiveDocument,
    "\n  mutation WallboardAnswerCall($callId: ID!) {\n    answerCall(callId: $callId) {\n      call { id state ticketNumber ticket { id number } }\n      userErrors { code message field }\n    }\n  }\n": types.WallboardAnswerCallDocument,
    "\n  mutation WallboardAnswerNext($serviceArea: ServiceAreaCode) {\n    answerNext(serviceArea: $serviceArea) {\n      call { id state ticketNumber }\n      callback { id status call { id ticketNumber } }\n      userErrors { code message field }\n    }\n  }\n": types.WallboardAnswerNextDocument,
    "\n  query WallboardStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    callStatistics(from: $from, to: $to) {\n      serviceArea total calls answered abandoned callbacks transferred meanWaitSeconds maxWaitSeconds\n    }\n  }\n": types.WallboardStatisticsDocument,
    "\n  fragment ReplyChangesFields on SavedReplyChanges { commentVisibility impact urgency status escalateTo { id name } }\n": types.ReplyChangesFieldsFragmentDoc,
    "\n  query RepliesList($search: String) {\n    savedReplies(search: $search, first: 100) {\n      edges { node { id title scope group { id name } isMacro changes { ...ReplyChangesFields } } }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.RepliesListDocument,
    "\n  query RepliesReply($id: ID!) {\n    savedReply(id: $id) { id title body scope version isMacro group { id name } changes { ...ReplyChangesFields } }\n  }\n": types.RepliesReplyDocument,
    "\n  query RepliesFormData {\n    savedReplyPlaceholders { placeholder description }\n    groups(tier: SECOND) { id name }\n  }\n": types.RepliesFormDataDocument,
    "\n  mutation RepliesCreate($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) { savedReply { id version } userErrors { code message field } }\n  }\n": types.RepliesCreateDocument,
    "\n  mutation RepliesUpdate($savedReplyId: ID!, $expectedVersion: Int!, $input: UpdateSavedReplyInput!) {\n    updateSavedReply(savedReplyId: $savedReplyId, expectedVersion: $expectedVersion, input: $input) {\n      savedReply { id title body scope version isMacro group { id name } changes { ...ReplyChangesFields } }\n      userErrors { code message field }\n    }\n  }\n": types.RepliesUpdateDocument,
    "\n  mutation RepliesDelete($savedReplyId: ID!, $expectedVersion: Int!) {\n    deleteSavedReply(savedReplyId: $savedReplyId, expectedVersion: $expectedVersion) { deletedSavedReplyId userErrors { code message field } }\n  }\n": types.RepliesDeleteDocument,
    "\n  query ReportAgencies($search: String, $first: Int!) {\n    agencies(search: $search, first: $first) { totalCount edges { node { id name } } }\n  }\n": types.ReportAgenciesDocument,
    "\n  query ReportAgencyName($id: ID!) {\n    node(id: $id) { id __typename ... on Agency { name } }\n  }\n": types.ReportAgencyNameDocument,
    "\n  query ConsoleForumsDue($agencyId: ID) {\n    forumsDue(agencyId: $agencyId) {\n      forum segment year required held planned overdue\n      agency { id name }\n      serviceArea { id name }\n      slots { dueBy heldOn overdue }\n    }\n  }\n": types.ConsoleForumsDueDocument,
    "\n  fragment ForumMeeting on Meeting {\n    id\n    forum\n    status\n    scheduledAt\n    segment\n    version\n    minutes\n    agency { id name }\n    serviceArea { id name }\n    participants { id name }\n    agenda { position title lines tickets { id number title } matters { id question status } }\n  }\n": types.ForumMeetingFragmentDoc,
    "\n  query ConsoleMeetings($year: Int!, $agencyId: ID, $first: Int!) {\n    meetings(year: $year, agencyId: $agencyId, first: $first) {\n      totalCount\n      edges { node { ...ForumMeeting } }\n    }\n  }\n": types.ConsoleMeetingsDocument,
    "\n  mutation ConsoleRegenerateAgenda($meetingId: ID!) {\n    regenerateAgenda(meetingId: $meetingId) { meeting { ...ForumMeeting } userErrors { code message field } }\n  }\n": types.ConsoleRegenerateAgendaDocument,
    "\n  mutation ConsoleRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) { meeting { ...ForumMeeting } userErrors { code message field } }\n  }\n": types.ConsoleRecordMeetingDocument,
    "\n  query ConsoleEscalationMatters($agencyId: ID, $first: Int!) {\n    escalationMatters(agencyId: $agencyId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id level status question raisedAt decision feedback\n          agency { id name }\n          serviceArea { id name }\n          raisedBy { id name }\n        }\n      }\n    }\n  }\n": types.ConsoleEscalationMattersDocument,
    "\n  query ConsoleServiceOrders($agencyId: ID, $status: OrderStatus, $first: Int!) {\n    serviceOrders(agencyId: $agencyId, status: $status, first: $first) {\n      totalCount\n      edges {\n        node {\n          id kind status title orderedAt estimatedHours reportedHours hourlyPrice monthlyPrice\n          agency { id name }\n          ticket { id number }\n          orderedBy { id name }\n        }\n      }\n    }\n  }\n": types.ConsoleServiceOrdersDocument,
    "\n  query ConsoleInvoiceBasis($month: String!, $agencyId: ID) {\n    invoiceBasis(month: $month, agencyId: $agencyId) {\n      month rule total\n      totals { total agency { id name } }\n      lines { kind reference description hours unitPrice total deliveryApprovedOn agency { id name } }\n    }\n  }\n": types.ConsoleInvoiceBasisDocument,
    "\n  query ConsoleSlaBreakdowns($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      byGroup { metric measured met breached sharePercent reached group { id name } }\n      byAgent { metric measured met breached sharePercent reached agent { id name } }\n      timeSpent { level tier minutes billableMinutes cases agency { id name } serviceArea { id name } service { id name } }\n    }\n  }\n": types.ConsoleSlaBreakdownsDocument,
    "\n  query ConsoleSlaReport($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      period { label from to }\n      agency { id name }\n      serviceArea { id name }\n      service { id name }\n      targetPercent\n      openPastSla\n      generatedAt\n      outcomes {\n        level metric measured met breached sharePercent targetPercent reached meanHours medianHours p90Hours\n        serviceArea { id name }\n        service { id name }\n      }\n      volumes {\n        created resolved firstLineResolutionRate escalated escalationRate referrals meanHoursAtVendor\n        byChannel { key count }\n        byCategory { key count }\n        byPriority { key count }\n        byResolutionTier { key count }\n      }\n      trend { period metric measured sharePercent }\n      months { month metric measured met sharePercent }\n      firstLineResolution { level resolved firstLine rate serviceArea { id name } service { id name } }\n      deviations(first: 25) {\n        edges { node { metric day elapsedHours targetHours overrunHours tierWhereTimeWent ticket { id number title } group { id name } } }\n      }\n    }\n  }\n": types.ConsoleSlaReportDocument,
    "\n  query ReportServiceAreas {\n    serviceAreas { id name services { id name } }\n  }\n": types.ReportServiceAreasDocument,
    "\n  query RetentionRuns { retentionRuns(first: 5) { id startedAt finishedAt casesAnonymised triggeredById } }\n": types.RetentionRunsDocument,
    "\n  mutation RetentionRunNow { runRetention { run { id casesAnonymised } userErrors { code message field } } }\n": types.RetentionRunNowDocument,
    "\n  mutation RetentionExport($input: PersonKeyInput!) { exportPersonalData(input: $input) { export { personId document } userErrors { code message field } } }\n": types.RetentionExportDocument,
    "\n  mutation RetentionErase($input: AnonymisePersonInput!) {\n    anonymisePerson(input: $input) { anonymisation { casesAnonymised casesKept comments mails calls } userErrors { code message field } }\n  }\n": types.RetentionEraseDocument,
    "\n  query SuggestedForTicket($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary } }\n  }\n": types.SuggestedForTicketDocument,
    "\n  query ArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 8) { correctedQuery edges { cursor node { id title summary } } }\n  }\n": types.ArticleSearchDocument,
    "\n  mutation CommentMarkConfidential($input: MarkConfidentialInput!) {\n    markConfidential(input: $input) { ticket { id version } comment { id confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n": types.CommentMarkConfidentialDocument,
    "\n  mutation CommentUnmarkConfidential($input: UnmarkConfidentialInput!) {\n    unmarkConfidential(input: $input) { ticket { id version } comment { id confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n": types.CommentUnmarkConfidentialDocument,
    "\n  query SecondLineGroups {\n    groups(tier: SECOND) { id name kind acceptsAnyArea serviceArea { id name } }\n  }\n": types.SecondLineGroupsDocument,
    "\n  mutation Escalate($ticketId: ID!, $input: EscalateTicketInput!) {\n    escalateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.EscalateDocument,
    "\n  mutation Return($ticketId: ID!, $input: ReturnTicketInput!) {\n    returnTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.ReturnDocument,
    "\n  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {\n    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.ReopenDocument,
    "\n  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {\n    resolveTicket(ticketId: $ticketId, input: $input) {\n      ticket { ...TicketSummary availableActions impact urgency resolution articles { id title ratings { helpful notHelpful } } }\n      userErrors { code message field }\n    }\n  }\n": types.ResolveDocument,
    "\n  query TicketReplies($ticketId: ID!) {\n    savedReplies(ticketId: $ticketId, first: 100) {\n      edges { node { id title isMacro changes { commentVisibility impact urgency status escalateTo { id name } } } }\n    }\n  }\n": types.TicketRepliesDocument,
    "\n  query RenderReply($id: ID!, $ticketId: ID!) {\n    renderSavedReply(id: $id, ticketId: $ticketId) { text unknownPlaceholders unfilledPlaceholders }\n  }\n": types.RenderReplyDocument,
    "\n  mutation ApplyReply($ticketId: ID!, $input: ApplySavedReplyInput!) {\n    applySavedReply(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n": types.ApplyReplyDocument,
    "\n  query TicketSuggestions($ticketId: ID!) {\n    suggestedArticles(ticketId: $ticketId, first: 5) { cursor node { id title summary ratings { helpful notHelpful } } }\n  }\n": types.TicketSuggestionsDocument,
    "\n  query TicketArticleSearch($query: String!) {\n    knowledgeSearch(query: $query, first: 5) { correctedQuery edges { cursor node { id title summary ratings { helpful notHelpful } } } }\n  }\n": types.TicketArticleSearchDocument,
    "\n  mutation RateArticleOnTicket($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {\n    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) {\n      article { id ratings { helpful notHelpful } }\n      userErrors { code message field }\n    }\n  }\n": types.RateArticleOnTicketDocument,
    "\n  query TicketAttachmentList($id: ID!) {\n    ticket(id: $id) { id attachments { id filename contentType size source createdAt downloadUrl } }\n  }\n": types.TicketAttachmentListDocument,
    "\n  query TicketLegalHold($id: ID!) {\n    ticket(id: $id) {\n      id version anonymisedAt legalHold { reason }\n      history(first: 100) { edges { node { id kind at actor { id name } } } }\n    }\n  }\n": types.TicketLegalHoldDocument,
    "\n  mutation TicketSetLegalHold($input: SetLegalHoldInput!) {\n    setLegalHold(input: $input) { ticket { id version anonymisedAt legalHold { reason } } userErrors { code message field } }\n  }\n": types.TicketSetLegalHoldDocument,
    "\n  mutation TicketPublicRecordExport($input: ExportPublicRecordInput!) {\n    exportPublicRecord(input: $input) {\n      record { id ticketNumber requestReference downloadUrl masks { part where ground } }\n      userErrors { code message field }\n    }\n  }\n": types.TicketPublicRecordExportDocument,
    "\n  query TicketSecrecy($id: ID!) {\n    ticket(id: $id) { id version confidential confidentiality { code reason readerRoles } }\n  }\n": types.TicketSecrecyDocument,
    "\n  mutation TicketMarkConfidential($input: MarkConfidentialInput!) {\n    markConfidential(input: $input) { ticket { id version confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n": types.TicketMarkConfidentialDocument,
    "\n  mutation TicketUnmarkConfidential($input: UnmarkConfidentialInput!) {\n    unmarkConfidential(input: $input) { ticket { id version confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n": types.TicketUnmarkConfidentialDocument,
    "\n  query TicketTimeSpent($id: ID!) {\n    ticket(id: $id) {\n      id status canLogTime\n      timeEntries { id minutes workedOn note tier billable canChange version person { id name } }\n      timeSpent { totalMinutes billableMinutes byTier { tier minutes } byPerson { minutes person { id name } } }\n    }\n  }\n": types.TicketTimeSpentDocument,
    "\n  mutation TicketLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id minutes } userErrors { code message field } }\n  }\n": types.TicketLogTimeDocument,
    "\n  mutation TicketDeleteTime($timeEntryId: ID!, $expectedVersion: Int) {\n    deleteTimeEntry(timeEntryId: $timeEntryId, expectedVersion: $expectedVersion) { deletedTimeEntryId userErrors { code message field } }\n  }\n": types.TicketDeleteTimeDocument,
    "\n  subscription TicketTimeEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind }\n  }\n": types.TicketTimeEventsDocument,
    "\n  query ServiceCatalogue {\n    serviceAreas { id name services { id name } }\n  }\n": types.ServiceCatalogueDocument,
    "\n  mutation UpdateTicketFields($ticketId: ID!, $input: UpdateTicketInput!) {\n    updateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.UpdateTicketFieldsDocument,
    "\n  query Vendors {\n    vendors { id name system serviceArea { id } }\n  }\n": types.VendorsDocument,
    "\n  mutation Refer($ticketId: ID!, $input: ReferTicketToVendorInput!) {\n    referTicketToVendor(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.ReferDocument,
    "\n  mutation VendorAnswer($ticketId: ID!, $input: RecordVendorResponseInput!) {\n    recordVendorResponse(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }\n  }\n": types.VendorAnswerDocument,
    "\n  fragment TimelineComment on TicketComment { id body visibility createdAt author { id name } mergedFrom { id number } confidential confidentiality { code reason readerRoles } }\n": types.TimelineCommentFragmentDoc,
    "\n  fragment TimelineEvent on TicketEvent { id kind at field fromValue toValue note visibility actor { id name } }\n": types.TimelineEventFragmentDoc,
    "\n  query MergeCandidates($filter: TicketFilter!) {\n    tickets(first: 10, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      edges { node { id number title status } }\n    }\n  }\n": types.MergeCandidatesDocument,
    "\n  mutation MergeInto($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      source {\n        ...TicketSummary ...TicketDetail\n        comments(first: 100) { edges { node { ...TimelineComment } } }\n        history(first: 100) { edges { node { ...TimelineEvent } } }\n      }\n      target {\n        ...TicketSummary ...TicketDetail\n        comments(first: 100) { edges { node { ...TimelineComment } } }\n        history(first: 100) { edges { node { ...TimelineEvent } } }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.MergeIntoDocument,
    "\n  mutation SplitOff($input: SplitTicketInput!) {\n    splitTicket(input: $input) {\n      ticket { id number }\n      source { ...TicketSummary history(first: 100) { edges { node { ...TimelineEvent } } } }\n      userErrors { code message field }\n    }\n  }\n": types.SplitOffDocument,
    "\n  query TicketProblem($id: ID!) {\n    ticket(id: $id) {\n      id number status priority kind majorIncidentAt linkedToKnownProblem linkedIncidentCount availableActions version\n      problem { id number title status }\n      linkedIncidents { id number title status agency { id name } }\n    }\n  }\n": types.TicketProblemDocument,
    "\n  query TicketIdByNumber($number: String!) {\n    ticket(number: $number) { id number }\n  }\n": types.TicketIdByNumberDocument,
    "\n  mutation TicketSetKind($input: SetTicketKindInput!) {\n    setTicketKind(input: $input) { ticket { id kind version } userErrors { code message field } }\n  }\n": types.TicketSetKindDocument,
    "\n  mutation TicketLinkIncident($input: LinkIncidentInput!) {\n    linkIncident(input: $input) {\n      problem { id version majorIncidentAt linkedIncidentCount linkedIncidents { id number title status agency { id name } } }\n      incident { id number }\n      userErrors { code message field }\n    }\n  }\n": types.TicketLinkIncidentDocument,
    "\n  mutation TicketUnlinkIncident($input: UnlinkIncidentInput!) {\n    unlinkIncident(input: $input) { problem { id version linkedIncidentCount } incident { id number } userErrors { code message field } }\n  }\n": types.TicketUnlinkIncidentDocument,
    "\n  mutation TicketResolveProblem($input: ResolveProblemInput!) {\n    resolveProblem(input: $input) {\n      problem { id status version resolution resolvedAt availableActions }\n      resolvedIncidents { id number status }\n      unresolvedIncidents { incident { id number status } reason message }\n      userErrors { code message field }\n    }\n  }\n": types.TicketResolveProblemDocument,
    "\n  subscription TicketProblemEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind }\n  }\n": types.TicketProblemEventsDocument,
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
export function graphql(source: "\n  query RoutingMyPresence($id: ID!) {\n    node(id: $id) { ... on User { id presence } }\n  }\n"): (typeof documents)["\n  query RoutingMyPresence($id: ID!) {\n    node(id: $id) { ... on User { id presence } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoutingSetMyPresence($presence: Presence!) {\n    setPresence(presence: $presence) { presence { presence user { id presence } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RoutingSetMyPresence($presence: Presence!) {\n    setPresence(presence: $presence) { presence { presence user { id presence } } userErrors { code message field } }\n  }\n"];
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
export function graphql(source: "\n  query PriorityMatrix {\n    priorityMatrix { impact urgency priority }\n  }\n"): (typeof documents)["\n  query PriorityMatrix {\n    priorityMatrix { impact urgency priority }\n  }\n"];
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
export function graphql(source: "\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      ...TicketDetail\n      channel\n      history(first: 100) {\n        edges { node { ...TimelineEvent } }\n      }\n      comments(first: 100) {\n        edges { node { ...TimelineComment } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketByNumber($number: String!) {\n    ticket(number: $number) {\n      ...TicketSummary\n      ...TicketDetail\n      channel\n      history(first: 100) {\n        edges { node { ...TimelineEvent } }\n      }\n      comments(first: 100) {\n        edges { node { ...TimelineComment } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetail on Ticket {\n    availableActions\n    description\n    impact\n    urgency\n    resolution\n    articles { id title summary ratings { helpful notHelpful } }\n    referrals { id question answer vendorReference sentAt answeredAt withdrawnAt vendor { id name } fromGroup { id name } }\n    mergedInto { id number }\n    mergedFrom { id number title description }\n  }\n"): (typeof documents)["\n  fragment TicketDetail on Ticket {\n    availableActions\n    description\n    impact\n    urgency\n    resolution\n    articles { id title summary ratings { helpful notHelpful } }\n    referrals { id question answer vendorReference sentAt answeredAt withdrawnAt vendor { id name } fromGroup { id name } }\n    mergedInto { id number }\n    mergedFrom { id number title description }\n  }\n"];
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
export function graphql(source: "\n  mutation AdminUpdateCalendar($calendarId: ID!, $input: BusinessCalendarInput!) {\n    updateBusinessCalendar(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateCalendar($calendarId: ID!, $input: BusinessCalendarInput!) {\n    updateBusinessCalendar(calendarId: $calendarId, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateCalendar($name: String!, $input: BusinessCalendarInput!) {\n    createBusinessCalendar(name: $name, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateCalendar($name: String!, $input: BusinessCalendarInput!) {\n    createBusinessCalendar(name: $name, input: $input) {\n      calendar { ...AdminCalendar }\n      recomputed\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCalendarAgencies {\n    agencies(first: 100) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query AdminCalendarAgencies {\n    agencies(first: 100) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminCalendar on BusinessCalendar {\n    id name zone alwaysOpen holidayCountry halfDayClose eveRule agencyId\n    weekly { weekday open close }\n    closures { id date kind closes intervals { open close } reason }\n  }\n"): (typeof documents)["\n  fragment AdminCalendar on BusinessCalendar {\n    id name zone alwaysOpen holidayCountry halfDayClose eveRule agencyId\n    weekly { weekday open close }\n    closures { id date kind closes intervals { open close } reason }\n  }\n"];
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
export function graphql(source: "\n  fragment AdminSlaPolicy on SlaPolicy {\n    id name version priority rank active firstResponseMinutes resolutionMinutes vendorMinutes warningThresholds\n    serviceArea { id code name }\n    service { id name }\n    agency { id name }\n    calendar { id name }\n    conditions {\n      FIRST_RESPONSE { start stop pauseStatuses }\n      RESOLUTION { start stop pauseStatuses }\n      TIME_AT_VENDOR { start stop pauseStatuses }\n    }\n  }\n"): (typeof documents)["\n  fragment AdminSlaPolicy on SlaPolicy {\n    id name version priority rank active firstResponseMinutes resolutionMinutes vendorMinutes warningThresholds\n    serviceArea { id code name }\n    service { id name }\n    agency { id name }\n    calendar { id name }\n    conditions {\n      FIRST_RESPONSE { start stop pauseStatuses }\n      RESOLUTION { start stop pauseStatuses }\n      TIME_AT_VENDOR { start stop pauseStatuses }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AdminWebhookDeliveries($endpointId: ID!, $first: Int) {\n    webhookDeliveries(endpointId: $endpointId, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      edges {\n        node {\n          id eventKind status attempts createdAt body\n          attemptLog { attempt at durationMs responseStatus responseBody error succeeded }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminWebhookDeliveries($endpointId: ID!, $first: Int) {\n    webhookDeliveries(endpointId: $endpointId, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      edges {\n        node {\n          id eventKind status attempts createdAt body\n          attemptLog { attempt at durationMs responseStatus responseBody error succeeded }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRedeliverWebhook($id: ID!) {\n    redeliverWebhook(deliveryId: $id) { webhookDelivery { id status attempts } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminRedeliverWebhook($id: ID!) {\n    redeliverWebhook(deliveryId: $id) { webhookDelivery { id status attempts } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { ...AdminWebhookEndpoint } secret userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { ...AdminWebhookEndpoint } secret userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(webhookEndpointId: $id, input: $input) { webhookEndpoint { ...AdminWebhookEndpoint } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(webhookEndpointId: $id, input: $input) { webhookEndpoint { ...AdminWebhookEndpoint } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(webhookEndpointId: $id) { webhookEndpoint { id } secret userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(webhookEndpointId: $id) { webhookEndpoint { id } secret userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(webhookEndpointId: $id) { deletedWebhookEndpointId userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(webhookEndpointId: $id) { deletedWebhookEndpointId userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminWebhookEndpoint on WebhookEndpoint {\n    id url description eventKinds active status pausedAt pauseReason consecutiveFailures\n    createdBy { id name }\n  }\n"): (typeof documents)["\n  fragment AdminWebhookEndpoint on WebhookEndpoint {\n    id url description eventKinds active status pausedAt pauseReason consecutiveFailures\n    createdBy { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhookEndpoints {\n    webhookEndpoints { ...AdminWebhookEndpoint }\n  }\n"): (typeof documents)["\n  query AdminWebhookEndpoints {\n    webhookEndpoints { ...AdminWebhookEndpoint }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertRow on SlaAlert {\n    id\n    kind\n    threshold\n    at\n    detectedAt\n    timer { id metric }\n    ticket { id number title priority agency { id name } group { id name } }\n  }\n"): (typeof documents)["\n  fragment AlertRow on SlaAlert {\n    id\n    kind\n    threshold\n    at\n    detectedAt\n    timer { id metric }\n    ticket { id number title priority agency { id name } group { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordedAlerts($first: Int!) {\n    slaBreaches(first: $first) { totalCount edges { node { ...AlertRow } } }\n    slaWarnings(first: $first) { totalCount edges { node { ...AlertRow } } }\n  }\n"): (typeof documents)["\n  query RecordedAlerts($first: Int!) {\n    slaBreaches(first: $first) { totalCount edges { node { ...AlertRow } } }\n    slaWarnings(first: $first) { totalCount edges { node { ...AlertRow } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BreachedLive {\n    slaBreached { ...AlertRow }\n  }\n"): (typeof documents)["\n  subscription BreachedLive {\n    slaBreached { ...AlertRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WarningLive {\n    slaWarning { ...AlertRow }\n  }\n"): (typeof documents)["\n  subscription WarningLive {\n    slaWarning { ...AlertRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PastSla($first: Int!) {\n    openTicketsPastSla(first: $first) {\n      totalCount\n      edges { node { ...PastSlaRow } }\n    }\n  }\n"): (typeof documents)["\n  query PastSla($first: Int!) {\n    openTicketsPastSla(first: $first) {\n      totalCount\n      edges { node { ...PastSlaRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PastSlaRow on Ticket {\n    id\n    number\n    title\n    priority\n    agency { id name }\n    serviceArea { id name }\n  }\n"): (typeof documents)["\n  fragment PastSlaRow on Ticket {\n    id\n    number\n    title\n    priority\n    agency { id name }\n    serviceArea { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogPage($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action entityType entityId relatedType before after changedFields requestId actor { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogPage($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action entityType entityId relatedType before after changedFields requestId actor { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    users(first: 100, role: ADMIN) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    users(first: 100, role: ADMIN) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadLogAgencies($search: String) {\n    agencies(first: 100, search: $search) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query ReadLogAgencies($search: String) {\n    agencies(first: 100, search: $search) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidentialReadLog($agencyId: ID!, $before: ID) {\n    confidentialReadLog(agencyId: $agencyId, first: 50, before: $before) { id at readerName ticketNumber commentId path }\n  }\n"): (typeof documents)["\n  query ConfidentialReadLog($agencyId: ID!, $before: ID) {\n    confidentialReadLog(agencyId: $agencyId, first: 50, before: $before) { id at readerName ticketNumber commentId path }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerViewer {\n    viewer { role user { id name agency { id name } } }\n  }\n"): (typeof documents)["\n  query CustomerViewer {\n    viewer { role user { id name agency { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAgencySla($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      period { label from to }\n      agency { id name }\n      targetPercent\n      openPastSla\n      volumes { created resolved firstLineResolutionRate escalated }\n      outcomes { level metric measured met breached sharePercent reached serviceArea { id name } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerAgencySla($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      period { label from to }\n      agency { id name }\n      targetPercent\n      openPastSla\n      volumes { created resolved firstLineResolutionRate escalated }\n      outcomes { level metric measured met breached sharePercent reached serviceArea { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAgencyContacts($agencyId: ID!) {\n    agencyContacts(agencyId: $agencyId) {\n      id side role\n      serviceArea { id name }\n      person { id name email phone }\n      deputy { id name email phone }\n    }\n  }\n"): (typeof documents)["\n  query CustomerAgencyContacts($agencyId: ID!) {\n    agencyContacts(agencyId: $agencyId) {\n      id side role\n      serviceArea { id name }\n      person { id name email phone }\n      deputy { id name email phone }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAgencyMeetings($year: Int!, $next: Int!) {\n    thisYear: meetings(year: $year, first: 100) { edges { node { ...CustomerMeeting } } }\n    nextYear: meetings(year: $next, first: 100) { edges { node { ...CustomerMeeting } } }\n  }\n  fragment CustomerMeeting on Meeting {\n    id forum status scheduledAt minutes\n    agency { id name }\n    serviceArea { id name }\n    agenda { position title lines }\n    minutesApprovedIn { id scheduledAt }\n  }\n"): (typeof documents)["\n  query CustomerAgencyMeetings($year: Int!, $next: Int!) {\n    thisYear: meetings(year: $year, first: 100) { edges { node { ...CustomerMeeting } } }\n    nextYear: meetings(year: $next, first: 100) { edges { node { ...CustomerMeeting } } }\n  }\n  fragment CustomerMeeting on Meeting {\n    id forum status scheduledAt minutes\n    agency { id name }\n    serviceArea { id name }\n    agenda { position title lines }\n    minutesApprovedIn { id scheduledAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAgencyViewer {\n    viewer { role user { id agency { id name } } }\n  }\n"): (typeof documents)["\n  query CustomerAgencyViewer {\n    viewer { role user { id agency { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCases($filter: TicketFilter!, $first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number title status createdAt service { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerCases($filter: TicketFilter!, $first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: $filter, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number title status createdAt service { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCase($number: String!) {\n    ticket(number: $number) {\n      id number title description status version createdAt resolution availableActions canRate linkedToKnownProblem\n      service { id name }\n      serviceArea { id name }\n      requester { id name }\n      slaTimers { id metric state dueAt }\n      satisfaction { score comment ratedAt ratedBy { id name } }\n      attachments { id filename size createdAt downloadUrl }\n      comments(first: 100) { totalCount edges { node { id body createdAt visibility author { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerCase($number: String!) {\n    ticket(number: $number) {\n      id number title description status version createdAt resolution availableActions canRate linkedToKnownProblem\n      service { id name }\n      serviceArea { id name }\n      requester { id name }\n      slaTimers { id metric state dueAt }\n      satisfaction { score comment ratedAt ratedBy { id name } }\n      attachments { id filename size createdAt downloadUrl }\n      comments(first: 100) { totalCount edges { node { id body createdAt visibility author { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CustomerCaseUpdated($id: ID!) {\n    ticketUpdated(id: $id) { id status version resolution availableActions canRate slaTimers { id metric state dueAt } }\n  }\n"): (typeof documents)["\n  subscription CustomerCaseUpdated($id: ID!) {\n    ticketUpdated(id: $id) { id status version resolution availableActions canRate slaTimers { id metric state dueAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CustomerCaseEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id }\n  }\n"): (typeof documents)["\n  subscription CustomerCaseEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerRate($ticketId: ID!, $score: Int!, $comment: String) {\n    rateTicket(ticketId: $ticketId, score: $score, comment: $comment) {\n      ticket { id canRate satisfaction { score comment ratedAt ratedBy { id name } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerRate($ticketId: ID!, $score: Int!, $comment: String) {\n    rateTicket(ticketId: $ticketId, score: $score, comment: $comment) {\n      ticket { id canRate satisfaction { score comment ratedAt ratedBy { id name } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerReply($ticketId: ID!, $body: String!) {\n    addTicketComment(ticketId: $ticketId, input: { body: $body, visibility: PUBLIC }) {\n      ticket { id status version availableActions }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerReply($ticketId: ID!, $body: String!) {\n    addTicketComment(ticketId: $ticketId, input: { body: $body, visibility: PUBLIC }) {\n      ticket { id status version availableActions }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerReopen($ticketId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenTicket(ticketId: $ticketId, input: { expectedVersion: $expectedVersion, reason: $reason }) {\n      ticket { id status version availableActions canRate resolution slaTimers { id metric state dueAt } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerReopen($ticketId: ID!, $expectedVersion: Int!, $reason: String!) {\n    reopenTicket(ticketId: $ticketId, input: { expectedVersion: $expectedVersion, reason: $reason }) {\n      ticket { id status version availableActions canRate resolution slaTimers { id metric state dueAt } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerArticle($id: ID!) {\n    article(id: $id) { id title summary bodyHtml updatedAt serviceArea { name } service { name } }\n  }\n"): (typeof documents)["\n  query CustomerArticle($id: ID!) {\n    article(id: $id) { id title summary bodyHtml updatedAt serviceArea { name } service { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerKnowledgeSearch($query: String!, $first: Int!) {\n    knowledgeSearch(query: $query, first: $first) {\n      edges { snippet node { id title summary serviceArea { name } } }\n      pageInfo { hasNextPage }\n      correctedQuery\n    }\n  }\n"): (typeof documents)["\n  query CustomerKnowledgeSearch($query: String!, $first: Int!) {\n    knowledgeSearch(query: $query, first: $first) {\n      edges { snippet node { id title summary serviceArea { name } } }\n      pageInfo { hasNextPage }\n      correctedQuery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerOrders($first: Int!) {\n    mayOrderServices\n    serviceOrders(first: $first) {\n      totalCount\n      edges { node { id kind status title orderedAt estimatedHours quote ticket { id number title } } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerOrders($first: Int!) {\n    mayOrderServices\n    serviceOrders(first: $first) {\n      totalCount\n      edges { node { id kind status title orderedAt estimatedHours quote ticket { id number title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerOrderCases {\n    tickets(first: 100) { edges { node { id number title } } }\n  }\n"): (typeof documents)["\n  query CustomerOrderCases {\n    tickets(first: 100) { edges { node { id number title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerOrder($id: ID!) {\n    mayOrderServices\n    node(id: $id) {\n      ... on ServiceOrder {\n        id kind status title description estimatedHours reportedHours hourlyPrice monthlyPrice quote\n        orderedAt quotedAt acceptedAt confirmedAt deliveredAt deliveryApprovedAt\n        orderedBy { id name }\n        ticket { id number title }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerOrder($id: ID!) {\n    mayOrderServices\n    node(id: $id) {\n      ... on ServiceOrder {\n        id kind status title description estimatedHours reportedHours hourlyPrice monthlyPrice quote\n        orderedAt quotedAt acceptedAt confirmedAt deliveredAt deliveryApprovedAt\n        orderedBy { id name }\n        ticket { id number title }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerPlaceOrder($input: PlaceOrderInput!) {\n    placeServiceOrder(input: $input) { order { id status } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CustomerPlaceOrder($input: PlaceOrderInput!) {\n    placeServiceOrder(input: $input) { order { id status } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerSignQuote($orderId: ID!) {\n    acceptServiceOrderQuote(orderId: $orderId) { order { id status acceptedAt } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CustomerSignQuote($orderId: ID!) {\n    acceptServiceOrderQuote(orderId: $orderId) { order { id status acceptedAt } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerApproveDelivery($orderId: ID!) {\n    approveServiceOrderDelivery(orderId: $orderId) { order { id status deliveryApprovedAt } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CustomerApproveDelivery($orderId: ID!) {\n    approveServiceOrderDelivery(orderId: $orderId) { order { id status deliveryApprovedAt } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSuggestArticles($text: String!, $serviceAreaId: ID) {\n    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 3) {\n      snippet\n      node { id title bodyHtml serviceArea { id } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerSuggestArticles($text: String!, $serviceAreaId: ID) {\n    suggestArticles(text: $text, serviceAreaId: $serviceAreaId, first: 3) {\n      snippet\n      node { id title bodyHtml serviceArea { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerRecordDeflection($articleId: ID!, $serviceAreaId: ID!, $serviceId: ID) {\n    recordDeflection(articleId: $articleId, serviceAreaId: $serviceAreaId, serviceId: $serviceId) {\n      article { id title }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerRecordDeflection($articleId: ID!, $serviceAreaId: ID!, $serviceId: ID) {\n    recordDeflection(articleId: $articleId, serviceAreaId: $serviceAreaId, serviceId: $serviceId) {\n      article { id title }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRegisterSetup {\n    serviceAreas { id code name services { id name } }\n    priorityMatrix { impact urgency allowed }\n  }\n"): (typeof documents)["\n  query CustomerRegisterSetup {\n    serviceAreas { id code name services { id name } }\n    priorityMatrix { impact urgency allowed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id number }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CustomerCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id number }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirAgencyList($search: String, $after: String) {\n    agencies(search: $search, first: 100, after: $after) {\n      totalCount\n      edges { node { id name organisationNumber employeeCount segment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query DirAgencyList($search: String, $after: String) {\n    agencies(search: $search, first: 100, after: $after) {\n      totalCount\n      edges { node { id name organisationNumber employeeCount segment } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirAgency($id: ID!) {\n    node(id: $id) { ... on Agency { id name organisationNumber employeeCount segment customerPriorityCap retentionMonths version } }\n  }\n"): (typeof documents)["\n  query DirAgency($id: ID!) {\n    node(id: $id) { ... on Agency { id name organisationNumber employeeCount segment customerPriorityCap retentionMonths version } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { agency { id name } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirScreenCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { agency { id name } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenUpdateAgency($agencyId: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(agencyId: $agencyId, input: $input) { agency { id name organisationNumber employeeCount segment customerPriorityCap retentionMonths version } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirScreenUpdateAgency($agencyId: ID!, $input: UpdateAgencyInput!) {\n    updateAgency(agencyId: $agencyId, input: $input) { agency { id name organisationNumber employeeCount segment customerPriorityCap retentionMonths version } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirAgencyOptions($search: String) {\n    agencies(first: 100, search: $search) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query DirAgencyOptions($search: String) {\n    agencies(first: 100, search: $search) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirAuditList($agencyId: ID, $userId: ID, $groupId: ID) {\n    directoryAudit(agencyId: $agencyId, userId: $userId, groupId: $groupId, first: 50) {\n      totalCount\n      edges { cursor node { at action actor { id name } agency { id name } user { id name } group { id name } changes { field from to } } }\n    }\n  }\n"): (typeof documents)["\n  query DirAuditList($agencyId: ID, $userId: ID, $groupId: ID) {\n    directoryAudit(agencyId: $agencyId, userId: $userId, groupId: $groupId, first: 50) {\n      totalCount\n      edges { cursor node { at action actor { id name } agency { id name } user { id name } group { id name } changes { field from to } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirGroupRouting($id: ID!) {\n    node(id: $id) {\n      ... on SupportGroup {\n        id\n        routingMode\n        members { id name role presence skills { serviceArea { id name } service { id name } } }\n      }\n    }\n    serviceAreas { id name services { id name } }\n  }\n"): (typeof documents)["\n  query DirGroupRouting($id: ID!) {\n    node(id: $id) {\n      ... on SupportGroup {\n        id\n        routingMode\n        members { id name role presence skills { serviceArea { id name } service { id name } } }\n      }\n    }\n    serviceAreas { id name services { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirSetRoutingMode($groupId: ID!, $mode: RoutingMode!) {\n    setGroupRoutingMode(groupId: $groupId, mode: $mode) { group { id routingMode } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirSetRoutingMode($groupId: ID!, $mode: RoutingMode!) {\n    setGroupRoutingMode(groupId: $groupId, mode: $mode) { group { id routingMode } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirSetUserSkills($userId: ID!, $skills: [UserSkillInput!]!) {\n    setUserSkills(userId: $userId, skills: $skills) { user { id skills { serviceArea { id name } service { id name } } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirSetUserSkills($userId: ID!, $skills: [UserSkillInput!]!) {\n    setUserSkills(userId: $userId, skills: $skills) { user { id skills { serviceArea { id name } service { id name } } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DirPresenceLive {\n    staffPresenceChanged { presence user { id presence } }\n  }\n"): (typeof documents)["\n  subscription DirPresenceLive {\n    staffPresenceChanged { presence user { id presence } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirGroupList {\n    groups { id name tier kind serviceArea { id name } members { id } }\n  }\n"): (typeof documents)["\n  query DirGroupList {\n    groups { id name tier kind serviceArea { id name } members { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirAreaOptions {\n    serviceAreas { id name code }\n  }\n"): (typeof documents)["\n  query DirAreaOptions {\n    serviceAreas { id name code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirGroup($id: ID!) {\n    node(id: $id) { ... on SupportGroup { id name tier kind version acceptsAnyArea serviceArea { id name } members { id name email role } } }\n  }\n"): (typeof documents)["\n  query DirGroup($id: ID!) {\n    node(id: $id) { ... on SupportGroup { id name tier kind version acceptsAnyArea serviceArea { id name } members { id name email role } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { group { id name } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirScreenCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { group { id name } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenUpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {\n    updateGroup(groupId: $groupId, input: $input) { group { id name version acceptsAnyArea serviceArea { id name } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirScreenUpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {\n    updateGroup(groupId: $groupId, input: $input) { group { id name version acceptsAnyArea serviceArea { id name } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenAddMember($groupId: ID!, $userId: ID!) {\n    addGroupMember(groupId: $groupId, userId: $userId) { group { id members { id name email role } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirScreenAddMember($groupId: ID!, $userId: ID!) {\n    addGroupMember(groupId: $groupId, userId: $userId) { group { id members { id name email role } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenRemoveMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId) { group { id members { id name email role } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirScreenRemoveMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId) { group { id members { id name email role } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirContacts($agencyId: ID!) {\n    agencyContacts(agencyId: $agencyId) { id side role serviceArea { id name } person { id name } deputy { id name } }\n  }\n"): (typeof documents)["\n  query DirContacts($agencyId: ID!) {\n    agencyContacts(agencyId: $agencyId) { id side role serviceArea { id name } person { id name } deputy { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenAssignContact($input: AssignContactInput!) {\n    assignAgencyContact(input: $input) { contact { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirScreenAssignContact($input: AssignContactInput!) {\n    assignAgencyContact(input: $input) { contact { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenRemoveContact($contactId: ID!) {\n    removeAgencyContact(contactId: $contactId) { contact { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirScreenRemoveContact($contactId: ID!) {\n    removeAgencyContact(contactId: $contactId) { contact { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirStaffOptions($search: String, $role: Role) {\n    users(first: 100, search: $search, role: $role) { edges { node { id name email role active } } }\n  }\n"): (typeof documents)["\n  query DirStaffOptions($search: String, $role: Role) {\n    users(first: 100, search: $search, role: $role) { edges { node { id name email role active } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirUserList($search: String, $role: Role, $agencyId: ID) {\n    users(search: $search, role: $role, agencyId: $agencyId, first: 100) {\n      totalCount\n      edges { node { id name email role active agency { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query DirUserList($search: String, $role: Role, $agencyId: ID) {\n    users(search: $search, role: $role, agencyId: $agencyId, first: 100) {\n      totalCount\n      edges { node { id name email role active agency { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirUser($id: ID!) {\n    node(id: $id) {\n      ... on User { id name email role active phone knowledgeEditor version agency { id name } groups { id name } }\n    }\n  }\n"): (typeof documents)["\n  query DirUser($id: ID!) {\n    node(id: $id) {\n      ... on User { id name email role active phone knowledgeEditor version agency { id name } groups { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { user { id name } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirScreenCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { user { id name } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenUpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      user { id name email role active phone knowledgeEditor version agency { id name } groups { id name } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation DirScreenUpdateUser($userId: ID!, $input: UpdateUserInput!) {\n    updateUser(userId: $userId, input: $input) {\n      user { id name email role active phone knowledgeEditor version agency { id name } groups { id name } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenDeactivate($userId: ID!, $expectedVersion: Int!) {\n    deactivateUser(userId: $userId, expectedVersion: $expectedVersion) { user { id active version } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirScreenDeactivate($userId: ID!, $expectedVersion: Int!) {\n    deactivateUser(userId: $userId, expectedVersion: $expectedVersion) { user { id active version } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirScreenReactivate($userId: ID!, $expectedVersion: Int!) {\n    reactivateUser(userId: $userId, expectedVersion: $expectedVersion) { user { id active version } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DirScreenReactivate($userId: ID!, $expectedVersion: Int!) {\n    reactivateUser(userId: $userId, expectedVersion: $expectedVersion) { user { id active version } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeCallerSearch($search: String!) {\n    users(first: 10, role: CUSTOMER, search: $search) {\n      edges { node { id name email phone agency { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query IntakeCallerSearch($search: String!) {\n    users(first: 10, role: CUSTOMER, search: $search) {\n      edges { node { id name email phone agency { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeSetup {\n    serviceAreas { id code name services { id name } }\n  }\n"): (typeof documents)["\n  query IntakeSetup {\n    serviceAreas { id code name services { id name } }\n  }\n"];
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
export function graphql(source: "\n  query KbMissing($serviceAreaId: ID, $days: Int) {\n    missingAnswers(serviceAreaId: $serviceAreaId, days: $days, first: 100) {\n      query searches fromCustomers answeredLater lastSearchedAt\n      serviceArea { id code }\n      service { id name }\n    }\n  }\n"): (typeof documents)["\n  query KbMissing($serviceAreaId: ID, $days: Int) {\n    missingAnswers(serviceAreaId: $serviceAreaId, days: $days, first: 100) {\n      query searches fromCustomers answeredLater lastSearchedAt\n      serviceArea { id code }\n      service { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSynonyms($language: ArticleLanguage!) {\n    synonyms(language: $language) { id language terms createdAt }\n    synonymHistory(language: $language) { groupId action terms actorName at }\n  }\n"): (typeof documents)["\n  query KbSynonyms($language: ArticleLanguage!) {\n    synonyms(language: $language) { id language terms createdAt }\n    synonymHistory(language: $language) { groupId action terms actorName at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbAddSynonymGroup($language: ArticleLanguage!, $terms: [String!]!) {\n    addSynonymGroup(language: $language, terms: $terms) { synonymGroup { id terms } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation KbAddSynonymGroup($language: ArticleLanguage!, $terms: [String!]!) {\n    addSynonymGroup(language: $language, terms: $terms) { synonymGroup { id terms } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbRemoveSynonymGroup($groupId: ID!) {\n    removeSynonymGroup(groupId: $groupId) { synonymGroup { id terms } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation KbRemoveSynonymGroup($groupId: ID!) {\n    removeSynonymGroup(groupId: $groupId) { synonymGroup { id terms } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbViewer {\n    viewer { role writesArticles publishesArticles }\n  }\n"): (typeof documents)["\n  query KbViewer {\n    viewer { role writesArticles publishesArticles }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbAreas {\n    serviceAreas { id code name services { id name } }\n  }\n"): (typeof documents)["\n  query KbAreas {\n    serviceAreas { id code name services { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSearch($query: String!, $filter: KnowledgeFilter, $first: Int) {\n    knowledgeSearch(query: $query, filter: $filter, first: $first) {\n      correctedQuery\n      pageInfo { hasNextPage }\n      edges { cursor snippet node { id title summary status audience language serviceArea { id code } } }\n    }\n  }\n"): (typeof documents)["\n  query KbSearch($query: String!, $filter: KnowledgeFilter, $first: Int) {\n    knowledgeSearch(query: $query, filter: $filter, first: $first) {\n      correctedQuery\n      pageInfo { hasNextPage }\n      edges { cursor snippet node { id title summary status audience language serviceArea { id code } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbList($status: ArticleStatus!, $serviceAreaIds: [ID!], $first: Int) {\n    articles(status: $status, serviceAreaIds: $serviceAreaIds, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      edges { node { id title summary status audience language updatedAt serviceArea { id code } } }\n    }\n  }\n"): (typeof documents)["\n  query KbList($status: ArticleStatus!, $serviceAreaIds: [ID!], $first: Int) {\n    articles(status: $status, serviceAreaIds: $serviceAreaIds, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      edges { node { id title summary status audience language updatedAt serviceArea { id code } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleView on Article {\n    id\n    title\n    summary\n    body\n    bodyHtml\n    status\n    audience\n    language\n    tags\n    revision\n    version\n    reviewDate\n    createdAt\n    updatedAt\n    publishedAt\n    availableActions\n    serviceArea { id code name }\n    service { id name }\n    author { id name }\n    ownerGroup { id name }\n    sourceTicket { id number title }\n    ratings { helpful notHelpful }\n    solvedCases { total firstLine }\n  }\n"): (typeof documents)["\n  fragment ArticleView on Article {\n    id\n    title\n    summary\n    body\n    bodyHtml\n    status\n    audience\n    language\n    tags\n    revision\n    version\n    reviewDate\n    createdAt\n    updatedAt\n    publishedAt\n    availableActions\n    serviceArea { id code name }\n    service { id name }\n    author { id name }\n    ownerGroup { id name }\n    sourceTicket { id number title }\n    ratings { helpful notHelpful }\n    solvedCases { total firstLine }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbRevisions($id: ID!) {\n    article(id: $id) {\n      id\n      revision\n      revisions(first: 100) { totalCount edges { node { number editedAt note editedBy { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  query KbRevisions($id: ID!) {\n    article(id: $id) {\n      id\n      revision\n      revisions(first: 100) { totalCount edges { node { number editedAt note editedBy { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbArticle($id: ID!) {\n    article(id: $id) { ...ArticleView }\n  }\n"): (typeof documents)["\n  query KbArticle($id: ID!) {\n    article(id: $id) { ...ArticleView }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbDiff($id: ID!, $from: Int!, $to: Int!) {\n    article(id: $id) {\n      id\n      diff(from: $from, to: $to) { from to fields { field parts { op text } } }\n    }\n  }\n"): (typeof documents)["\n  query KbDiff($id: ID!, $from: Int!, $to: Int!) {\n    article(id: $id) {\n      id\n      diff(from: $from, to: $to) { from to fields { field parts { op text } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbTicket($number: String!) {\n    ticket(number: $number) { id number title status description resolution serviceArea { id code } }\n  }\n"): (typeof documents)["\n  query KbTicket($number: String!) {\n    ticket(number: $number) { id number title status description resolution serviceArea { id code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbCreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) { article { ...ArticleView } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation KbCreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) { article { ...ArticleView } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbUpdateArticle($articleId: ID!, $expectedVersion: Int!, $input: ArticleInput!) {\n    updateArticle(articleId: $articleId, expectedVersion: $expectedVersion, input: $input) { article { ...ArticleView } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation KbUpdateArticle($articleId: ID!, $expectedVersion: Int!, $input: ArticleInput!) {\n    updateArticle(articleId: $articleId, expectedVersion: $expectedVersion, input: $input) { article { ...ArticleView } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbPublishArticle($articleId: ID!, $expectedVersion: Int!) {\n    publishArticle(articleId: $articleId, expectedVersion: $expectedVersion) { article { ...ArticleView } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation KbPublishArticle($articleId: ID!, $expectedVersion: Int!) {\n    publishArticle(articleId: $articleId, expectedVersion: $expectedVersion) { article { ...ArticleView } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbArchiveArticle($articleId: ID!, $expectedVersion: Int!) {\n    archiveArticle(articleId: $articleId, expectedVersion: $expectedVersion) { article { ...ArticleView } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation KbArchiveArticle($articleId: ID!, $expectedVersion: Int!) {\n    archiveArticle(articleId: $articleId, expectedVersion: $expectedVersion) { article { ...ArticleView } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbCreateFromTicket($ticketId: ID!) {\n    createArticleFromTicket(ticketId: $ticketId) { article { ...ArticleView } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation KbCreateFromTicket($ticketId: ID!) {\n    createArticleFromTicket(ticketId: $ticketId) { article { ...ArticleView } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbRateArticle($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {\n    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) { article { id ratings { helpful notHelpful } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation KbRateArticle($articleId: ID!, $ticketId: ID!, $helpful: Boolean!) {\n    rateArticle(articleId: $articleId, ticketId: $ticketId, helpful: $helpful) { article { id ratings { helpful notHelpful } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMailPreferences {\n    myMailPreferences { kind byMail isDefault defaultByMail }\n  }\n"): (typeof documents)["\n  query ConsoleMailPreferences {\n    myMailPreferences { kind byMail isDefault defaultByMail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetMailPreference($kind: MailKind!, $byMail: Boolean!) {\n    setMailPreference(kind: $kind, byMail: $byMail) {\n      preference { kind byMail isDefault defaultByMail }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetMailPreference($kind: MailKind!, $byMail: Boolean!) {\n    setMailPreference(kind: $kind, byMail: $byMail) {\n      preference { kind byMail isDefault defaultByMail }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailInList($first: Int, $after: String, $statuses: [InboundMailStatus!]) {\n    inboundMails(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id receivedAt fromName fromAddress envelopeFrom subject status outcome note text rawSource ticket { id number } } }\n    }\n  }\n"): (typeof documents)["\n  query MailInList($first: Int, $after: String, $statuses: [InboundMailStatus!]) {\n    inboundMails(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id receivedAt fromName fromAddress envelopeFrom subject status outcome note text rawSource ticket { id number } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutList($first: Int, $after: String, $status: OutgoingMailStatus, $kind: MailKind) {\n    outgoingMails(first: $first, after: $after, status: $status, kind: $kind) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id kind toAddress toName subject status attempts createdAt ticket { id number } } }\n    }\n  }\n"): (typeof documents)["\n  query MailOutList($first: Int, $after: String, $status: OutgoingMailStatus, $kind: MailKind) {\n    outgoingMails(first: $first, after: $after, status: $status, kind: $kind) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id kind toAddress toName subject status attempts createdAt ticket { id number } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutOne($id: ID!) {\n    outgoingMail(id: $id) {\n      id kind toAddress toName subject text html messageId inReplyTo status attempts lastError createdAt sentAt\n      ticket { id number }\n    }\n  }\n"): (typeof documents)["\n  query MailOutOne($id: ID!) {\n    outgoingMail(id: $id) {\n      id kind toAddress toName subject text html messageId inReplyTo status attempts lastError createdAt sentAt\n      ticket { id number }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation WallboardAnswerNext($serviceArea: ServiceAreaCode) {\n    answerNext(serviceArea: $serviceArea) {\n      call { id state ticketNumber }\n      callback { id status call { id ticketNumber } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation WallboardAnswerNext($serviceArea: ServiceAreaCode) {\n    answerNext(serviceArea: $serviceArea) {\n      call { id state ticketNumber }\n      callback { id status call { id ticketNumber } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallboardStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    callStatistics(from: $from, to: $to) {\n      serviceArea total calls answered abandoned callbacks transferred meanWaitSeconds maxWaitSeconds\n    }\n  }\n"): (typeof documents)["\n  query WallboardStatistics($from: DateTimeISO!, $to: DateTimeISO!) {\n    callStatistics(from: $from, to: $to) {\n      serviceArea total calls answered abandoned callbacks transferred meanWaitSeconds maxWaitSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyChangesFields on SavedReplyChanges { commentVisibility impact urgency status escalateTo { id name } }\n"): (typeof documents)["\n  fragment ReplyChangesFields on SavedReplyChanges { commentVisibility impact urgency status escalateTo { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepliesList($search: String) {\n    savedReplies(search: $search, first: 100) {\n      edges { node { id title scope group { id name } isMacro changes { ...ReplyChangesFields } } }\n      pageInfo { hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query RepliesList($search: String) {\n    savedReplies(search: $search, first: 100) {\n      edges { node { id title scope group { id name } isMacro changes { ...ReplyChangesFields } } }\n      pageInfo { hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepliesReply($id: ID!) {\n    savedReply(id: $id) { id title body scope version isMacro group { id name } changes { ...ReplyChangesFields } }\n  }\n"): (typeof documents)["\n  query RepliesReply($id: ID!) {\n    savedReply(id: $id) { id title body scope version isMacro group { id name } changes { ...ReplyChangesFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepliesFormData {\n    savedReplyPlaceholders { placeholder description }\n    groups(tier: SECOND) { id name }\n  }\n"): (typeof documents)["\n  query RepliesFormData {\n    savedReplyPlaceholders { placeholder description }\n    groups(tier: SECOND) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepliesCreate($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) { savedReply { id version } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RepliesCreate($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) { savedReply { id version } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepliesUpdate($savedReplyId: ID!, $expectedVersion: Int!, $input: UpdateSavedReplyInput!) {\n    updateSavedReply(savedReplyId: $savedReplyId, expectedVersion: $expectedVersion, input: $input) {\n      savedReply { id title body scope version isMacro group { id name } changes { ...ReplyChangesFields } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RepliesUpdate($savedReplyId: ID!, $expectedVersion: Int!, $input: UpdateSavedReplyInput!) {\n    updateSavedReply(savedReplyId: $savedReplyId, expectedVersion: $expectedVersion, input: $input) {\n      savedReply { id title body scope version isMacro group { id name } changes { ...ReplyChangesFields } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepliesDelete($savedReplyId: ID!, $expectedVersion: Int!) {\n    deleteSavedReply(savedReplyId: $savedReplyId, expectedVersion: $expectedVersion) { deletedSavedReplyId userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RepliesDelete($savedReplyId: ID!, $expectedVersion: Int!) {\n    deleteSavedReply(savedReplyId: $savedReplyId, expectedVersion: $expectedVersion) { deletedSavedReplyId userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportAgencies($search: String, $first: Int!) {\n    agencies(search: $search, first: $first) { totalCount edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query ReportAgencies($search: String, $first: Int!) {\n    agencies(search: $search, first: $first) { totalCount edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportAgencyName($id: ID!) {\n    node(id: $id) { id __typename ... on Agency { name } }\n  }\n"): (typeof documents)["\n  query ReportAgencyName($id: ID!) {\n    node(id: $id) { id __typename ... on Agency { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleForumsDue($agencyId: ID) {\n    forumsDue(agencyId: $agencyId) {\n      forum segment year required held planned overdue\n      agency { id name }\n      serviceArea { id name }\n      slots { dueBy heldOn overdue }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleForumsDue($agencyId: ID) {\n    forumsDue(agencyId: $agencyId) {\n      forum segment year required held planned overdue\n      agency { id name }\n      serviceArea { id name }\n      slots { dueBy heldOn overdue }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumMeeting on Meeting {\n    id\n    forum\n    status\n    scheduledAt\n    segment\n    version\n    minutes\n    agency { id name }\n    serviceArea { id name }\n    participants { id name }\n    agenda { position title lines tickets { id number title } matters { id question status } }\n  }\n"): (typeof documents)["\n  fragment ForumMeeting on Meeting {\n    id\n    forum\n    status\n    scheduledAt\n    segment\n    version\n    minutes\n    agency { id name }\n    serviceArea { id name }\n    participants { id name }\n    agenda { position title lines tickets { id number title } matters { id question status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMeetings($year: Int!, $agencyId: ID, $first: Int!) {\n    meetings(year: $year, agencyId: $agencyId, first: $first) {\n      totalCount\n      edges { node { ...ForumMeeting } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMeetings($year: Int!, $agencyId: ID, $first: Int!) {\n    meetings(year: $year, agencyId: $agencyId, first: $first) {\n      totalCount\n      edges { node { ...ForumMeeting } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRegenerateAgenda($meetingId: ID!) {\n    regenerateAgenda(meetingId: $meetingId) { meeting { ...ForumMeeting } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ConsoleRegenerateAgenda($meetingId: ID!) {\n    regenerateAgenda(meetingId: $meetingId) { meeting { ...ForumMeeting } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) { meeting { ...ForumMeeting } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) { meeting { ...ForumMeeting } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEscalationMatters($agencyId: ID, $first: Int!) {\n    escalationMatters(agencyId: $agencyId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id level status question raisedAt decision feedback\n          agency { id name }\n          serviceArea { id name }\n          raisedBy { id name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEscalationMatters($agencyId: ID, $first: Int!) {\n    escalationMatters(agencyId: $agencyId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id level status question raisedAt decision feedback\n          agency { id name }\n          serviceArea { id name }\n          raisedBy { id name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceOrders($agencyId: ID, $status: OrderStatus, $first: Int!) {\n    serviceOrders(agencyId: $agencyId, status: $status, first: $first) {\n      totalCount\n      edges {\n        node {\n          id kind status title orderedAt estimatedHours reportedHours hourlyPrice monthlyPrice\n          agency { id name }\n          ticket { id number }\n          orderedBy { id name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceOrders($agencyId: ID, $status: OrderStatus, $first: Int!) {\n    serviceOrders(agencyId: $agencyId, status: $status, first: $first) {\n      totalCount\n      edges {\n        node {\n          id kind status title orderedAt estimatedHours reportedHours hourlyPrice monthlyPrice\n          agency { id name }\n          ticket { id number }\n          orderedBy { id name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInvoiceBasis($month: String!, $agencyId: ID) {\n    invoiceBasis(month: $month, agencyId: $agencyId) {\n      month rule total\n      totals { total agency { id name } }\n      lines { kind reference description hours unitPrice total deliveryApprovedOn agency { id name } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleInvoiceBasis($month: String!, $agencyId: ID) {\n    invoiceBasis(month: $month, agencyId: $agencyId) {\n      month rule total\n      totals { total agency { id name } }\n      lines { kind reference description hours unitPrice total deliveryApprovedOn agency { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSlaBreakdowns($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      byGroup { metric measured met breached sharePercent reached group { id name } }\n      byAgent { metric measured met breached sharePercent reached agent { id name } }\n      timeSpent { level tier minutes billableMinutes cases agency { id name } serviceArea { id name } service { id name } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSlaBreakdowns($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      byGroup { metric measured met breached sharePercent reached group { id name } }\n      byAgent { metric measured met breached sharePercent reached agent { id name } }\n      timeSpent { level tier minutes billableMinutes cases agency { id name } serviceArea { id name } service { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSlaReport($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      period { label from to }\n      agency { id name }\n      serviceArea { id name }\n      service { id name }\n      targetPercent\n      openPastSla\n      generatedAt\n      outcomes {\n        level metric measured met breached sharePercent targetPercent reached meanHours medianHours p90Hours\n        serviceArea { id name }\n        service { id name }\n      }\n      volumes {\n        created resolved firstLineResolutionRate escalated escalationRate referrals meanHoursAtVendor\n        byChannel { key count }\n        byCategory { key count }\n        byPriority { key count }\n        byResolutionTier { key count }\n      }\n      trend { period metric measured sharePercent }\n      months { month metric measured met sharePercent }\n      firstLineResolution { level resolved firstLine rate serviceArea { id name } service { id name } }\n      deviations(first: 25) {\n        edges { node { metric day elapsedHours targetHours overrunHours tierWhereTimeWent ticket { id number title } group { id name } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSlaReport($input: SlaReportInput!) {\n    slaReport(input: $input) {\n      period { label from to }\n      agency { id name }\n      serviceArea { id name }\n      service { id name }\n      targetPercent\n      openPastSla\n      generatedAt\n      outcomes {\n        level metric measured met breached sharePercent targetPercent reached meanHours medianHours p90Hours\n        serviceArea { id name }\n        service { id name }\n      }\n      volumes {\n        created resolved firstLineResolutionRate escalated escalationRate referrals meanHoursAtVendor\n        byChannel { key count }\n        byCategory { key count }\n        byPriority { key count }\n        byResolutionTier { key count }\n      }\n      trend { period metric measured sharePercent }\n      months { month metric measured met sharePercent }\n      firstLineResolution { level resolved firstLine rate serviceArea { id name } service { id name } }\n      deviations(first: 25) {\n        edges { node { metric day elapsedHours targetHours overrunHours tierWhereTimeWent ticket { id number title } group { id name } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportServiceAreas {\n    serviceAreas { id name services { id name } }\n  }\n"): (typeof documents)["\n  query ReportServiceAreas {\n    serviceAreas { id name services { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionRuns { retentionRuns(first: 5) { id startedAt finishedAt casesAnonymised triggeredById } }\n"): (typeof documents)["\n  query RetentionRuns { retentionRuns(first: 5) { id startedAt finishedAt casesAnonymised triggeredById } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionRunNow { runRetention { run { id casesAnonymised } userErrors { code message field } } }\n"): (typeof documents)["\n  mutation RetentionRunNow { runRetention { run { id casesAnonymised } userErrors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionExport($input: PersonKeyInput!) { exportPersonalData(input: $input) { export { personId document } userErrors { code message field } } }\n"): (typeof documents)["\n  mutation RetentionExport($input: PersonKeyInput!) { exportPersonalData(input: $input) { export { personId document } userErrors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionErase($input: AnonymisePersonInput!) {\n    anonymisePerson(input: $input) { anonymisation { casesAnonymised casesKept comments mails calls } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation RetentionErase($input: AnonymisePersonInput!) {\n    anonymisePerson(input: $input) { anonymisation { casesAnonymised casesKept comments mails calls } userErrors { code message field } }\n  }\n"];
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
export function graphql(source: "\n  mutation CommentMarkConfidential($input: MarkConfidentialInput!) {\n    markConfidential(input: $input) { ticket { id version } comment { id confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CommentMarkConfidential($input: MarkConfidentialInput!) {\n    markConfidential(input: $input) { ticket { id version } comment { id confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentUnmarkConfidential($input: UnmarkConfidentialInput!) {\n    unmarkConfidential(input: $input) { ticket { id version } comment { id confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CommentUnmarkConfidential($input: UnmarkConfidentialInput!) {\n    unmarkConfidential(input: $input) { ticket { id version } comment { id confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecondLineGroups {\n    groups(tier: SECOND) { id name kind acceptsAnyArea serviceArea { id name } }\n  }\n"): (typeof documents)["\n  query SecondLineGroups {\n    groups(tier: SECOND) { id name kind acceptsAnyArea serviceArea { id name } }\n  }\n"];
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
export function graphql(source: "\n  query TicketReplies($ticketId: ID!) {\n    savedReplies(ticketId: $ticketId, first: 100) {\n      edges { node { id title isMacro changes { commentVisibility impact urgency status escalateTo { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  query TicketReplies($ticketId: ID!) {\n    savedReplies(ticketId: $ticketId, first: 100) {\n      edges { node { id title isMacro changes { commentVisibility impact urgency status escalateTo { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderReply($id: ID!, $ticketId: ID!) {\n    renderSavedReply(id: $id, ticketId: $ticketId) { text unknownPlaceholders unfilledPlaceholders }\n  }\n"): (typeof documents)["\n  query RenderReply($id: ID!, $ticketId: ID!) {\n    renderSavedReply(id: $id, ticketId: $ticketId) { text unknownPlaceholders unfilledPlaceholders }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyReply($ticketId: ID!, $input: ApplySavedReplyInput!) {\n    applySavedReply(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyReply($ticketId: ID!, $input: ApplySavedReplyInput!) {\n    applySavedReply(ticketId: $ticketId, input: $input) {\n      comment { id body visibility createdAt author { id name } }\n      ticket { ...TicketSummary }\n      userErrors { code message field }\n    }\n  }\n"];
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
export function graphql(source: "\n  query TicketAttachmentList($id: ID!) {\n    ticket(id: $id) { id attachments { id filename contentType size source createdAt downloadUrl } }\n  }\n"): (typeof documents)["\n  query TicketAttachmentList($id: ID!) {\n    ticket(id: $id) { id attachments { id filename contentType size source createdAt downloadUrl } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketLegalHold($id: ID!) {\n    ticket(id: $id) {\n      id version anonymisedAt legalHold { reason }\n      history(first: 100) { edges { node { id kind at actor { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  query TicketLegalHold($id: ID!) {\n    ticket(id: $id) {\n      id version anonymisedAt legalHold { reason }\n      history(first: 100) { edges { node { id kind at actor { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketSetLegalHold($input: SetLegalHoldInput!) {\n    setLegalHold(input: $input) { ticket { id version anonymisedAt legalHold { reason } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation TicketSetLegalHold($input: SetLegalHoldInput!) {\n    setLegalHold(input: $input) { ticket { id version anonymisedAt legalHold { reason } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketPublicRecordExport($input: ExportPublicRecordInput!) {\n    exportPublicRecord(input: $input) {\n      record { id ticketNumber requestReference downloadUrl masks { part where ground } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation TicketPublicRecordExport($input: ExportPublicRecordInput!) {\n    exportPublicRecord(input: $input) {\n      record { id ticketNumber requestReference downloadUrl masks { part where ground } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketSecrecy($id: ID!) {\n    ticket(id: $id) { id version confidential confidentiality { code reason readerRoles } }\n  }\n"): (typeof documents)["\n  query TicketSecrecy($id: ID!) {\n    ticket(id: $id) { id version confidential confidentiality { code reason readerRoles } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketMarkConfidential($input: MarkConfidentialInput!) {\n    markConfidential(input: $input) { ticket { id version confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation TicketMarkConfidential($input: MarkConfidentialInput!) {\n    markConfidential(input: $input) { ticket { id version confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketUnmarkConfidential($input: UnmarkConfidentialInput!) {\n    unmarkConfidential(input: $input) { ticket { id version confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation TicketUnmarkConfidential($input: UnmarkConfidentialInput!) {\n    unmarkConfidential(input: $input) { ticket { id version confidential confidentiality { code reason readerRoles } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketTimeSpent($id: ID!) {\n    ticket(id: $id) {\n      id status canLogTime\n      timeEntries { id minutes workedOn note tier billable canChange version person { id name } }\n      timeSpent { totalMinutes billableMinutes byTier { tier minutes } byPerson { minutes person { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query TicketTimeSpent($id: ID!) {\n    ticket(id: $id) {\n      id status canLogTime\n      timeEntries { id minutes workedOn note tier billable canChange version person { id name } }\n      timeSpent { totalMinutes billableMinutes byTier { tier minutes } byPerson { minutes person { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id minutes } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation TicketLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id minutes } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketDeleteTime($timeEntryId: ID!, $expectedVersion: Int) {\n    deleteTimeEntry(timeEntryId: $timeEntryId, expectedVersion: $expectedVersion) { deletedTimeEntryId userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation TicketDeleteTime($timeEntryId: ID!, $expectedVersion: Int) {\n    deleteTimeEntry(timeEntryId: $timeEntryId, expectedVersion: $expectedVersion) { deletedTimeEntryId userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketTimeEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind }\n  }\n"): (typeof documents)["\n  subscription TicketTimeEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind }\n  }\n"];
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
export function graphql(source: "\n  fragment TimelineComment on TicketComment { id body visibility createdAt author { id name } mergedFrom { id number } confidential confidentiality { code reason readerRoles } }\n"): (typeof documents)["\n  fragment TimelineComment on TicketComment { id body visibility createdAt author { id name } mergedFrom { id number } confidential confidentiality { code reason readerRoles } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineEvent on TicketEvent { id kind at field fromValue toValue note visibility actor { id name } }\n"): (typeof documents)["\n  fragment TimelineEvent on TicketEvent { id kind at field fromValue toValue note visibility actor { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeCandidates($filter: TicketFilter!) {\n    tickets(first: 10, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      edges { node { id number title status } }\n    }\n  }\n"): (typeof documents)["\n  query MergeCandidates($filter: TicketFilter!) {\n    tickets(first: 10, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      edges { node { id number title status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeInto($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      source {\n        ...TicketSummary ...TicketDetail\n        comments(first: 100) { edges { node { ...TimelineComment } } }\n        history(first: 100) { edges { node { ...TimelineEvent } } }\n      }\n      target {\n        ...TicketSummary ...TicketDetail\n        comments(first: 100) { edges { node { ...TimelineComment } } }\n        history(first: 100) { edges { node { ...TimelineEvent } } }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeInto($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      source {\n        ...TicketSummary ...TicketDetail\n        comments(first: 100) { edges { node { ...TimelineComment } } }\n        history(first: 100) { edges { node { ...TimelineEvent } } }\n      }\n      target {\n        ...TicketSummary ...TicketDetail\n        comments(first: 100) { edges { node { ...TimelineComment } } }\n        history(first: 100) { edges { node { ...TimelineEvent } } }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitOff($input: SplitTicketInput!) {\n    splitTicket(input: $input) {\n      ticket { id number }\n      source { ...TicketSummary history(first: 100) { edges { node { ...TimelineEvent } } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SplitOff($input: SplitTicketInput!) {\n    splitTicket(input: $input) {\n      ticket { id number }\n      source { ...TicketSummary history(first: 100) { edges { node { ...TimelineEvent } } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketProblem($id: ID!) {\n    ticket(id: $id) {\n      id number status priority kind majorIncidentAt linkedToKnownProblem linkedIncidentCount availableActions version\n      problem { id number title status }\n      linkedIncidents { id number title status agency { id name } }\n    }\n  }\n"): (typeof documents)["\n  query TicketProblem($id: ID!) {\n    ticket(id: $id) {\n      id number status priority kind majorIncidentAt linkedToKnownProblem linkedIncidentCount availableActions version\n      problem { id number title status }\n      linkedIncidents { id number title status agency { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketIdByNumber($number: String!) {\n    ticket(number: $number) { id number }\n  }\n"): (typeof documents)["\n  query TicketIdByNumber($number: String!) {\n    ticket(number: $number) { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketSetKind($input: SetTicketKindInput!) {\n    setTicketKind(input: $input) { ticket { id kind version } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation TicketSetKind($input: SetTicketKindInput!) {\n    setTicketKind(input: $input) { ticket { id kind version } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketLinkIncident($input: LinkIncidentInput!) {\n    linkIncident(input: $input) {\n      problem { id version majorIncidentAt linkedIncidentCount linkedIncidents { id number title status agency { id name } } }\n      incident { id number }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation TicketLinkIncident($input: LinkIncidentInput!) {\n    linkIncident(input: $input) {\n      problem { id version majorIncidentAt linkedIncidentCount linkedIncidents { id number title status agency { id name } } }\n      incident { id number }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketUnlinkIncident($input: UnlinkIncidentInput!) {\n    unlinkIncident(input: $input) { problem { id version linkedIncidentCount } incident { id number } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation TicketUnlinkIncident($input: UnlinkIncidentInput!) {\n    unlinkIncident(input: $input) { problem { id version linkedIncidentCount } incident { id number } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketResolveProblem($input: ResolveProblemInput!) {\n    resolveProblem(input: $input) {\n      problem { id status version resolution resolvedAt availableActions }\n      resolvedIncidents { id number status }\n      unresolvedIncidents { incident { id number status } reason message }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation TicketResolveProblem($input: ResolveProblemInput!) {\n    resolveProblem(input: $input) {\n      problem { id status version resolution resolvedAt availableActions }\n      resolvedIncidents { id number status }\n      unresolvedIncidents { incident { id number status } reason message }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketProblemEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind }\n  }\n"): (typeof documents)["\n  subscription TicketProblemEvents($ticketId: ID!) {\n    ticketEvents(ticketId: $ticketId) { id kind }\n  }\n"];
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