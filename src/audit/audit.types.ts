import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';

@ObjectType('AuditLogEntry', {
  description: 'One administrative change (an SLA policy, a calendar, the IVR menu, the directory, a saved reply, a webhook endpoint, mail settings ...): who made it, when, on what, and its state before and after. Secrets (webhook secrets, tokens) are never recorded: their values read `[redacted]`. Admins only (others FORBIDDEN); reachable only through `auditLog`.',
})
export class AuditLogEntryType {
  @Field(() => ID, { description: 'Opaque ID of the entry (not a Node: the log is read through `auditLog` only).' })
  id!: string;

  @Field({ description: 'When the change was made (UTC).' })
  at!: Date;

  @Field({ description: 'What was done, as the owning domain names it: SLA_POLICY_UPDATED, CALENDAR_CLOSURE_ADDED, IVR_MENU_PUBLISHED, USER_UPDATED, MEMBER_ADDED, WEBHOOK_SECRET_ROTATED ...' })
  action!: string;

  @Field({ description: 'The GraphQL type of what changed: SlaPolicy, BusinessCalendar, IvrMenuVersion, User, SupportGroup, WebhookEndpoint ...' })
  entityType!: string;

  @Field(() => ID, { description: 'Global ID of what changed (it may no longer exist).' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'The type of a second thing the change concerns (the User who joined a SupportGroup); null when none.' })
  relatedType!: string | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of that second thing; null when none.' })
  relatedId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its state before the change, as a JSON object; null when the change created it.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its state after the change, as a JSON object; null when the change removed it.' })
  after!: Record<string, unknown> | null;

  @Field(() => [String], { description: 'The top-level fields whose values differ between before and after (all of them for a creation or a removal), sorted.' })
  changedFields!: string[];

  @Field(() => String, { nullable: true, description: 'The X-Request-Id of the HTTP request that made the change, to find it in the server log; null when none.' })
  requestId!: string | null;
}

export const AuditLogConnection = Connection('AuditLogEntry', AuditLogEntryType);

@InputType('AuditLogFilter', { description: 'Which audit entries to list; every condition given must hold.' })
export class AuditLogFilterInput {
  @Field(() => String, { nullable: true, description: 'Only changes of things of this GraphQL type (SlaPolicy, User ...).' })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes of this thing, or concerning it (a membership concerns its user too).' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes made by this User.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action (exactly, e.g. SLA_POLICY_UPDATED).' })
  action?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only changes made at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only changes made before this instant.' })
  to?: Date | null;
}
