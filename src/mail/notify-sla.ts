import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Role } from '../directory/directory.enums';
import { User } from '../directory/user.entity';
import type { Clock } from '../platform/clock';
import { CENTRE_ZONE } from '../platform/time-zone';
import type { CalendarSpec } from '../sla/business-time';
import { calendarSpecLoader, toSpec } from '../sla/calendar.service';
import type { Priority } from '../tickets/ticket.enums';
import { MailKind } from './mail.enums';
import { bundleNow, type PendingBreach } from './notify-sla-bundle';
import { centreCalendarId, lockBundling, pendingBreaches, recordMailed, type PendingBreachRow } from './notify-sla.sql';
import { queueMail } from './outbox';
import { KINDS_BY_ROLE } from './preferences-kinds';
import { USER_MAIL_LANGUAGE } from './templates/common';
import { slaBreachMail } from './templates/sla-breach';

/** Breaches older than this are never bundled (a manager who turns mail on is not sent history). */
const LOOKBACK_MS = 14 * 24 * 3600_000;
const WEEKDAY = { open: '08:00', close: '17:00' };
/** Without any office-hours calendar: weekdays 08-17 with Swedish public holidays. */
const FALLBACK = { zone: CENTRE_ZONE, alwaysOpen: false, weekly: { 1: WEEKDAY, 2: WEEKDAY, 3: WEEKDAY, 4: WEEKDAY, 5: WEEKDAY }, holidayCountry: 'SE', halfDayClose: '12:00' };

async function centreCalendar(em: EntityManager, now: Date): Promise<CalendarSpec> {
  const id = await centreCalendarId(em);
  return id == null ? toSpec(FALLBACK, [], now.getUTCFullYear()) : calendarSpecLoader(em, () => now).load(id);
}

const toBreach = (r: PendingBreachRow): PendingBreach => ({
  eventId: r.event_id, priority: r.priority as Priority, metric: r.metric, ticketNumber: r.number, title: r.title, agency: r.agency, area: r.area, at: new Date(r.at),
});

/** The roles that can choose SLA_BREACH mail. */
const BUNDLE_ROLES = (Object.keys(KINDS_BY_ROLE) as Role[]).filter((role) => KINDS_BY_ROLE[role].includes(MailKind.SLA_BREACH));

/**
 * One bundling run: for each delivery manager who chose SLA_BREACH mail, one mail with the breaches
 * of what they answer for not mailed to them yet (outside business hours only P1s; the rest wait),
 * remembered in the same transaction as the mail's row and send job. Returns the mails queued.
 * SLA_BREACH is off by default (MAIL_BY_DEFAULT), so those who chose it are exactly the users with a
 * `by_mail` preference row, which pendingBreaches joins.
 */
export async function sendSlaBundles(orm: MikroORM, clock: Clock, messageDomain: string): Promise<number> {
  return orm.em.fork().transactional(async (em: EntityManager) => {
    await lockBundling(em);
    const now = clock.now();
    const spec = await centreCalendar(em, now);
    const rows = await pendingBreaches(em, BUNDLE_ROLES, new Date(now.getTime() - LOOKBACK_MS), now);
    const byUser = new Map<number, PendingBreach[]>();
    for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), toBreach(r)]);
    let mails = 0;
    for (const [userId, pending] of byUser) {
      const breaches = bundleNow(spec, now, pending);
      if (!breaches.length) continue;
      const user = await em.findOneOrFail(User, userId);
      const content = slaBreachMail({ recipientName: user.name, breaches }, USER_MAIL_LANGUAGE);
      const mail = await queueMail(em, { kind: MailKind.SLA_BREACH, to: { address: user.email, name: user.name, user }, content }, messageDomain, now);
      await recordMailed(em, userId, breaches.map((b) => b.eventId), mail.id, now);
      mails++;
    }
    return mails;
  });
}
