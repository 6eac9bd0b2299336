import { Role } from '../directory/directory.enums';
import { requireViewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { stockholmDay } from '../sla/sla-outcome';
import { INTERNAL, loadForChange, lockTicket } from '../tickets/ticket-change';
import { recordEvent } from '../tickets/ticket-history';
import { dateInput, LIMITS, optionalText } from '../tickets/ticket-input';
import { scopeOf } from '../tickets/ticket-query.service';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketEventKind, TicketStatus } from '../tickets/ticket.enums';
import { addWorkTime, changeWorkTime, orderOfWorkTime, orderTakingTime, workOrderRefusal } from '../collaboration/work-order-time';
import { inQuarters, MAX_MINUTES, mayChangeEntry, mayLogTime, mayReadTime, minutesText, validMinutes } from './timelog-rules';
import { timelogError, TimelogErrorCode } from './timelog.errors';
import { TimeEntry } from './time-entry.entity';

/**
 * Logging time spent on a case (issue 20 part 5), changing and deleting it: one transaction each,
 * with the case's row locked like every change to it, recorded in its history (internal), and a
 * billable entry kept in step with its time on the case's work order.
 */

export interface LogTimeInputValue {
  ticketId: string;
  minutes: number;
  workedOn: string;
  note?: string | null;
  billable?: boolean | null;
}

export interface UpdateTimeEntryInputValue {
  minutes?: number | null;
  workedOn?: string | null;
  note?: string | null;
}

/** The entry's figures checked against the case: minutes, a day between the case's registration and today, a note. */
function checked(tx: Context, ticket: Ticket, values: { minutes: number; workedOn: string; note?: string | null }) {
  if (!validMinutes(values.minutes)) throw timelogError(TimelogErrorCode.MINUTES_OUT_OF_RANGE, { max: MAX_MINUTES });
  const workedOn = dateInput(values.workedOn, 'input', 'workedOn');
  const today = stockholmDay(tx.clock.now());
  if (workedOn > today) throw timelogError(TimelogErrorCode.WORKED_ON_IN_FUTURE, { today });
  const opened = stockholmDay(ticket.createdAt);
  if (workedOn < opened) throw timelogError(TimelogErrorCode.WORKED_ON_BEFORE_CASE, { opened });
  return { minutes: values.minutes, workedOn, note: optionalText(values.note, ['input', 'note'], LIMITS.reason) };
}

const historyNote = (e: Pick<TimeEntry, 'workedOn' | 'billable' | 'note'>) => [e.workedOn, e.billable ? 'billable' : '', e.note ?? ''].filter(Boolean).join(', ');

export function logTime(ctx: Context, input: LogTimeInputValue) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireViewer(tx);
    const ticket = await loadForChange(tx, { ticketId: input.ticketId }, mayLogTime, { versionRequired: false });
    // A closed case is final (its reports and invoice have gone out); a resolved one still takes the time of its wrapping up.
    if (ticket.status === TicketStatus.CLOSED) throw timelogError(TimelogErrorCode.TICKET_CLOSED);
    const values = checked(tx, ticket, input);
    const billable = input.billable === true;
    let workTime;
    if (billable) {
      if (!inQuarters(values.minutes)) throw timelogError(TimelogErrorCode.BILLABLE_NOT_QUARTERS);
      const order = await orderTakingTime(tx, ticket.id);
      if (!order) throw timelogError(TimelogErrorCode.BILLABLE_WITHOUT_ORDER);
      const refusal = await workOrderRefusal(tx, order, values.workedOn, values.minutes / 60);
      if (refusal) throw timelogError(TimelogErrorCode.WORK_ORDER_REFUSED, refusal);
      workTime = addWorkTime(tx, order, viewer.userId, values.workedOn, values.minutes / 60, values.note);
    }
    const now = tx.clock.now();
    const entry = tx.em.create(TimeEntry, {
      ticket, person: viewer.userId, group: ticket.group, tier: ticket.tier, ...values, billable, workTime, loggedAt: now, updatedAt: now,
    } as never) as TimeEntry;
    recordEvent(tx, ticket, TicketEventKind.TIME_LOGGED, { field: 'timeSpent', to: minutesText(values.minutes), note: historyNote(entry), ...INTERNAL });
    return entry;
  });
}

/** An entry for a change: its case locked and readable (else NOT_FOUND), yours or you an admin, the case open (admins correct closed ones), the version as read. */
async function loadEntryForChange(tx: Context, timeEntryId: string, expectedVersion: number | null | undefined) {
  const viewer = requireViewer(tx);
  const entry = await tx.em.findOne(TimeEntry, expectId(timeEntryId, 'TimeEntry', 'timeEntryId'));
  const ticket = entry ? await lockTicket(tx, entry.ticket.id) : null;
  if (!entry || !ticket || !mayReadTime(viewer, scopeOf(ticket))) throw timelogError(TimelogErrorCode.TIME_ENTRY_NOT_FOUND);
  if (!mayChangeEntry(viewer, entry.person.id)) throw timelogError(TimelogErrorCode.TIME_ENTRY_NOT_YOURS);
  if (ticket.status === TicketStatus.CLOSED && viewer.role !== Role.ADMIN) throw timelogError(TimelogErrorCode.TICKET_CLOSED);
  if (expectedVersion != null && expectedVersion !== entry.version) throw timelogError(TimelogErrorCode.TIME_ENTRY_STALE_VERSION, { actual: entry.version, expected: expectedVersion });
  return { entry, ticket };
}

export function updateTimeEntry(ctx: Context, timeEntryId: string, expectedVersion: number | null | undefined, input: UpdateTimeEntryInputValue) {
  return runMutation(ctx, async (tx) => {
    const { entry, ticket } = await loadEntryForChange(tx, timeEntryId, expectedVersion);
    const values = checked(tx, ticket, {
      minutes: input.minutes ?? entry.minutes,
      workedOn: input.workedOn ?? entry.workedOn,
      note: input.note === undefined ? entry.note : input.note,
    });
    if (entry.workTime) {
      if (!inQuarters(values.minutes)) throw timelogError(TimelogErrorCode.BILLABLE_NOT_QUARTERS);
      const { order, time } = await orderOfWorkTime(tx, entry.workTime);
      const refusal = await workOrderRefusal(tx, order, values.workedOn, values.minutes / 60, time);
      if (refusal) throw timelogError(TimelogErrorCode.WORK_ORDER_REFUSED, refusal);
      changeWorkTime(time, values.workedOn, values.minutes / 60, values.note);
    }
    const before = entry.minutes;
    Object.assign(entry, values, { updatedAt: tx.clock.now() });
    recordEvent(tx, ticket, TicketEventKind.TIME_LOG_CHANGED, { field: 'timeSpent', from: minutesText(before), to: minutesText(entry.minutes), note: historyNote(entry), ...INTERNAL });
    return entry;
  });
}

export function deleteTimeEntry(ctx: Context, timeEntryId: string, expectedVersion: number | null | undefined) {
  return runMutation(ctx, async (tx) => {
    const { entry, ticket } = await loadEntryForChange(tx, timeEntryId, expectedVersion);
    if (entry.workTime) {
      // Deleting takes hours off the order: only its settled state refuses it (the estimate and the day cannot).
      const { order, time } = await orderOfWorkTime(tx, entry.workTime);
      const refusal = await workOrderRefusal(tx, order, entry.workedOn, 0, time);
      if (refusal) throw timelogError(TimelogErrorCode.WORK_ORDER_REFUSED, { ...refusal, field: 'billable' });
      tx.em.remove(time);
    }
    tx.em.remove(entry);
    recordEvent(tx, ticket, TicketEventKind.TIME_LOG_DELETED, { field: 'timeSpent', from: minutesText(entry.minutes), note: historyNote(entry), ...INTERNAL });
    return timeEntryId;
  });
}

/** The case's entries, the latest day first, for staff who may read the case; null for anyone else (customers). */
export async function entriesOf(ctx: Context, ticket: Ticket): Promise<TimeEntry[] | null> {
  if (!mayReadTime(requireViewer(ctx), scopeOf(ticket))) return null;
  return ctx.loaders.timeEntriesByTicket.load(ticket.id);
}

/** An entry by id, as `node(id:)` finds it: only for those who may read its case's time. */
export async function findEntry(ctx: Context, id: number): Promise<TimeEntry | null> {
  const entry = await ctx.em.findOne(TimeEntry, id, { populate: ['ticket'] });
  return entry && mayReadTime(requireViewer(ctx), scopeOf(entry.ticket)) ? entry : null;
}

/** May the viewer log time on the case now (the console's control)? */
export function mayLogOn(ctx: Context, ticket: Ticket): boolean {
  return mayLogTime(requireViewer(ctx), scopeOf(ticket)) && ticket.status !== TicketStatus.CLOSED;
}

/** Whether the viewer may change or delete the entry (its author, or an admin). */
export function mayChange(ctx: Context, entry: TimeEntry): boolean {
  return mayChangeEntry(requireViewer(ctx), entry.person.id);
}
