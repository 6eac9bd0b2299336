import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Tier } from '../directory/directory.enums';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';

@ObjectType('TimeEntry', {
  implements: NodeInterface,
  description: 'Time a person spent on a case (tidsredovisning), at the tier and in the group that held the case when it was logged. Staff who may read the case see it; customers never do (what they are billed is the work order\'s hours).',
})
export class TimeEntryType extends NodeInterface {
  @Field(() => Int, { description: 'Minutes spent, 1 to 1440.' })
  minutes!: number;

  @Field({ description: 'The day worked, yyyy-MM-dd (the centre\'s calendar): not before the case was registered, not after today.' })
  workedOn!: string;

  @Field(() => String, { nullable: true, description: 'What was done; null when not given.' })
  note!: string | null;

  @Field(() => Tier, { description: 'The tier (first, second or third line) of the case when the time was logged; it stays when the case moves on.' })
  tier!: Tier;

  @Field({ description: 'Whether the time is billed on the case\'s special-service work order (then `workOrder` is it).' })
  billable!: boolean;

  @Field({ description: 'When it was logged (UTC).' })
  loggedAt!: Date;

  @Field({ description: 'When it last changed (UTC); the logging time until then.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Optimistic lock: pass it as `expectedVersion` to updateTimeEntry and deleteTimeEntry; a stale value gives CONFLICT.' })
  version!: number;
}

@ObjectType('TierMinutes', { description: 'Minutes logged on a case at one tier.' })
export class TierMinutesType {
  @Field(() => Tier, { description: 'First, second or third line.' })
  tier!: Tier;

  @Field(() => Int, { description: 'Minutes logged while the case was at this tier; 0 when none.' })
  minutes!: number;
}

@ObjectType('PersonMinutes', { description: 'Minutes one person logged on a case.' })
export class PersonMinutesType {
  @Field(() => Int, { description: 'Their minutes on the case, every tier together.' })
  minutes!: number;
}

@ObjectType('TimeSpent', { description: 'A case\'s time spent, totalled from its entries.' })
export class TimeSpentType {
  @Field(() => Int, { description: 'Every entry\'s minutes.' })
  totalMinutes!: number;

  @Field(() => Int, { description: 'The billable entries\' minutes (on the work order).' })
  billableMinutes!: number;

  @Field(() => [TierMinutesType], { description: 'Per tier, every tier in chain order (FIRST, SECOND, THIRD), zero where none was logged.' })
  byTier!: TierMinutesType[];

  @Field(() => [PersonMinutesType], { description: 'Per person who logged time, most minutes first.' })
  byPerson!: PersonMinutesType[];
}

@InputType({ description: 'Time spent on a case: how long, which day, what, and whether it is billed on the work order.' })
export class LogTimeInput {
  @Field(() => ID, { description: 'Global ID of the case (a ticket you may read and work: an agent, or a specialist).' })
  ticketId!: string;

  @Field(() => Int, { description: 'Minutes spent, a whole number from 1 to 1440 (24 hours); billable time in steps of 15.' })
  minutes!: number;

  @Field({ description: 'The day worked, yyyy-MM-dd: today or earlier, not before the case was registered (and, billable, not before the work order stood).' })
  workedOn!: string;

  @Field(() => String, { nullable: true, description: 'What was done, at most 2000 characters (blank is none).' })
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Bill the time on the case\'s ORDERED special service (its hours and invoice basis count it); default false.' })
  billable?: boolean | null;
}

@InputType({ description: 'The fields of a time entry to change; omitted ones stay. Whether it is billable does not change: delete it and log it again.' })
export class UpdateTimeEntryInput {
  @Field(() => Int, { nullable: true, description: 'Minutes, 1 to 1440 (billable: steps of 15).' })
  minutes?: number | null;

  @Field(() => String, { nullable: true, description: 'The day worked, yyyy-MM-dd (as in logTime).' })
  workedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What was done, at most 2000 characters; null or blank removes it.' })
  note?: string | null;
}

@ObjectType('TimeEntryPayload', { description: 'The result of logTime and updateTimeEntry.' })
export class TimeEntryPayload {
  @Field(() => TimeEntryType, { nullable: true, description: 'The entry as saved; null when refused.' })
  timeEntry!: TimeEntryType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('DeleteTimeEntryPayload', { description: 'The result of deleteTimeEntry.' })
export class DeleteTimeEntryPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted entry; null when refused.' })
  deletedTimeEntryId!: string | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors!: UserError[];
}
