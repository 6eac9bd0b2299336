import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';

/** The paging arguments every connection field takes (`first`, `after`); extend it with a field's own. */
@ArgsType()
export class PageArgsType {
  @Field(() => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string;
}

/** Ascending or descending, for every ordered list. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: {
    ASC: { description: 'Ascending: oldest, lowest or soonest first.' },
    DESC: { description: 'Descending: newest, highest or latest first.' },
  },
});
