import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { OrderKind, OrderStatus } from './collaboration.enums';

/** GraphQL types of orders, reported time and the invoice basis. */

for (const [e, name, description] of [
  [OrderKind, 'OrderKind', 'Add-on service (lasting, monthly price) or special service (by the hour).'],
  [OrderStatus, 'OrderStatus', undefined],
] as const)
  registerEnumType(e, { name, description });

@ObjectType('WorkTime', { description: 'Time reported on a work order.' })
export class WorkTimeType {
  @Field()
  day!: string;

  @Field(() => Float)
  hours!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('ServiceOrder', { implements: NodeInterface, description: 'An order of an add-on or special service: a work order on an existing ticket.' })
export class ServiceOrderType extends NodeInterface {
  @Field(() => OrderKind)
  kind!: OrderKind;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  orderedAt!: Date;

  @Field(() => Float, { nullable: true })
  estimatedHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'SEK per hour.' })
  hourlyPrice!: number | null;

  @Field(() => Float, { nullable: true, description: 'SEK per month (add-ons).' })
  monthlyPrice!: number | null;

  @Field(() => String, { nullable: true })
  quote!: string | null;

  @Field(() => Date, { nullable: true })
  quotedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the customer signed the quote.' })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the unit manager ordered it directly (20 hours or less).' })
  confirmedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveryApprovedAt!: Date | null;

  @Field(() => OrderStatus)
  status!: OrderStatus;
}

export const ServiceOrderConnection = Connection('ServiceOrder', ServiceOrderType);

@ObjectType('InvoiceLine', { description: 'A line of the invoice basis.' })
export class InvoiceLineType {
  @Field(() => OrderKind)
  kind!: OrderKind;

  @Field({ description: 'The work order\'s ticket number; the add-on\'s name.' })
  reference!: string;

  @Field()
  description!: string;

  @Field(() => Float, { nullable: true })
  hours!: number | null;

  @Field(() => Float, { description: 'SEK per hour, or per month for an add-on.' })
  unitPrice!: number;

  @Field(() => Float)
  total!: number;

  @Field(() => String, { nullable: true, description: 'A work order\'s: the day (yyyy-MM-dd, Stockholm) the orderer approved its delivery, which is what makes it invoiced; null for an add-on.' })
  deliveryApprovedOn!: string | null;
}

@ObjectType('InvoiceTotal')
export class InvoiceTotalType {
  @Field(() => Float)
  total!: number;
}

@ObjectType('InvoiceBasis', { description: 'A month\'s invoice basis per agency: special services once their delivery is approved, add-ons each month in force.' })
export class InvoiceBasisType {
  @Field({ description: 'What the basis bills: special services in the month the orderer approved their delivery, with all their hours; add-on services each month in force.' })
  rule!: string;

  @Field()
  month!: string;

  @Field(() => [InvoiceLineType])
  lines!: InvoiceLineType[];

  @Field(() => [InvoiceTotalType])
  totals!: InvoiceTotalType[];

  @Field(() => Float)
  total!: number;
}

@InputType()
export class PlaceOrderInput {
  @Field(() => ID, { description: 'The existing ticket the work order is registered on.' })
  ticketId!: string;

  @Field(() => OrderKind)
  kind!: OrderKind;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => Float, { nullable: true, description: 'A special service\'s estimate in hours.' })
  estimatedHours?: number | null;
}

@InputType()
export class QuoteOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field()
  quote!: string;

  @Field(() => Float, { nullable: true })
  estimatedHours?: number | null;

  @Field(() => Float, { nullable: true })
  hourlyPrice?: number | null;

  @Field(() => Float, { nullable: true })
  monthlyPrice?: number | null;
}

@InputType()
export class ConfirmOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => Float)
  hourlyPrice!: number;
}

@InputType({ description: 'A change order: a special service\'s estimate raised by the orderer.' })
export class ChangeOrderInput {
  @Field(() => ID, { description: 'The ordered special service.' })
  orderId!: string;

  @Field(() => Float, { description: 'The new estimate in quarter hours, above the current one. Past 20 hours the account manager quotes it again and the customer signs.' })
  estimatedHours!: number;
}

@InputType()
export class ReportTimeInput {
  @Field(() => ID)
  orderId!: string;

  @Field({ description: 'yyyy-MM-dd.' })
  day!: string;

  @Field(() => Float, { description: 'In quarter hours.' })
  hours!: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('ServiceOrderPayload')
export class ServiceOrderPayload {
  @Field(() => ServiceOrderType, { nullable: true })
  order!: ServiceOrderType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
