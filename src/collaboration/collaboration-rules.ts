import { DateTime } from 'luxon';
import { Segment } from '../directory/directory.enums';
import { isMonth } from '../platform/calendar-input';
import { ContactRole, Forum, Level, MatterStatus, OrderKind, OrderStatus, Side } from './collaboration.enums';

/**
 * The collaboration model's rules, pure: which side holds which role, the forums each segment
 * is owed and when, the standing agendas, the escalation ladder, and the order rules.
 */

// ---------------------------------------------------------------- roles

const CENTRE_ONLY = new Set([ContactRole.EXECUTIVE_ACCOUNT_MANAGER, ContactRole.ACCOUNT_MANAGER, ContactRole.DELIVERY_MANAGER]);
const AGENCY_ONLY = new Set([ContactRole.AGREEMENT_OWNER, ContactRole.ORDER_MANAGER, ContactRole.DELIVERY_COORDINATOR, ContactRole.AUTHORISED_ORDERER]);
/** Held per service area. */
export const AREA_ROLES = new Set([ContactRole.DELIVERY_MANAGER, ContactRole.OPERATIONAL_CONTACT]);
/** Roles several people may hold at once; every other role has one holder (and a deputy). */
export const SHARED_ROLES = new Set([ContactRole.OPERATIONAL_CONTACT, ContactRole.AUTHORISED_ORDERER]);

/** Why a role cannot be assigned on this side, with or without an area; null when it can. */
export function contactProblem(role: ContactRole, side: Side, hasArea: boolean): string | null {
  if (side === Side.AGENCY && CENTRE_ONLY.has(role)) return `${role} is a role of the centre`;
  if (side === Side.CENTRE && AGENCY_ONLY.has(role)) return `${role} is a role of the agency`;
  if (AREA_ROLES.has(role) && !hasArea) return `${role} is held per service area: name the area`;
  if (!AREA_ROLES.has(role) && hasArea) return `${role} is not held per service area`;
  return null;
}

/** The special contact paths for urgent matters (source 000, 3.3): each side names an ordinary and a deputy person. */
export const URGENT_PATHS: ReadonlySet<ContactRole> = new Set([
  ContactRole.URGENT_OPERATIONAL_DISRUPTION, ContactRole.URGENT_INFORMATION_SECURITY, ContactRole.URGENT_CONFIDENTIALITY, ContactRole.URGENT_COMMUNICATION,
]);

/** Why the role cannot be held without a deputy; null when it can. */
export function deputyProblem(role: ContactRole, hasDeputy: boolean): string | null {
  return URGENT_PATHS.has(role) && !hasDeputy ? `${role} is a special contact path for urgent matters: name an ordinary and a deputy person` : null;
}

// ---------------------------------------------------------------- forums

export interface ForumRequirement {
  forum: Forum;
  perYear: number;
  /** One series per service area of the agreement. */
  perServiceArea: boolean;
}

/** The minimum meetings a year for an agency of the segment (the domain brief's table); "as needed" is none. */
export function forumRequirements(segment: Segment): ForumRequirement[] {
  switch (segment) {
    case Segment.UNDER_150:
      return []; // their own, simpler model
    case Segment.FROM_150_TO_499:
      return [{ forum: Forum.TACTICAL_OPERATIONAL, perYear: 2, perServiceArea: false }];
    case Segment.FROM_500_TO_2000:
      return [
        { forum: Forum.STRATEGIC, perYear: 1, perServiceArea: false },
        { forum: Forum.TACTICAL, perYear: 2, perServiceArea: false },
        { forum: Forum.OPERATIONAL, perYear: 4, perServiceArea: true },
      ];
    case Segment.OVER_2000:
      return [
        { forum: Forum.STRATEGIC, perYear: 2, perServiceArea: false },
        { forum: Forum.TACTICAL, perYear: 4, perServiceArea: false },
        { forum: Forum.OPERATIONAL, perYear: 6, perServiceArea: true },
      ];
  }
}

/** The forums an agency of the segment meets in at all (required or as needed). */
export function forumsFor(segment: Segment): Forum[] {
  switch (segment) {
    case Segment.UNDER_150:
      return [];
    case Segment.FROM_150_TO_499:
      return [Forum.STRATEGIC, Forum.TACTICAL_OPERATIONAL, Forum.OPERATIONAL];
    default:
      return [Forum.STRATEGIC, Forum.TACTICAL, Forum.OPERATIONAL];
  }
}

/** The customer council meets once a year per segment (the segments in the model: 150 employees and up). */
export const COUNCIL_SEGMENTS = [Segment.FROM_150_TO_499, Segment.FROM_500_TO_2000, Segment.OVER_2000] as const;

/** Evenly spread: the k-th of n meetings is due by the last day of the k-th n-th of the year (yyyy-MM-dd). */
export function dueDates(year: number, perYear: number): string[] {
  const start = DateTime.fromObject({ year, month: 1, day: 1 });
  return Array.from({ length: perYear }, (_, k) => start.plus({ months: Math.round(((k + 1) * 12) / perYear) }).minus({ days: 1 }).toISODate()!);
}

export interface Slot {
  dueBy: string;
  /** The held meeting that fills the slot (held meetings fill slots in date order). */
  heldOn: string | null;
  overdue: boolean;
}

/** The year's slots of a series, filled by its held meetings, as of a day (yyyy-MM-dd). */
export function forumSlots(year: number, perYear: number, heldDays: readonly string[], asOf: string): Slot[] {
  const held = [...heldDays].sort();
  return dueDates(year, perYear).map((dueBy, k) => ({ dueBy, heldOn: held[k] ?? null, overdue: !held[k] && dueBy < asOf }));
}

/**
 * Why a meeting cannot be set on `day` as of `today` (both yyyy-MM-dd, Stockholm): a meeting is
 * planned, or moved, for today or later only (a past meeting is recorded, not planned); null when it can.
 */
export function meetingDayProblem(day: string, today: string, action: 'planned for' | 'moved to'): string | null {
  return day < today ? `a meeting is ${action} today or later` : null;
}

/** The levels whose escalation matters a forum handles (the joint forum takes both of its levels). */
export function levelsOf(forum: Forum): Level[] {
  switch (forum) {
    case Forum.STRATEGIC:
      return [Level.STRATEGIC];
    case Forum.TACTICAL:
      return [Level.TACTICAL];
    case Forum.TACTICAL_OPERATIONAL:
      return [Level.OPERATIONAL, Level.TACTICAL];
    case Forum.OPERATIONAL:
      return [Level.OPERATIONAL];
    default:
      return [];
  }
}

/** What fills a standing item when the agenda is generated. */
export enum LiveItem {
  PREVIOUS_MINUTES = 'PREVIOUS_MINUTES',
  /** Open cases past their SLA time. */
  OPEN_PAST_SLA = 'OPEN_PAST_SLA',
  /** Open tickets escalated along the support chain. */
  ESCALATED_CASES = 'ESCALATED_CASES',
  /** The quarter's SLA report: deviations, targets not reached (the risks). */
  SLA_DEVIATIONS = 'SLA_DEVIATIONS',
  /** Escalation matters at the forum's level, and the feedback from the level above. */
  MATTERS = 'MATTERS',
  /** Orders of add-on and special services under way. */
  ORDERS = 'ORDERS',
}

export interface StandingItem {
  title: string;
  live?: LiveItem[];
}

/** The standing agendas of the collaboration model (source 000, sections 2.3.1, 2.4.1, 2.5.1). */
export function standingAgenda(forum: Forum): StandingItem[] {
  switch (forum) {
    case Forum.STRATEGIC:
      return [
        { title: 'Vad händer inom respektive myndighet' },
        { title: 'Godkännande av föregående mötesanteckningar', live: [LiveItem.PREVIOUS_MINUTES] },
        { title: 'Föranmälda frågor' },
        { title: 'Eskalerade ärenden', live: [LiveItem.MATTERS] },
        { title: 'Öppna frågor' },
        { title: 'Nästa möte' },
      ];
    case Forum.TACTICAL:
    case Forum.TACTICAL_OPERATIONAL:
      return [
        { title: 'Vad händer inom respektive myndighet' },
        { title: 'Godkännande av föregående mötesanteckningar', live: [LiveItem.PREVIOUS_MINUTES] },
        {
          title: 'Avvikelser mot överenskomna servicenivåer, eskalerade ärenden och risker',
          live: forum === Forum.TACTICAL_OPERATIONAL ? [LiveItem.SLA_DEVIATIONS, LiveItem.MATTERS, LiveItem.OPEN_PAST_SLA] : [LiveItem.SLA_DEVIATIONS, LiveItem.MATTERS],
        },
        { title: 'Beställning och förändring av tjänster', live: [LiveItem.ORDERS] },
        { title: 'Öppna frågor från föregående möte' },
        { title: 'Ändringar i förteckningen över kontaktpersoner' },
        { title: 'Övriga frågor' },
        { title: 'Nästa möte' },
      ];
    case Forum.OPERATIONAL:
      return [
        { title: 'Godkännande av föregående mötesanteckningar', live: [LiveItem.PREVIOUS_MINUTES] },
        { title: 'Uppföljning av leverans, incidenter, åtgärder och eskalerade ärenden', live: [LiveItem.ESCALATED_CASES, LiveItem.MATTERS] },
        { title: 'Öppna ärenden som passerat tid för överenskommen servicenivå', live: [LiveItem.OPEN_PAST_SLA] },
        { title: 'Öppna frågor från föregående möte' },
        { title: 'Övriga och föranmälda frågor' },
        { title: 'Nästa möte' },
      ];
    case Forum.CUSTOMER_COUNCIL:
      return [{ title: 'Information från Statens servicecenter' }, { title: 'Kundgemensamma strategiska frågor' }, { title: 'Övriga frågor' }, { title: 'Nästa kundråd' }];
  }
}

// ---------------------------------------------------------------- escalation matters

/**
 * The forum that handles a level's matters for an agency of the segment (whose convener decides
 * them): the joint forum takes the tactical level of an agency of 150-499 employees.
 */
export function forumOfLevel(level: Level, segment: Segment): Forum {
  switch (level) {
    case Level.STRATEGIC:
      return Forum.STRATEGIC;
    case Level.TACTICAL:
      return forumsFor(segment).includes(Forum.TACTICAL_OPERATIONAL) ? Forum.TACTICAL_OPERATIONAL : Forum.TACTICAL;
    case Level.OPERATIONAL:
      return Forum.OPERATIONAL;
  }
}

const LADDER = [Level.OPERATIONAL, Level.TACTICAL, Level.STRATEGIC];

/** The level above, or null at the top. */
export const levelAbove = (level: Level): Level | null => LADDER[LADDER.indexOf(level) + 1] ?? null;
/** The level below, where a decision is fed back; null at the bottom. */
export const levelBelow = (level: Level): Level | null => LADDER[LADDER.indexOf(level) - 1] ?? null;

/**
 * The levels a decision is fed back to: every level below the deciding one, down to where the
 * matter was raised (source 000: the delivery manager feeds back to the tactical and operational
 * levels; both parties report back on an escalated matter). None for a matter decided where it began.
 */
export const feedbackLevels = (raisedAt: Level, decidedAt: Level): Level[] => LADDER.slice(LADDER.indexOf(raisedAt), LADDER.indexOf(decidedAt));

/**
 * A matter's status once decided: DECIDED while its feedback is due (it was decided above where it
 * was raised), CLOSED when decided at the level where it was raised (nothing below to report back to).
 */
export const statusAfterDecision = (raisedAt: Level, decidedAt: Level): MatterStatus =>
  feedbackLevels(raisedAt, decidedAt).length > 0 ? MatterStatus.DECIDED : MatterStatus.CLOSED;

// ---------------------------------------------------------------- orders

/** A special service estimated above this needs the account manager's quote, signed by the customer. */
export const QUOTE_THRESHOLD_HOURS = 20;

export interface OrderFacts {
  kind: OrderKind;
  status: OrderStatus;
  estimatedHours: number | null;
}

/** Add-ons are always priced by the account manager; special services when over 20 hours. */
export const needsQuote = (o: Pick<OrderFacts, 'kind' | 'estimatedHours'>) => o.kind === OrderKind.ADD_ON || (o.estimatedHours ?? 0) > QUOTE_THRESHOLD_HOURS;

/** Why time may not be reported on the order now; null when it may. */
export function timeReportProblem(o: OrderFacts): string | null {
  if (o.kind !== OrderKind.SPECIAL) return 'time is reported on special services only (add-ons have a monthly price)';
  if (o.status === OrderStatus.ORDERED) return null;
  if ((o.status === OrderStatus.REQUESTED || o.status === OrderStatus.QUOTED) && needsQuote(o))
    return `work on an order over ${QUOTE_THRESHOLD_HOURS} hours cannot start before the customer has signed the quote`;
  if (o.status === OrderStatus.REQUESTED) return 'the order is not approved yet: the unit manager has not ordered it';
  return `time cannot be reported on a ${o.status.toLowerCase()} order`;
}

const h = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Why `adding` hours may not be reported on a special service with `reported` hours already; null
 * when they may. Hours beyond the estimate need a changed order first (past 20 hours, a quote the
 * customer signs again), so that the 20-hour rule cannot be passed by reporting more than ordered.
 */
export function overEstimateProblem(estimatedHours: number, reportedHours: number, adding: number): string | null {
  if (reportedHours + adding <= estimatedHours) return null;
  return `the order is estimated at ${h(estimatedHours)} hours and ${h(reportedHours)} are reported: ${h(adding)} more would exceed it; the orderer changes the order to raise the estimate`;
}

/** Why a special service cannot be changed to `estimatedHours` now; null when it can. */
export function changeProblem(o: OrderFacts, estimatedHours: number): string | null {
  if (o.kind !== OrderKind.SPECIAL) return 'an add-on service is changed through a new quote, not hours';
  if (o.status !== OrderStatus.ORDERED) return `a ${o.status.toLowerCase()} order cannot be changed`;
  if (estimatedHours <= (o.estimatedHours ?? 0)) return `a change order raises the estimate above ${h(o.estimatedHours ?? 0)} hours`;
  return null;
}

/** The month an invoice basis covers: yyyy-MM, as its first and last day. */
export function monthBounds(month: string): { from: string; to: string } | null {
  if (!isMonth(month)) return null;
  const start = DateTime.fromISO(`${month}-01`);
  return { from: start.toISODate()!, to: start.endOf('month').toISODate()! };
}
