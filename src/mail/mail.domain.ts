import type { DomainModule } from '../platform/domain';
import { defaultMailConfig } from '../platform/config';
import { InboundMail } from './inbound-mail.entity';
import { AgencyMailSettings } from './inbound/agency-mail-settings.entity';
import { InboundMailBody } from './inbound/inbound-body.entity';
import { processInboundMailTask } from './inbound/inbound-process';
import { InboundMailResolver } from './inbound/inbound-review.resolver';
import { Migration20261130132000_MailInbound } from './migrations/Migration20261130132000_MailInbound';
import { MAIL_LISTENERS } from './mail.listeners';
import { Migration20261130131000_Mail } from './migrations/Migration20261130131000_Mail';
import { Migration20261130133000_OutboundSourceKey } from './migrations/Migration20261130133000_OutboundSourceKey';
import { Migration20261130134000_NotifySlaBundle } from './migrations/Migration20261130134000_NotifySlaBundle';
import { MailPreference } from './mail-preference.entity';
import { NOTIFY_LISTENERS } from './notify.listeners';
import { NOTIFY_JOBS } from './notify-sla.tasks';
import { SlaBreachMailed } from './notify-sla.entity';
import { OutboundMail } from './outbound-mail.entity';
import { OutgoingMailResolver } from './outbound-mail.resolver';
import { startOutbound } from './outbound-runtime';
import { SEND_MAIL_TASK } from './send-mail.task';
import { MailPreferenceResolver } from './preferences-resolver';
import { startSmtpListener } from './smtp-listener';
import { startImapPoller } from './imap-poller';

/**
 * Mail in and out: the SMTP listener (and IMAP polling) for external parties' mail, which becomes
 * cases and comments and vendors' answers; outgoing notifications through a relay or, in
 * development, the catcher.
 */
export const mailDomain: DomainModule = {
  name: 'mail',
  entities: [InboundMail, OutboundMail, MailPreference, InboundMailBody, AgencyMailSettings, SlaBreachMailed],
  migrations: [
    { name: 'Migration20261130131000_Mail', class: Migration20261130131000_Mail },
    { name: 'Migration20261130132000_MailInbound', class: Migration20261130132000_MailInbound },
    { name: 'Migration20261130133000_OutboundSourceKey', class: Migration20261130133000_OutboundSourceKey },
    { name: 'Migration20261130134000_NotifySlaBundle', class: Migration20261130134000_NotifySlaBundle },
  ],
  resolvers: [InboundMailResolver, OutgoingMailResolver, MailPreferenceResolver],
  listeners: [...MAIL_LISTENERS, ...NOTIFY_LISTENERS],
  jobs: { tasks: [processInboundMailTask, SEND_MAIL_TASK, ...NOTIFY_JOBS.tasks], cron: NOTIFY_JOBS.cron },
  services: {
    smtp: ({ orm, clock, config }) => startSmtpListener(orm, clock, config.mail ?? { ...defaultMailConfig(config.production), smtpPort: null }),
    outbound: startOutbound,
    imap: ({ orm, clock, config }) => startImapPoller(orm, clock, config.mail?.imap),
  },
};
