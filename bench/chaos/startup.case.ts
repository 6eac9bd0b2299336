import { ChaosDatabase, Instance, readyz } from './cluster';

/**
 * Case 5, two instances starting at the same moment on an empty database: the migration advisory
 * lock lets one migrate while the other waits and then finds nothing to do; both serve.
 */
export async function startupCase(): Promise<void> {
  const db = await ChaosDatabase.start({ empty: true });
  const env = { LOG_LEVEL: 'info' };
  const instances = [await Instance.create('A', db.url, env), await Instance.create('B', db.url, env)];
  try {
    const started = Date.now();
    for (const i of instances) i.spawn();
    await Promise.all(instances.map((i) => i.ready(120_000)));
    const migrated = instances.map((i) => /"migrated":(\d+)/.exec(i.output)?.[1] ?? '?');
    const [{ n: total }] = await db.query<{ n: number }>(`select count(*)::int as n from mikro_orm_migrations`);
    const statuses = await Promise.all(instances.map((i) => readyz(i.port)));
    console.log(`\ntwo instances started together on an empty database, both ready in ${Date.now() - started} ms`);
    console.log(`migrations applied: A ${migrated[0]}, B ${migrated[1]} (${total} in the database); /readyz A ${statuses[0]}, B ${statuses[1]}`);
  } finally {
    for (const i of instances) await i.stop();
    await db.destroy();
  }
}
