import { performance } from 'node:perf_hooks';

export interface WaitOptions {
  /** What the test is waiting for, as the failure names it ("the breach to reach the subscriber"). */
  what: string;
  /** The deadline in ms (default 15 s: generous on a busy machine, well inside jest's 60 s). */
  timeout?: number;
  /** Poll interval in ms. */
  interval?: number;
  /** What to report at the deadline instead of the probe's last value (e.g. the count it compares). */
  state?: () => unknown;
}

/**
 * Waits until `probe` returns a truthy value and returns it; polls every `interval` ms. Past the
 * deadline it fails naming what never happened, with `state` or the probe's last value (or error).
 * The deadline runs on the monotonic clock, so a test that fakes Date.now cannot stretch or cut it.
 */
export async function waitFor<T>(probe: () => T | Promise<T>, { what, timeout = 15_000, interval = 20, state }: WaitOptions): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      last = await probe();
      if (last) return last as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (performance.now() >= deadline) {
      const seen = state ? JSON.stringify(state()) : last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (last seen: ${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
