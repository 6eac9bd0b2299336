import 'reflect-metadata';
import { buildSchema as buildSdl } from 'graphql';
import { undocumented } from '../src/platform/graphql/schema-docs';
import { createSchema } from '../src/schema';

describe('the schema as documentation', () => {
  it('finds every kind of undescribed coordinate', () => {
    const schema = buildSdl(`
      """Root."""
      type Query {
        "Described."
        a(
          "Described."
          x: Int
          y: Int
        ): E
        b: In
      }
      enum E {
        "Described."
        ONE
        TWO
      }
      """An input."""
      input In { "Described." p: Int q: Int }
      scalar When
    `);
    expect(undocumented(schema)).toEqual(['E', 'E.TWO', 'In.q', 'Query.a(y:)', 'Query.b', 'When']);
  });

  it('describes every type, field, argument, input field and enum value (npm run schema:undocumented lists what is missing)', async () => {
    const schema = await createSchema();
    expect(undocumented(schema)).toEqual([]);
  });
});
