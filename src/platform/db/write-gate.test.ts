import { isDatabaseUnavailable } from './unavailable';
import { gateWrites, throughWriteGate, writeGateState, WriteGateTimeout } from './write-gate';

/** A transaction that runs until `finish` is called, and records that it started. */
function held(started: string[], name: string) {
  let finish!: (value: string) => void;
  const done = new Promise<string>((resolve) => (finish = resolve));
  return {
    work: () => {
      started.push(name);
      return done;
    },
    finish: () => finish(name),
  };
}

describe('the write gate', () => {
  it('lets `concurrency` transactions in at once and the others in order as they finish', async () => {
    const orm = { config: {} };
    gateWrites(orm, 2, 10_000);
    const started: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => held(started, name));
    const answers = [a, b, c, d].map((x) => throughWriteGate(orm, x.work));
    await Promise.resolve();
    expect([started, writeGateState(orm)]).toEqual([['a', 'b'], { running: 2, waiting: 2 }]);
    b.finish();
    expect(await answers[1]).toBe('b');
    await new Promise(setImmediate);
    expect(started).toEqual(['a', 'b', 'c']);
    [a, c, d].forEach((x) => x.finish());
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c', 'd']);
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    // p-limit counts a turn as over a tick after its transaction answered.
    await new Promise(setImmediate);
    expect(writeGateState(orm)).toEqual({ running: 0, waiting: 0 });
  });

  it('fails a transaction that waited past its limit as the database being busy, and never runs it', async () => {
    const orm = { config: {} };
    gateWrites(orm, 1, 50);
    const started: string[] = [];
    const first = held(started, 'first');
    const running = throughWriteGate(orm, first.work);
    const late = throughWriteGate(orm, held(started, 'late').work);
    const err = await late.catch((e: unknown) => e);
    expect([err instanceof WriteGateTimeout, isDatabaseUnavailable(err), (err as Error).message]).toEqual([
      true,
      true,
      'a write transaction waited 50 ms for its turn (WRITE_CONCURRENCY at once)',
    ]);
    first.finish();
    expect(await running).toBe('first');
    // The next one gets the turn the late one gave up.
    expect(await throughWriteGate(orm, async () => 'next')).toBe('next');
    expect(started).toEqual(['first']);
  });

  it('passes a failure through and frees the turn', async () => {
    const orm = { config: {} };
    gateWrites(orm, 1, 10_000);
    await expect(throughWriteGate(orm, async () => Promise.reject(new Error('rolled back')))).rejects.toThrow('rolled back');
    expect(await throughWriteGate(orm, async () => 'after')).toBe('after');
  });

  it('runs at once where the ORM has no gate (the job runner\'s)', async () => {
    expect(await throughWriteGate({ config: {} }, async () => 'ungated')).toBe('ungated');
    expect(writeGateState({ config: {} })).toEqual({});
  });
});
