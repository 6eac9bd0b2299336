import { DateTime } from 'luxon';
import { CENTRE_ZONE } from '../../platform/time-zone';
import { renderMail, type MailContent, type MailLanguage } from '../mail-layout';
import { automaticFooter, numberIn } from './common';

export interface OrderApprovalRequestData {
  ordererName: string;
  orderTitle: string;
  ticketNumber: string;
  agencyName: string;
  /** A special service (billed by the hour), else an add-on service. */
  special: boolean;
  estimatedHours: number | null;
  reportedHours: number;
  deliveredAt: Date;
}

const day = (at: Date) => DateTime.fromJSDate(at, { zone: CENTRE_ZONE }).toISODate()!;
const hours = (n: number, lang: MailLanguage) => `${numberIn(n, lang)} ${lang === 'sv' ? 'timmar' : 'hours'}`;

/** To the orderer: the order is delivered, approve it in the customer web (the approval is what lets it be invoiced). */
export function orderApprovalRequestMail(d: OrderApprovalRequestData, lang: MailLanguage): MailContent {
  const sv = lang === 'sv';
  const facts: [string, string][] = [
    [sv ? 'Beställning' : 'Order', d.orderTitle],
    [sv ? 'Ärende' : 'Case', d.ticketNumber],
    [sv ? 'Myndighet' : 'Agency', d.agencyName],
    [sv ? 'Typ' : 'Kind', d.special ? (sv ? 'Specialtjänst' : 'Special service') : sv ? 'Tilläggstjänst' : 'Add-on service'],
    ...(d.estimatedHours != null ? [[sv ? 'Uppskattade timmar' : 'Estimated hours', hours(d.estimatedHours, lang)] as [string, string]] : []),
    [sv ? 'Rapporterade timmar' : 'Reported hours', hours(d.reportedHours, lang)],
    [sv ? 'Levererad' : 'Delivered', day(d.deliveredAt)],
  ];
  return renderMail({
    lang,
    subject: sv ? `Godkänn leveransen: ${d.orderTitle}` : `Approve the delivery: ${d.orderTitle}`,
    greeting: sv ? `Hej ${d.ordererName},` : `Hello ${d.ordererName},`,
    blocks: [
      { paragraph: sv ? 'Beställningen nedan är levererad och väntar på ditt godkännande.' : 'The order below has been delivered and is waiting for your approval.' },
      { facts },
      {
        paragraph: sv
          ? `Så godkänner du: logga in på kundwebben, öppna ärende ${d.ticketNumber}, gå till beställningen och välj "Godkänn leverans". Stämmer något inte, skriv en kommentar på ärendet i stället.`
          : `To approve: sign in to the customer web, open case ${d.ticketNumber}, go to the order and choose "Approve delivery". If something is wrong, comment on the case instead.`,
      },
    ],
    footer: automaticFooter(lang),
  });
}
