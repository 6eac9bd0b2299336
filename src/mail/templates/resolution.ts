import { renderMail, type MailContent, type MailLanguage } from '../mail-layout';
import { caseFooter, greeting, pick } from './common';

export interface ResolutionData {
  caseNumber: string;
  title: string;
  name?: string | null;
  resolution: string;
}

/** The case was resolved: the resolution, and how to reopen it. */
export function resolutionMail(lang: MailLanguage, d: ResolutionData): MailContent {
  return renderMail({
    lang,
    subject: pick(lang, { sv: `Ditt ärende är löst: ${d.title}`, en: `Your case is resolved: ${d.title}` }),
    greeting: greeting(lang, d.name),
    blocks: [
      { paragraph: pick(lang, { sv: `Ärende ${d.caseNumber} är löst. Lösningen:`, en: `Case ${d.caseNumber} is resolved. The resolution:` }) },
      { quote: d.resolution },
      {
        paragraph: pick(lang, {
          sv: 'Är problemet kvar? Svara på det här mejlet så öppnas ärendet igen.',
          en: 'Is the problem still there? Reply to this mail and the case is reopened.',
        }),
      },
    ],
    footer: caseFooter(lang, d.caseNumber),
  });
}
