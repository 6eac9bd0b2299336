import 'reflect-metadata';
import { defaultFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { createAppSchema } from '../../app';

/** The app's schema: which fields kept type-graphql's wrapper (`leanResolvers` ran in createSchema). */
describe('leanResolvers', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createAppSchema();
  });
  const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name];

  it('leaves plain properties to the default resolver', () => {
    for (const [type, name] of [['Ticket', 'number'], ['Ticket', 'status'], ['User', 'name'], ['Agency', 'employeeCount'], ['TicketComment', 'body']]) {
      expect(field(type, name).resolve ?? defaultFieldResolver).toBe(defaultFieldResolver);
    }
  });

  it('calls a field resolver method directly, its rules included, and synchronously', () => {
    const resolve = field('Ticket', 'id').resolve!;
    expect(resolve({ id: 7 }, {}, {}, {} as never)).toBe('VGlja2V0Ojc');
    const ctx = { viewer: null, loaders: { latestComments: { loadNow: (key: string) => [key] } } };
    // limit clamped to 20 by the method, the argument read as given.
    expect(field('Ticket', 'latestComments').resolve!({ id: 7 }, { limit: 50 }, ctx, {} as never)).toEqual(['7:20']);
  });

  it('keeps the wrapper of a method type-graphql must convert arguments for', () => {
    // `comments(first:, after:)` takes an @Args class, which type-graphql builds an instance of.
    expect(field('Ticket', 'comments').resolve!.toString()).toContain('getParams');
  });
});
