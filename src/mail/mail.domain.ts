import type { DomainModule } from '../platform/domain';
import { defaultMailConfig } from '../platform/config';
import { InboundMail } from './inbound-mail.entity';
import { AgencyMailSettings } from './inbound/agency-mail-settings.entity';
import { InboundMailBody } from './inbound/inbound-body.entity';
import { processInboundMailTask } from './inbound/inbound-process';
import { InboundMailResolver } from './inbound/inbound-review.resolver';
import { Migration20261130132000_MailInbound } from './migrations/Migration20261130132000_MailInbound';
import { Migration20261130131000_Mail } from './migrations/Migration20261130131000_Mail';
import { MailPreference } from './mail-preference.entity';
import { OutboundMail } from './outbound-mail.entity';
import { startSmtpListener } from './smtp-listener';

/**
 * Mail in and out: the SMTP listener (and IMAP polling) for external parties' mail, which becomes
 * cases and comments and vendors' answers; outgoing notifications through a relay or, in
 * development, the catcher.
 */
export const mailDomain: DomainModule = {
  name: 'mail',
  entities: [InboundMail, OutboundMail, MailPreference, InboundMailBody, AgencyMailSettings],
  migrations: [
    { name: 'Migration20261130131000_Mail', class: Migration20261130131000_Mail },
    { name: 'Migration20261130132000_MailInbound', class: Migration20261130132000_MailInbound },
  ],
  jobs: { tasks: [processInboundMailTask] },
  resolvers: [InboundMailResolver],
  services: {
    smtp: ({ orm, clock, config }) => startSmtpListener(orm, clock, config.mail ?? { ...defaultMailConfig(config.production), smtpPort: null }),
  },
};
