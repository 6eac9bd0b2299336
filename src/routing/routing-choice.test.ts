import { chooseAssignee } from './routing-choice';
import { RoutingMode } from './routing.enums';

const c = (userId: number, openAssigned = 0) => ({ userId, openAssigned });

describe('chooseAssignee', () => {
  it('round-robin takes the first id after the cursor and wraps around', () => {
    const all = [c(7), c(3), c(5)];
    expect(chooseAssignee(RoutingMode.ROUND_ROBIN, all, null)).toBe(3);
    expect(chooseAssignee(RoutingMode.ROUND_ROBIN, all, 3)).toBe(5);
    expect(chooseAssignee(RoutingMode.ROUND_ROBIN, all, 5)).toBe(7);
    expect(chooseAssignee(RoutingMode.ROUND_ROBIN, all, 7)).toBe(3);
    // The cursor's user left the candidates (away): the next one after it still goes first.
    expect(chooseAssignee(RoutingMode.ROUND_ROBIN, [c(3), c(7)], 5)).toBe(7);
  });

  it('least-loaded takes the fewest open cases, ties to the lowest id', () => {
    expect(chooseAssignee(RoutingMode.LEAST_LOADED, [c(3, 4), c(5, 1), c(7, 2)], null)).toBe(5);
    expect(chooseAssignee(RoutingMode.LEAST_LOADED, [c(7, 1), c(5, 1), c(3, 2)], 5)).toBe(5);
  });

  it('nobody for MANUAL or without candidates', () => {
    expect(chooseAssignee(RoutingMode.MANUAL, [c(3)], null)).toBeNull();
    expect(chooseAssignee(RoutingMode.ROUND_ROBIN, [], 3)).toBeNull();
    expect(chooseAssignee(RoutingMode.LEAST_LOADED, [], null)).toBeNull();
  });
});
