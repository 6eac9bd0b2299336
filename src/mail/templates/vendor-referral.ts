import { renderMail, type MailContent, type MailLanguage } from '../mail-layout';
import { pick } from './common';

export interface VendorReferralData {
  caseNumber: string;
  vendorName: string;
  system: string;
  question: string;
  /** The referring group, which gets the answer. */
  fromGroup: string;
}

/** The referral's question to a third-line vendor: reply with the answer and your own reference. */
export function vendorReferralMail(lang: MailLanguage, d: VendorReferralData): MailContent {
  return renderMail({
    lang,
    subject: pick(lang, { sv: `Fråga från servicedesken om ${d.system}`, en: `Question from the service desk about ${d.system}` }),
    greeting: pick(lang, { sv: `Hej ${d.vendorName}!`, en: `Hello ${d.vendorName},` }),
    blocks: [
      { paragraph: pick(lang, { sv: `${d.fromGroup} behöver er hjälp i ärende ${d.caseNumber}:`, en: `${d.fromGroup} needs your help on case ${d.caseNumber}:` }) },
      { quote: d.question },
      {
        paragraph: pick(lang, {
          sv: 'Svara på det här mejlet med ert svar och ert eget ärendenummer (till exempel "Vår referens: ABC-123").',
          en: 'Reply to this mail with your answer and your own reference (for example "Our reference: ABC-123").',
        }),
      },
    ],
    footer: pick(lang, {
      sv: ['Servicedesk', `Ändra inte ärendenumret ${d.caseNumber} i ämnesraden.`],
      en: ['Service desk', `Please keep the case number ${d.caseNumber} in the subject.`],
    }),
  });
}
