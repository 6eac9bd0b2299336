import { renderMail, type MailContent, type MailLanguage } from '../mail-layout';
import { automaticFooter } from './common';

export interface MajorIncidentData {
  recipientName: string;
  problemNumber: string;
  problemTitle: string;
  linkedCount: number;
  /** The linked cases of the agencies and areas the recipient answers for (they may read those). */
  ownCases: string[];
}

/** To a delivery manager: a P1 problem with cases of what they answer for became a major incident. */
export function majorIncidentMail(d: MajorIncidentData, lang: MailLanguage): MailContent {
  const sv = lang === 'sv';
  return renderMail({
    lang,
    subject: sv ? `Större störning: ${d.problemNumber} ${d.problemTitle}` : `Major incident: ${d.problemNumber} ${d.problemTitle}`,
    greeting: sv ? `Hej ${d.recipientName},` : `Hello ${d.recipientName},`,
    blocks: [
      {
        paragraph: sv
          ? 'Ett P1-problem har så många kopplade ärenden att det nu är en större störning. Du får det här som leveransansvarig för berörda ärenden.'
          : 'A P1 problem has so many linked cases that it is now a major incident. You get this as the delivery manager of cases it affects.',
      },
      {
        facts: [
          [sv ? 'Problem' : 'Problem', `${d.problemNumber} ${d.problemTitle}`],
          [sv ? 'Kopplade ärenden' : 'Linked cases', String(d.linkedCount)],
          [sv ? 'Dina ärenden' : 'Your cases', d.ownCases.join(', ') || '-'],
        ],
      },
    ],
    footer: automaticFooter(lang),
  });
}
