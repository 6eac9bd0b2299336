import { changeProblem, deputyProblem, feedbackLevels, overEstimateProblem } from './collaboration-rules';
import { ContactRole, Level, OrderKind, OrderStatus } from './collaboration.enums';

describe('feedback of an escalation matter', () => {
  it('goes to every level below the deciding one, down to where the matter was raised', () => {
    expect(feedbackLevels(Level.OPERATIONAL, Level.STRATEGIC)).toEqual([Level.OPERATIONAL, Level.TACTICAL]);
    expect(feedbackLevels(Level.OPERATIONAL, Level.TACTICAL)).toEqual([Level.OPERATIONAL]);
    expect(feedbackLevels(Level.TACTICAL, Level.STRATEGIC)).toEqual([Level.TACTICAL]);
    expect(feedbackLevels(Level.OPERATIONAL, Level.OPERATIONAL)).toEqual([]);
  });
});

describe('special contact paths', () => {
  it('need a deputy; other single roles may go without', () => {
    expect(deputyProblem(ContactRole.URGENT_CONFIDENTIALITY, false)).toBe('URGENT_CONFIDENTIALITY is a special contact path for urgent matters: name an ordinary and a deputy person');
    expect(deputyProblem(ContactRole.URGENT_CONFIDENTIALITY, true)).toBeNull();
    expect(deputyProblem(ContactRole.AGREEMENT_OWNER, false)).toBeNull();
  });
});

describe('hours on a special service', () => {
  it('stay within the estimate', () => {
    expect(overEstimateProblem(12, 8, 4)).toBeNull();
    expect(overEstimateProblem(12, 12, 0.25)).toBe('the order is estimated at 12 hours and 12 are reported: 0.25 more would exceed it; the orderer changes the order to raise the estimate');
  });
  it('go beyond it only through a change order that raises the estimate of an ordered special service', () => {
    const ordered = { kind: OrderKind.SPECIAL, status: OrderStatus.ORDERED, estimatedHours: 12 };
    expect(changeProblem(ordered, 18)).toBeNull();
    expect(changeProblem(ordered, 12)).toBe('a change order raises the estimate above 12 hours');
    expect(changeProblem({ ...ordered, status: OrderStatus.DELIVERED }, 18)).toBe('a delivered order cannot be changed');
    expect(changeProblem({ ...ordered, kind: OrderKind.ADD_ON }, 18)).toBe('an add-on service is changed through a new quote, not hours');
  });
});
