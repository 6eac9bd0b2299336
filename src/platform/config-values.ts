import { StartupError } from './startup-error';

// Numbers from the environment (config.ts, config-channels.ts): a value that is not one stops the start.

/** A whole number of at least 0, or the fallback when unset. */
export function intFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got "${value}"`);
  return n;
}

/** A count that must be at least 1 (a runner of 0 jobs would take none, silently). */
export function positiveFrom(name: string, value: string | undefined, fallback: number): number {
  const n = intFrom(value, fallback);
  if (n < 1) throw new StartupError(`${name} must be at least 1 (got "${value}")`);
  return n;
}
