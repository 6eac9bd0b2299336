import 'reflect-metadata';
import { undocumented } from '../platform/graphql/schema-docs';
import { createSchema } from '../schema';

/** Lists the schema coordinates that have no description (CI's schema-docs test fails on any). */
async function main(): Promise<void> {
  const missing = undocumented(await createSchema());
  for (const coordinate of missing) console.log(coordinate);
  console.error(`${missing.length} without a description`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
