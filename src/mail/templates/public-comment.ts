import { renderMail, type MailContent, type MailLanguage } from '../mail-layout';
import { caseFooter, greeting, pick } from './common';

export interface PublicCommentData {
  caseNumber: string;
  title: string;
  name?: string | null;
  /** Who wrote it, as the recipient may see them (a name and role, or a role only). */
  author: string;
  body: string;
}

/** A public comment on a case, to its requester. */
export function publicCommentMail(lang: MailLanguage, d: PublicCommentData): MailContent {
  return renderMail({
    lang,
    subject: pick(lang, { sv: `Nytt svar i ditt ärende: ${d.title}`, en: `New reply on your case: ${d.title}` }),
    greeting: greeting(lang, d.name),
    blocks: [
      { paragraph: pick(lang, { sv: `${d.author} har skrivit i ärende ${d.caseNumber}:`, en: `${d.author} has written on case ${d.caseNumber}:` }) },
      { quote: d.body },
    ],
    footer: caseFooter(lang, d.caseNumber),
  });
}
