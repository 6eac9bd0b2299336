import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../../directory/user.entity';
import { renderMail, type MailContent, type MailLanguage } from '../mail-layout';
import { MailKind } from '../mail.enums';
import { queueMail } from '../outbox';
import type { OutboundMail } from '../outbound-mail.entity';
import { AgencyMailSettings } from './agency-mail-settings.entity';

/** The desk's defaults when an agency has set nothing of its own. */
export const REDIRECT_DEFAULTS = {
  webUrl: 'https://kundwebb.ssc.example',
  phone: '0771-00 00 00',
  text: {
    sv: 'Tack för ditt mejl. Den här adressen tar emot e-post från externa parter. Som anställd på en kundmyndighet når du servicedesken snabbast via kundwebben, där du kan följa ditt ärende, eller på telefon.',
    en: 'Thank you for your mail. This address takes mail from external parties. As a member of staff of a customer agency, you reach the service desk fastest on the customer web, where you can follow your case, or by phone.',
  },
} as const;

const WORDS = {
  sv: { subject: 'Kontakta servicedesken via kundwebben eller telefon', greeting: (n: string) => `Hej ${n}!`, web: 'Kundwebben', phone: 'Telefon', yours: 'Ditt mejl', footer: ['Med vänliga hälsningar', 'Servicedesken', 'Det här är ett automatiskt svar; ditt mejl har inte blivit ett ärende.'] },
  en: { subject: 'Contact the service desk on the customer web or by phone', greeting: (n: string) => `Hello ${n},`, web: 'Customer web', phone: 'Phone', yours: 'Your mail', footer: ['Kind regards', 'The service desk', 'This is an automatic answer; your mail has not become a case.'] },
} as const;

/** The staff redirect in one language, from the agency's settings or the defaults. Pure. */
export function redirectContent(settings: Partial<Pick<AgencyMailSettings, 'redirectTextSv' | 'redirectTextEn' | 'webUrl' | 'phone'>> | null, lang: MailLanguage, name: string, subject: string): MailContent {
  const w = WORDS[lang];
  const text = (lang === 'en' ? settings?.redirectTextEn : settings?.redirectTextSv) || REDIRECT_DEFAULTS.text[lang];
  return renderMail({
    lang,
    subject: `${w.subject}${subject ? ` (${subject})` : ''}`.slice(0, 900),
    greeting: w.greeting(name),
    blocks: [
      { paragraph: text },
      { facts: [[w.web, settings?.webUrl || REDIRECT_DEFAULTS.webUrl], [w.phone, settings?.phone || REDIRECT_DEFAULTS.phone]] },
    ],
    footer: w.footer,
  });
}

/**
 * Answers a customer agency's staff member who mailed the desk, in the caller's transaction: the
 * agency's text (or the default) pointing to the customer web and the phone, threaded to their mail.
 */
export async function queueStaffRedirect(
  em: EntityManager,
  user: User,
  mail: { subject: string; lang: MailLanguage; messageId: string | null; references: string[] },
  domain: string,
  now: Date,
): Promise<OutboundMail> {
  const settings = user.agency ? await em.findOne(AgencyMailSettings, { agency: user.agency.id }) : null;
  return queueMail(
    em,
    {
      kind: MailKind.STAFF_REDIRECT,
      to: { address: user.email, name: user.name, user },
      content: redirectContent(settings, mail.lang, user.name, mail.subject),
      inReplyTo: mail.messageId,
      references: mail.messageId ? [...mail.references, mail.messageId] : mail.references,
    },
    domain,
    now,
  );
}
