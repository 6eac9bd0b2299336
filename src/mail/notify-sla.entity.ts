import { Entity, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { User } from '../directory/user.entity';
import { SlaEvent } from '../sla/sla-timer.entity';
import { OutboundMail } from './outbound-mail.entity';

/**
 * A breach mailed to a delivery manager in an SLA_BREACH bundle: what the bundles remember, so a
 * breach is mailed to each manager once, across runs and restarts, and none is skipped.
 */
@Entity({ tableName: 'mail_sla_breach' })
export class SlaBreachMailed {
  [PrimaryKeyProp]?: ['user', 'event'];

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: User;

  @ManyToOne(() => SlaEvent, { primary: true, deleteRule: 'cascade' })
  event!: SlaEvent;

  /** The bundle it went in. */
  @ManyToOne(() => OutboundMail, { deleteRule: 'cascade' })
  mail!: OutboundMail;

  @Property({ length: 3 })
  mailedAt!: Date;
}
