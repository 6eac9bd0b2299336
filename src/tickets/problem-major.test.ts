import { affectedScopes, becomesMajor } from './problem-major';
import { Priority, TicketKind } from './ticket.enums';
import type { Ticket } from './ticket.entity';

describe('becomesMajor', () => {
  const p1Problem = { kind: TicketKind.PROBLEM, priority: Priority.P1, majorIncidentAt: undefined };
  it('is a P1 problem not declared yet at the threshold or above', () => {
    expect(becomesMajor(p1Problem, 4, 5)).toBe(false);
    expect(becomesMajor(p1Problem, 5, 5)).toBe(true);
    expect(becomesMajor(p1Problem, 2, 2)).toBe(true);
  });
  it('is never an incident, a lower priority, or a problem declared already', () => {
    expect(becomesMajor({ ...p1Problem, kind: TicketKind.INCIDENT }, 9, 5)).toBe(false);
    expect(becomesMajor({ ...p1Problem, priority: Priority.P2 }, 9, 5)).toBe(false);
    expect(becomesMajor({ ...p1Problem, majorIncidentAt: new Date('2026-12-01T08:00:00Z') }, 9, 5)).toBe(false);
  });
});

describe('affectedScopes', () => {
  const c = (number: string, agency: number | null, area: number) =>
    ({ number, agency: agency === null ? undefined : { id: agency }, serviceArea: { id: area } }) as unknown as Pick<Ticket, 'agency' | 'serviceArea' | 'number'>;
  it('groups the cases by agency and service area in the order met, leaving out cases without an agency', () => {
    expect(affectedScopes([c('A', 1, 10), c('B', 2, 10), c('C', 1, 10), c('D', 1, 20), c('E', null, 10)])).toEqual([
      { agencyId: 1, serviceAreaId: 10, numbers: ['A', 'C'] },
      { agencyId: 2, serviceAreaId: 10, numbers: ['B'] },
      { agencyId: 1, serviceAreaId: 20, numbers: ['D'] },
    ]);
  });
});
