import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../platform/graphql/user-error.type';
import { CallType } from './call.types';
import { CallbackType } from './callback.types';

@ObjectType('AnswerNextPayload', { description: 'Whom answerNext gave the agent: a call (now ANSWERED) or a callback (now IN_PROGRESS), or why nobody.' })
export class AnswerNextPayload {
  @Field(() => CallType, { nullable: true, description: 'The call you answered, when a waiting call came first; null otherwise.' })
  call!: CallType | null;

  @Field(() => CallbackType, { nullable: true, description: 'The callback you took (call the caller, then completeCallback), when a pending callback came first; null otherwise.' })
  callback!: CallbackType | null;

  @Field(() => [UserError], { description: 'Why nothing was taken (NOT_FOUND: nobody waits in the queue); empty on success.' })
  userErrors!: UserError[];
}
