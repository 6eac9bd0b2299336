import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { OrderKind, OrderStatus } from './collaboration.enums';

/** GraphQL types of orders, reported time and the invoice basis. */

registerEnumType(OrderKind, {
  name: 'OrderKind',
  description: 'Add-on service (lasting, monthly price) or special service (by the hour).',
  valuesConfig: {
    ADD_ON: { description: 'Add-on service (tilläggstjänst): lasting and standardisable, priced by the account manager\'s quote at a monthly price in SEK; once the quote is signed it joins the agreement in force and is invoiced each month.' },
    SPECIAL: { description: 'Special service (specialtjänst): temporary, billed by the hour reported on the work order. Over 20 hours it needs the account manager\'s quote signed by the customer; up to 20 hours the unit manager orders it directly.' },
  },
});

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order of an add-on or special service stands: REQUESTED, then QUOTED (add-ons; special services over 20 hours), ORDERED, DELIVERED, APPROVED. A change order takes an ORDERED special service back to REQUESTED.',
  valuesConfig: {
    REQUESTED: { description: 'Placed by an authorised orderer (or changed to a higher estimate) and not yet priced: awaits a quote, or the unit manager for a special service of 20 hours or less.' },
    QUOTED: { description: 'The account manager\'s quote awaits the customer\'s signature.' },
    ORDERED: { description: 'Agreed (quote signed, or confirmed by the unit manager): work may start and time may be reported up to the estimate.' },
    DELIVERED: { description: 'Production marked it delivered; awaits the orderer\'s approval.' },
    APPROVED: { description: 'The orderer approved the delivery: a special service is on the invoice basis of the month (Stockholm) of the approval.' },
    CANCELLED: { description: 'Cancelled. No mutation of this API sets it at present.' },
  },
});

@ObjectType('WorkTime', { description: 'Time reported on a work order.' })
export class WorkTimeType {
  @Field({ description: 'The day worked, yyyy-MM-dd.' })
  day!: string;

  @Field(() => Float, { description: 'Hours, in quarters (0.25–24).' })
  hours!: number;

  @Field(() => String, { nullable: true, description: 'What was done; null when not given.' })
  note!: string | null;
}

@ObjectType('ServiceOrder', { implements: NodeInterface, description: 'An order of an add-on or special service: a work order on an existing ticket.' })
export class ServiceOrderType extends NodeInterface {
  @Field(() => OrderKind, { description: 'Add-on or special service.' })
  kind!: OrderKind;

  @Field({ description: 'What is ordered: the work order\'s line on the invoice basis, or a signed add-on\'s name on the agreement.' })
  title!: string;

  @Field({ description: 'The order in writing.' })
  description!: string;

  @Field({ description: 'When it was placed (UTC).' })
  orderedAt!: Date;

  @Field(() => Float, { nullable: true, description: 'A special service\'s estimate in hours (quarters); over 20 needs a signed quote, change orders raise it, and no time is reported beyond it. Null for an add-on.' })
  estimatedHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'SEK per hour of a special service, set by the quote or by the unit manager\'s confirmation; null before.' })
  hourlyPrice!: number | null;

  @Field(() => Float, { nullable: true, description: 'SEK per month of an add-on, set by the quote; null before and for a special service.' })
  monthlyPrice!: number | null;

  @Field(() => String, { nullable: true, description: 'The account manager\'s quote; null when none was written (special services of 20 hours or less).' })
  quote!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the quote was written (UTC).' })
  quotedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the customer signed the quote.' })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the unit manager ordered it directly (20 hours or less).' })
  confirmedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the order was first ordered (UTC): the unit manager\'s confirmation or the signed quote, whichever came first; kept through change orders, which move confirmedAt and acceptedAt. Time is reported for days from this one (Stockholm) on. Null until ordered.' })
  firstOrderedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When production marked it delivered (UTC).' })
  deliveredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the orderer approved the delivery (UTC); its month in Stockholm is the invoice month of a special service.' })
  deliveryApprovedAt!: Date | null;

  @Field(() => OrderStatus, { description: 'Where the order stands.' })
  status!: OrderStatus;
}

export const ServiceOrderConnection = Connection('ServiceOrder', ServiceOrderType);

@ObjectType('InvoiceLine', { description: 'A line of the invoice basis.' })
export class InvoiceLineType {
  @Field(() => OrderKind, { description: 'SPECIAL: an approved work order; ADD_ON: an add-on service of an agreement.' })
  kind!: OrderKind;

  @Field({ description: 'A work order\'s ticket number (ärendenummer), e.g. SSC-2026-000123; an add-on\'s name.' })
  reference!: string;

  @Field({ description: 'A work order\'s title; \'Tilläggstjänst, månadsavgift\' for an add-on.' })
  description!: string;

  @Field(() => Float, { nullable: true, description: 'Every hour reported on the work order, whatever month it was worked; null for an add-on.' })
  hours!: number | null;

  @Field(() => Float, { description: 'SEK per hour, or per month for an add-on.' })
  unitPrice!: number;

  @Field(() => Float, { description: 'SEK: hours × unit price rounded to öre, or the monthly price.' })
  total!: number;

  @Field(() => String, { nullable: true, description: 'A work order\'s: the day (yyyy-MM-dd, Stockholm) the orderer approved its delivery, which is what makes it invoiced; null for an add-on.' })
  deliveryApprovedOn!: string | null;
}

@ObjectType('InvoiceTotal', { description: 'One agency\'s total in an invoice basis.' })
export class InvoiceTotalType {
  @Field(() => Float, { description: 'SEK, the sum of its lines in whole öre.' })
  total!: number;
}

@ObjectType('InvoiceBasis', { description: 'A month\'s invoice basis per agency: special services once their delivery is approved, add-ons each month in force.' })
export class InvoiceBasisType {
  @Field({ description: 'What the basis bills: special services in the month the orderer approved their delivery, with all their hours; add-on services each month in force.' })
  rule!: string;

  @Field({ description: 'The month, yyyy-MM.' })
  month!: string;

  @Field(() => [InvoiceLineType], { description: 'By agency name, work orders before add-ons, then by reference.' })
  lines!: InvoiceLineType[];

  @Field(() => [InvoiceTotalType], { description: 'One per agency that has lines.' })
  totals!: InvoiceTotalType[];

  @Field(() => Float, { description: 'SEK, all agencies together.' })
  total!: number;
}

@InputType({ description: 'An order, in writing, of an add-on or special service.' })
export class PlaceOrderInput {
  @Field(() => ID, { description: 'Global ID of the existing ticket (ärende) the work order is registered on, one of your agency\'s that you can see; its number is the invoice reference.' })
  ticketId!: string;

  @Field(() => OrderKind, { description: 'Add-on or special service.' })
  kind!: OrderKind;

  @Field({ description: 'What is ordered, 3–200 characters.' })
  title!: string;

  @Field({ description: 'The order in writing, 3–10,000 characters.' })
  description!: string;

  @Field(() => Float, { nullable: true, description: 'A special service\'s estimate in hours, in quarters, above 0 and at most 10,000: required for SPECIAL, refused for ADD_ON.' })
  estimatedHours?: number | null;
}

@InputType({ description: 'The account manager\'s quote.' })
export class QuoteOrderInput {
  @Field(() => ID, { description: 'Global ID of a REQUESTED or QUOTED order (quoting again replaces the quote).' })
  orderId!: string;

  @Field({ description: 'The quote, 3–10,000 characters.' })
  quote!: string;

  @Field(() => Float, { nullable: true, description: 'A special service\'s new estimate in hours (quarters, at most 10,000); the estimate must then be over 20 hours. Ignored for an add-on.' })
  estimatedHours?: number | null;

  @Field(() => Float, { nullable: true, description: 'SEK per hour, at most two decimals: required for a special service, ignored for an add-on.' })
  hourlyPrice?: number | null;

  @Field(() => Float, { nullable: true, description: 'SEK per month, at most two decimals: required for an add-on, ignored for a special service.' })
  monthlyPrice?: number | null;
}

@InputType({ description: 'The unit manager\'s direct order of a special service of 20 hours or less.' })
export class ConfirmOrderInput {
  @Field(() => ID, { description: 'Global ID of a REQUESTED special service estimated at 20 hours or less.' })
  orderId!: string;

  @Field(() => Float, { description: 'SEK per hour, at most two decimals.' })
  hourlyPrice!: number;
}

@InputType({ description: 'A change order: a special service\'s estimate raised by the orderer.' })
export class ChangeOrderInput {
  @Field(() => ID, { description: 'The ordered special service.' })
  orderId!: string;

  @Field(() => Float, { description: 'The new estimate in quarter hours, above the current one. Past 20 hours the account manager quotes it again and the customer signs.' })
  estimatedHours!: number;
}

@InputType({ description: 'Time worked on a work order.' })
export class ReportTimeInput {
  @Field(() => ID, { description: 'Global ID of an ORDERED special service.' })
  orderId!: string;

  @Field({ description: 'The day worked, yyyy-MM-dd: today or earlier (Stockholm), and not before the day the order was agreed.' })
  day!: string;

  @Field(() => Float, { description: 'Hours in quarters, above 0 and at most 24; the order\'s reported total may not pass its estimate.' })
  hours!: number;

  @Field(() => String, { nullable: true, description: 'What was done, at most 2,000 characters.' })
  note?: string | null;
}

@ObjectType('ServiceOrderPayload', { description: 'The outcome of an order mutation: the order, or the reasons nothing changed.' })
export class ServiceOrderPayload {
  @Field(() => ServiceOrderType, { nullable: true, description: 'The order as the mutation left it; null when userErrors is not empty.' })
  order!: ServiceOrderType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success. Each mutation lists its codes.' })
  userErrors!: UserError[];
}
