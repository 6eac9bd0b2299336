import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../directory/user.entity';
import { WebhookEndpointStatus, type WebhookEventKind } from './webhooks.enums';

/**
 * An integrator's URL that is told of events of the kinds it subscribes to, signed with its own
 * secret (Standard Webhooks). Its owner is the admin who registered it: they are told when the
 * server pauses it, and its deliveries never carry more than an admin may read.
 */
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint {
  @PrimaryKey()
  id!: number;

  @Property({ length: 2000 })
  url!: string;

  @Property({ length: 500 })
  description!: string;

  /** WebhookEventKind values, at least one. */
  @Property({ type: 'text[]' })
  eventKinds!: WebhookEventKind[];

  @Property({ default: true })
  active: boolean = true;

  /** `whsec_` + base64 of 32 random bytes: shown once (on creation and rotation), kept to sign. */
  @Property({ length: 100, hidden: true })
  secret!: string;

  /** Set when the server paused it after failing too long; cleared when an admin resumes it. */
  @Property({ length: 3, nullable: true })
  pausedAt?: Date;

  @Property({ length: 500, nullable: true })
  pauseReason?: string;

  /** Failed attempts in a row, across deliveries; a success resets it. */
  @Property({ default: 0 })
  consecutiveFailures: number = 0;

  /** The first failed attempt of the current run of failures (for the "failing for 24 h" rule). */
  @Property({ length: 3, nullable: true })
  failingSince?: Date;

  @ManyToOne(() => User)
  @Index()
  createdBy!: User;

  @Property({ length: 3 })
  createdAt!: Date;

  @Property({ length: 3 })
  updatedAt!: Date;
}

export const statusOf = (e: Pick<WebhookEndpoint, 'active' | 'pausedAt'>): WebhookEndpointStatus =>
  !e.active ? WebhookEndpointStatus.DISABLED : e.pausedAt ? WebhookEndpointStatus.PAUSED : WebhookEndpointStatus.ACTIVE;
