import { priorityFor, priorityRank } from './priority';
import { Impact, Priority, Urgency } from './ticket.enums';

describe('priorityFor', () => {
  it.each([
    [Impact.HIGH, Urgency.HIGH, Priority.P1],
    [Impact.HIGH, Urgency.MEDIUM, Priority.P2],
    [Impact.MEDIUM, Urgency.HIGH, Priority.P2],
    [Impact.HIGH, Urgency.LOW, Priority.P3],
    [Impact.MEDIUM, Urgency.MEDIUM, Priority.P3],
    [Impact.LOW, Urgency.HIGH, Priority.P3],
    [Impact.MEDIUM, Urgency.LOW, Priority.P4],
    [Impact.LOW, Urgency.MEDIUM, Priority.P4],
    [Impact.LOW, Urgency.LOW, Priority.P4],
  ])('%s impact, %s urgency -> %s', (impact, urgency, expected) => {
    expect(priorityFor(impact, urgency)).toBe(expected);
  });

  it('ranks P1 first', () => {
    expect([Priority.P3, Priority.P1, Priority.P4, Priority.P2].sort((a, b) => priorityRank(a) - priorityRank(b))).toEqual([
      Priority.P1,
      Priority.P2,
      Priority.P3,
      Priority.P4,
    ]);
  });
});
