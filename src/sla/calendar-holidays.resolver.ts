import { Arg, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RootOf } from '../platform/graphql/node.type';
import { slaError, SlaErrorCode } from './sla.errors';
import type { BusinessCalendar } from './calendar.entity';
import { ClosureKind, EveRuleKind } from './calendar.entity';
import { swedishHolidays } from './calendar-holidays';
import { BusinessCalendarType } from './calendar.types';

/** A public holiday or eve that closes or shortens a day of a calendar. */
@ObjectType('CalendarHoliday', { description: "A public holiday (closed) or its eve (a half day) of the calendar's holidayCountry." })
export class CalendarHolidayType {
  @Field(() => String, { description: 'Local date, yyyy-MM-dd.' })
  date!: string;

  @Field(() => ClosureKind, { description: "CLOSED all day, or HALF_DAY closing at the calendar's halfDayClose." })
  kind!: ClosureKind;

  @Field(() => String, { description: 'Its Swedish name, e.g. "Midsommarafton".' })
  nameSv!: string;

  @Field(() => String, { description: 'Its English name, e.g. "Midsummer Eve".' })
  nameEn!: string;
}

/** The holidays a calendar follows from its holidayCountry, listed so an admin sees them beside the closures. */
@Resolver(() => BusinessCalendarType)
export class CalendarHolidaysResolver {
  @FieldResolver(() => [CalendarHolidayType], {
    description:
      'The public holidays (CLOSED) and eves (as eveRule keeps them: CLOSED, HALF_DAY, or not listed for NORMAL) of one year that follow from holidayCountry, by date; empty when holidayCountry is null. They count even if an admin closure covers the same day (the closure then decides). A year outside 2000-2100 is a top-level BAD_USER_INPUT.',
  })
  holidays(@Root() calendar: RootOf<BusinessCalendar>, @Arg('year', () => Int, { description: 'The calendar year, 2000-2100.' }) year: number): CalendarHolidayType[] {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw slaError(SlaErrorCode.HOLIDAY_YEAR_OUT_OF_RANGE);
    if (calendar.holidayCountry !== 'SE') return [];
    // Eves follow the calendar's eve rule, as its clocks do: closed, half days, or not listed (ordinary days).
    const eve = calendar.eveRule === EveRuleKind.CLOSED ? ClosureKind.CLOSED : ClosureKind.HALF_DAY;
    return swedishHolidays(year)
      .filter((h) => h.kind === 'CLOSED' || calendar.eveRule !== EveRuleKind.NORMAL)
      .map((h) => ({ ...h, kind: h.kind === 'CLOSED' ? ClosureKind.CLOSED : eve }));
  }
}
