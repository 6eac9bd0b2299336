import { isAtRisk, isPastSla, type TimerStanding } from './sla-standing';

const now = new Date('2027-03-09T09:00:00Z');
const before = new Date('2027-03-09T08:00:00Z');
const after = new Date('2027-03-09T10:00:00Z');
const running: TimerStanding = { dueAt: after, pausedAt: null, stoppedAt: null, breachedAt: null, lastThreshold: 0 };

describe('past the SLA time', () => {
  it('is a running timer past its due time, detected or not, or one that breached', () => {
    expect(isPastSla({ ...running, dueAt: before }, now)).toBe(true);
    expect(isPastSla({ ...running, dueAt: before, breachedAt: before, lastThreshold: 100 }, now)).toBe(true);
    expect(isPastSla(running, now)).toBe(false);
  });
  it('is not a paused timer whose frozen due time has passed, unless it had breached', () => {
    expect(isPastSla({ ...running, dueAt: before, pausedAt: before }, now)).toBe(false);
    expect(isPastSla({ ...running, dueAt: before, pausedAt: now, breachedAt: before, lastThreshold: 100 }, now)).toBe(true);
  });
  it('is not a stopped timer', () => {
    expect(isPastSla({ ...running, dueAt: before, stoppedAt: before, breachedAt: before }, now)).toBe(false);
  });
});

describe('at risk', () => {
  it('is a running timer past a warning, not yet due nor breached', () => {
    expect(isAtRisk({ ...running, lastThreshold: 50 }, now)).toBe(true);
    expect(isAtRisk(running, now)).toBe(false);
  });
  it('is not a paused, stopped, breached or overdue timer', () => {
    expect(isAtRisk({ ...running, lastThreshold: 50, pausedAt: before }, now)).toBe(false);
    expect(isAtRisk({ ...running, lastThreshold: 50, stoppedAt: before }, now)).toBe(false);
    expect(isAtRisk({ ...running, lastThreshold: 100, breachedAt: before }, now)).toBe(false);
    expect(isAtRisk({ ...running, lastThreshold: 75, dueAt: before }, now)).toBe(false);
  });
});
