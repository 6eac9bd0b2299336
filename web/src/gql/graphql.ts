/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A comment on a ticket. */
export type AddTicketCommentInput = {
  /** The text, 1 to 10,000 characters (trimmed). */
  body: string;
  /** Optional: comments append and cannot lose an update. */
  expectedVersion?: number | null | undefined;
  /** Default PUBLIC. Customers may only write PUBLIC comments (INTERNAL is NOT_ALLOWED). */
  visibility?: Visibility;
};

/** Question, incident, service request or complaint. */
export type Category =
  /** A complaint (klagomål). */
  | 'COMPLAINT'
  /** Something is wrong or broken (incident), e.g. a wrong salary. */
  | 'INCIDENT'
  /** A question (fråga), e.g. "What date is my travel claim paid?". Tickets the IVR registers start as QUESTION. */
  | 'QUESTION'
  /** A request for a service or access (tjänstebeställning), e.g. access to the e-commerce service. */
  | 'SERVICE_REQUEST';

/** How the case reached the centre. EMAIL is for external parties only. */
export type Channel =
  /** E-mail, open to external parties only (suppliers, the customers' customers, journalists); the requester is an external contact. */
  | 'EMAIL'
  /** A phone call: registered automatically by the IVR on an incoming call, or by staff. The requester is a customer user of an agency. */
  | 'PHONE'
  /** The customer web portal (kundwebb): the only channel customer users register tickets through themselves. */
  | 'WEB';

/** How widely the case affects the agency; with urgency it sets the priority. */
export type Impact =
  /** With urgency HIGH, MEDIUM, LOW: priority P1, P2, P3. */
  | 'HIGH'
  /** With urgency HIGH, MEDIUM, LOW: priority P3, P4, P4. */
  | 'LOW'
  /** With urgency HIGH, MEDIUM, LOW: priority P2, P3, P4. */
  | 'MEDIUM';

/** P1 (highest) to P4, from impact and urgency (the ITIL matrix); never set directly. */
export type Priority =
  /** Highest: high impact and high urgency. The delivery manager (leveransansvarig) is the contact for P1 and P2 incidents. */
  | 'P1'
  /** High impact with medium urgency, or medium impact with high urgency. */
  | 'P2'
  /** High impact with low urgency, medium with medium, or low impact with high urgency. */
  | 'P3'
  /** Lowest: medium impact with low urgency, or low impact with medium or low urgency. */
  | 'P4';

/** What a user is to the centre; it decides what they may see and do. */
export type Role =
  /** Account manager (kundansvarig): reads the tickets of the agencies they (or their deputy role) answer for, at the tactical level. Does not work tickets. */
  | 'ACCOUNT_MANAGER'
  /** Administrator: reads every ticket and manages the configuration. Does not work tickets. */
  | 'ADMIN'
  /** First-line Servicedesk agent: reads and works every ticket. */
  | 'AGENT'
  /** A user of a customer agency: reads their agency's tickets, registers tickets through the web portal, writes public comments and reopens their own resolved tickets. */
  | 'CUSTOMER'
  /** Delivery manager (leveransansvarig): reads the tickets of the agency and service area pairs they (or their deputy role) answer for; owns P1/P2 escalation. Does not work tickets. */
  | 'DELIVERY_MANAGER'
  /** An outside party reaching the centre by e-mail (supplier, journalist); never signs in. */
  | 'EXTERNAL_CONTACT'
  /** Second-line specialist: reads the tickets of their groups and of their groups' service areas, works those of their groups. */
  | 'SPECIALIST'
  /** The telephony gateway (the IVR): a machine account that starts and moves calls; reads no tickets through the API. */
  | 'TELEPHONY';

/** What an SLA timer measures; a ticket has at most one timer per metric. The defaults below are what a new policy gets; each policy may change them (`SlaPolicy.conditions`). */
export type SlaMetric =
  /** Time to the first answer: by default from registration to the first PUBLIC comment by staff, or to resolution. */
  | 'FIRST_RESPONSE'
  /** Time to resolution: by default from registration (or reopening) to RESOLVED, paused while WAITING_FOR_CUSTOMER. */
  | 'RESOLUTION'
  /** Time at a third-line vendor, measured against the underpinning contract: by default from the referral to the vendor's answer, the return or resolution. */
  | 'TIME_AT_VENDOR';

/** Where an SLA timer stands, computed at request time from the business time it has used. */
export type SlaTimerState =
  /** Its business time used has reached the target. A running one keeps counting so that the overrun is measured; a stopped one stays BREACHED. */
  | 'BREACHED'
  /** Stopped within its target (`metAt` is set). */
  | 'MET'
  /** Frozen while the ticket is in one of the policy's pause statuses; the due time moves on when it resumes. */
  | 'PAUSED'
  /** Counting business time, within its target so far. */
  | 'RUNNING';

/** What a history event records. Events marked internal are hidden from customers. */
export type TicketEventKind =
  /** A knowledge base article was linked as used to resolve the ticket (toId: the article); internal. */
  | 'ARTICLE_LINKED'
  /** The assignee changed or was removed (names in fromValue/toValue, users in fromId/toId); internal. */
  | 'ASSIGNED'
  /** A callback attempt ended, the customer reached or not (toValue: the callback status); internal. */
  | 'CALLBACK_COMPLETED'
  /** The caller chose a callback instead of waiting; toValue is the number; internal. */
  | 'CALLBACK_REQUESTED'
  /** An agent took the callback (toId: the agent); note counts the attempt; internal. */
  | 'CALLBACK_TAKEN'
  /** An agent answered the call (toId: the agent); internal. */
  | 'CALL_ANSWERED'
  /** The call ended; toValue is the reason, note the duration in seconds; internal. */
  | 'CALL_ENDED'
  /** The caller pressed a key (or stayed silent) in the IVR menu; internal. */
  | 'CALL_MENU_INPUT'
  /** The call was put in a queue (toValue names it); internal. */
  | 'CALL_QUEUED'
  /** A phone call came in and registered (or found) this ticket; toValue is the external call ID; internal. */
  | 'CALL_STARTED'
  /** The call was transferred to the switchboard; internal. */
  | 'CALL_TRANSFERRED'
  /** Closed (final). */
  | 'CLOSED'
  /** A comment was added; the event has the comment's visibility. */
  | 'COMMENTED'
  /** The ticket was registered; toValue is its number, note its channel. */
  | 'CREATED'
  /** Escalated from the first line to a second-line group (field group); note is the reason; internal. */
  | 'ESCALATED'
  /** A field changed (field, fromValue, toValue): title, category, priority, service, serviceArea; internal for impact, urgency and tier. */
  | 'FIELD_CHANGED'
  /** Referred to a vendor, tier SECOND to THIRD; note is the vendor's name; internal. */
  | 'REFERRED_TO_VENDOR'
  /** A resolved ticket was reopened; note is the reason. */
  | 'REOPENED'
  /** Resolved; note is the resolution. */
  | 'RESOLVED'
  /** Sent one tier down; note is the reason; internal. */
  | 'RETURNED'
  /** An SLA timer started, paused, resumed, stopped or was recomputed (field: the metric; toValue: its state); internal. */
  | 'SLA_CHANGED'
  /** The status changed (fromValue, toValue). */
  | 'STATUS_CHANGED'
  /** The vendor's answer was recorded; note holds its first 200 characters; internal. */
  | 'VENDOR_RESPONDED';

/** Filters on the ticket list; all given filters must match. */
export type TicketFilter = {
  /** Only tickets of this customer Agency. */
  agencyId?: string | null | undefined;
  /** Only tickets assigned to the signed-in user. */
  assignedToMe?: boolean | null | undefined;
  /** Only tickets assigned to this User. */
  assigneeId?: string | null | undefined;
  /** Only tickets of one of these categories. */
  category?: Array<Category> | null | undefined;
  /** Only tickets that came in through one of these channels. */
  channel?: Array<Channel> | null | undefined;
  /** Only tickets registered at or after this instant. */
  createdAfter?: string | null | undefined;
  /** Only tickets registered before this instant (exclusive). */
  createdBefore?: string | null | undefined;
  /** Only tickets held by this SupportGroup (its queue). */
  groupId?: string | null | undefined;
  /** Only tickets of one of these priorities. */
  priority?: Array<Priority> | null | undefined;
  /** Only tickets of this ServiceArea. */
  serviceAreaId?: string | null | undefined;
  /** Open tickets with a running timer past a warning threshold, not yet breached. */
  slaAtRisk?: boolean | null | undefined;
  /** Open tickets with a breached SLA timer (false: never breached). */
  slaBreached?: boolean | null | undefined;
  /** Open tickets with a running timer due before this instant. */
  slaDueBefore?: string | null | undefined;
  /** Only tickets in one of these statuses. */
  status?: Array<TicketStatus> | null | undefined;
  /** A ticket number, or words in the title or description. */
  text?: string | null | undefined;
  /** Only tickets held at one of these tiers. */
  tier?: Array<Tier> | null | undefined;
  /** Only tickets with no assignee. */
  unassigned?: boolean | null | undefined;
};

/** Where a ticket (ärende) is in its life. NEW -> IN_PROGRESS by assignTicket or setTicketStatus; IN_PROGRESS <-> WAITING_FOR_CUSTOMER by setTicketStatus; escalateTicket and returnTicket make it NEW again one tier up or down; referTicketToVendor -> WAITING_FOR_VENDOR; resolveTicket -> RESOLVED; from RESOLVED, closeTicket -> CLOSED (final) or reopenTicket -> IN_PROGRESS. A move the workflow forbids is an INVALID_TRANSITION user error. */
export type TicketStatus =
  /** Final: it cannot be reopened, edited, assigned or commented. */
  | 'CLOSED'
  /** Being worked: taken by an assignee, set with setTicketStatus, reopened, resumed by a customer reply, or back from the vendor. */
  | 'IN_PROGRESS'
  /** Registered, escalated or returned, and not yet picked up; assigning it to someone starts it (IN_PROGRESS). */
  | 'NEW'
  /** Solved (resolveTicket); no longer editable or assignable. Staff may close it; staff or the requesting customer may reopen it. */
  | 'RESOLVED'
  /** Waiting for an answer from the customer (set with setTicketStatus); a comment by a customer user puts it back IN_PROGRESS. The default resolution SLA timer pauses here. */
  | 'WAITING_FOR_CUSTOMER'
  /** Referred to a third-line vendor (tier THIRD); the referring group waits. Only recordVendorResponse or returnTicket move it on: it cannot be resolved, escalated or have its status set meanwhile. */
  | 'WAITING_FOR_VENDOR';

/** A line of the support chain. */
export type Tier =
  /** The first line: the Servicedesk, single point of contact; every ticket starts here. */
  | 'FIRST'
  /** The second line: production specialists per service area, or an external second line. */
  | 'SECOND'
  /** The third line: external vendors (system suppliers) and customer managers. A ticket gets here only by referTicketToVendor, and the referring group keeps it. */
  | 'THIRD';

/** How soon it must be solved; with impact it sets the priority. */
export type Urgency =
  /** With impact HIGH, MEDIUM, LOW: priority P1, P2, P3. */
  | 'HIGH'
  /** With impact HIGH, MEDIUM, LOW: priority P3, P4, P4. */
  | 'LOW'
  /** With impact HIGH, MEDIUM, LOW: priority P2, P3, P4. */
  | 'MEDIUM';

/** Why a mutation did not change anything. */
export type UserErrorCode =
  /** An input is malformed, too long, of the wrong type, or refers to the wrong kind of object. */
  | 'BAD_USER_INPUT'
  /** The object changed since you read it (stale expectedVersion), or a duplicate. */
  | 'CONFLICT'
  /** The workflow does not allow this move from the ticket's current status and tier. */
  | 'INVALID_TRANSITION'
  /** You may see the object but not make this particular change. */
  | 'NOT_ALLOWED'
  /** An object the input names does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** The service cannot take the request now, whatever the input (startCall: no IVR menu is published); nothing changed, try again once it is set up. */
  | 'UNAVAILABLE';

/** PUBLIC is shown to the customer; INTERNAL to staff only. */
export type Visibility =
  /** Staff only: customers never get it, in lists, history, subscriptions or `node(id:)`. */
  | 'INTERNAL'
  /** Shown to staff and to the customer users of the ticket's agency. */
  | 'PUBLIC';

export type AddCommentMutationVariables = Exact<{
  ticketId: string;
  input: AddTicketCommentInput;
}>;


export type AddCommentMutation = { addTicketComment: { comment: { id: string, body: string, visibility: Visibility, createdAt: string, author: { id: string, name: string } | null } | null, ticket: { id: string, number: string, title: string, priority: Priority, status: TicketStatus, tier: Tier, category: Category, version: number, createdAt: string, updatedAt: string, agency: { id: string, name: string } | null, group: { id: string, name: string }, assignee: { id: string, name: string } | null, serviceArea: { id: string, name: string }, service: { id: string, name: string } | null, requester: { id: string, name: string }, slaTimers: Array<{ id: string, metric: SlaMetric, state: SlaTimerState, dueAt: string, startedAt: string, remainingSeconds: number, percentUsed: number, pausedAt: string | null, pausedMinutes: number, breachedAt: string | null, metAt: string | null, stoppedAt: string | null, policy: { id: string, warningThresholds: Array<number> } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type FreshTicketQueryVariables = Exact<{
  id: string;
}>;


export type FreshTicketQuery = { ticket: { id: string, number: string, title: string, priority: Priority, status: TicketStatus, tier: Tier, category: Category, version: number, createdAt: string, updatedAt: string, agency: { id: string, name: string } | null, group: { id: string, name: string }, assignee: { id: string, name: string } | null, serviceArea: { id: string, name: string }, service: { id: string, name: string } | null, requester: { id: string, name: string }, slaTimers: Array<{ id: string, metric: SlaMetric, state: SlaTimerState, dueAt: string, startedAt: string, remainingSeconds: number, percentUsed: number, pausedAt: string | null, pausedMinutes: number, breachedAt: string | null, metAt: string | null, stoppedAt: string | null, policy: { id: string, warningThresholds: Array<number> } | null }> } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role, user: { id: string, name: string }, groups: Array<{ id: string, name: string }> } | null };

export type TicketSummaryFragment = { id: string, number: string, title: string, priority: Priority, status: TicketStatus, tier: Tier, category: Category, version: number, createdAt: string, updatedAt: string, agency: { id: string, name: string } | null, group: { id: string, name: string }, assignee: { id: string, name: string } | null, serviceArea: { id: string, name: string }, service: { id: string, name: string } | null, requester: { id: string, name: string }, slaTimers: Array<{ id: string, metric: SlaMetric, state: SlaTimerState, dueAt: string, startedAt: string, remainingSeconds: number, percentUsed: number, pausedAt: string | null, pausedMinutes: number, breachedAt: string | null, metAt: string | null, stoppedAt: string | null, policy: { id: string, warningThresholds: Array<number> } | null }> };

export type SlaClockFragment = { id: string, metric: SlaMetric, state: SlaTimerState, dueAt: string, startedAt: string, remainingSeconds: number, percentUsed: number, pausedAt: string | null, pausedMinutes: number, breachedAt: string | null, metAt: string | null, stoppedAt: string | null, policy: { id: string, warningThresholds: Array<number> } | null };

export type QueueCountsQueryVariables = Exact<{
  mine: TicketFilter;
  unassigned: TicketFilter;
  atRisk: TicketFilter;
  breached: TicketFilter;
}>;


export type QueueCountsQuery = { mine: { totalCount: number }, unassigned: { totalCount: number }, atRisk: { totalCount: number }, breached: { totalCount: number } };

export type GroupCountQueryVariables = Exact<{
  filter: TicketFilter;
}>;


export type GroupCountQuery = { tickets: { totalCount: number } };

export type QueueTicketsQueryVariables = Exact<{
  filter: TicketFilter;
  first: number;
}>;


export type QueueTicketsQuery = { tickets: { totalCount: number, edges: Array<{ node: { id: string, number: string, title: string, priority: Priority, status: TicketStatus, tier: Tier, category: Category, version: number, createdAt: string, updatedAt: string, agency: { id: string, name: string } | null, group: { id: string, name: string }, assignee: { id: string, name: string } | null, serviceArea: { id: string, name: string }, service: { id: string, name: string } | null, requester: { id: string, name: string }, slaTimers: Array<{ id: string, metric: SlaMetric, state: SlaTimerState, dueAt: string, startedAt: string, remainingSeconds: number, percentUsed: number, pausedAt: string | null, pausedMinutes: number, breachedAt: string | null, metAt: string | null, stoppedAt: string | null, policy: { id: string, warningThresholds: Array<number> } | null }> } }> } };

export type RowUpdatedSubscriptionVariables = Exact<{
  id: string;
}>;


export type RowUpdatedSubscription = { ticketUpdated: { id: string, number: string, title: string, priority: Priority, status: TicketStatus, tier: Tier, category: Category, version: number, createdAt: string, updatedAt: string, agency: { id: string, name: string } | null, group: { id: string, name: string }, assignee: { id: string, name: string } | null, serviceArea: { id: string, name: string }, service: { id: string, name: string } | null, requester: { id: string, name: string }, slaTimers: Array<{ id: string, metric: SlaMetric, state: SlaTimerState, dueAt: string, startedAt: string, remainingSeconds: number, percentUsed: number, pausedAt: string | null, pausedMinutes: number, breachedAt: string | null, metAt: string | null, stoppedAt: string | null, policy: { id: string, warningThresholds: Array<number> } | null }> } };

export type TicketByNumberQueryVariables = Exact<{
  number: string;
}>;


export type TicketByNumberQuery = { ticket: { description: string, impact: Impact, urgency: Urgency, channel: Channel, id: string, number: string, title: string, priority: Priority, status: TicketStatus, tier: Tier, category: Category, version: number, createdAt: string, updatedAt: string, history: { edges: Array<{ node: { id: string, kind: TicketEventKind, at: string, field: string | null, fromValue: string | null, toValue: string | null, note: string | null, visibility: Visibility, actor: { id: string, name: string } | null } }> }, comments: { edges: Array<{ node: { id: string, body: string, visibility: Visibility, createdAt: string, author: { id: string, name: string } | null } }> }, agency: { id: string, name: string } | null, group: { id: string, name: string }, assignee: { id: string, name: string } | null, serviceArea: { id: string, name: string }, service: { id: string, name: string } | null, requester: { id: string, name: string }, slaTimers: Array<{ id: string, metric: SlaMetric, state: SlaTimerState, dueAt: string, startedAt: string, remainingSeconds: number, percentUsed: number, pausedAt: string | null, pausedMinutes: number, breachedAt: string | null, metAt: string | null, stoppedAt: string | null, policy: { id: string, warningThresholds: Array<number> } | null }> } | null };

export type TicketLiveSubscriptionVariables = Exact<{
  id: string;
}>;


export type TicketLiveSubscription = { ticketUpdated: { description: string, id: string, number: string, title: string, priority: Priority, status: TicketStatus, tier: Tier, category: Category, version: number, createdAt: string, updatedAt: string, agency: { id: string, name: string } | null, group: { id: string, name: string }, assignee: { id: string, name: string } | null, serviceArea: { id: string, name: string }, service: { id: string, name: string } | null, requester: { id: string, name: string }, slaTimers: Array<{ id: string, metric: SlaMetric, state: SlaTimerState, dueAt: string, startedAt: string, remainingSeconds: number, percentUsed: number, pausedAt: string | null, pausedMinutes: number, breachedAt: string | null, metAt: string | null, stoppedAt: string | null, policy: { id: string, warningThresholds: Array<number> } | null }> } };

export type TicketEventsLiveSubscriptionVariables = Exact<{
  ticketId: string;
}>;


export type TicketEventsLiveSubscription = { ticketEvents: { id: string, kind: TicketEventKind, at: string } };

export const SlaClockFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaTimer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warningThresholds"}}]}}]}}]} as unknown as DocumentNode<SlaClockFragment, unknown>;
export const TicketSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaTimers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClock"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaTimer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warningThresholds"}}]}}]}}]} as unknown as DocumentNode<TicketSummaryFragment, unknown>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaTimer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warningThresholds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaTimers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClock"}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const FreshTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FreshTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaTimer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warningThresholds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaTimers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClock"}}]}}]}}]} as unknown as DocumentNode<FreshTicketQuery, FreshTicketQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const QueueCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unassigned"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"atRisk"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"breached"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mine"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unassigned"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unassigned"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"atRisk"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"atRisk"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"breached"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breached"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<QueueCountsQuery, QueueCountsQueryVariables>;
export const GroupCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<GroupCountQuery, GroupCountQueryVariables>;
export const QueueTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SLA_DUE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaTimer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warningThresholds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaTimers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClock"}}]}}]}}]} as unknown as DocumentNode<QueueTicketsQuery, QueueTicketsQueryVariables>;
export const RowUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RowUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaTimer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warningThresholds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaTimers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClock"}}]}}]}}]} as unknown as DocumentNode<RowUpdatedSubscription, RowUpdatedSubscriptionVariables>;
export const TicketByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaTimer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warningThresholds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaTimers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClock"}}]}}]}}]} as unknown as DocumentNode<TicketByNumberQuery, TicketByNumberQueryVariables>;
export const TicketLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaTimer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warningThresholds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaTimers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClock"}}]}}]}}]} as unknown as DocumentNode<TicketLiveSubscription, TicketLiveSubscriptionVariables>;
export const TicketEventsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketEventsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<TicketEventsLiveSubscription, TicketEventsLiveSubscriptionVariables>;