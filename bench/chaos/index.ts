import '../quiet-logs';
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { killCase } from './kill.case';
import { postgresCase } from './postgres.case';
import { listenCase } from './listen.case';
import { startupCase } from './startup.case';
import { socketsCase } from './sockets.case';
import { balancerCase } from './balancer.case';

/**
 * npm run chaos [kill|postgres|listen|sockets|startup|balancer|all] [-- --seconds 30]
 *
 * Fault tests on real processes (API instances running the built server, one PostgreSQL, HAProxy):
 * each case drives a bounded load, injects its fault and prints what survived. See
 * docs/operations.md, "Fault tests".
 */
const CASES: Record<string, (seconds: number) => Promise<void>> = { kill: killCase, postgres: postgresCase, listen: listenCase, sockets: socketsCase, startup: startupCase, balancer: balancerCase };

const { values, positionals } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), allowPositionals: true, options: { seconds: { type: 'string', default: '30' } } });
const which = positionals[0] ?? 'all';
const chosen = which === 'all' ? Object.keys(CASES) : [which];
const unknown = chosen.find((name) => !CASES[name]);
if (unknown) {
  console.error(`unknown case "${unknown}": one of ${Object.keys(CASES).join(', ')}, all`);
  process.exit(2);
}
const load = () => `${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} CPUs`;

async function main(): Promise<void> {
  console.log(`load average at the start: ${load()}`);
  for (const name of chosen) {
    console.log(`\n== ${name} ==`);
    await CASES[name](Number(values.seconds));
  }
  console.log(`\nload average at the end: ${load()}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
