import type { DomainModule } from '../platform/domain';
import { defaultMailConfig } from '../platform/config';
import { InboundMail } from './inbound-mail.entity';
import { Migration20261130131000_Mail } from './migrations/Migration20261130131000_Mail';
import { MailPreference } from './mail-preference.entity';
import { OutboundMail } from './outbound-mail.entity';
import { startSmtpListener } from './smtp-listener';
import { startImapPoller } from './imap-poller';

/**
 * Mail in and out: the SMTP listener (and IMAP polling) for external parties' mail, which becomes
 * cases and comments and vendors' answers; outgoing notifications through a relay or, in
 * development, the catcher.
 */
export const mailDomain: DomainModule = {
  name: 'mail',
  entities: [InboundMail, OutboundMail, MailPreference],
  migrations: [{ name: 'Migration20261130131000_Mail', class: Migration20261130131000_Mail }],
  services: {
    smtp: ({ orm, clock, config }) => startSmtpListener(orm, clock, config.mail ?? { ...defaultMailConfig(config.production), smtpPort: null }),
    imap: ({ orm, clock, config }) => startImapPoller(orm, clock, config.mail?.imap),
  },
};
