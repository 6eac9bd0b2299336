import { statusAfterDecision } from './collaboration-rules';
import { Level, MatterStatus } from './collaboration.enums';

describe('a decision on an escalation matter', () => {
  it('closes the matter where it was raised, and awaits feedback when taken higher up', () => {
    expect(statusAfterDecision(Level.OPERATIONAL, Level.OPERATIONAL)).toBe(MatterStatus.CLOSED);
    expect(statusAfterDecision(Level.TACTICAL, Level.TACTICAL)).toBe(MatterStatus.CLOSED);
    expect(statusAfterDecision(Level.STRATEGIC, Level.STRATEGIC)).toBe(MatterStatus.CLOSED);
    expect(statusAfterDecision(Level.OPERATIONAL, Level.TACTICAL)).toBe(MatterStatus.DECIDED);
    expect(statusAfterDecision(Level.TACTICAL, Level.STRATEGIC)).toBe(MatterStatus.DECIDED);
  });
});
