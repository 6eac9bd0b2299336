import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserErrorCode } from '../errors';

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation did not change anything.',
  valuesConfig: {
    BAD_USER_INPUT: { description: 'An input is malformed, too long, of the wrong type, or refers to the wrong kind of object.' },
    NOT_FOUND: { description: 'An object the input names does not exist or is not visible to you.' },
    CONFLICT: { description: 'The object changed since you read it (stale expectedVersion), or a duplicate.' },
    INVALID_TRANSITION: { description: 'The workflow does not allow this move from the ticket\'s current status and tier.' },
    NOT_ALLOWED: { description: 'You may see the object but not make this particular change.' },
    UNAVAILABLE: { description: 'The service cannot take the request now, whatever the input (startCall: no IVR menu is published); nothing changed, try again once it is set up.' },
  },
});

@ObjectType({ description: 'An expected business failure of a mutation. Nothing was changed.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'What kind of failure; branch on it, not on the message.' })
  code!: UserErrorCode;

  @Field({ description: 'Human-readable explanation.' })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, e.g. ["input", "title"].' })
  field?: string[];
}
