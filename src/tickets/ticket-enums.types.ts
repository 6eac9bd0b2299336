import { registerEnumType } from 'type-graphql';
import { Category, Channel, CommentVisibility, Impact, Priority, TicketClosureReason, TicketEventKind, TicketStatus, Urgency } from './ticket.enums';
import { TicketAction } from './ticket-actions';

/* The ticket enums as the schema shows them: names and descriptions of each value. */
registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description:
    'Where a ticket (ärende) is in its life. NEW -> IN_PROGRESS by assignTicket or setTicketStatus; IN_PROGRESS <-> WAITING_FOR_CUSTOMER by setTicketStatus; ' +
    'escalateTicket and returnTicket make it NEW again one tier up or down; referTicketToVendor -> WAITING_FOR_VENDOR; resolveTicket -> RESOLVED; ' +
    'from RESOLVED, closeTicket -> CLOSED (final) or reopenTicket -> IN_PROGRESS. A move the workflow forbids is an INVALID_TRANSITION user error.',
  valuesConfig: {
    NEW: { description: 'Registered, escalated or returned, and not yet picked up; assigning it to someone starts it (IN_PROGRESS).' },
    IN_PROGRESS: { description: 'Being worked: taken by an assignee, set with setTicketStatus, reopened, resumed by a customer reply, or back from the vendor.' },
    WAITING_FOR_CUSTOMER: {
      description: 'Waiting for an answer from the customer (set with setTicketStatus); a comment by a customer user puts it back IN_PROGRESS. The default resolution SLA timer pauses here.',
    },
    WAITING_FOR_VENDOR: {
      description: 'Referred to a third-line vendor (tier THIRD); the referring group waits. Only recordVendorResponse or returnTicket move it on: it cannot be resolved, escalated or have its status set meanwhile.',
    },
    RESOLVED: { description: 'Solved (resolveTicket); no longer editable or assignable. Staff may close it; staff or the requesting customer may reopen it.' },
    CLOSED: { description: 'Final: it cannot be reopened, edited, assigned or commented. A phone ticket whose call never reached the Servicedesk is closed from any open status, with its `closureReason`.' },
  },
});
registerEnumType(TicketClosureReason, {
  name: 'TicketClosureReason',
  description:
    "Why a ticket was closed without being served as itself: its call never reached the Servicedesk, or it was a duplicate merged into another case. Its SLA timers stop NOT_MEASURED (neither met nor breached, left out of the SLA report), and callStatistics counts unserved calls as their own figures.",
  valuesConfig: {
    ABANDONED: { description: 'The caller hung up in the menu or in the queue before an agent answered (or the platform lost the call there).' },
    SWITCHBOARD: { description: 'The caller was sent to the switchboard (key 9 or staying on the line): the case is not the Servicedesk\'s.' },
    CALLBACK_UNREACHED: { description: 'The caller asked for a callback and was not reached in 3 attempts.' },
    MERGED: { description: 'A duplicate merged into another case (mergeTicket; see `mergedInto`): its comments and files moved there and the target\'s SLA carries on. It counts as registered, never as resolved.' },
  },
});
registerEnumType(Channel, {
  name: 'Channel',
  description: 'How the case reached the centre. EMAIL is for external parties only.',
  valuesConfig: {
    PHONE: { description: 'A phone call: registered automatically by the IVR on an incoming call, or by staff. The requester is a customer user of an agency.' },
    WEB: { description: 'The customer web portal (kundwebb): the only channel customer users register tickets through themselves.' },
    EMAIL: { description: "E-mail, open to external parties only (suppliers, the customers' customers, journalists); the requester is an external contact." },
  },
});
registerEnumType(Category, {
  name: 'Category',
  description: 'Question, incident, service request or complaint.',
  valuesConfig: {
    QUESTION: { description: 'A question (fråga), e.g. "What date is my travel claim paid?". Tickets the IVR registers start as QUESTION.' },
    INCIDENT: { description: 'Something is wrong or broken (incident), e.g. a wrong salary.' },
    SERVICE_REQUEST: { description: 'A request for a service or access (tjänstebeställning), e.g. access to the e-commerce service.' },
    COMPLAINT: { description: 'A complaint (klagomål).' },
  },
});
registerEnumType(Impact, {
  name: 'Impact',
  description: 'How widely the case affects the agency; with urgency it sets the priority.',
  valuesConfig: {
    HIGH: { description: 'With urgency HIGH, MEDIUM, LOW: priority P1, P2, P3.' },
    MEDIUM: { description: 'With urgency HIGH, MEDIUM, LOW: priority P2, P3, P4.' },
    LOW: { description: 'With urgency HIGH, MEDIUM, LOW: priority P3, P4, P4.' },
  },
});
registerEnumType(Urgency, {
  name: 'Urgency',
  description: 'How soon it must be solved; with impact it sets the priority.',
  valuesConfig: {
    HIGH: { description: 'With impact HIGH, MEDIUM, LOW: priority P1, P2, P3.' },
    MEDIUM: { description: 'With impact HIGH, MEDIUM, LOW: priority P2, P3, P4.' },
    LOW: { description: 'With impact HIGH, MEDIUM, LOW: priority P3, P4, P4.' },
  },
});
registerEnumType(Priority, {
  name: 'Priority',
  description: 'P1 (highest) to P4, from impact and urgency (the ITIL matrix); never set directly.',
  valuesConfig: {
    P1: { description: 'Highest: high impact and high urgency. The delivery manager (leveransansvarig) is the contact for P1 and P2 incidents.' },
    P2: { description: 'High impact with medium urgency, or medium impact with high urgency.' },
    P3: { description: 'High impact with low urgency, medium with medium, or low impact with high urgency.' },
    P4: { description: 'Lowest: medium impact with low urgency, or low impact with medium or low urgency.' },
  },
});
registerEnumType(CommentVisibility, {
  name: 'Visibility',
  description: 'PUBLIC is shown to the customer; INTERNAL to staff only.',
  valuesConfig: {
    PUBLIC: { description: "Shown to staff and to the customer users of the ticket's agency." },
    INTERNAL: { description: 'Staff only: customers never get it, in lists, history, subscriptions or `node(id:)`.' },
  },
});
registerEnumType(TicketEventKind, {
  name: 'TicketEventKind',
  description: 'What a history event records. Events marked internal are hidden from customers.',
  valuesConfig: {
    CREATED: { description: 'The ticket was registered; toValue is its number, note its channel.' },
    FIELD_CHANGED: { description: 'A field changed (field, fromValue, toValue): title, category, priority, service, serviceArea; internal for impact, urgency and tier.' },
    ASSIGNED: { description: 'The assignee changed or was removed (names in fromValue/toValue, users in fromId/toId); internal.' },
    COMMENTED: { description: "A comment was added; the event has the comment's visibility." },
    ESCALATED: { description: 'Escalated from the first line to a second-line group (field group); note is the reason; internal.' },
    REFERRED_TO_VENDOR: { description: "Referred to a vendor, tier SECOND to THIRD; note is the vendor's name; internal." },
    VENDOR_RESPONDED: { description: "The vendor's answer was recorded; note holds its first 200 characters; internal." },
    RETURNED: { description: 'Sent one tier down; note is the reason; internal.' },
    REFERRAL_WITHDRAWN: { description: "An open vendor referral was withdrawn: the ticket returned from the third line before the vendor answered; note names the vendor; internal. Its TIME_AT_VENDOR timer stops WITHDRAWN (neither met nor breached)." },
    STATUS_CHANGED: { description: 'The status changed (fromValue, toValue).' },
    RESOLVED: { description: 'Resolved; note is the resolution.' },
    CLOSED: { description: 'Closed (final).' },
    REOPENED: { description: 'A resolved ticket was reopened; note is the reason.' },
    SLA_CHANGED: { description: 'An SLA timer started, paused, resumed, stopped or was recomputed (field: the metric; toValue: its state); internal.' },
    CALL_STARTED: { description: 'A phone call came in and registered (or found) this ticket; toValue is the external call ID; internal.' },
    CALL_MENU_INPUT: { description: 'The caller pressed a key (or stayed silent) in the IVR menu; internal.' },
    CALL_QUEUED: { description: 'The call was put in a queue (toValue names it); internal.' },
    CALL_TRANSFERRED: { description: 'The call was transferred to the switchboard; internal.' },
    CALL_ANSWERED: { description: 'An agent answered the call (toId: the agent); internal.' },
    CALL_ENDED: { description: 'The call ended; toValue is the reason, note the duration in seconds; internal.' },
    CALLBACK_REQUESTED: { description: 'The caller chose a callback instead of waiting; toValue is the number; internal.' },
    CALLBACK_TAKEN: { description: 'An agent took the callback (toId: the agent); note counts the attempt; internal.' },
    CALLBACK_COMPLETED: { description: 'A callback attempt ended, the customer reached or not (toValue: the callback status); internal.' },
    ARTICLE_LINKED: { description: 'A knowledge base article was linked as used to resolve the ticket (toId: the article); internal.' },
    MACRO_APPLIED: { description: 'A saved reply with changes (a macro) was applied with applySavedReply (note: its title); its comment and changes are the entries just before; internal.' },
    MERGED_INTO: { description: 'This case was merged into another (mergeTicket): toValue its number, toId the case, note the reason given; a CLOSED entry (closureReason MERGED) follows.' },
    MERGED_FROM: { description: 'A duplicate was merged into this case: fromValue its number, fromId the case, note the reason given; its comments and files are on this case now, each comment marked with `mergedFrom`.' },
    SPLIT_TO: { description: 'A comment of this case was split off into a new case (splitTicket): toValue its number, toId the case. The comment stays here.' },
    SPLIT_FROM: { description: 'This case was split off from a comment of another case: fromValue its number, fromId the case.' },
    TIME_LOGGED: { description: 'Time spent was logged with logTime (toValue: the minutes; note: the day worked, whether billable, the note); internal.' },
    TIME_LOG_CHANGED: { description: 'A time entry was changed with updateTimeEntry (fromValue/toValue: the minutes; note: the day worked and the note as they are now); internal.' },
    TIME_LOG_DELETED: { description: 'A time entry was deleted with deleteTimeEntry (fromValue: its minutes; note: its day worked); internal.' },
    KIND_CHANGED: { description: 'The case was made a problem or an incident again with setTicketKind (field kind; fromValue, toValue); internal.' },
    INCIDENT_LINKED: { description: 'An incident was linked to this problem (toValue its number, toId the case); internal.' },
    INCIDENT_UNLINKED: { description: 'An incident was unlinked from this problem (fromValue its number, fromId the case); internal.' },
    LINKED_TO_PROBLEM: { description: 'This incident was linked to a problem (toValue its number, toId the case); internal: a customer reads only Ticket.linkedToKnownProblem.' },
    UNLINKED_FROM_PROBLEM: { description: 'This incident was unlinked from its problem (fromValue its number, fromId the case); internal.' },
    MAJOR_INCIDENT: { description: 'This P1 problem reached the major-incident threshold of linked cases and became a major incident (toValue: how many); once; internal (customers read Ticket.majorIncidentAt). The affected agencies\' delivery managers are told by mail.' },
    ROUTED: { description: "The case entered a group that routes (see RoutingMode): toValue is the mode, toId the member assigned (the ASSIGNED event follows) or null when nobody present had the skill (note says so); internal." },
    MARKED_CONFIDENTIAL: { description: 'Marked confidential (sekretess) with markConfidential: the case (field confidentiality, toValue the ground\'s code, note its text) or a comment (field comment, toValue its number); internal.' },
    UNMARKED_CONFIDENTIAL: { description: 'The confidentiality mark was taken off with unmarkConfidential (field confidentiality or comment); internal.' },
    PUBLIC_RECORD_EXPORTED: { description: "The case was exported as a public record (allmän handling) with exportPublicRecord: field publicRecord, toValue the request's reference, note what was masked (where and on which OSL ground); internal." },
    ANONYMISED: { description: "The case's personal data was anonymised (retention): by the retention job after the agency's period, or on a person's erasure request (anonymisePerson); note says which; internal." },
    LEGAL_HOLD_SET: { description: 'A legal hold was set with setLegalHold (note: the reason): the retention job leaves the case alone while it stands; internal.' },
    LEGAL_HOLD_CLEARED: { description: 'The legal hold was cleared with setLegalHold (note: the reason); internal.' },
  },
});
registerEnumType(TicketAction, {
  name: 'TicketAction',
  description:
    "A workflow action on a ticket, one per mutation (Ticket.availableActions lists those you may take now): allowed when your role may make that change to this ticket and the workflow allows the move from its status and tier. The mutation may still refuse the action's input (e.g. an assignee outside the group).",
  valuesConfig: {
    ASSIGN: { description: "assignTicket: assign to a member of the ticket's group, or unassign; while the ticket is NEW, IN_PROGRESS or waiting." },
    ESCALATE: { description: 'escalateTicket: send a first-line ticket to a second-line group with a reason (not while it waits for a vendor).' },
    REFER_TO_VENDOR: { description: 'referTicketToVendor: refer a second-line ticket to a vendor (third line).' },
    RECORD_VENDOR_RESPONSE: { description: "recordVendorResponse: record the vendor's answer while the ticket is WAITING_FOR_VENDOR." },
    RETURN: { description: 'returnTicket: send the ticket one tier down with a reason (second or third line).' },
    SET_STATUS: { description: 'setTicketStatus: switch between IN_PROGRESS and WAITING_FOR_CUSTOMER (a NEW ticket may be set IN_PROGRESS).' },
    RESOLVE: { description: 'resolveTicket: resolve it, naming the knowledge base articles used (not while it waits for a vendor).' },
    CLOSE: { description: 'closeTicket: close a RESOLVED ticket (final).' },
    REOPEN: { description: 'reopenTicket: bring a RESOLVED ticket back IN_PROGRESS with a reason (staff who work it, or the requesting customer).' },
    UPDATE: { description: 'updateTicket: change title, category, impact/urgency (priority) or service while the ticket is worked.' },
    COMMENT: { description: 'addTicketComment: a public or internal comment (customers: public only), on any ticket not CLOSED.' },
    MERGE: { description: 'mergeTicket with this ticket as the duplicate (sourceId): while it is open and not waiting for a vendor; the target must be open too.' },
    SPLIT: { description: 'splitTicket on one of its public comments: a new case from it, on any ticket not CLOSED.' },
  },
});
