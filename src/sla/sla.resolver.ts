import { BusinessCalendarResolver, CalendarClosureResolver } from './calendar.resolver';
import { CalendarHolidaysResolver } from './calendar-holidays.resolver';
import { SlaAlertResolver } from './sla-alert.resolver';
import { SlaPolicyResolver } from './sla-policy.resolver';
import { SlaTimerResolver, TicketSlaResolver } from './sla-timer.resolver';

/** The SLA domain's resolvers, one file per use case: timers, policies, calendars, alerts. */
export const SLA_RESOLVERS = [TicketSlaResolver, SlaTimerResolver, SlaPolicyResolver, BusinessCalendarResolver, CalendarHolidaysResolver, CalendarClosureResolver, SlaAlertResolver] as const;
