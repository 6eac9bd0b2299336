/** Enums of the webhooks domain. */

/** What an endpoint can be told about; each delivery is of one kind. */
export enum WebhookEventKind {
  CASE_CREATED = 'CASE_CREATED',
  /** Any other change to a case (fields, assignment, escalation, status, comments without their text). */
  CASE_CHANGED = 'CASE_CHANGED',
  CASE_RESOLVED = 'CASE_RESOLVED',
  SLA_WARNING = 'SLA_WARNING',
  SLA_BREACH = 'SLA_BREACH',
  CALL_STARTED = 'CALL_STARTED',
  CALL_ANSWERED = 'CALL_ANSWERED',
  CALL_ENDED = 'CALL_ENDED',
}

/** The `type` of a delivery's body, as integrators read it (Standard Webhooks' dotted style). */
export const EVENT_TYPE: Readonly<Record<WebhookEventKind, string>> = {
  [WebhookEventKind.CASE_CREATED]: 'case.created',
  [WebhookEventKind.CASE_CHANGED]: 'case.changed',
  [WebhookEventKind.CASE_RESOLVED]: 'case.resolved',
  [WebhookEventKind.SLA_WARNING]: 'sla.warning',
  [WebhookEventKind.SLA_BREACH]: 'sla.breach',
  [WebhookEventKind.CALL_STARTED]: 'call.started',
  [WebhookEventKind.CALL_ANSWERED]: 'call.answered',
  [WebhookEventKind.CALL_ENDED]: 'call.ended',
};

/** Where a delivery is. */
export enum WebhookDeliveryStatus {
  /** Waiting for its (next) attempt, or held while its endpoint is paused or switched off. */
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  /** Out of attempts. */
  FAILED = 'FAILED',
}

/** An endpoint's state, derived from `active` and `pausedAt`. */
export enum WebhookEndpointStatus {
  ACTIVE = 'ACTIVE',
  /** Switched off by an admin. */
  DISABLED = 'DISABLED',
  /** Paused by the server after failing too long; an admin resumes it (updateWebhookEndpoint active: true). */
  PAUSED = 'PAUSED',
}
