import 'reflect-metadata';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { createSchema } from '../schema';

/** Writes schema/schema.graphql (checked in; CI fails when it differs from what the code emits). */
async function main(): Promise<void> {
  const schema = await createSchema();
  writeFileSync('schema/schema.graphql', printSchema(lexicographicSortSchema(schema)) + '\n');
  console.log('wrote schema/schema.graphql');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
