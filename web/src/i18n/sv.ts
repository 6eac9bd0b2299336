import { tickets } from './messages/tickets';
import { intake } from './messages/intake';
import { phone } from './messages/phone';
import { knowledge } from './messages/knowledge';
import { alerts } from './messages/alerts';
import { reports } from './messages/reports';
import { admin } from './messages/admin';
import { directory } from './messages/directory';
import { palette } from './messages/palette';
import { mail } from './messages/mail';
import { mailSettings } from './messages/mailSettings';
import { mailIn } from './messages/mailIn';
import { replies } from './messages/replies';
import { calendars } from './messages/calendars';
import { timelog } from './messages/timelog';
import { policyRules } from './messages/policyRules';
import { retention } from './messages/retention';
import { problems } from './messages/problems';
import { routing } from './messages/routing';
import { secrecy } from './messages/secrecy';
import { readLog } from './messages/readLog';
import { publicRecords } from './messages/public-records';
import { webhooks } from './messages/webhooks';
import { merge } from './messages/merge';
import { audit } from './messages/audit';
import { customer } from './messages/customer';
import { customerRegister } from './messages/customerRegister';
import { customerCases } from './messages/customerCases';
import { customerKnowledge } from './messages/customerKnowledge';
import { customerOrders } from './messages/customerOrders';
import { customerAgency } from './messages/customerAgency';

/** Svenska: the frame's own messages (each screen area keeps its pair in messages/). */
const core = {
  'app.name': 'Supportchain',
  'app.skip': 'Hoppa till innehållet',
  'app.nav': 'Huvudmeny',
  'app.nav.work': 'Mitt arbete',
  'app.nav.newTicket': 'Nytt ärende',
  'app.nav.phone': 'Telefon',
  'app.nav.knowledge': 'Kunskapsbank',
  'app.nav.alerts': 'Larm',
  'app.nav.reports': 'Rapporter och forum',
  'app.nav.admin': 'Administration',
  'app.language': 'Språk',
  'app.signedInAs': 'Inloggad som {name}',
  'app.signOut': 'Logga ut',
  'app.loading': 'Laddar…',
  'app.error': 'Något gick fel: {message}',
  'app.error.network': 'Servern gick inte att nå. Kontrollera anslutningen och försök igen.',
  'app.error.UNAUTHENTICATED': 'Du är inte inloggad längre. Logga in igen.',
  'app.error.FORBIDDEN': 'Din roll får inte se eller göra det här.',
  'app.error.NOT_FOUND': 'Det finns inte, eller så får du inte se det.',
  'app.error.INTERNAL_SERVER_ERROR': 'Ett fel uppstod i servern. Försök igen om en stund.',
  'app.error.OPERATION_NOT_ALLOWED': 'Servern känner inte igen den här versionen av konsolen. Ladda om sidan.',
  'app.notFound': 'Sidan finns inte.',
  'app.live.connected': 'Live',

  'signIn.title': 'Logga in',
  'signIn.intro': 'Utvecklingsläge: välj en demoanvändare.',
  'signIn.unavailable': 'Inloggning för utveckling finns inte på den här servern.',
  'signIn.failed': 'Inloggningen misslyckades.',
  'signIn.as': 'Logga in som {name}',
  'signIn.none': 'Inloggningen sköts inte av konsolen på den här servern.',
  'signIn.redirecting': 'Skickar dig till organisationens inloggning…',
  'signIn.providerFailed': 'Inloggningstjänsten svarar inte. Försök igen om en stund.',
  'signIn.signedOut': 'Du är utloggad.',
  'signIn.withProvider': 'Logga in igen',
  'signIn.completing': 'Loggar in…',
  'signIn.callbackFailed': 'Inloggningen kunde inte slutföras.',
  'signIn.again': 'Försök igen',

  'role.AGENT': 'Servicedeskagent',
  'role.SPECIALIST': 'Specialist',
  'role.DELIVERY_MANAGER': 'Leveransansvarig',
  'role.ACCOUNT_MANAGER': 'Kundansvarig',
  'role.ADMIN': 'Administratör',
  'role.CUSTOMER': 'Kund',
  'role.EXTERNAL_CONTACT': 'Extern kontakt',
  'role.TELEPHONY': 'Telefoni',

  'work.title': 'Mitt arbete',
  'work.queues': 'Köer',
  'work.queue.mine': 'Tilldelade mig',
  'work.queue.unassigned': 'Ej tilldelade',
  'work.queue.atRisk': 'I riskzonen',
  'work.queue.breached': 'Bryter SLA',
  'work.queue.group': 'Grupp: {name}',
  'work.filters': 'Filter',
  'work.filter.text': 'Sök',
  'work.filter.priority': 'Prioritet',
  'work.filter.any': 'Alla',
  'work.count': '{count} ärende|{count} ärenden',
  'work.empty': 'Inga öppna ärenden i den här kön.',
  'work.col.number': 'Nummer',
  'work.col.title': 'Rubrik',
  'work.col.priority': 'Prio',
  'work.col.status': 'Status',
  'work.col.tier': 'Nivå',
  'work.col.agency': 'Myndighet',
  'work.col.group': 'Grupp',
  'work.col.assignee': 'Handläggare',
  'work.col.sla': 'SLA',
  'work.unassigned': '—',
  'work.more': 'Visar {shown} av {total}',

  'sla.breached': 'Bruten',
  'sla.atRisk': 'I riskzonen',
  'sla.dueIn': 'Förfaller om {time}',
  'sla.overdue': 'Försenad {time}',
  'sla.paused': 'Pausad',
  'sla.met': 'Uppfylld',
  'sla.none': 'Ingen SLA',
  'sla.metric.FIRST_RESPONSE': 'Första svar',
  'sla.metric.RESOLUTION': 'Lösning',
  'sla.metric.TIME_AT_VENDOR': 'Tid hos leverantör',
  'sla.state.RUNNING': 'Pågår',
  'sla.state.PAUSED': 'Pausad',
  'sla.state.MET': 'Uppfylld',
  'sla.state.BREACHED': 'Bruten',
  'sla.col.metric': 'Mått',
  'sla.col.state': 'Läge',
  'sla.col.due': 'Förfaller',
  'sla.col.remaining': 'Kvar',
  'sla.col.paused': 'Pausad sedan',

  'status.NEW': 'Ny',
  'status.IN_PROGRESS': 'Pågående',
  'status.WAITING_FOR_CUSTOMER': 'Väntar på kund',
  'status.WAITING_FOR_VENDOR': 'Väntar på leverantör',
  'status.RESOLVED': 'Löst',
  'status.CLOSED': 'Stängd',
  'tier.FIRST': '1:a linjen',
  'tier.SECOND': '2:a linjen',
  'tier.THIRD': '3:e linjen',

  'ticket.title': 'Ärende {number}',
  'ticket.back': 'Tillbaka till mitt arbete',
  'ticket.notFound': 'Ärendet {number} finns inte eller så får du inte se det.',
  'ticket.fields': 'Uppgifter',
  'ticket.field.status': 'Status',
  'ticket.field.priority': 'Prioritet',
  'ticket.field.tier': 'Nivå',
  'ticket.field.agency': 'Myndighet',
  'ticket.field.requester': 'Anmälare',
  'ticket.field.group': 'Grupp',
  'ticket.field.assignee': 'Handläggare',
  'ticket.field.serviceArea': 'Tjänsteområde',
  'ticket.field.service': 'Tjänst',
  'ticket.field.category': 'Kategori',
  'ticket.field.created': 'Registrerat',
  'ticket.field.title': 'Rubrik',
  'ticket.description': 'Beskrivning',
  'ticket.sla': 'SLA-klockor',
  'ticket.actions': 'Åtgärder',
  'ticket.timeline': 'Händelser',
  'ticket.timeline.empty': 'Inga händelser ännu.',
  'ticket.comment.public': 'Publik kommentar',
  'ticket.comment.internal': 'Intern anteckning',
  'ticket.system': 'Systemet',

  'event.ARTICLE_LINKED': 'Artikel kopplad',
  'event.MACRO_APPLIED': 'Makro kördes',
  'event.ASSIGNED': 'Tilldelat',
  'event.CALLBACK_COMPLETED': 'Återuppringning klar',
  'event.CALLBACK_REQUESTED': 'Återuppringning begärd',
  'event.CALLBACK_TAKEN': 'Återuppringning tagen',
  'event.CALL_ANSWERED': 'Samtal besvarat',
  'event.CALL_ENDED': 'Samtal avslutat',
  'event.CALL_MENU_INPUT': 'Val i telefonmenyn',
  'event.CALL_QUEUED': 'Samtal i kö',
  'event.CALL_STARTED': 'Samtal startat',
  'event.CALL_TRANSFERRED': 'Samtal kopplat',
  'event.CLOSED': 'Stängt',
  'event.COMMENTED': 'Kommenterat',
  'event.CREATED': 'Registrerat',
  'event.ESCALATED': 'Eskalerat',
  'event.FIELD_CHANGED': 'Fält ändrat',
  'event.REFERRED_TO_VENDOR': 'Skickat till leverantör',
  'event.REOPENED': 'Återöppnat',
  'event.RESOLVED': 'Löst',
  'event.RETURNED': 'Återlämnat',
  'event.SLA_CHANGED': 'SLA ändrat',
  'event.STATUS_CHANGED': 'Status ändrad',
  'event.VENDOR_RESPONDED': 'Leverantören svarade',
  'event.change': '{field}: {from} → {to}',

  'composer.title': 'Skriv',
  'composer.body': 'Text',
  'composer.visibility': 'Synlighet',
  'composer.public': 'Publik (kunden ser den)',
  'composer.internal': 'Intern (bara personal)',
  'composer.send': 'Skicka',
  'composer.sending': 'Skickar…',
  'composer.sent': 'Kommentaren är sparad.',
  'composer.conflict': 'Ärendet har ändrats sedan du öppnade det:',
  'composer.conflict.none': 'Ingen synlig uppgift ändrades (ny version {version}).',
  'composer.retry': 'Skicka igen med den nya versionen',
  'composer.empty': 'Skriv en text först.',

  'actions.assignToMe': 'Tilldela mig',
  'actions.inProgress': 'Sätt pågående',
  'actions.waitForCustomer': 'Vänta på kund',
  'actions.resolve': 'Lös',
  'actions.resolve.submit': 'Lös ärendet',
  'actions.resolution': 'Lösning (kunden ser den)',
  'actions.close': 'Stäng',
  'actions.reopen': 'Återöppna',
  'actions.reopen.submit': 'Återöppna ärendet',
  'actions.reason': 'Orsak',
  'actions.done': 'Klart: {action}.',
  'actions.conflict': 'Ärendet har ändrats under tiden; uppgifterna ovan är nu aktuella. Försök igen.',

  'viewers.label': 'Tittar på ärendet just nu',
  'viewers.none': 'Ingen annan tittar på ärendet.',
} as const;

/** Svenska: the console's default language and the reference catalogue (en.ts has the same keys). */
export const sv = {
  ...core,
  ...tickets.sv,
  ...intake.sv,
  ...phone.sv,
  ...knowledge.sv,
  ...alerts.sv,
  ...reports.sv,
  ...admin.sv,
  ...directory.sv,
  ...palette.sv,
  ...mail.sv,
  ...mailSettings.sv,
  ...mailIn.sv,
  ...replies.sv,
  ...policyRules.sv,
  ...retention.sv,
  ...calendars.sv,
  ...webhooks.sv,
  ...merge.sv,
  ...audit.sv,
  ...customer.sv,
  ...customerRegister.sv,
  ...customerCases.sv,
  ...customerKnowledge.sv,
  ...customerOrders.sv,
  ...customerAgency.sv,
  ...timelog.sv,
  ...problems.sv,
  ...routing.sv,
  ...secrecy.sv,
  ...readLog.sv,
  ...publicRecords.sv,
};

/** The frame's own keys: en.ts must have exactly these for its core. */
export type CoreKey = keyof typeof core;
export type MessageKey = keyof typeof sv;
export type Catalogue = { readonly [K in MessageKey]: string };
