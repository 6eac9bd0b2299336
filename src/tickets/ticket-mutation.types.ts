import { ClassType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../platform/graphql/user-error.type';
import { TicketType } from './ticket.types';

@InputType({ description: 'A change to a ticket, guarded by the version the client read.' })
export class VersionedInput {
  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  expectedVersion!: number;
}

/** `<Name>Payload { ticket, userErrors }`. */
export function TicketPayload(name: string): ClassType {
  @ObjectType(`${name}Payload`, { description: `The result of ${name.charAt(0).toLowerCase()}${name.slice(1)}: the ticket, or the user errors that stopped the change.` })
  class Payload {
    @Field(() => TicketType, { nullable: true, description: 'The ticket after the change; null when nothing changed.' })
    ticket!: TicketType | null;

    @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
    userErrors!: UserError[];
  }
  return Payload;
}

