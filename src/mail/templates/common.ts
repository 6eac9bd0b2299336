import type { MailLanguage } from '../mail-layout';

/** The closing lines of every automatic notification. */
export const automaticFooter = (lang: MailLanguage): string[] =>
  lang === 'sv' ? ['Servicedesk', 'Det här är ett automatiskt meddelande.'] : ['Service desk', 'This is an automatic message.'];

/** A number as the language writes it (decimal comma in Swedish). */
export const numberIn = (n: number, lang: MailLanguage) => (lang === 'sv' ? String(n).replace('.', ',') : String(n));

/** The language of notifications to users: Swedish, the desk's language (users have no language of their own yet). */
export const USER_MAIL_LANGUAGE: MailLanguage = 'sv';
