import { KnownLoader } from './known-loader';

/** A loader over `id * 10`, recording each batch it was asked. */
function tensLoader() {
  const batches: number[][] = [];
  const loader = new KnownLoader<number, number>(async (ids) => {
    batches.push([...ids]);
    return ids.map((id) => id * 10);
  });
  return { loader, batches };
}

describe('KnownLoader', () => {
  it('answers a primed value at once, without a batch', async () => {
    const { loader, batches } = tensLoader();
    loader.prime(1, 7);
    expect(loader.loadNow(1)).toBe(7);
    expect(await loader.load(1)).toBe(7);
    expect(batches).toEqual([]);
  });

  it('loads what was not primed, batched, as a promise', async () => {
    const { loader, batches } = tensLoader();
    const pending = [loader.loadNow(2), loader.loadNow(3)];
    expect(pending[0]).toBeInstanceOf(Promise);
    expect(await Promise.all(pending)).toEqual([20, 30]);
    expect(batches).toEqual([[2, 3]]);
  });

  it('keeps the first value held for a key, as DataLoader does', async () => {
    const { loader } = tensLoader();
    expect(await loader.load(4)).toBe(40);
    loader.prime(4, 99);
    expect(await loader.loadNow(4)).toBe(40);
    loader.prime(5, 50);
    loader.prime(5, 51);
    expect(loader.loadNow(5)).toBe(50);
  });

  it('forgets a cleared key, and everything on clearAll', async () => {
    const { loader, batches } = tensLoader();
    loader.prime(6, 1).prime(7, 2);
    loader.clear(6);
    expect(await loader.loadNow(6)).toBe(60);
    loader.clearAll();
    expect(await loader.loadNow(7)).toBe(70);
    expect(batches).toEqual([[6], [7]]);
  });

  it('does not answer a primed error or promise at once', async () => {
    const { loader } = tensLoader();
    loader.prime(8, new Error('gone'));
    loader.prime(9, Promise.resolve(9));
    // A value primed after them does not replace what DataLoader holds.
    loader.prime(8, 80).prime(9, 90);
    await expect(loader.loadNow(8)).rejects.toThrow('gone');
    expect(loader.loadNow(9)).toBeInstanceOf(Promise);
    expect(await loader.loadNow(9)).toBe(9);
  });
});
