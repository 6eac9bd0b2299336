import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';
import { INVALID_TRANSITION } from './ticket.errors';

/** Why a change in problem management was refused: each one's public meaning is in `problemErrors` below. */
export enum ProblemErrorCode {
  KIND_UNCHANGED = 'KIND_UNCHANGED',
  PROBLEM_HAS_INCIDENTS = 'PROBLEM_HAS_INCIDENTS',
  INCIDENT_LINKED_CANNOT_BE_PROBLEM = 'INCIDENT_LINKED_CANNOT_BE_PROBLEM',
  NOT_A_PROBLEM = 'NOT_A_PROBLEM',
  INCIDENT_IS_PROBLEM = 'INCIDENT_IS_PROBLEM',
  LINK_TO_ITSELF = 'LINK_TO_ITSELF',
  INCIDENT_ALREADY_LINKED = 'INCIDENT_ALREADY_LINKED',
  INCIDENT_NOT_LINKED = 'INCIDENT_NOT_LINKED',
  PROBLEM_NOT_OPEN = 'PROBLEM_NOT_OPEN',
  INCIDENT_NOT_OPEN = 'INCIDENT_NOT_OPEN',
}

const { BAD_USER_INPUT, NOT_ALLOWED } = UserErrorCode;
const PROBLEM = ['input', 'problemId'];
const INCIDENT = ['input', 'incidentId'];

const problemErrors = {
  [ProblemErrorCode.KIND_UNCHANGED]: ({ kind }: { kind: string }) => userError(BAD_USER_INPUT, `the case is already ${kind}`, 'input', 'kind'),
  [ProblemErrorCode.PROBLEM_HAS_INCIDENTS]: ({ count }: { count: number }) =>
    userError(NOT_ALLOWED, `the problem has ${count} linked incident(s): unlink them before making it an incident`, 'input', 'kind'),
  [ProblemErrorCode.INCIDENT_LINKED_CANNOT_BE_PROBLEM]: () =>
    userError(NOT_ALLOWED, 'the case is linked to a problem: unlink it before making it a problem', 'input', 'kind'),
  [ProblemErrorCode.NOT_A_PROBLEM]: ({ number }: { number: string }) => userError(NOT_ALLOWED, `${number} is not a problem: mark it as a problem first (setTicketKind)`, ...PROBLEM),
  [ProblemErrorCode.INCIDENT_IS_PROBLEM]: ({ number }: { number: string }) => userError(NOT_ALLOWED, `${number} is a problem itself: only incidents are linked to a problem`, ...INCIDENT),
  [ProblemErrorCode.LINK_TO_ITSELF]: () => userError(BAD_USER_INPUT, 'a case cannot be linked to itself', ...INCIDENT),
  // The other problem's number is named only when the caller may read it (the service decides).
  [ProblemErrorCode.INCIDENT_ALREADY_LINKED]: ({ number, problem }: { number: string; problem: string | null }) =>
    userError(NOT_ALLOWED, `${number} is already linked to ${problem ?? 'another problem'}: an incident belongs to at most one problem (unlink it first)`, ...INCIDENT),
  [ProblemErrorCode.INCIDENT_NOT_LINKED]: ({ number }: { number: string }) => userError(BAD_USER_INPUT, `${number} is not linked to a problem`, ...INCIDENT),
  [ProblemErrorCode.PROBLEM_NOT_OPEN]: ({ number, status }: { number: string; status: string }) =>
    userError(INVALID_TRANSITION, `${number} is ${status}: incidents are linked to an open problem`, ...PROBLEM),
  [ProblemErrorCode.INCIDENT_NOT_OPEN]: ({ number, status }: { number: string; status: string }) =>
    userError(INVALID_TRANSITION, `${number} is ${status}: only an open incident is linked to a problem`, ...INCIDENT),
} satisfies ErrorMapping<ProblemErrorCode>;

/** `throw problemError(ProblemErrorCode.NOT_A_PROBLEM, { number })`: problem management's `DomainError`. */
export const problemError = errorsOf(problemErrors);
