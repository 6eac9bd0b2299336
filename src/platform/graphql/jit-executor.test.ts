import { buildSchema, getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { withInputDefaults } from './jit-executor';

const SDL = `
  enum Visibility { PUBLIC INTERNAL }
  input Comment { body: String!, visibility: Visibility! = PUBLIC, pinned: Boolean }
  input Batch { comments: [Comment!]!, note: Comment }
  type Query { echo(batch: Batch): String }`;
const OPERATION = parse(`query Q($batch: Batch) { echo(batch: $batch) }`);
const definitions = getOperationAST(OPERATION)!.variableDefinitions!;

describe('withInputDefaults (graphql-jit reads the variables it gives)', () => {
  let schema: GraphQLSchema;
  beforeAll(() => {
    schema = buildSchema(SDL);
    (schema.getQueryType()!.getFields().echo as { resolve?: unknown }).resolve = (_root: unknown, args: { batch: unknown }) => JSON.stringify(args.batch);
  });

  it('writes an omitted non-null field with a default, in lists and nested inputs, and leaves the rest as given', () => {
    const inputs = { batch: { comments: [{ body: 'a' }, { body: 'b', visibility: 'INTERNAL' }], note: { body: 'c', pinned: true } } };
    expect(withInputDefaults(schema, definitions, inputs)).toEqual({
      batch: { comments: [{ body: 'a', visibility: 'PUBLIC' }, { body: 'b', visibility: 'INTERNAL' }], note: { body: 'c', pinned: true, visibility: 'PUBLIC' } },
    });
    // Nothing changed in what the client sent.
    expect(inputs.batch.comments[0]).toEqual({ body: 'a' });
  });

  it('returns the same object when nothing is missing', () => {
    const inputs = { batch: { comments: [{ body: 'a', visibility: 'PUBLIC' }] } };
    expect(withInputDefaults(schema, definitions, inputs)).toBe(inputs);
  });

  it('is what graphql-jit needs: its own coercion refuses the omitted field, and takes the filled one', async () => {
    const compiled = compileQuery(schema, OPERATION, 'Q');
    if (!isCompiledQuery(compiled)) throw new Error('not compiled');
    const inputs = { batch: { comments: [{ body: 'a' }] } };
    const raw = await compiled.query(undefined, {}, inputs);
    expect(raw.errors?.map((e) => e.message)).toEqual(['Variable "$comments" got invalid value { body: "a" }; Field value.comments[0].visibility of required type Visibility! was not provided.']);
    const filled = await compiled.query(undefined, {}, withInputDefaults(schema, definitions, inputs));
    expect(filled).toEqual({ data: { echo: JSON.stringify({ comments: [{ body: 'a', visibility: 'PUBLIC' }] }) } });
  });
});
