import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { CallbackStatus } from './ivr.enums';

registerEnumType(CallbackStatus, {
  name: 'CallbackStatus',
  description: 'Where a callback stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for an agent, in the place where the caller originally queued.' },
    IN_PROGRESS: { description: 'Taken by an agent (`takenBy`), who is calling.' },
    COMPLETED: { description: 'The caller was reached.' },
    FAILED: { description: 'Not reached in 3 attempts; given up.' },
  },
});

@ObjectType('IvrCallback', { implements: NodeInterface, description: 'A caller to call back, in the order they queued.' })
export class CallbackType extends NodeInterface {
  @Field({ description: 'The number to call (E.164); masked but for its last two digits for a callback outside your service areas or scope.' })
  number!: string;

  @Field(() => CallbackStatus, { description: 'Where it stands.' })
  status!: CallbackStatus;

  @Field(() => Int, { description: 'Times an agent has taken it; after the third unsuccessful one it is FAILED.' })
  attempts!: number;

  @Field({ description: 'When the caller asked for it (requestCallback).' })
  requestedAt!: Date;

  @Field({ description: 'When the caller joined the queue: the callback keeps that place.' })
  queuedSince!: Date;

  @Field(() => Date, { nullable: true, description: 'When the agent took it; null while PENDING.' })
  takenAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it became COMPLETED or FAILED; null before.' })
  completedAt?: Date;
}

export const CallbackConnection = Connection('IvrCallback', CallbackType);

@ObjectType('CallbackPayload', { description: 'The outcome of a callback mutation: the callback, or why nothing changed.' })
export class CallbackPayload {
  @Field(() => CallbackType, { nullable: true, description: 'The callback as the mutation left it; null when userErrors is not empty.' })
  callback!: CallbackType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
