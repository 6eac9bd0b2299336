import { lazy, type ComponentType } from 'react';

/** How long to wait before each further attempt to fetch a screen's code: two more, then the error shows. */
export const CHUNK_RETRY_DELAYS_MS: readonly number[] = [400, 1600];

/**
 * `load` again after each delay while it fails: a screen's code chunk that did not arrive (the
 * network dropped it, the server was too busy to answer) is fetched again instead of leaving the
 * screen on its error until the page is reloaded. Chromium fetches a failed dynamic import afresh.
 */
export async function retrying<T>(load: () => Promise<T>, delays: readonly number[] = CHUNK_RETRY_DELAYS_MS): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (err) {
      if (attempt >= delays.length) throw err;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}

/** React's `lazy` with the chunk fetched again when it failed (`retrying`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyScreen<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  return lazy(() => retrying(load));
}
