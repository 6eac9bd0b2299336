import { Field, ID, InputType } from 'type-graphql';
import { TicketStatus } from './ticket.enums';
import './ticket-enums.types';
import { TicketPayload, VersionedInput } from './ticket-mutation.types';

@InputType({ description: 'Where to escalate a first-line ticket, and why.' })
export class EscalateTicketInput extends VersionedInput {
  @Field(() => ID, { description: 'A second-line SupportGroup; another tier is BAD_USER_INPUT.' })
  groupId!: string;

  @Field({ description: 'Why it is escalated, 3 to 2,000 characters; internal in the history.' })
  reason!: string;
}

@InputType({ description: 'A referral of a second-line ticket to a third-line vendor.' })
export class ReferTicketToVendorInput extends VersionedInput {
  @Field(() => ID, { description: 'The Vendor (system supplier) to refer to.' })
  vendorId!: string;

  @Field({ description: 'The question sent to the vendor, 3 to 10,000 characters.' })
  question!: string;

  @Field(() => String, { nullable: true, description: "The vendor's case reference, if known already; up to 100 characters." })
  vendorReference?: string;
}

@InputType({ description: "The vendor's answer to the open referral." })
export class RecordVendorResponseInput extends VersionedInput {
  @Field({ description: "The vendor's answer as the referring line documents it, 1 to 10,000 characters." })
  answer!: string;

  @Field(() => String, { nullable: true, description: "The vendor's case reference (up to 100 characters); absent keeps the one given at referral." })
  vendorReference?: string;
}

@InputType({ description: 'Why the ticket goes one tier down.' })
export class ReturnTicketInput extends VersionedInput {
  @Field({ description: 'Why it is returned, 3 to 2,000 characters; internal in the history.' })
  reason!: string;
}

@InputType({ description: 'The working status to set.' })
export class SetTicketStatusInput extends VersionedInput {
  @Field(() => TicketStatus, { description: 'IN_PROGRESS or WAITING_FOR_CUSTOMER; other statuses have their own mutations.' })
  status!: TicketStatus;
}

@InputType({ description: 'How the ticket was solved.' })
export class ResolveTicketInput extends VersionedInput {
  @Field({ description: 'How the case was solved, 3 to 10,000 characters; shown to the customer.' })
  resolution!: string;

  @Field(() => [ID], { nullable: true, description: 'Up to 10 published knowledge base articles used to resolve it: each counts the case, with the tier that resolved it.' })
  articleIds?: string[];
}

@InputType({ description: 'Closes a resolved ticket; only the version is needed.' })
export class CloseTicketInput extends VersionedInput {}

@InputType({ description: 'Why a resolved ticket is reopened.' })
export class ReopenTicketInput extends VersionedInput {
  @Field({ description: 'Why it is reopened, 3 to 2,000 characters; public in the history.' })
  reason!: string;
}

export const EscalateTicketPayload = TicketPayload('EscalateTicket');
export const ReferTicketToVendorPayload = TicketPayload('ReferTicketToVendor');
export const RecordVendorResponsePayload = TicketPayload('RecordVendorResponse');
export const ReturnTicketPayload = TicketPayload('ReturnTicket');
export const SetTicketStatusPayload = TicketPayload('SetTicketStatus');
export const ResolveTicketPayload = TicketPayload('ResolveTicket');
export const CloseTicketPayload = TicketPayload('CloseTicket');
export const ReopenTicketPayload = TicketPayload('ReopenTicket');
