/** How long to wait before each further attempt to fetch a screen's code: two more, then the error shows. */
export const CHUNK_RETRY_DELAYS_MS: readonly number[] = [400, 1600];

/** The module a failed dynamic import names ("Failed to fetch dynamically imported module: <url>"), if its message does. Pure. */
export function failedModuleUrl(err: unknown): string | null {
  const message = err instanceof Error ? err.message : String(err);
  const urls = message.match(/https?:\/\/[^\s'"]+/g);
  return urls ? urls[urls.length - 1].replace(/[.,;)]+$/, '') : null;
}

/** The module's URL with this attempt as its `retry` parameter (its own entry in the browser's module map). Pure. */
export function retryUrl(url: string, attempt: number): string {
  const u = new URL(url);
  u.searchParams.set('retry', String(attempt));
  return u.href;
}

/**
 * `load` again after each delay while it fails: a screen's code chunk that did not arrive (the
 * network dropped it, the server was too busy to answer) is fetched again instead of leaving the
 * screen on its error until the page is reloaded. A browser may keep a failed import in its module
 * map and answer the same failure without fetching (Chromium 150 does; 156 fetches afresh), so a
 * retry imports the module the error names under a query string of its own, which is always
 * fetched; an error that names none runs `load` again.
 */
export async function retrying<T>(
  load: () => Promise<T>,
  delays: readonly number[] = CHUNK_RETRY_DELAYS_MS,
  importUrl: (url: string) => Promise<T> = (url) => import(/* @vite-ignore */ url) as Promise<T>,
): Promise<T> {
  let next = load;
  for (let attempt = 0; ; attempt++) {
    try {
      return await next();
    } catch (err) {
      if (attempt >= delays.length) throw err;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
      const url = failedModuleUrl(err);
      next = url ? () => importUrl(retryUrl(url, attempt + 1)) : load;
    }
  }
}
