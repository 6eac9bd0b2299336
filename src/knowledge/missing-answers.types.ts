import { Field, Int, ObjectType } from 'type-graphql';

/** One row of the missing-answers list (missing-answers.service.ts). */
@ObjectType('MissingAnswer', { description: 'A question the knowledge base did not answer: searches with this normalised text that found no article, in one service area and service. Knowledge editors and admins only (missingAnswers).' })
export class MissingAnswerType {
  @Field({ description: 'The search text, normalised: lower-case, punctuation dropped, blanks collapsed.' })
  query!: string;

  @Field(() => Int, { description: 'How many searches with this text found nothing in the period.' })
  searches!: number;

  @Field(() => Int, { description: 'Of those, how many were made by customer users (so a PUBLIC article is missing).' })
  fromCustomers!: number;

  @Field(() => Int, { description: 'Of those, how many were in a session that still ended in an article linked to a case or rated: the answer exists under other words (a synonym to add).' })
  answeredLater!: number;

  @Field(() => Date, { description: 'The latest such search (UTC).' })
  lastSearchedAt!: Date;
}
