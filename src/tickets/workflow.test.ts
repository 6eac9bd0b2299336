import { Tier } from '../directory/directory.enums';
import { TicketStatus as S } from './ticket.enums';
import { Move, transition } from './workflow';

const ALL_STATUSES = Object.values(S);
const ALL_TIERS = Object.values(Tier);

/**
 * The expected outcome for every (move, status, tier): the resulting [status, tier], or null when
 * the move is illegal. Written out as a table so that a change to the workflow must change it.
 */
function expected(move: Move, status: S, tier: Tier, target?: S): [S, Tier] | null {
  const active = [S.NEW, S.IN_PROGRESS, S.WAITING_FOR_CUSTOMER, S.WAITING_FOR_VENDOR].includes(status);
  const workable = active && status !== S.WAITING_FOR_VENDOR;
  switch (move) {
    case Move.ASSIGN:
      return active ? [status === S.NEW ? S.IN_PROGRESS : status, tier] : null;
    case Move.UNASSIGN:
      return active ? [status, tier] : null;
    case Move.UPDATE:
      return active ? [status, tier] : null;
    case Move.COMMENT:
      return status === S.CLOSED ? null : [status, tier];
    case Move.ESCALATE:
      return tier === Tier.FIRST && workable ? [S.NEW, Tier.SECOND] : null;
    case Move.REFER_TO_VENDOR:
      return tier === Tier.SECOND && workable ? [S.WAITING_FOR_VENDOR, Tier.THIRD] : null;
    case Move.RECORD_VENDOR_RESPONSE:
      return tier === Tier.THIRD && status === S.WAITING_FOR_VENDOR ? [S.IN_PROGRESS, Tier.THIRD] : null;
    case Move.RETURN:
      if (tier === Tier.FIRST || !active) return null;
      return [S.NEW, tier === Tier.THIRD ? Tier.SECOND : Tier.FIRST];
    case Move.SET_STATUS:
      if (target !== S.IN_PROGRESS && target !== S.WAITING_FOR_CUSTOMER) return null;
      return workable && status !== target ? [target, tier] : null;
    case Move.RESOLVE:
      return workable ? [S.RESOLVED, tier] : null;
    case Move.CLOSE:
      return status === S.RESOLVED ? [S.CLOSED, tier] : null;
    case Move.CLOSE_UNSERVED:
      return active ? [S.CLOSED, tier] : null;
    case Move.REOPEN:
      return status === S.RESOLVED ? [S.IN_PROGRESS, tier] : null;
    case Move.MERGE:
      return workable ? [S.CLOSED, tier] : null;
    case Move.SPLIT:
      return status === S.CLOSED ? null : [status, tier];
  }
}

describe('workflow.transition', () => {
  const cases: [Move, S, Tier, S | undefined][] = [];
  for (const move of Object.values(Move))
    for (const status of ALL_STATUSES)
      for (const tier of ALL_TIERS)
        for (const target of move === Move.SET_STATUS ? ALL_STATUSES : [undefined]) cases.push([move, status, tier, target]);

  it(`covers every move, status and tier (${cases.length} cases)`, () => {
    expect(cases.length).toBe(14 * 6 * 3 + 6 * 3 * 6);
  });

  it.each(cases)('%s from %s at %s (target %s)', (move, status, tier, target) => {
    const result = transition({ status, tier }, move, target);
    const want = expected(move, status, tier, target);
    if (want === null) {
      expect(result.allowed).toBe(false);
      if (!result.allowed) expect(result.reason).toMatch(/\w/);
    } else {
      expect(result).toEqual({ allowed: true, status: want[0], tier: want[1] });
    }
  });

  it('walks a ticket up the whole chain and back', () => {
    let state = { status: S.NEW, tier: Tier.FIRST };
    const step = (move: Move, target?: S) => {
      const t = transition(state, move, target);
      if (!t.allowed) throw new Error(t.reason);
      state = { status: t.status, tier: t.tier };
      return state;
    };
    expect(step(Move.ASSIGN)).toEqual({ status: S.IN_PROGRESS, tier: Tier.FIRST });
    expect(step(Move.ESCALATE)).toEqual({ status: S.NEW, tier: Tier.SECOND });
    expect(step(Move.REFER_TO_VENDOR)).toEqual({ status: S.WAITING_FOR_VENDOR, tier: Tier.THIRD });
    expect(transition(state, Move.RESOLVE).allowed).toBe(false);
    expect(step(Move.RECORD_VENDOR_RESPONSE)).toEqual({ status: S.IN_PROGRESS, tier: Tier.THIRD });
    expect(step(Move.RETURN)).toEqual({ status: S.NEW, tier: Tier.SECOND });
    expect(step(Move.RESOLVE)).toEqual({ status: S.RESOLVED, tier: Tier.SECOND });
    expect(step(Move.REOPEN)).toEqual({ status: S.IN_PROGRESS, tier: Tier.SECOND });
    expect(step(Move.RESOLVE).status).toBe(S.RESOLVED);
    expect(step(Move.CLOSE).status).toBe(S.CLOSED);
    expect(transition(state, Move.REOPEN).allowed).toBe(false);
  });
});
