import { DateTime } from 'luxon';
import { hours, parseClock, type CalendarSpec } from './business-time';
import { SlaTimerState } from './sla.enums';
import { crossedThresholds, dueAtOf, figuresOf, nextCheckOf, restarted, resumed, type TimerClock } from './timer-math';
import { swedishExceptions } from './swedish-holidays';

const ZONE = 'Europe/Stockholm';
const office = { open: parseClock('08:00'), close: parseClock('17:00') };
const spec: CalendarSpec = { zone: ZONE, alwaysOpen: false, weekly: { 1: office, 2: office, 3: office, 4: office, 5: office }, exceptions: swedishExceptions([2026, 2027], 720) };
const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();
const show = (ms: number | null) => (ms === null ? null : DateTime.fromMillis(ms, { zone: ZONE }).toFormat("yyyy-MM-dd'T'HH:mm"));

const timer = (over: Partial<TimerClock> = {}): TimerClock => ({
  startedAt: at('2026-11-23T09:00'),
  targetMs: hours(8),
  pausedMs: 0,
  pausedAt: null,
  stoppedAt: null,
  thresholds: [50, 75],
  lastThreshold: 0,
  ...over,
});

describe('an 8-business-hour resolution timer started Monday 09:00', () => {
  it('is due at Monday\'s closing time, 17:00, and warns at 13:00 (50%) and 15:00 (75%)', () => {
    const t = timer();
    expect(show(dueAtOf(spec, t))).toBe('2026-11-23T17:00');
    expect(show(nextCheckOf(spec, t))).toBe('2026-11-23T13:00');
    expect(show(nextCheckOf(spec, { ...t, lastThreshold: 50 }))).toBe('2026-11-23T15:00');
    expect(show(nextCheckOf(spec, { ...t, lastThreshold: 75 }))).toBe('2026-11-23T17:00');
    expect(nextCheckOf(spec, { ...t, lastThreshold: 100 })).toBeNull();
  });

  it('reports elapsed, remaining and percent used at any moment', () => {
    const f = figuresOf(spec, timer(), at('2026-11-23T15:00'));
    expect(f).toMatchObject({ elapsedMs: hours(6), remainingMs: hours(2), percentUsed: 75, state: SlaTimerState.RUNNING });
  });

  it('lists every threshold crossed since the last recorded one, each at its own instant', () => {
    const crossed = crossedThresholds(spec, timer({ lastThreshold: 50 }), at('2026-11-24T10:00'));
    expect(crossed.map((c) => [c.threshold, show(c.at)])).toEqual([
      [75, '2026-11-23T15:00'],
      [100, '2026-11-23T17:00'],
    ]);
  });

  it('keeps running after the breach, so the overrun is measured', () => {
    const f = figuresOf(spec, timer({ lastThreshold: 100 }), at('2026-11-24T10:00'));
    expect(f).toMatchObject({ state: SlaTimerState.BREACHED, elapsedMs: hours(10), remainingMs: -hours(2) });
  });

  it('pauses over a closure: waiting for the customer from Monday 15:00 to Wednesday 10:00', () => {
    const paused = timer({ pausedAt: at('2026-11-23T15:00') });
    expect(figuresOf(spec, paused, at('2026-11-25T09:00'))).toMatchObject({ state: SlaTimerState.PAUSED, elapsedMs: hours(6) });
    expect(nextCheckOf(spec, paused)).toBeNull();
    const back = resumed(spec, paused, at('2026-11-25T10:00'));
    // Paused for 2 + 9 + 2 business hours (Mon 15-17, all Tuesday, Wed 08-10).
    expect(back.pausedMs).toBe(hours(13));
    expect(show(dueAtOf(spec, back))).toBe('2026-11-25T12:00');
    expect(figuresOf(spec, back, at('2026-11-25T11:00'))).toMatchObject({ state: SlaTimerState.RUNNING, elapsedMs: hours(7) });
  });

  it('is MET when stopped within target, BREACHED when stopped past it', () => {
    expect(figuresOf(spec, timer({ stoppedAt: at('2026-11-23T16:00') }), at('2026-11-30T09:00'))).toMatchObject({ state: SlaTimerState.MET, elapsedMs: hours(7) });
    expect(figuresOf(spec, timer({ stoppedAt: at('2026-11-24T09:00'), lastThreshold: 100 }), at('2026-11-30T09:00'))).toMatchObject({ state: SlaTimerState.BREACHED, elapsedMs: hours(9) });
  });

  it('a reopened ticket restarts its clock without counting the stopped stretch', () => {
    const stopped = timer({ stoppedAt: at('2026-11-23T12:00') });
    const again = restarted(spec, stopped, at('2026-11-24T12:00'));
    expect(again.stoppedAt).toBeNull();
    expect(again.pausedMs).toBe(hours(9));
    expect(figuresOf(spec, again, at('2026-11-24T13:00')).elapsedMs).toBe(hours(4));
  });
});
