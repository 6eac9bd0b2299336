/** Enums of the ticket domain. */

export enum TicketStatus {
  /** Registered, not yet picked up in its current group's queue. */
  NEW = 'NEW',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_FOR_CUSTOMER = 'WAITING_FOR_CUSTOMER',
  /** Referred to a third-line vendor; the referring line awaits the answer. */
  WAITING_FOR_VENDOR = 'WAITING_FOR_VENDOR',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

/**
 * Why a ticket was closed without being served: its call never reached the Servicedesk. Such a
 * ticket's SLA clocks stop without being measured (neither met nor breached).
 */
export enum TicketClosureReason {
  /** The caller hung up in the menu or the queue before an agent answered. */
  ABANDONED = 'ABANDONED',
  /** The caller was sent to the switchboard (key 9 or staying on the line). */
  SWITCHBOARD = 'SWITCHBOARD',
  /** The caller asked for a callback and was not reached in the allowed attempts. */
  CALLBACK_UNREACHED = 'CALLBACK_UNREACHED',
  /** A duplicate merged into another case (`mergeTicket`): the target carries on; this one's clocks are not measured. */
  MERGED = 'MERGED',
}

export enum Channel {
  PHONE = 'PHONE',
  /** The customer web portal (kundwebb). */
  WEB = 'WEB',
  /** Open to external parties only: suppliers, the customers' customers, journalists. */
  EMAIL = 'EMAIL',
}

export enum Category {
  QUESTION = 'QUESTION',
  INCIDENT = 'INCIDENT',
  SERVICE_REQUEST = 'SERVICE_REQUEST',
  COMPLAINT = 'COMPLAINT',
}

export enum Impact {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export enum Urgency {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export enum Priority {
  P1 = 'P1',
  P2 = 'P2',
  P3 = 'P3',
  P4 = 'P4',
}

export enum CommentVisibility {
  /** Visible to the customer. */
  PUBLIC = 'PUBLIC',
  /** Staff only. */
  INTERNAL = 'INTERNAL',
}

/** What a history event records. */
export enum TicketEventKind {
  CREATED = 'CREATED',
  FIELD_CHANGED = 'FIELD_CHANGED',
  ASSIGNED = 'ASSIGNED',
  COMMENTED = 'COMMENTED',
  ESCALATED = 'ESCALATED',
  REFERRED_TO_VENDOR = 'REFERRED_TO_VENDOR',
  VENDOR_RESPONDED = 'VENDOR_RESPONDED',
  RETURNED = 'RETURNED',
  /** An open vendor referral was withdrawn (the ticket returned before the vendor answered). */
  REFERRAL_WITHDRAWN = 'REFERRAL_WITHDRAWN',
  STATUS_CHANGED = 'STATUS_CHANGED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  /** An SLA timer started, paused, resumed, stopped or was recomputed. */
  SLA_CHANGED = 'SLA_CHANGED',
  /** A phone call came in and registered (or found) this ticket. */
  CALL_STARTED = 'CALL_STARTED',
  /** The caller pressed a key (or stayed silent) in the IVR menu. */
  CALL_MENU_INPUT = 'CALL_MENU_INPUT',
  CALL_QUEUED = 'CALL_QUEUED',
  CALL_TRANSFERRED = 'CALL_TRANSFERRED',
  CALL_ANSWERED = 'CALL_ANSWERED',
  CALL_ENDED = 'CALL_ENDED',
  CALLBACK_REQUESTED = 'CALLBACK_REQUESTED',
  CALLBACK_TAKEN = 'CALLBACK_TAKEN',
  CALLBACK_COMPLETED = 'CALLBACK_COMPLETED',
  /** A knowledge base article was linked as used to resolve the ticket. */
  ARTICLE_LINKED = 'ARTICLE_LINKED',
  /** A saved reply with changes (a macro) was applied: its comment and changes are the events before it. */
  MACRO_APPLIED = 'MACRO_APPLIED',
  /** This case was merged into another (toValue: its number); it closed MERGED. */
  MERGED_INTO = 'MERGED_INTO',
  /** Another case was merged into this one (fromValue: its number); its comments and files came along. */
  MERGED_FROM = 'MERGED_FROM',
  /** A comment of this case was split off into a new case (toValue: its number). */
  SPLIT_TO = 'SPLIT_TO',
  /** This case was split off from a comment of another (fromValue: its number). */
  SPLIT_FROM = 'SPLIT_FROM',
  /** Time spent was logged on the case (logTime). */
  TIME_LOGGED = 'TIME_LOGGED',
  /** A time entry was changed. */
  TIME_LOG_CHANGED = 'TIME_LOG_CHANGED',
  /** A time entry was deleted. */
  TIME_LOG_DELETED = 'TIME_LOG_DELETED',
  /** The case's kind changed (field kind: INCIDENT or PROBLEM); internal. */
  KIND_CHANGED = 'KIND_CHANGED',
  /** An incident was linked to this problem (toValue: its number); internal. */
  INCIDENT_LINKED = 'INCIDENT_LINKED',
  /** An incident was unlinked from this problem (fromValue: its number); internal. */
  INCIDENT_UNLINKED = 'INCIDENT_UNLINKED',
  /** This incident was linked to a problem (toValue: its number); internal. */
  LINKED_TO_PROBLEM = 'LINKED_TO_PROBLEM',
  /** This incident was unlinked from its problem (fromValue: its number); internal. */
  UNLINKED_FROM_PROBLEM = 'UNLINKED_FROM_PROBLEM',
  /** This P1 problem reached the major-incident threshold of linked cases (toValue: how many); once. */
  MAJOR_INCIDENT = 'MAJOR_INCIDENT',
  /** The case entered a group that routes (routing domain): toValue the mode, toRef the assignee or none. */
  ROUTED = 'ROUTED',
  /** The case (field confidentiality: toValue the ground's code, note its text) or a comment (field comment) was marked confidential. */
  MARKED_CONFIDENTIAL = 'MARKED_CONFIDENTIAL',
  /** The confidentiality mark was taken off the case or a comment. */
  UNMARKED_CONFIDENTIAL = 'UNMARKED_CONFIDENTIAL',
  /** The case was exported as a public record on a request to release it (toValue: the request's reference, note: what was masked). */
  PUBLIC_RECORD_EXPORTED = 'PUBLIC_RECORD_EXPORTED',
  /** Its personal data was anonymised (retention): note says why (the retention period, or a person's erasure request); internal. */
  ANONYMISED = 'ANONYMISED',
  /** A legal hold was set (note: the reason): the retention job leaves the case alone; internal. */
  LEGAL_HOLD_SET = 'LEGAL_HOLD_SET',
  /** The legal hold was cleared (note: the reason); internal. */
  LEGAL_HOLD_CLEARED = 'LEGAL_HOLD_CLEARED',
}

/** What a case is in problem management: an incident (every case by default), or a problem incidents are linked to. */
export enum TicketKind {
  INCIDENT = 'INCIDENT',
  PROBLEM = 'PROBLEM',
}
