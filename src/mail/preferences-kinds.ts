import { Role } from '../directory/directory.enums';
import { MailKind } from './mail.enums';

/**
 * The kinds of notification a role can choose to get by mail: what the desk ever sends to a user of
 * that role. A customer user hears about their own cases and approves deliveries; an account
 * manager hears of direct orders; a delivery manager of breaches of what they answer for (an admin
 * may hold those contact roles too). Mail to external contacts and vendors is not a choice: none.
 */
export const KINDS_BY_ROLE: Readonly<Record<Role, readonly MailKind[]>> = {
  [Role.CUSTOMER]: [MailKind.RECEIPT, MailKind.PUBLIC_COMMENT, MailKind.RESOLUTION, MailKind.ORDER_APPROVAL_REQUEST],
  [Role.ACCOUNT_MANAGER]: [MailKind.DIRECT_ORDER],
  [Role.DELIVERY_MANAGER]: [MailKind.SLA_BREACH, MailKind.MAJOR_INCIDENT],
  [Role.ADMIN]: [MailKind.DIRECT_ORDER, MailKind.SLA_BREACH, MailKind.MAJOR_INCIDENT],
  [Role.AGENT]: [],
  [Role.SPECIALIST]: [],
  [Role.EXTERNAL_CONTACT]: [],
  [Role.TELEPHONY]: [],
};

export const kindAppliesTo = (role: Role, kind: MailKind) => KINDS_BY_ROLE[role].includes(kind);
