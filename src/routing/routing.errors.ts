import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The routing domain's failures (presence, skills, a group's mode): each one's public meaning is below. */
export enum RoutingErrorCode {
  /** Skills and presence are for agents and specialists (they are the ones cases are routed to). */
  USER_NOT_ROUTABLE = 'USER_NOT_ROUTABLE',
  /** More skills than a person plausibly has (a list is replaced as a whole). */
  SKILLS_TOO_MANY = 'SKILLS_TOO_MANY',
  /** The same area (and service) twice in one list. */
  SKILL_DUPLICATE = 'SKILL_DUPLICATE',
  /** answerNext while the agent is AWAY: the phone queue offers calls to present agents only. */
  AGENT_AWAY = 'AGENT_AWAY',
}

export const MAX_SKILLS = 50;

const { BAD_USER_INPUT, NOT_ALLOWED } = UserErrorCode;

const routingErrors = {
  [RoutingErrorCode.USER_NOT_ROUTABLE]: () => userError(BAD_USER_INPUT, 'only active agents and specialists have skills', 'userId'),
  [RoutingErrorCode.SKILLS_TOO_MANY]: () => userError(BAD_USER_INPUT, `at most ${MAX_SKILLS} skills`, 'skills'),
  [RoutingErrorCode.SKILL_DUPLICATE]: ({ index }: { index: number }) => userError(BAD_USER_INPUT, 'this skill is already in the list', 'skills', String(index), 'serviceId'),
  [RoutingErrorCode.AGENT_AWAY]: () => userError(NOT_ALLOWED, 'you are away: set yourself available to take calls'),
} satisfies ErrorMapping<RoutingErrorCode>;

/** `throw routingError(RoutingErrorCode.SKILLS_TOO_MANY)`. */
export const routingError = errorsOf(routingErrors);
