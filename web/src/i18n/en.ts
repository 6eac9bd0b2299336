import type { Catalogue, CoreKey } from './sv';
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

/** English: the frame's own messages. */
const core: { readonly [K in CoreKey]: string } = {
  'app.name': 'Supportchain',
  'app.skip': 'Skip to content',
  'app.nav': 'Main menu',
  'app.nav.work': 'My work',
  'app.nav.newTicket': 'New ticket',
  'app.nav.phone': 'Phone',
  'app.nav.knowledge': 'Knowledge base',
  'app.nav.alerts': 'Alerts',
  'app.nav.reports': 'Reports and forums',
  'app.nav.admin': 'Administration',
  'app.language': 'Language',
  'app.signedInAs': 'Signed in as {name}',
  'app.signOut': 'Sign out',
  'app.loading': 'Loading…',
  'app.error': 'Something went wrong: {message}',
  'app.error.network': 'The server could not be reached. Check the connection and try again.',
  'app.error.UNAUTHENTICATED': 'You are no longer signed in. Sign in again.',
  'app.error.FORBIDDEN': 'Your role may not see or do this.',
  'app.error.NOT_FOUND': 'It does not exist, or you may not see it.',
  'app.error.INTERNAL_SERVER_ERROR': 'The server failed. Try again in a moment.',
  'app.error.OPERATION_NOT_ALLOWED': 'The server does not know this version of the console. Reload the page.',
  'app.notFound': 'This page does not exist.',
  'app.live.connected': 'Live',

  'signIn.title': 'Sign in',
  'signIn.intro': 'Development mode: choose a demo user.',
  'signIn.unavailable': 'Development sign-in is not available on this server.',
  'signIn.failed': 'Sign-in failed.',
  'signIn.as': 'Sign in as {name}',
  'signIn.none': 'Sign-in is not handled by the console on this server.',
  'signIn.redirecting': "Taking you to your organisation's sign-in…",
  'signIn.providerFailed': 'The sign-in service is not answering. Try again in a while.',
  'signIn.signedOut': 'You are signed out.',
  'signIn.withProvider': 'Sign in again',
  'signIn.completing': 'Signing in…',
  'signIn.callbackFailed': 'Sign-in could not be completed.',
  'signIn.again': 'Try again',

  'role.AGENT': 'Service desk agent',
  'role.SPECIALIST': 'Specialist',
  'role.DELIVERY_MANAGER': 'Delivery manager',
  'role.ACCOUNT_MANAGER': 'Account manager',
  'role.ADMIN': 'Administrator',
  'role.CUSTOMER': 'Customer',
  'role.EXTERNAL_CONTACT': 'External contact',
  'role.TELEPHONY': 'Telephony',

  'work.title': 'My work',
  'work.queues': 'Queues',
  'work.queue.mine': 'Assigned to me',
  'work.queue.unassigned': 'Unassigned',
  'work.queue.atRisk': 'At risk',
  'work.queue.breached': 'Breached',
  'work.queue.group': 'Group: {name}',
  'work.filters': 'Filters',
  'work.filter.text': 'Search',
  'work.filter.priority': 'Priority',
  'work.filter.any': 'Any',
  'work.count': '{count} ticket|{count} tickets',
  'work.empty': 'No open tickets in this queue.',
  'work.col.number': 'Number',
  'work.col.title': 'Title',
  'work.col.priority': 'Prio',
  'work.col.status': 'Status',
  'work.col.tier': 'Tier',
  'work.col.agency': 'Agency',
  'work.col.group': 'Group',
  'work.col.assignee': 'Assignee',
  'work.col.sla': 'SLA',
  'work.unassigned': '—',
  'work.more': 'Showing {shown} of {total}',

  'sla.breached': 'Breached',
  'sla.atRisk': 'At risk',
  'sla.dueIn': 'Due in {time}',
  'sla.overdue': 'Overdue {time}',
  'sla.paused': 'Paused',
  'sla.met': 'Met',
  'sla.none': 'No SLA',
  'sla.metric.FIRST_RESPONSE': 'First response',
  'sla.metric.RESOLUTION': 'Resolution',
  'sla.metric.TIME_AT_VENDOR': 'Time at vendor',
  'sla.state.RUNNING': 'Running',
  'sla.state.PAUSED': 'Paused',
  'sla.state.MET': 'Met',
  'sla.state.BREACHED': 'Breached',
  'sla.col.metric': 'Metric',
  'sla.col.state': 'State',
  'sla.col.due': 'Due',
  'sla.col.remaining': 'Remaining',
  'sla.col.paused': 'Paused since',

  'status.NEW': 'New',
  'status.IN_PROGRESS': 'In progress',
  'status.WAITING_FOR_CUSTOMER': 'Waiting for customer',
  'status.WAITING_FOR_VENDOR': 'Waiting for vendor',
  'status.RESOLVED': 'Resolved',
  'status.CLOSED': 'Closed',
  'tier.FIRST': 'First line',
  'tier.SECOND': 'Second line',
  'tier.THIRD': 'Third line',

  'ticket.title': 'Ticket {number}',
  'ticket.back': 'Back to my work',
  'ticket.notFound': 'Ticket {number} does not exist or you may not see it.',
  'ticket.fields': 'Details',
  'ticket.field.status': 'Status',
  'ticket.field.priority': 'Priority',
  'ticket.field.tier': 'Tier',
  'ticket.field.agency': 'Agency',
  'ticket.field.requester': 'Requester',
  'ticket.field.group': 'Group',
  'ticket.field.assignee': 'Assignee',
  'ticket.field.serviceArea': 'Service area',
  'ticket.field.service': 'Service',
  'ticket.field.category': 'Category',
  'ticket.field.created': 'Registered',
  'ticket.field.title': 'Title',
  'ticket.description': 'Description',
  'ticket.sla': 'SLA clocks',
  'ticket.actions': 'Actions',
  'ticket.timeline': 'Timeline',
  'ticket.timeline.empty': 'No events yet.',
  'ticket.comment.public': 'Public comment',
  'ticket.comment.internal': 'Internal note',
  'ticket.system': 'System',

  'event.ARTICLE_LINKED': 'Article linked',
  'event.MACRO_APPLIED': 'Macro run',
  'event.ASSIGNED': 'Assigned',
  'event.CALLBACK_COMPLETED': 'Callback completed',
  'event.CALLBACK_REQUESTED': 'Callback requested',
  'event.CALLBACK_TAKEN': 'Callback taken',
  'event.CALL_ANSWERED': 'Call answered',
  'event.CALL_ENDED': 'Call ended',
  'event.CALL_MENU_INPUT': 'Phone menu choice',
  'event.CALL_QUEUED': 'Call queued',
  'event.CALL_STARTED': 'Call started',
  'event.CALL_TRANSFERRED': 'Call transferred',
  'event.CLOSED': 'Closed',
  'event.COMMENTED': 'Commented',
  'event.CREATED': 'Registered',
  'event.ESCALATED': 'Escalated',
  'event.FIELD_CHANGED': 'Field changed',
  'event.REFERRED_TO_VENDOR': 'Referred to vendor',
  'event.REOPENED': 'Reopened',
  'event.RESOLVED': 'Resolved',
  'event.RETURNED': 'Returned',
  'event.SLA_CHANGED': 'SLA changed',
  'event.STATUS_CHANGED': 'Status changed',
  'event.VENDOR_RESPONDED': 'Vendor responded',
  'event.change': '{field}: {from} → {to}',

  'composer.title': 'Write',
  'composer.body': 'Text',
  'composer.visibility': 'Visibility',
  'composer.public': 'Public (the customer sees it)',
  'composer.internal': 'Internal (staff only)',
  'composer.send': 'Send',
  'composer.sending': 'Sending…',
  'composer.sent': 'The comment is saved.',
  'composer.conflict': 'The ticket changed since you opened it:',
  'composer.conflict.none': 'No visible field changed (new version {version}).',
  'composer.retry': 'Send again on the new version',
  'composer.empty': 'Write a text first.',

  'actions.assignToMe': 'Assign to me',
  'actions.inProgress': 'Set in progress',
  'actions.waitForCustomer': 'Wait for customer',
  'actions.resolve': 'Resolve',
  'actions.resolve.submit': 'Resolve the ticket',
  'actions.resolution': 'Resolution (the customer sees it)',
  'actions.close': 'Close',
  'actions.reopen': 'Reopen',
  'actions.reopen.submit': 'Reopen the ticket',
  'actions.reason': 'Reason',
  'actions.done': 'Done: {action}.',
  'actions.conflict': 'The ticket changed meanwhile; the details above are now current. Try again.',

  'viewers.label': 'Viewing this ticket now',
  'viewers.none': 'Nobody else is viewing this ticket.',
};

/** English: the same keys as the Swedish catalogue (the type refuses a missing or extra key). */
export const en: Catalogue = {
  ...core,
  ...tickets.en,
  ...intake.en,
  ...phone.en,
  ...knowledge.en,
  ...alerts.en,
  ...reports.en,
  ...admin.en,
  ...directory.en,
  ...palette.en,
  ...mail.en,
  ...mailSettings.en,
  ...mailIn.en,
  ...replies.en,
  ...policyRules.en,
  ...retention.en,
  ...calendars.en,
  ...webhooks.en,
  ...merge.en,
  ...audit.en,
  ...customer.en,
  ...customerRegister.en,
  ...customerCases.en,
  ...customerKnowledge.en,
  ...customerOrders.en,
  ...customerAgency.en,
  ...timelog.en,
  ...problems.en,
  ...routing.en,
  ...secrecy.en,
  ...readLog.en,
  ...publicRecords.en,
};
