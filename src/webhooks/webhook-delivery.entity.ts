import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { WebhookDeliveryStatus } from './webhooks.enums';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/**
 * One event for one endpoint: its body as sent (fixed when the event was decided), its message id
 * (the `webhook-id` header, the same on every attempt so a receiver can drop repeats) and where it is.
 * `eventKey` names what caused it where a fan-out may run twice (an SLA event): one delivery per cause.
 */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['endpoint', 'eventKey'] })
@Index({ properties: ['endpoint', 'id'] })
export class WebhookDelivery {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => WebhookEndpoint, { deleteRule: 'cascade' })
  endpoint!: WebhookEndpoint;

  @Property({ length: 40 })
  eventKind!: string;

  @Property({ length: 64, unique: true })
  messageId!: string;

  @Property({ length: 200, nullable: true })
  eventKey?: string;

  /** The JSON body, exactly the bytes signed and sent. */
  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: 'webhook_delivery_status' })
  status!: WebhookDeliveryStatus;

  @Property({ default: 0 })
  attempts: number = 0;

  @Property({ length: 3 })
  createdAt!: Date;

  @Property({ length: 3, nullable: true })
  lastAttemptAt?: Date;
}

/** One HTTP attempt of a delivery, with what came back (the body capped), for the log. */
@Entity({ tableName: 'webhook_attempt' })
@Unique({ properties: ['delivery', 'attempt'] })
export class WebhookAttempt {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => WebhookDelivery, { deleteRule: 'cascade' })
  delivery!: WebhookDelivery;

  @Property()
  attempt!: number;

  @Property({ length: 3 })
  at!: Date;

  @Property()
  durationMs!: number;

  @Property({ nullable: true })
  responseStatus?: number;

  @Property({ type: 'text', nullable: true })
  responseBody?: string;

  @Property({ length: 500, nullable: true })
  error?: string;

  @Property()
  succeeded!: boolean;
}
