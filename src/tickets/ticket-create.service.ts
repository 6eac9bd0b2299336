import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../platform/context';
import { Agency } from '../directory/agency.entity';
import { Role } from '../directory/directory.enums';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import type { Viewer } from '../platform/auth/viewer';
import { runMutation } from '../platform/graphql/mutation';
import { forbidden } from '../platform/errors';
import { aboveCustomerCap, priorityFor } from './priority';
import { viewerPriorityCap } from './priority-cap.service';
import { idempotencyHash } from './ticket-idempotency';
import { historyInserted, historyValues, type EventDetails } from './ticket-history';
import { LIMITS, optionalText, text, type CreateTicketInputValue } from './ticket-input';
import { requireViewer } from '../platform/auth/viewer';
import { Ticket } from './ticket.entity';
import { TicketRegistering, type TicketRegisteringPayload } from './ticket.events';
import { emit } from '../platform/events/event-unit';
import { insertTicket as insertTicketRow, type TicketInsertPart } from './tickets.sql';
import { resolveCreation } from './ticket-create-refs';
import { CENTRE_ZONE } from '../platform/time-zone';
import { Category, Channel, Impact, TicketEventKind, TicketStatus, Urgency } from './ticket.enums';
import { Tier } from '../directory/directory.enums';
import { ticketError, TicketErrorCode } from './ticket.errors';

export { externalContact } from './ticket-create-refs';

const CREATOR_ROLES = new Set([Role.AGENT, Role.SPECIALIST, Role.CUSTOMER]);

/** The year of a ticket number, in the centre's time zone. */
const STOCKHOLM_YEAR = new Intl.DateTimeFormat('sv-SE', { timeZone: CENTRE_ZONE, year: 'numeric' });
const yearIn = (at: Date) => STOCKHOLM_YEAR.format(at);

/**
 * Registers a ticket on the first line. With an idempotency key, the same key (per creator) and
 * the same input return the ticket created the first time, also when two requests race; the same
 * key with a different input is a CONFLICT naming the key (a retry must not silently answer
 * another request's ticket).
 */
export async function createTicket(ctx: Context, input: CreateTicketInputValue) {
  const viewer = requireViewer(ctx);
  if (!CREATOR_ROLES.has(viewer.role)) throw forbidden('your role may not register tickets');
  const key = optionalText(input.idempotencyKey, ['input', 'idempotencyKey'], LIMITS.idempotencyKey);
  const hash = key ? idempotencyHash(input) : undefined;
  const replay = (ticket: Ticket) => {
    // Tickets keyed before the hash was stored have none: they answer as before.
    if (ticket.idempotencyHash && ticket.idempotencyHash !== hash)
      return { result: null, userErrors: ticketError(TicketErrorCode.IDEMPOTENCY_KEY_REUSED, { key, number: ticket.number }).toUserErrors() };
    return { result: ticket, userErrors: [] };
  };
  if (key) {
    const existing = await ctx.em.findOne(Ticket, { createdBy: viewer.userId, idempotencyKey: key });
    if (existing) return replay(existing);
  }
  try {
    return await runMutation(ctx, (tx) => insertTicket(tx, viewer, input, key, hash));
  } catch (err) {
    // Two requests with one key raced: the loser's insert hit the unique index; answer with the winner.
    if (key && err instanceof UniqueConstraintViolationException) {
      const winner = await ctx.em.fork().findOne(Ticket, { createdBy: viewer.userId, idempotencyKey: key });
      if (winner) return replay(winner);
    }
    throw err;
  }
}

async function insertTicket(tx: Context, viewer: Viewer, input: CreateTicketInputValue, key: string | undefined, hash: string | undefined): Promise<Ticket> {
  const title = text(input.title, ['input', 'title'], 3, LIMITS.title);
  const description = text(input.description, ['input', 'description'], 1, LIMITS.description);
  const { requester, agency, serviceArea, service } = await resolveCreation(tx, viewer, input);
  // Customers set their own impact and urgency only here (mail and phone cases come in at P3).
  const capped = aboveCustomerCap(priorityFor(input.impact, input.urgency), await viewerPriorityCap(tx));
  if (capped) throw ticketError(TicketErrorCode.PRIORITY_ABOVE_CUSTOMER_CAP, capped);
  return registerTicket(tx, {
    title,
    description,
    channel: input.channel,
    agency,
    requester,
    serviceArea,
    service,
    category: input.category,
    impact: input.impact,
    urgency: input.urgency,
    createdBy: viewer.userId,
    idempotencyKey: key,
    idempotencyHash: hash,
  });
}

export interface NewTicket {
  title: string;
  description: string;
  channel: Channel;
  agency?: Agency;
  requester: User;
  serviceArea: ServiceArea;
  service?: Service;
  category: Category;
  impact: Impact;
  urgency: Urgency;
  createdBy: number;
  idempotencyKey?: string;
  /** SHA-256 of the normalised input the key was first used with. */
  idempotencyHash?: string;
}

/**
 * Inserts a validated ticket into the Servicedesk's queue with the next number and records its
 * creation (and `history`, events that belong to it, e.g. the call that brought it in). Every way
 * a ticket comes in ends here. One statement: number, queue, ticket, history, live event and what
 * TicketRegistering's handlers add (the SLA domain's timers, which then need no update of the row
 * for its nearest due time); the returned row becomes the managed entity, and the history is
 * emitted as TicketChanged as recordEvent does.
 */
export async function registerTicket(
  tx: Context,
  fields: NewTicket,
  history: { kind: TicketEventKind; details: EventDetails }[] = [],
  /** Rows the caller writes with the ticket (a call's, which brought it in), in the same statement. */
  parts: readonly TicketInsertPart[] = [],
): Promise<Ticket> {
  // An outside contact made in this unit of work needs its row (and id) first.
  if (fields.requester.id === undefined) await tx.em.flush();
  const now = tx.clock.now();
  const priority = priorityFor(fields.impact, fields.urgency);
  const registering: TicketRegisteringPayload = {
    ticket: { agencyId: fields.agency?.id ?? null, serviceAreaId: fields.serviceArea.id, serviceId: fields.service?.id ?? null, priority, status: TicketStatus.NEW, at: now },
    additions: [],
  };
  await emit(tx, TicketRegistering, registering);
  const values = [
    ...[{ kind: TicketEventKind.CREATED, details: { note: `${fields.channel}` } }, ...history].map((h) => historyValues(tx, { tier: Tier.FIRST }, h.kind, h.details)),
    ...registering.additions.flatMap((a) => a.history),
  ];
  const inserted = await insertTicketRow(
    tx.em,
    {
      year: yearIn(now),
      title: fields.title,
      description: fields.description,
      channel: fields.channel,
      agencyId: fields.agency?.id ?? null,
      requesterId: fields.requester.id,
      serviceAreaId: fields.serviceArea.id,
      serviceId: fields.service?.id ?? null,
      category: fields.category,
      impact: fields.impact,
      urgency: fields.urgency,
      priority,
      status: TicketStatus.NEW,
      tier: Tier.FIRST,
      createdById: fields.createdBy,
      at: now,
      idempotencyKey: fields.idempotencyKey ?? null,
      idempotencyHash: fields.idempotencyHash ?? null,
      slaDueAt: registering.additions.reduce<Date | null>((due, a) => (a.slaDueAt && (!due || a.slaDueAt < due) ? a.slaDueAt : due), null),
    },
    values,
    [...registering.additions.map((a) => a.part), ...parts],
  );
  if (!inserted) throw new Error('no Servicedesk group is configured');
  const ticket = tx.em.map(Ticket, inserted.ticket);
  // The CREATED event names the number (the statement wrote it there).
  values[0].toValue = ticket.number;
  historyInserted(tx, ticket, values, inserted.eventIds, { liveRecorded: true });
  return ticket;
}
