import { renderMail, type MailContent, type MailLanguage } from '../mail-layout';
import { caseFooter, greeting, pick } from './common';

export interface ReceiptData {
  caseNumber: string;
  title: string;
  name?: string | null;
}

/** To an external sender: their mail became a case; replying to this mail adds to it. */
export function receiptMail(lang: MailLanguage, d: ReceiptData): MailContent {
  return renderMail({
    lang,
    subject: pick(lang, { sv: `Vi har tagit emot ditt ärende: ${d.title}`, en: `We have received your case: ${d.title}` }),
    greeting: greeting(lang, d.name),
    blocks: [
      {
        paragraph: pick(lang, {
          sv: `Tack för ditt mejl. Det har blivit ärende ${d.caseNumber} hos vår servicedesk och vi återkommer så snart vi kan.`,
          en: `Thank you for your mail. It has become case ${d.caseNumber} at our service desk, and we will come back to you as soon as we can.`,
        }),
      },
      { facts: [[pick(lang, { sv: 'Ärende', en: 'Case' }), d.caseNumber], [pick(lang, { sv: 'Rubrik', en: 'Title' }), d.title]] },
      { paragraph: pick(lang, { sv: 'Svara på det här mejlet om du vill lägga till något i ärendet.', en: 'Reply to this mail if you want to add anything to the case.' }) },
    ],
    footer: caseFooter(lang, d.caseNumber),
  });
}
