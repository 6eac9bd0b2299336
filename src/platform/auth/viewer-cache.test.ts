import type { Viewer } from './viewer';
import { ViewerCache } from './viewer-cache';

const viewer = (userId: number, role = 'AGENT') => ({ userId, email: `u${userId}@ssc.example`, role }) as unknown as Viewer;

describe('the viewer cache', () => {
  let now = 0;
  let listening = true;
  let loads = 0;
  const loader = (v: Viewer | null) => async () => (loads++, v);
  const cache = () => new ViewerCache({ listening: () => listening, ttlMs: 10_000, maxEntries: 2, now: () => now });
  beforeEach(() => ((now = 0), (listening = true), (loads = 0)));

  it('loads a viewer once, and again after the directory changed that user or the TTL passed', async () => {
    const c = cache();
    expect(await c.get('a', loader(viewer(1)))).toEqual(viewer(1));
    expect(await c.get('a', loader(viewer(1, 'CUSTOMER')))).toEqual(viewer(1));
    c.forgetUser(2);
    expect([await c.get('a', loader(null)), loads]).toEqual([viewer(1), 1]);
    c.forgetUser(1);
    expect(await c.get('a', loader(viewer(1, 'CUSTOMER')))).toEqual(viewer(1, 'CUSTOMER'));
    now = 10_000;
    expect([await c.get('a', loader(viewer(1, 'ADMIN'))), loads]).toEqual([viewer(1, 'ADMIN'), 3]);
  });

  it('does not keep a load the directory changed while it ran, nor an unknown or inactive user', async () => {
    const c = cache();
    let release!: () => void;
    const slow = c.get('a', () => new Promise<Viewer>((resolve) => (release = () => resolve(viewer(1)))));
    c.forgetUser(1);
    release();
    expect(await slow).toEqual(viewer(1));
    expect(c.size).toBe(0);
    expect([await c.get('b', loader(null)), c.size]).toEqual([null, 0]);
  });

  it('is bypassed and emptied while the instance does not hear the directory', async () => {
    const c = cache();
    await c.get('a', loader(viewer(1)));
    listening = false;
    expect(await c.get('a', loader(viewer(1, 'CUSTOMER')))).toEqual(viewer(1, 'CUSTOMER'));
    expect(c.size).toBe(0);
    listening = true;
    expect([await c.get('a', loader(viewer(1, 'ADMIN'))), loads]).toEqual([viewer(1, 'ADMIN'), 3]);
  });

  it('keeps at most maxEntries, the least recently used leaving first', async () => {
    const c = cache();
    await c.get('a', loader(viewer(1)));
    await c.get('b', loader(viewer(2)));
    await c.get('a', loader(null)); // a used again: b is now the oldest
    await c.get('c', loader(viewer(3)));
    expect([c.size, loads]).toEqual([2, 3]);
    expect(await c.get('a', loader(null))).toEqual(viewer(1));
    expect(await c.get('b', loader(viewer(2, 'CUSTOMER')))).toEqual(viewer(2, 'CUSTOMER'));
  });
});
