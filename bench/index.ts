import './quiet-logs';
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { runQueueBench } from './queue.bench';
import { runSlaBench } from './sla.bench';
import { runIvrBench } from './ivr.bench';
import { runKbBench } from './kb.bench';
import { runReportsBench } from './reports.bench';
import { runConsoleBench } from './console.bench';
import { runMailBench } from './mail';
import { runWritesBench } from './writes.bench';
import { machineTicks, stealPercent } from './rss';

/** npm run bench [queue|sla|writes|ivr|kb|reports|console|mail] [-- options]: figures side by side with a baseline from the same run. */
const [which = 'queue', ...rest] = process.argv.slice(2).filter((a) => a !== '--');
const benches: Record<string, (args: string[]) => Promise<void>> = { queue: runQueueBench, sla: runSlaBench, writes: runWritesBench, ivr: runIvrBench, kb: runKbBench, reports: runReportsBench, console: runConsoleBench, mail: runMailBench };
const bench = benches[which.startsWith('-') ? 'queue' : which];
if (!bench) {
  console.error(`unknown bench "${which}": one of ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
/** Every bench says how busy the machine was, at its start and its end (1, 5 and 15 minute load averages). */
const load = () => `${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} CPUs`;
console.log(`load average at the start: ${load()}`);
// And how much of the CPU the hypervisor gave other guests meanwhile: 4-10% on a noisy day
// (session 24) stretched every tail, the floor's too.
const ticks = machineTicks();
bench(which.startsWith('-') ? [which, ...rest] : rest).then(
  () => {
    console.log(`load average at the end: ${load()}; CPU time stolen by the hypervisor during the run: ${stealPercent(ticks).toFixed(1)}%`);
    process.exit(0);
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
