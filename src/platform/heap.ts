import { setFlagsFromString } from 'node:v8';
import { StartupError } from './startup-error';

/**
 * How far V8 lets the old generation grow past what the last full collection left alive before it
 * collects again, in percent: 50 means at 1.5x the live heap. V8's own factor is dynamic, up to 4x
 * when the program allocates fast, which is exactly when a server is under load: measured in `npm
 * run bench sla` (2 instances, 500 subscribers each) the live heap stayed near 80 MB while the heap
 * grew to 220 MB and the RSS to 326 MB; the instance with 50% in the same run peaked at 231 MB for
 * 3% more CPU (docs/operations.md, issue 19). A soft setting, not a limit: a larger live heap still
 * gets all the room it needs (no out-of-memory exit that a hard --max-old-space-size would risk).
 */
export const DEFAULT_HEAP_GROWING_PERCENT = 50;

/**
 * Applies HEAP_GROWING_PERCENT (default 50; 0 leaves V8's dynamic factor) to this process. Called
 * first where a server starts (src/main.ts, the benches' server); V8 reads the setting at each
 * full collection, so setting it at run time takes effect from the next one.
 */
export function tuneHeap(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.HEAP_GROWING_PERCENT;
  const percent = raw === undefined || raw === '' ? DEFAULT_HEAP_GROWING_PERCENT : Number(raw);
  if (!Number.isInteger(percent) || percent < 0 || percent > 1000) throw new StartupError(`HEAP_GROWING_PERCENT must be a whole number from 0 to 1000 (got "${raw}")`);
  // 0 is V8's own "not set": its dynamic factor (1.1x to 4x) applies.
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}
