import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { CENTRE_ZONE } from '../platform/time-zone';

/** Opening hours per ISO weekday ("1" Monday .. "7" Sunday), local "HH:mm"; a missing day is closed. */
export type WeeklyHoursValue = Record<string, { open: string; close: string }>;

/** A business calendar: opening hours in a named time zone, holidays, and days an admin closed. */
@Entity({ tableName: 'business_calendar' })
export class BusinessCalendar {
  @PrimaryKey()
  id!: number;

  @Property({ length: 100 })
  @Unique()
  name!: string;

  /** IANA time zone, e.g. Europe/Stockholm. */
  @Property({ length: 64 })
  zone: string = CENTRE_ZONE;

  /** 24x7: every hour counts (e.g. for P1 policies). */
  @Property()
  alwaysOpen: boolean = false;

  @Property({ type: 'json' })
  weekly!: WeeklyHoursValue;

  /** ISO country whose public holidays close the calendar (date-holidays); null for none. */
  @Property({ length: 2, nullable: true })
  holidayCountry?: string;

  /** Closing time on half days (midsummer eve, Christmas eve, New Year's eve). */
  @Property({ length: 5 })
  halfDayClose: string = '12:00';

  @Property({ length: 3, defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

export enum ClosureKind {
  CLOSED = 'CLOSED',
  HALF_DAY = 'HALF_DAY',
}

/** An extra closed day (or half day) an admin adds to a calendar. */
@Entity({ tableName: 'calendar_closure' })
@Unique({ properties: ['calendar', 'date'] })
export class CalendarClosure {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => BusinessCalendar)
  calendar!: BusinessCalendar;

  /** Local date, yyyy-MM-dd. */
  @Property({ type: 'date' })
  date!: string;

  @Enum({ items: () => ClosureKind, nativeEnumName: 'closure_kind' })
  kind!: ClosureKind;

  /** For a half day: closing time "HH:mm". */
  @Property({ length: 5, nullable: true })
  closes?: string;

  @Property({ length: 200 })
  reason!: string;
}
