import type { Role } from './gql/graphql';
import type { MessageKey } from './i18n/sv';

/**
 * The main menu: each screen area with the roles it is for. The API decides what each role may
 * read and do; this only keeps a role's menu to the screens that have something for it.
 */
export interface NavItem {
  to: string;
  label: MessageKey;
  roles: readonly Role[];
}

export const NAV: readonly NavItem[] = [
  { to: '/work', label: 'app.nav.work', roles: ['AGENT', 'SPECIALIST', 'DELIVERY_MANAGER', 'ACCOUNT_MANAGER', 'ADMIN'] },
  { to: '/tickets/new', label: 'app.nav.newTicket', roles: ['AGENT', 'ADMIN'] },
  { to: '/phone', label: 'app.nav.phone', roles: ['AGENT', 'SPECIALIST', 'DELIVERY_MANAGER', 'ADMIN'] },
  { to: '/knowledge', label: 'app.nav.knowledge', roles: ['AGENT', 'SPECIALIST', 'DELIVERY_MANAGER', 'ACCOUNT_MANAGER', 'ADMIN'] },
  { to: '/alerts', label: 'app.nav.alerts', roles: ['AGENT', 'SPECIALIST', 'DELIVERY_MANAGER', 'ACCOUNT_MANAGER', 'ADMIN'] },
  { to: '/reports', label: 'app.nav.reports', roles: ['AGENT', 'SPECIALIST', 'DELIVERY_MANAGER', 'ACCOUNT_MANAGER', 'ADMIN'] },
  { to: '/admin', label: 'app.nav.admin', roles: ['ADMIN'] },
  { to: '/mail/inbound', label: 'mailIn.nav', roles: ['AGENT', 'ADMIN'] },
  { to: '/replies', label: 'replies.nav', roles: ['AGENT', 'SPECIALIST', 'DELIVERY_MANAGER', 'ACCOUNT_MANAGER', 'ADMIN'] },
  { to: '/admin/mail', label: 'app.nav.mailOut', roles: ['ADMIN'] },
  { to: '/settings/mail', label: 'mailSettings.nav', roles: ['DELIVERY_MANAGER', 'ACCOUNT_MANAGER', 'ADMIN'] },
  { to: '/admin/audit', label: 'audit.nav', roles: ['ADMIN'] },
  { to: '/admin/retention', label: 'retention.nav', roles: ['ADMIN'] },
];
