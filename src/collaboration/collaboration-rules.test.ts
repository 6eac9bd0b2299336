import { Segment } from '../directory/directory.enums';
import { ContactRole, Forum, Level, OrderKind, OrderStatus, Side } from './collaboration.enums';
import { contactProblem, dueDates, forumRequirements, forumSlots, levelAbove, levelBelow, levelsOf, monthBounds, needsQuote, standingAgenda, timeReportProblem } from './collaboration-rules';

describe('the collaboration model, pure', () => {
  it('owes each segment its forums, as in the table', () => {
    const plan = (s: Segment) => forumRequirements(s).map((r) => `${r.forum} ${r.perYear}${r.perServiceArea ? ' per area' : ''}`);
    expect(plan(Segment.UNDER_150)).toEqual([]);
    expect(plan(Segment.FROM_150_TO_499)).toEqual(['TACTICAL_OPERATIONAL 2']);
    expect(plan(Segment.FROM_500_TO_2000)).toEqual(['STRATEGIC 1', 'TACTICAL 2', 'OPERATIONAL 4 per area']);
    expect(plan(Segment.OVER_2000)).toEqual(['STRATEGIC 2', 'TACTICAL 4', 'OPERATIONAL 6 per area']);
  });

  it('spreads the meetings over the year and marks the ones overdue', () => {
    expect(dueDates(2027, 1)).toEqual(['2027-12-31']);
    expect(dueDates(2027, 2)).toEqual(['2027-06-30', '2027-12-31']);
    expect(dueDates(2027, 4)).toEqual(['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31']);
    expect(dueDates(2028, 6)).toEqual(['2028-02-29', '2028-04-30', '2028-06-30', '2028-08-31', '2028-10-31', '2028-12-31']);
    // One meeting held in May: it fills the first slot; the second (due 30 June) is overdue in July.
    expect(forumSlots(2027, 4, ['2027-05-10'], '2027-07-15')).toEqual([
      { dueBy: '2027-03-31', heldOn: '2027-05-10', overdue: false },
      { dueBy: '2027-06-30', heldOn: null, overdue: true },
      { dueBy: '2027-09-30', heldOn: null, overdue: false },
      { dueBy: '2027-12-31', heldOn: null, overdue: false },
    ]);
    expect(forumSlots(2027, 2, [], '2027-06-30').map((s) => s.overdue)).toEqual([false, false]);
  });

  it('knows which side holds which role, and which roles go per service area', () => {
    expect(contactProblem(ContactRole.ACCOUNT_MANAGER, Side.CENTRE, false)).toBeNull();
    expect(contactProblem(ContactRole.ACCOUNT_MANAGER, Side.AGENCY, false)).toMatch(/role of the centre/);
    expect(contactProblem(ContactRole.ORDER_MANAGER, Side.CENTRE, false)).toMatch(/role of the agency/);
    expect(contactProblem(ContactRole.DELIVERY_MANAGER, Side.CENTRE, false)).toMatch(/per service area/);
    expect(contactProblem(ContactRole.DELIVERY_MANAGER, Side.CENTRE, true)).toBeNull();
    expect(contactProblem(ContactRole.AGREEMENT_OWNER, Side.AGENCY, true)).toMatch(/not held per service area/);
    expect(contactProblem(ContactRole.URGENT_INFORMATION_SECURITY, Side.AGENCY, false)).toBeNull();
    expect(contactProblem(ContactRole.URGENT_INFORMATION_SECURITY, Side.CENTRE, false)).toBeNull();
  });

  it('climbs the escalation ladder and feeds back down', () => {
    expect(levelAbove(Level.OPERATIONAL)).toBe(Level.TACTICAL);
    expect(levelAbove(Level.TACTICAL)).toBe(Level.STRATEGIC);
    expect(levelAbove(Level.STRATEGIC)).toBeNull();
    expect(levelBelow(Level.STRATEGIC)).toBe(Level.TACTICAL);
    expect(levelBelow(Level.OPERATIONAL)).toBeNull();
    expect(levelsOf(Forum.TACTICAL_OPERATIONAL)).toEqual([Level.OPERATIONAL, Level.TACTICAL]);
    expect(levelsOf(Forum.STRATEGIC)).toEqual([Level.STRATEGIC]);
    expect(levelsOf(Forum.CUSTOMER_COUNCIL)).toEqual([]);
  });

  it('keeps the standing agendas with their live items', () => {
    expect(standingAgenda(Forum.OPERATIONAL).map((i) => i.live ?? [])).toEqual([['PREVIOUS_MINUTES'], ['ESCALATED_CASES', 'MATTERS'], ['OPEN_PAST_SLA'], [], [], []]);
    expect(standingAgenda(Forum.TACTICAL)).toHaveLength(8);
    expect(standingAgenda(Forum.STRATEGIC)[3]).toEqual({ title: 'Eskalerade ärenden', live: ['MATTERS'] });
  });

  it('lets time be reported only on an ordered special service', () => {
    const special = (status: OrderStatus, estimatedHours: number) => ({ kind: OrderKind.SPECIAL, status, estimatedHours });
    expect(needsQuote(special(OrderStatus.REQUESTED, 20))).toBe(false);
    expect(needsQuote(special(OrderStatus.REQUESTED, 20.5))).toBe(true);
    expect(needsQuote({ kind: OrderKind.ADD_ON, estimatedHours: null })).toBe(true);
    expect(timeReportProblem(special(OrderStatus.ORDERED, 40))).toBeNull();
    expect(timeReportProblem(special(OrderStatus.QUOTED, 40))).toMatch(/signed the quote/);
    expect(timeReportProblem(special(OrderStatus.REQUESTED, 8))).toMatch(/not approved yet/);
    expect(timeReportProblem(special(OrderStatus.APPROVED, 8))).toMatch(/approved order/);
    expect(timeReportProblem({ kind: OrderKind.ADD_ON, status: OrderStatus.ORDERED, estimatedHours: null })).toMatch(/special services only/);
    expect(monthBounds('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(monthBounds('2027-13')).toBeNull();
  });
});
