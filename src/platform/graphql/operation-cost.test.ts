import { buildSchema, parse } from 'graphql';
import { costVariablesOf, operationCost } from './operation-cost';

// items(first: n) { children(first: 5) { id } }: each item costs 1 (its children, leaves free), so 1 + n.
const schema = buildSchema(`
  type Query { items(first: Int, last: Int): [Item!]! item(id: ID!): Item }
  type Item { id: ID! children(first: Int): [Item!]! }
`);
const PAGED = `query Paged($n: Int = 100, $id: ID!, $deep: Boolean!) {
  items(first: $n) { id children(first: 5) { id } }
  item(id: $id) { children(first: 7) @include(if: $deep) { id } }
}`;

describe('operationCost', () => {
  it('depends on the variables given to a page size or a directive, not on ids', () => {
    expect(costVariablesOf(parse(PAGED))).toEqual(['deep', 'n']);
    expect(costVariablesOf(parse(`mutation($callId: ID!, $digits: String!) { callInput(callId: $callId, digits: $digits) { id } }`))).toEqual([]);
  });

  it('prices each page size and directive value, and one document with other ids alike', () => {
    const document = parse(PAGED);
    // 1 + 10 x 1 for the items; the item 1 + (1 + 7 x 0 when included).
    expect(operationCost(schema, document, null, { n: 10, id: '1', deep: false })).toBe(12);
    expect(operationCost(schema, document, null, { n: 10, id: '2', deep: false })).toBe(12);
    expect(operationCost(schema, document, null, { n: 10, id: '3', deep: true })).toBe(13);
    expect(operationCost(schema, document, null, { n: 50, id: '3', deep: true })).toBe(53);
  });

  it('tells a page size left out (its default) from one given as null (the default page, 20)', () => {
    const document = parse(PAGED);
    expect(operationCost(schema, document, null, { id: '1', deep: false })).toBe(102);
    expect(operationCost(schema, document, null, { n: null, id: '1', deep: false })).toBe(22);
  });

  it('does not keep a failed pricing: the same document with right variables is priced after one with wrong ones', () => {
    const document = parse(PAGED);
    // An id that is no ID: the variables do not fit, and execution reports that.
    expect(operationCost(schema, document, null, { n: 30, id: { not: 'an id' }, deep: false })).toBeNull();
    expect(operationCost(schema, document, null, { n: 30, id: '1', deep: false })).toBe(32);
  });
});
