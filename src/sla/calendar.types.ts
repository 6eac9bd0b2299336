import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { ClosureKind, EveRuleKind } from './calendar.entity';

registerEnumType(ClosureKind, {
  name: 'ClosureKind',
  description: 'How an admin-added closure changes one day of a calendar.',
  valuesConfig: {
    CLOSED: { description: 'Closed all day: no business time passes.' },
    HALF_DAY: { description: "Open at the usual time, closing early at the closure's `closes` (or the calendar's halfDayClose)." },
    HOURS: { description: "Open exactly at the closure's `intervals`, whatever the weekday's hours: a shorter day, or an extra open day." },
  },
});

registerEnumType(EveRuleKind, {
  name: 'EveRule',
  description: "How a calendar with Swedish holidays keeps the eves of midsummer, Christmas and New Year.",
  valuesConfig: {
    CLOSED: { description: 'Closed all day, as most Swedish agencies do.' },
    HALF_DAY: { description: "A half day: the weekday's hours, closing at the calendar's halfDayClose." },
    NORMAL: { description: "An ordinary day: the weekday's hours." },
  },
});

@ObjectType('TimeInterval', { description: "One open interval of a day, local to the calendar's time zone." })
export class TimeIntervalType {
  @Field({ description: 'Opening time, local "HH:mm".' })
  open!: string;

  @Field({ description: 'Closing time, local "HH:mm" ("24:00" is midnight).' })
  close!: string;
}

@InputType({ description: "One open interval of a day, local to the calendar's time zone." })
export class TimeIntervalInput {
  @Field({ description: 'Opening time, local "HH:mm".' })
  open!: string;

  @Field({ description: 'Closing time, local "HH:mm", after open; "24:00" for midnight.' })
  close!: string;
}

@ObjectType('OpeningHours', { description: "One open interval of a weekday, local to the calendar's time zone; a weekday may have several (a split shift)." })
export class OpeningHoursType {
  @Field(() => Int, { description: '1 Monday .. 7 Sunday.' })
  weekday!: number;

  @Field({ description: 'Opening time, local "HH:mm".' })
  open!: string;

  @Field({ description: 'Closing time, local "HH:mm" ("24:00" is midnight).' })
  close!: string;
}

@ObjectType('CalendarClosure', { implements: NodeInterface, description: 'A day an admin closed (or shortened) on a calendar.' })
export class CalendarClosureType extends NodeInterface {
  @Field({ description: 'Local date, yyyy-MM-dd.' })
  date!: string;

  @Field(() => ClosureKind, { description: 'Closed all day, or a half day.' })
  kind!: ClosureKind;

  @Field(() => String, { nullable: true, description: 'For HALF_DAY: local closing time "HH:mm".' })
  closes?: string;

  @Field(() => [TimeIntervalType], { nullable: true, description: 'For HOURS: the open intervals of the day, in order; null for other kinds.' })
  intervals?: TimeIntervalType[];

  @Field({ description: 'Why the day is an exception, as the admin wrote it.' })
  reason!: string;
}

@ObjectType('BusinessCalendar', { implements: NodeInterface, description: 'Opening hours in a time zone, with holidays and closures.' })
export class BusinessCalendarType extends NodeInterface {
  @Field({ description: 'Unique name.' })
  name!: string;

  @Field({ description: 'IANA time zone the opening hours and dates are local to, e.g. Europe/Stockholm.' })
  zone!: string;

  @Field({ description: '24x7: every hour counts as business time (e.g. for P1 policies); weekly hours, holidays and closures are then ignored.' })
  alwaysOpen!: boolean;

  @Field(() => String, { nullable: true, description: 'Country whose public holidays close the calendar: SE, or null for none.' })
  holidayCountry?: string;

  @Field({ description: 'Local closing time "HH:mm" on half days (the eves under eveRule HALF_DAY) and on HALF_DAY closures without their own time.' })
  halfDayClose!: string;

  @Field(() => EveRuleKind, { description: "Midsummer, Christmas and New Year's eves (with holidayCountry SE): closed, half days or ordinary days." })
  eveRule!: EveRuleKind;
}

@InputType({ description: "One weekday's opening hours, local to the calendar's time zone." })
export class OpeningHoursInput {
  @Field(() => Int, { description: '1 Monday .. 7 Sunday; a weekday given more than once has several intervals (a split shift), which must not overlap.' })
  weekday!: number;

  @Field({ description: 'Opening time, local "HH:mm".' })
  open!: string;

  @Field({ description: 'Closing time, local "HH:mm", after open; "24:00" for midnight.' })
  close!: string;
}

@InputType({ description: 'Changes to a business calendar; omitted fields stay as they are.' })
export class BusinessCalendarInput {
  @Field({ nullable: true, description: 'An IANA time zone, e.g. Europe/Stockholm.' })
  zone?: string;

  @Field({ nullable: true, description: 'True: open 24x7, every hour counts.' })
  alwaysOpen?: boolean;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Replaces the weekly hours; a weekday left out is closed.' })
  weekly?: OpeningHoursInput[];

  @Field(() => String, { nullable: true, description: '"SE" (Swedish public holidays closed, their eves half days) or null for none; other countries are refused.' })
  holidayCountry?: string;

  @Field({ nullable: true, description: 'Local "HH:mm" at which half days close.' })
  halfDayClose?: string;

  @Field(() => EveRuleKind, { nullable: true, description: "How midsummer, Christmas and New Year's eves are kept." })
  eveRule?: EveRuleKind;

  @Field(() => ID, { nullable: true, description: "Global ID of an agency whose cases are to be counted in this calendar (at most one calendar per agency); null: none." })
  agencyId?: string | null;
}

@InputType({ description: 'A day to close or shorten on a calendar; at most one closure per calendar and date.' })
export class CalendarClosureInput {
  @Field({ description: 'Local date, yyyy-MM-dd.' })
  date!: string;

  @Field(() => ClosureKind, { description: 'CLOSED for the whole day, HALF_DAY to close early.' })
  kind!: ClosureKind;

  @Field(() => String, { nullable: true, description: 'For HALF_DAY, required: local closing time "HH:mm".' })
  closes?: string;

  @Field(() => [TimeIntervalInput], { nullable: true, description: 'For HOURS, required: the open intervals of the day, not overlapping.' })
  intervals?: TimeIntervalInput[];

  @Field({ description: '3 to 200 characters, e.g. the occasion.' })
  reason!: string;
}

@ObjectType({ description: 'The outcome of a calendar mutation: the calendar, or why nothing changed.' })
export class BusinessCalendarPayload {
  @Field(() => BusinessCalendarType, { nullable: true, description: 'The calendar as saved (for a closure, the calendar it belongs to); null when userErrors is not empty.' })
  calendar!: BusinessCalendarType | null;

  @Field(() => Int, { description: 'How many running timers of the policies on the calendar were settled again under it (always: a timer holds no copy of its calendar).' })
  recomputed!: number;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
