import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../directory/directory.enums';
import type { User } from '../directory/user.entity';
import { MailKind } from './mail.enums';
import { MailPreference } from './mail-preference.entity';

/**
 * Whether a kind goes by mail when the user has not chosen: the steps of a process the user takes
 * part in (approving a delivery, a direct order to handle) do; what the console or the customer
 * web already shows (comments, resolutions, breaches) does not until the user asks for it.
 */
export const MAIL_BY_DEFAULT: Readonly<Record<MailKind, boolean>> = {
  [MailKind.RECEIPT]: false,
  [MailKind.PUBLIC_COMMENT]: false,
  [MailKind.RESOLUTION]: false,
  [MailKind.STAFF_REDIRECT]: true,
  [MailKind.VENDOR_REFERRAL]: true,
  [MailKind.ORDER_APPROVAL_REQUEST]: true,
  [MailKind.DIRECT_ORDER]: true,
  [MailKind.SLA_BREACH]: false,
  [MailKind.WEBHOOK_PAUSED]: true,
  // A major incident is rare and urgent, the delivery manager's own escalation: on unless turned off.
  [MailKind.MAJOR_INCIDENT]: true,
};

/**
 * Whether `user` gets `kind` by mail. An external contact cannot sign in and has no other way to
 * hear from the desk: always. Anyone else: their choice, else the kind's default.
 */
export async function wantsMail(em: EntityManager, user: User, kind: MailKind): Promise<boolean> {
  if (user.role === Role.EXTERNAL_CONTACT) return true;
  if (!user.active) return false;
  const choice = await em.findOne(MailPreference, { user: user.id, kind });
  return choice ? choice.byMail : MAIL_BY_DEFAULT[kind];
}
