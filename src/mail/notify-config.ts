import { defaultMailConfig, type MailConfig } from '../platform/config';

/**
 * The Message-ID domain of the notifications queued by in-transaction handlers, which get a Context
 * and no configuration: set once per process when the mail domain's `notify` service starts (the
 * jobs get the configuration in their deps and do not use this).
 */
let messageDomain = defaultMailConfig(false).domain;

export function configureNotify(mail: Pick<MailConfig, 'domain'>): void {
  messageDomain = mail.domain;
}

export const notifyMessageDomain = () => messageDomain;
