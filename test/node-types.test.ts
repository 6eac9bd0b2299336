import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFinders } from '../src/app';

describe('node(id:)', () => {
  it('has a finder for every type that claims to be a Node in the schema', () => {
    const schema = readFileSync(join(__dirname, '../schema/schema.graphql'), 'utf8');
    const nodes = [...schema.matchAll(/^type (\w+) implements (?:[\w\s&]*\b)?Node\b/gm)].map((m) => m[1]).sort();
    expect(nodes).toContain('SlaAlert');
    expect(Object.keys(nodeFinders()).sort()).toEqual(nodes);
  });
});
