import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { EVENT_TYPE, WebhookDeliveryStatus, WebhookEndpointStatus, WebhookEventKind } from './webhooks.enums';

const typeOf = (k: WebhookEventKind) => `Sent with \`type\` "${EVENT_TYPE[k]}".`;
registerEnumType(WebhookEventKind, {
  name: 'WebhookEventKind',
  description: 'What a webhook endpoint can be told about. Every body is `{ type, timestamp, data }`; data carries the case (global ID, number, status, priority) and never a comment\'s text.',
  valuesConfig: {
    CASE_CREATED: { description: `A case was registered. ${typeOf(WebhookEventKind.CASE_CREATED)}` },
    CASE_CHANGED: { description: `A case changed (fields with before and after, assignment, escalation, status, a comment by its visibility only). ${typeOf(WebhookEventKind.CASE_CHANGED)}` },
    CASE_RESOLVED: { description: `A case was resolved. ${typeOf(WebhookEventKind.CASE_RESOLVED)}` },
    SLA_WARNING: { description: `An SLA timer of a case crossed a warning threshold (data.sla: metric, threshold, at). ${typeOf(WebhookEventKind.SLA_WARNING)}` },
    SLA_BREACH: { description: `An SLA timer of a case passed its target. ${typeOf(WebhookEventKind.SLA_BREACH)}` },
    CALL_STARTED: { description: `A phone call registered or found the case. ${typeOf(WebhookEventKind.CALL_STARTED)}` },
    CALL_ANSWERED: { description: `An agent answered the case's call. ${typeOf(WebhookEventKind.CALL_ANSWERED)}` },
    CALL_ENDED: { description: `The case's call ended. ${typeOf(WebhookEventKind.CALL_ENDED)}` },
  },
});

registerEnumType(WebhookEndpointStatus, {
  name: 'WebhookEndpointStatus',
  description: 'Whether an endpoint is sent to.',
  valuesConfig: {
    ACTIVE: { description: 'Sent to.' },
    DISABLED: { description: 'Switched off by an admin: no deliveries are made for it.' },
    PAUSED: { description: 'Paused by the server after failing too long (its owner was mailed); no new deliveries until an admin resumes it with active: true.' },
  },
});

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery is.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first or next attempt (held while its endpoint is paused or switched off).' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt failed (non-2xx, a redirect, a timeout or no connection); redeliverWebhook sends it again.' },
  },
});

@ObjectType('WebhookEndpoint', { implements: NodeInterface, description: 'A URL an admin registered to be told of events, each delivery signed with its secret (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature). Admins only.' })
export class WebhookEndpointType extends NodeInterface {
  @Field({ description: 'The http(s) URL POSTed to; redirects are not followed.' })
  url!: string;

  @Field({ description: 'What it is for, up to 500 characters; may be empty.' })
  description!: string;

  @Field(() => [WebhookEventKind], { description: 'The kinds of event it is told about, at least one.' })
  eventKinds!: WebhookEventKind[];

  @Field({ description: 'Whether an admin has it switched on; a paused endpoint is still active (see status).' })
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the server paused it for failing; null when it is not paused.' })
  pausedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the server paused it; null when it is not paused.' })
  pauseReason?: string | null;

  @Field(() => Int, { description: 'Failed attempts in a row (a success resets it); at the configured number it is paused.' })
  consecutiveFailures!: number;

  @Field({ description: 'When it was registered (UTC).' })
  createdAt!: Date;

  @Field({ description: 'When an admin last changed it (UTC).' })
  updatedAt!: Date;
}

@ObjectType('WebhookAttempt', { description: 'One HTTP attempt of a delivery and what came back.' })
export class WebhookAttemptType {
  @Field(() => Int, { description: '1 for the first attempt, counting on through retries and redeliveries.' })
  attempt!: number;

  @Field({ description: 'When it was signed and sent (UTC).' })
  at!: Date;

  @Field(() => Int, { description: 'Milliseconds from sending to the answer (or to the failure).' })
  durationMs!: number;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the answer; null when none came (timeout, refused connection, refused address).' })
  responseStatus?: number | null;

  @Field(() => String, { nullable: true, description: 'The start of the answer\'s body (at most 4 kB by default), as UTF-8.' })
  responseBody?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed (e.g. "HTTP 500", a timeout); null when it succeeded.' })
  error?: string | null;

  @Field({ description: 'Whether the endpoint answered 2xx.' })
  succeeded!: boolean;
}

@ObjectType('WebhookDelivery', { implements: NodeInterface, description: 'One event for one endpoint: the body as signed and sent, its state and its attempts. Admins only.' })
export class WebhookDeliveryType extends NodeInterface {
  @Field(() => WebhookEventKind, { description: 'What it tells.' })
  eventKind!: WebhookEventKind;

  @Field({ description: 'The `webhook-id` header: the same on every attempt, so a receiver can drop repeats.' })
  messageId!: string;

  @Field({ description: 'The JSON body exactly as signed and sent: { type, timestamp, data }.' })
  body!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'PENDING, SUCCEEDED or FAILED.' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field({ description: 'When the event was decided and the delivery queued (UTC).' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the latest attempt was made; null before the first.' })
  lastAttemptAt?: Date | null;
}

export const WebhookDeliveryConnection = Connection('WebhookDelivery', WebhookDeliveryType);

@InputType({ description: 'A new webhook endpoint. A bad URL or no event kind gives BAD_USER_INPUT naming the field; nothing is saved.' })
export class CreateWebhookEndpointInput {
  @Field({ description: 'An absolute http or https URL without user name or password; in production it must not lead to a loopback, private or link-local address.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What it is for, up to 500 characters.' })
  description?: string | null;

  @Field(() => [WebhookEventKind], { description: 'The kinds of event to send, at least one.' })
  eventKinds!: WebhookEventKind[];

  @Field(() => Boolean, { nullable: true, description: 'Switched on at once (default true).' })
  active?: boolean | null;
}

@InputType({ description: 'Changes to a webhook endpoint: omitted (or null) fields stay as they are; checked as on creation.' })
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true, description: 'A new URL (checked as on creation).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description, up to 500 characters; an empty text clears it.' })
  description?: string | null;

  @Field(() => [WebhookEventKind], { nullable: true, description: 'The kinds of event to send from now on, at least one.' })
  eventKinds?: WebhookEventKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false switches it off; true switches it on, or resumes a paused one (its waiting deliveries are sent).' })
  active?: boolean | null;
}

@ObjectType('WebhookEndpointPayload', { description: 'The outcome of changing a webhook endpoint.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpointType, { nullable: true, description: 'The endpoint as the mutation left it; null when userErrors is not empty.' })
  webhookEndpoint!: WebhookEndpointType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('WebhookEndpointSecretPayload', { description: 'The outcome of creating an endpoint or rotating its secret: the secret is shown here once and never again.' })
export class WebhookEndpointSecretPayload extends WebhookEndpointPayload {
  @Field(() => String, { nullable: true, description: 'The signing secret, `whsec_` and base64: give it to the receiver (Standard Webhooks libraries take it as is). Only here; null when userErrors is not empty.' })
  secret!: string | null;
}

@ObjectType('DeleteWebhookEndpointPayload', { description: 'The outcome of deleting a webhook endpoint.' })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted endpoint (its deliveries and log went with it); null when userErrors is not empty.' })
  deletedWebhookEndpointId!: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('WebhookDeliveryPayload', { description: 'The outcome of sending a delivery again.' })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDeliveryType, { nullable: true, description: 'The delivery, PENDING again; null when userErrors is not empty.' })
  webhookDelivery!: WebhookDeliveryType | null;

  @Field(() => [UserError], { description: 'Why it was not sent again; empty on success.' })
  userErrors!: UserError[];
}
