/** Enums of the SLA domain. */

export enum SlaMetric {
  /** From registration to the first public answer by staff. */
  FIRST_RESPONSE = 'FIRST_RESPONSE',
  /** From registration to resolution, paused while waiting for the customer. */
  RESOLUTION = 'RESOLUTION',
  /** Time at a third-line vendor: the underpinning contract. */
  TIME_AT_VENDOR = 'TIME_AT_VENDOR',
}

export enum SlaTimerState {
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  /** Stopped within its target. */
  MET = 'MET',
  /** Past its due time; keeps running until stopped, so the overrun is measured. */
  BREACHED = 'BREACHED',
  /**
   * Stopped without being measured: the ticket was closed unserved (a call abandoned or sent to the
   * switchboard, a callback not reached). Neither met nor breached; no outcome in the reports.
   */
  NOT_MEASURED = 'NOT_MEASURED',
  /**
   * TIME_AT_VENDOR stopped because the referral was withdrawn (returned before the vendor answered):
   * neither met nor breached; no outcome in the reports.
   */
  WITHDRAWN = 'WITHDRAWN',
}

/** Stopped states that are never judged: shown as they are, left out of the reports. */
export const UNJUDGED_STATES: ReadonlySet<SlaTimerState> = new Set([SlaTimerState.NOT_MEASURED, SlaTimerState.WITHDRAWN]);

export enum SlaEventKind {
  WARNING = 'WARNING',
  BREACH = 'BREACH',
}

/** What starts or stops a timer: ticket history events, as data in a policy's conditions. */
export enum SlaTrigger {
  CREATED = 'CREATED',
  ASSIGNED = 'ASSIGNED',
  /** A public comment written by staff: the customer has an answer. */
  STAFF_PUBLIC_COMMENT = 'STAFF_PUBLIC_COMMENT',
  ESCALATED = 'ESCALATED',
  REFERRED_TO_VENDOR = 'REFERRED_TO_VENDOR',
  VENDOR_RESPONDED = 'VENDOR_RESPONDED',
  RETURNED = 'RETURNED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
}
