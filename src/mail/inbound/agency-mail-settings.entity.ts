import { Entity, ManyToOne, OneToOne, Property } from '@mikro-orm/core';
import { Agency } from '../../directory/agency.entity';
import { User } from '../../directory/user.entity';

/**
 * An agency's own answer to its staff who mail the desk (mail is for external parties): the text
 * in Swedish and English, the customer web's address and the phone number. No row, or a null
 * field: the desk's default.
 */
@Entity({ tableName: 'mail_agency_settings' })
export class AgencyMailSettings {
  @OneToOne(() => Agency, { primary: true, owner: true, deleteRule: 'cascade' })
  agency!: Agency;

  @Property({ type: 'text', nullable: true })
  redirectTextSv?: string;

  @Property({ type: 'text', nullable: true })
  redirectTextEn?: string;

  @Property({ length: 500, nullable: true })
  webUrl?: string;

  @Property({ length: 40, nullable: true })
  phone?: string;

  @Property({ length: 3 })
  updatedAt!: Date;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  updatedBy?: User;
}
