import { TicketEventKind, TicketStatus } from './ticket.enums';

/** Swedish names of the history's event kinds, as a released case document prints them: every kind (the compiler holds a new one to it). */
const EVENT_LABEL: Record<TicketEventKind, string> = {
  CREATED: 'Registrerat',
  FIELD_CHANGED: 'Uppgift ändrad',
  ASSIGNED: 'Handläggare ändrad',
  COMMENTED: 'Kommentar',
  ESCALATED: 'Eskalerat',
  REFERRED_TO_VENDOR: 'Remitterat till leverantör',
  VENDOR_RESPONDED: 'Svar från leverantör',
  RETURNED: 'Återlämnat',
  REFERRAL_WITHDRAWN: 'Remiss återkallad',
  STATUS_CHANGED: 'Status ändrad',
  RESOLVED: 'Löst',
  CLOSED: 'Stängt',
  REOPENED: 'Återöppnat',
  SLA_CHANGED: 'Servicenivå',
  CALL_STARTED: 'Samtal inkom',
  CALL_MENU_INPUT: 'Val i telefonmenyn',
  CALL_QUEUED: 'Samtal i kö',
  CALL_TRANSFERRED: 'Samtal kopplat',
  CALL_ANSWERED: 'Samtal besvarat',
  CALL_ENDED: 'Samtal avslutat',
  CALLBACK_REQUESTED: 'Återuppringning begärd',
  CALLBACK_TAKEN: 'Återuppringning tagen',
  CALLBACK_COMPLETED: 'Återuppringning gjord',
  ARTICLE_LINKED: 'Artikel kopplad',
  MACRO_APPLIED: 'Makro tillämpat',
  MERGED_INTO: 'Sammanslaget med annat ärende',
  MERGED_FROM: 'Annat ärende sammanslaget hit',
  SPLIT_TO: 'Delat till nytt ärende',
  SPLIT_FROM: 'Delat från ärende',
  TIME_LOGGED: 'Tid rapporterad',
  TIME_LOG_CHANGED: 'Tidrapport ändrad',
  TIME_LOG_DELETED: 'Tidrapport borttagen',
  KIND_CHANGED: 'Ärendetyp ändrad',
  INCIDENT_LINKED: 'Incident kopplad',
  INCIDENT_UNLINKED: 'Incident frånkopplad',
  LINKED_TO_PROBLEM: 'Kopplat till problem',
  UNLINKED_FROM_PROBLEM: 'Frånkopplat problem',
  MAJOR_INCIDENT: 'Större störning',
  ROUTED: 'Fördelat',
  MARKED_CONFIDENTIAL: 'Sekretessmarkerat',
  UNMARKED_CONFIDENTIAL: 'Sekretessmarkering borttagen',
  PUBLIC_RECORD_EXPORTED: 'Utlämnat som allmän handling',
  ANONYMISED: 'Personuppgifter anonymiserade',
  LEGAL_HOLD_SET: 'Bevarandebeslut satt',
  LEGAL_HOLD_CLEARED: 'Bevarandebeslut hävt',
};

/** The history carries kinds as text; one that is not a kind (never, from the database) prints as itself. */
export const eventLabel = (kind: string) => EVENT_LABEL[kind as TicketEventKind] ?? kind;

/** The statuses in Swedish, as the console shows them. */
export const STATUS_LABEL: Record<TicketStatus, string> = {
  NEW: 'Ny',
  IN_PROGRESS: 'Pågår',
  WAITING_FOR_CUSTOMER: 'Väntar på kund',
  WAITING_FOR_VENDOR: 'Väntar på leverantör',
  RESOLVED: 'Löst',
  CLOSED: 'Stängt',
};
