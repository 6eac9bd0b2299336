import { deputyProblem, feedbackLevels } from './collaboration-rules';
import { ContactRole, Level } from './collaboration.enums';

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
