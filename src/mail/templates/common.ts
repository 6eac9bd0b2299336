import type { MailLanguage } from '../mail-layout';

/** One text in both languages; `pick` takes the recipient's. */
export type Texts<T> = Record<MailLanguage, T>;

export const pick = <T>(lang: MailLanguage, texts: Texts<T>): T => texts[lang];

/** The closing every case mail has: reply to thread, keep the case number in the subject. */
export const caseFooter = (lang: MailLanguage, caseNumber: string): string[] =>
  pick(lang, {
    sv: ['Servicedesk', `Svara på det här mejlet för att lägga till i ärende ${caseNumber}. Ändra inte ärendenumret i ämnesraden.`],
    en: ['Service desk', `Reply to this mail to add to case ${caseNumber}. Please keep the case number in the subject.`],
  });

export const greeting = (lang: MailLanguage, name: string | null | undefined) =>
  name ? pick(lang, { sv: `Hej ${name}!`, en: `Hello ${name},` }) : pick(lang, { sv: 'Hej!', en: 'Hello,' });
/** The closing lines of every automatic notification. */
export const automaticFooter = (lang: MailLanguage): string[] =>
  lang === 'sv' ? ['Servicedesk', 'Det här är ett automatiskt meddelande.'] : ['Service desk', 'This is an automatic message.'];

/** A number as the language writes it (decimal comma in Swedish). */
export const numberIn = (n: number, lang: MailLanguage) => (lang === 'sv' ? String(n).replace('.', ',') : String(n));

/** The language of notifications to users: Swedish, the desk's language (users have no language of their own yet). */
export const USER_MAIL_LANGUAGE: MailLanguage = 'sv';
