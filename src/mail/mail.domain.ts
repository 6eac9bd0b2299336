import type { DomainModule } from '../platform/domain';
import { defaultMailConfig } from '../platform/config';
import { InboundMail } from './inbound-mail.entity';
import { Migration20261130131000_Mail } from './migrations/Migration20261130131000_Mail';
import { Migration20261130134000_NotifySlaBundle } from './migrations/Migration20261130134000_NotifySlaBundle';
import { MailPreference } from './mail-preference.entity';
import { configureNotify } from './notify-config';
import { NOTIFY_LISTENERS } from './notify.listeners';
import { NOTIFY_JOBS } from './notify-sla.tasks';
import { SlaBreachMailed } from './notify-sla.entity';
import { OutboundMail } from './outbound-mail.entity';
import { MailPreferenceResolver } from './preferences-resolver';
import { startSmtpListener } from './smtp-listener';

/**
 * Mail in and out: the SMTP listener (and IMAP polling) for external parties' mail, which becomes
 * cases and comments and vendors' answers; outgoing notifications through a relay or, in
 * development, the catcher.
 */
export const mailDomain: DomainModule = {
  name: 'mail',
  entities: [InboundMail, OutboundMail, MailPreference, SlaBreachMailed],
  migrations: [
    { name: 'Migration20261130131000_Mail', class: Migration20261130131000_Mail },
    { name: 'Migration20261130134000_NotifySlaBundle', class: Migration20261130134000_NotifySlaBundle },
  ],
  resolvers: [MailPreferenceResolver],
  listeners: NOTIFY_LISTENERS,
  jobs: NOTIFY_JOBS,
  services: {
    smtp: ({ orm, clock, config }) => startSmtpListener(orm, clock, config.mail ?? { ...defaultMailConfig(config.production), smtpPort: null }),
    notify: async ({ config }) => (configureNotify(config.mail ?? defaultMailConfig(config.production)), null),
  },
};
