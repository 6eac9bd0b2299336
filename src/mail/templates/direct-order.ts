import { renderMail, type MailContent, type MailLanguage } from '../mail-layout';
import { automaticFooter, numberIn } from './common';

export interface DirectOrderData {
  recipientName: string;
  orderTitle: string;
  description: string;
  ticketNumber: string;
  agencyName: string;
  unitManagerName: string;
  estimatedHours: number | null;
  hourlyPrice: number | null;
}

/** To the account manager (person and deputy): the unit manager ordered a small special service directly, without a quote. */
export function directOrderMail(d: DirectOrderData, lang: MailLanguage): MailContent {
  const sv = lang === 'sv';
  const num = (n: number) => numberIn(n, lang);
  const facts: [string, string][] = [
    [sv ? 'Beställning' : 'Order', d.orderTitle],
    [sv ? 'Ärende' : 'Case', d.ticketNumber],
    [sv ? 'Myndighet' : 'Agency', d.agencyName],
    [sv ? 'Beställd av' : 'Ordered by', d.unitManagerName],
    ...(d.estimatedHours != null ? [[sv ? 'Uppskattade timmar' : 'Estimated hours', num(d.estimatedHours)] as [string, string]] : []),
    ...(d.hourlyPrice != null ? [[sv ? 'Timpris' : 'Hourly price', `${num(d.hourlyPrice)} kr`] as [string, string]] : []),
  ];
  return renderMail({
    lang,
    subject: sv ? `Direktbeställning: ${d.orderTitle} (${d.agencyName})` : `Direct order: ${d.orderTitle} (${d.agencyName})`,
    greeting: sv ? `Hej ${d.recipientName},` : `Hello ${d.recipientName},`,
    blocks: [
      {
        paragraph: sv
          ? 'Enhetschefen har beställt en specialtjänst på högst 20 timmar direkt, utan offert. Du får det här som kundansvarig för myndigheten.'
          : 'The unit manager has ordered a special service of at most 20 hours directly, without a quote. You get this as the agency\'s account manager.',
      },
      { facts },
      { quote: d.description },
    ],
    footer: automaticFooter(lang),
  });
}
