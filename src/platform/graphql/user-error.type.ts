import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserErrorCode, userErrorCodeDescriptions } from '../errors';

// Built from the generic codes and those the domains declared (`declareUserErrorCode`): type-graphql
// reads the object's values when the schema is built, after every domain module has loaded.
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation did not change anything.',
  valuesConfig: userErrorCodeDescriptions,
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
