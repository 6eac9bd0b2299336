import { DEFAULT_HEAP_GROWING_PERCENT, tuneHeap } from './heap';
import { StartupError } from './startup-error';

describe('tuneHeap', () => {
  afterAll(() => tuneHeap({ HEAP_GROWING_PERCENT: '0' }));

  it('applies 50% unless HEAP_GROWING_PERCENT says otherwise; 0 leaves V8 its own factor', () => {
    expect(DEFAULT_HEAP_GROWING_PERCENT).toBe(50);
    expect(tuneHeap({})).toBe(50);
    expect(tuneHeap({ HEAP_GROWING_PERCENT: '' })).toBe(50);
    expect(tuneHeap({ HEAP_GROWING_PERCENT: '25' })).toBe(25);
    expect(tuneHeap({ HEAP_GROWING_PERCENT: '0' })).toBe(0);
  });

  it('refuses a value that is not a whole percentage, in one line for the operator', () => {
    for (const bad of ['abc', '-5', '1.5', '1001']) {
      expect(() => tuneHeap({ HEAP_GROWING_PERCENT: bad })).toThrow(new StartupError(`HEAP_GROWING_PERCENT must be a whole number from 0 to 1000 (got "${bad}")`));
    }
  });
});
