/** Enums of the mail domain. */

/** Where a received mail is in its processing. */
export enum InboundMailStatus {
  /** Stored (raw source and all) before the SMTP 250; its processing job is queued. */
  RECEIVED = 'RECEIVED',
  /** Processed: it made or joined a case, answered a referral, or was answered with a pointer. */
  PROCESSED = 'PROCESSED',
  /** Deliberately left alone: an auto-reply, a bounce, list mail, or a throttled sender. */
  IGNORED = 'IGNORED',
  /** Could not be understood (malformed MIME, no sender): kept for an agent to look at. */
  NEEDS_REVIEW = 'NEEDS_REVIEW',
}

/** How a mail reached the server. */
export enum InboundMailSource {
  SMTP = 'SMTP',
  IMAP = 'IMAP',
}

/** Where an outgoing mail is. */
export enum OutboundMailStatus {
  /** Stored and queued: its send job will deliver it. */
  QUEUED = 'QUEUED',
  /** Accepted by the SMTP relay. */
  SENT = 'SENT',
  /** No relay configured (development): kept in the database and shown to admins, never sent. */
  CAUGHT = 'CAUGHT',
  /** Refused permanently by the relay, or out of attempts. */
  FAILED = 'FAILED',
}

/** What an outgoing mail is about (also the kinds a user can choose to get by mail). */
export enum MailKind {
  /** To an external sender: their mail became a case, with its number. */
  RECEIPT = 'RECEIPT',
  /** A public comment on a case, to its requester. */
  PUBLIC_COMMENT = 'PUBLIC_COMMENT',
  /** The case was resolved, to its requester. */
  RESOLUTION = 'RESOLUTION',
  /** To a customer agency's staff member who mailed: the way in is the customer web or the phone. */
  STAFF_REDIRECT = 'STAFF_REDIRECT',
  /** The referral's question, to the third-line vendor. */
  VENDOR_REFERRAL = 'VENDOR_REFERRAL',
  /** To the orderer: approve the delivered order. */
  ORDER_APPROVAL_REQUEST = 'ORDER_APPROVAL_REQUEST',
  /** To the account manager: a unit manager placed a direct order. */
  DIRECT_ORDER = 'DIRECT_ORDER',
  /** To a delivery manager: SLA breaches of what they answer for (bundled). */
  SLA_BREACH = 'SLA_BREACH',
  /** To the admin who registered a webhook endpoint: the server paused it after it kept failing. */
  WEBHOOK_PAUSED = 'WEBHOOK_PAUSED',
  /** To a delivery manager: a P1 problem touching what they answer for became a major incident. */
  MAJOR_INCIDENT = 'MAJOR_INCIDENT',
}
