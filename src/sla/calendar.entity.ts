import { Entity, Enum, ManyToOne, OneToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Agency } from '../directory/agency.entity';
import { CENTRE_ZONE } from '../platform/time-zone';

/** One open interval, local "HH:mm". */
export interface ClockInterval {
  open: string;
  close: string;
}

/** Open intervals per ISO weekday ("1" Monday .. "7" Sunday), in order, not overlapping; a missing day is closed. */
export type WeeklyHoursValue = Record<string, ClockInterval[]>;

/** How a calendar keeps the eves of midsummer, Christmas and New Year. */
export enum EveRuleKind {
  CLOSED = 'CLOSED',
  HALF_DAY = 'HALF_DAY',
  NORMAL = 'NORMAL',
}

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

  /** Closing time on half days (the eves under the HALF_DAY eve rule, HALF_DAY closures without their own time). */
  @Property({ length: 5 })
  halfDayClose: string = '12:00';

  /** Midsummer, Christmas and New Year's eves (with holidayCountry SE): closed, half days, or normal days. */
  @Enum({ items: () => EveRuleKind, nativeEnumName: 'eve_rule', default: EveRuleKind.HALF_DAY })
  eveRule: EveRuleKind = EveRuleKind.HALF_DAY;

  /** The agency whose cases are counted in this calendar instead of their policy's (at most one calendar per agency). */
  @OneToOne(() => Agency, { nullable: true, owner: true, unique: 'business_calendar_agency_id_unique', deleteRule: 'set null' })
  agency?: Agency;

  @Property({ length: 3, defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

export enum ClosureKind {
  CLOSED = 'CLOSED',
  HALF_DAY = 'HALF_DAY',
  /** Open exactly at the closure's intervals: a shorter day, or an extra open day. */
  HOURS = 'HOURS',
}

/** A date exception an admin adds to a calendar: closed, a half day, or open at given intervals. */
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

  /** For HOURS: the day's open intervals, local "HH:mm", in order, not overlapping. */
  @Property({ type: 'json', nullable: true })
  intervals?: ClockInterval[];

  @Property({ length: 200 })
  reason!: string;
}
