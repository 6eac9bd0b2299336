import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { User } from '../directory/user.entity';
import { MailKind } from './mail.enums';

/** A user's choice for one kind of notification: by mail or not (no row: the kind's default, see mail-preferences.ts). */
@Entity({ tableName: 'mail_preference' })
export class MailPreference {
  [PrimaryKeyProp]?: ['user', 'kind'];

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: User;

  @Enum({ items: () => MailKind, nativeEnumName: 'mail_kind', primary: true })
  kind!: MailKind;

  @Property()
  byMail!: boolean;

  @Property({ length: 3 })
  updatedAt!: Date;
}
