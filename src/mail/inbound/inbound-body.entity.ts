import { Entity, OneToOne, Property } from '@mikro-orm/core';
import { InboundMail } from '../inbound-mail.entity';

/**
 * A received mail as processing read it: the sender, the subject, the plain text and the HTML
 * through the sanitiser, so agents and admins see what came in without its raw source.
 */
@Entity({ tableName: 'mail_inbound_body' })
export class InboundMailBody {
  @OneToOne(() => InboundMail, { primary: true, owner: true, deleteRule: 'cascade' })
  inbound!: InboundMail;

  @Property({ length: 320, nullable: true })
  fromAddress?: string;

  @Property({ length: 200, nullable: true })
  fromName?: string;

  @Property({ length: 998 })
  subject!: string;

  /** The mail's plain text (or made from its HTML). */
  @Property({ type: 'text' })
  text!: string;

  /** The HTML body after the sanitiser's allow-list; null when it had none. */
  @Property({ type: 'text', nullable: true })
  html?: string;
}
