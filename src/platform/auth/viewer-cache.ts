import type { Viewer } from './viewer';

/**
 * The viewers of recent requests by their verified e-mail, so that a request costs no directory
 * statement (issue 19). The token is still verified on every request (signature, expiry); only
 * the directory lookup behind it is cached.
 *
 * Invalidated by the directory's `viewer` live events: a trigger records one in the changing
 * transaction for every change a viewer is made of (user row, memberships, contacts, a group's
 * area; migration ViewerChanged), and every instance's LISTEN connection hears it at commit, so a
 * role change or a deactivation takes effect on each instance as soon as it hears the commit.
 * While that connection is down (and until it is back and has replayed the gap) the cache is
 * emptied and bypassed: nothing is served that a missed event could have changed. The TTL is a
 * last bound on an entry's age, not the mechanism; the size bound keeps memory flat whatever the
 * number of users (least recently used entries leave first).
 */
export interface ViewerCacheOptions {
  /** Whether this instance hears the directory's changes now (its LISTEN connection is up). */
  listening: () => boolean;
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  viewer: Viewer;
  at: number;
}

export const VIEWER_CACHE_TTL_MS = 10_000;
export const VIEWER_CACHE_MAX_ENTRIES = 5_000;

export class ViewerCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every invalidation: a load that began before one is not cached (it may have read the old row). */
  private generation = 0;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: ViewerCacheOptions) {
    this.ttlMs = options.ttlMs ?? VIEWER_CACHE_TTL_MS;
    this.maxEntries = options.maxEntries ?? VIEWER_CACHE_MAX_ENTRIES;
    this.now = options.now ?? Date.now;
  }

  /** The viewer of a verified e-mail: cached, or loaded by `load` (null: unknown or inactive, never cached). */
  async get(email: string, load: () => Promise<Viewer | null>): Promise<Viewer | null> {
    if (!this.options.listening()) {
      this.clear();
      return load();
    }
    const hit = this.entries.get(email);
    const now = this.now();
    if (hit && now - hit.at < this.ttlMs) {
      // Most recently used last: the oldest entry is the first to leave.
      this.entries.delete(email);
      this.entries.set(email, hit);
      return hit.viewer;
    }
    const generation = this.generation;
    const viewer = await load();
    if (viewer && generation === this.generation && this.options.listening()) {
      this.entries.delete(email);
      this.entries.set(email, { viewer, at: now });
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    } else if (!viewer) this.entries.delete(email);
    return viewer;
  }

  /** The directory changed this user: their next request loads them again. */
  forgetUser(userId: number): void {
    this.generation++;
    for (const [email, entry] of this.entries) if (entry.viewer.userId === userId) this.entries.delete(email);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
