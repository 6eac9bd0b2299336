import { DateTime } from 'luxon';
import { CENTRE_ZONE } from '../../platform/time-zone';
import { renderMail, type MailBlock, type MailContent, type MailLanguage } from '../mail-layout';
import type { PendingBreach } from '../notify-sla-bundle';
import { automaticFooter } from './common';

const METRICS: Record<string, { sv: string; en: string }> = {
  FIRST_RESPONSE: { sv: 'Första svar', en: 'First response' },
  RESOLUTION: { sv: 'Lösning', en: 'Resolution' },
  TIME_AT_VENDOR: { sv: 'Tid hos leverantör', en: 'Time at vendor' },
};

const when = (at: Date) => DateTime.fromJSDate(at, { zone: CENTRE_ZONE }).toFormat('yyyy-MM-dd HH:mm');

/** To a delivery manager: the new SLA breaches of what they answer for, one bundle. */
export function slaBreachMail(d: { recipientName: string; breaches: readonly PendingBreach[] }, lang: MailLanguage): MailContent {
  const sv = lang === 'sv';
  const n = d.breaches.length;
  const p1 = d.breaches.filter((b) => b.priority === 'P1').length;
  const count = sv ? `${n} ${n === 1 ? 'nytt SLA-brott' : 'nya SLA-brott'}` : `${n} new SLA ${n === 1 ? 'breach' : 'breaches'}`;
  const blocks: MailBlock[] = d.breaches.map((b) => ({
    facts: [
      [sv ? 'Ärende' : 'Case', `${b.ticketNumber} ${b.title}`],
      [sv ? 'Prioritet' : 'Priority', b.priority],
      [sv ? 'Mått' : 'Target', METRICS[b.metric]?.[lang] ?? b.metric],
      [sv ? 'Bröts' : 'Breached', when(b.at)],
      [sv ? 'Myndighet och område' : 'Agency and area', `${b.agency}, ${b.area}`],
    ],
  }));
  return renderMail({
    lang,
    subject: `${count}${p1 ? ` (${p1} P1)` : ''}`,
    greeting: sv ? `Hej ${d.recipientName},` : `Hello ${d.recipientName},`,
    blocks: [
      { paragraph: sv ? 'Följande ärenden som du är leveransansvarig för har passerat sin SLA-tid:' : 'These cases you are delivery manager for have passed their SLA target:' },
      ...blocks,
      { paragraph: sv ? 'Du får de här breven för att du valt det under E-postaviseringar i konsolen.' : 'You get these mails because you chose them under Mail notifications in the console.' },
    ],
    footer: automaticFooter(lang),
  });
}
