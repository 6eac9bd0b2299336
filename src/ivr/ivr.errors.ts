import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';
import { INVALID_TRANSITION } from '../tickets/ticket.errors';

/** The IVR domain's failures (calls, callbacks, the menu): each one's public meaning is in `ivrErrors`. */
export enum IvrErrorCode {
  CALL_NOT_FOUND = 'CALL_NOT_FOUND',
  CALL_ENDED = 'CALL_ENDED',
  CALL_ALREADY_ANSWERED = 'CALL_ALREADY_ANSWERED',
  CALL_NOT_QUEUED_FOR_ANSWER = 'CALL_NOT_QUEUED_FOR_ANSWER',
  CALL_NOT_QUEUED_FOR_CALLBACK = 'CALL_NOT_QUEUED_FOR_CALLBACK',
  CALL_NOT_IN_MENU = 'CALL_NOT_IN_MENU',
  CALL_END_REFUSED = 'CALL_END_REFUSED',
  CALL_END_REASON_INVALID = 'CALL_END_REASON_INVALID',
  NOT_ANSWERING_AGENT = 'NOT_ANSWERING_AGENT',
  CALLBACK_NUMBER_INVALID = 'CALLBACK_NUMBER_INVALID',
  DIGITS_TOO_MANY = 'DIGITS_TOO_MANY',
  DIGITS_NOT_DTMF = 'DIGITS_NOT_DTMF',
  STEP_NOT_WHOLE = 'STEP_NOT_WHOLE',
  STEP_AHEAD_OF_CALL = 'STEP_AHEAD_OF_CALL',
  EXTERNAL_CALL_ID_REUSED = 'EXTERNAL_CALL_ID_REUSED',
  FROM_NOT_PHONE_NUMBER = 'FROM_NOT_PHONE_NUMBER',
  TO_NOT_PHONE_NUMBER = 'TO_NOT_PHONE_NUMBER',
  NO_ENTRY_POINT = 'NO_ENTRY_POINT',
  NO_MENU_PUBLISHED = 'NO_MENU_PUBLISHED',
  NO_CALLBACK_WAITING = 'NO_CALLBACK_WAITING',
  /** answerNext: neither a call nor a callback waits in the queue. */
  NOTHING_WAITING = 'NOTHING_WAITING',
  CALLBACK_NOT_FOUND = 'CALLBACK_NOT_FOUND',
  CALLBACK_NOT_IN_PROGRESS = 'CALLBACK_NOT_IN_PROGRESS',
  NOT_CALLBACK_TAKER = 'NOT_CALLBACK_TAKER',
  STATS_FROM_NOT_BEFORE_TO = 'STATS_FROM_NOT_BEFORE_TO',
  STATS_PERIOD_TOO_LONG = 'STATS_PERIOD_TOO_LONG',
  MENU_NODE_COUNT = 'MENU_NODE_COUNT',
  MENU_NODE_ID_MALFORMED = 'MENU_NODE_ID_MALFORMED',
  MENU_NODE_ID_DUPLICATE = 'MENU_NODE_ID_DUPLICATE',
  MENU_PROMPT_TOO_LONG = 'MENU_PROMPT_TOO_LONG',
  MENU_NODE_KEYS_TOO_MANY = 'MENU_NODE_KEYS_TOO_MANY',
  MENU_KEY_NOT_DTMF = 'MENU_KEY_NOT_DTMF',
  MENU_KEY_DUPLICATE = 'MENU_KEY_DUPLICATE',
  MENU_ACTION_WITHOUT_NODE = 'MENU_ACTION_WITHOUT_NODE',
  QUEUE_ACTION_WITHOUT_AREA = 'QUEUE_ACTION_WITHOUT_AREA',
  MENU_NOTE_TOO_LONG = 'MENU_NOTE_TOO_LONG',
  MENU_VERSION_NOT_FOUND = 'MENU_VERSION_NOT_FOUND',
  MENU_VERSION_NOT_DRAFT = 'MENU_VERSION_NOT_DRAFT',
  /** Publishing found problems in the tree: one user error per problem (`MenuProblems`). */
  MENU_NOT_PUBLISHABLE = 'MENU_NOT_PUBLISHABLE',
}

const { BAD_USER_INPUT, NOT_FOUND, CONFLICT, NOT_ALLOWED, UNAVAILABLE } = UserErrorCode;
type At = { field: string[] };
type State = { state: string };
type MenuProblem = { node: string | null; message: string };

const ivrErrors = {
  [IvrErrorCode.CALL_NOT_FOUND]: ({ field }: { field: string }) => userError(NOT_FOUND, 'no such call', field),
  [IvrErrorCode.CALL_ENDED]: () => userError(INVALID_TRANSITION, 'the call has ended'),
  [IvrErrorCode.CALL_ALREADY_ANSWERED]: () => userError(INVALID_TRANSITION, 'the call has already been answered'),
  [IvrErrorCode.CALL_NOT_QUEUED_FOR_ANSWER]: ({ state }: State) => userError(INVALID_TRANSITION, `only a queued call is answered; the call is ${state}`),
  [IvrErrorCode.CALL_NOT_QUEUED_FOR_CALLBACK]: ({ state }: State) => userError(INVALID_TRANSITION, `only a queued call can ask for a callback; the call is ${state}`),
  [IvrErrorCode.CALL_NOT_IN_MENU]: ({ state }: State) => userError(INVALID_TRANSITION, `the call is ${state}, not in the menu`),
  [IvrErrorCode.CALL_END_REFUSED]: ({ refusal }: { refusal: string }) => userError(INVALID_TRANSITION, refusal),
  [IvrErrorCode.CALL_END_REASON_INVALID]: ({ refusal }: { refusal: string }) => userError(BAD_USER_INPUT, refusal, 'reason'),
  [IvrErrorCode.NOT_ANSWERING_AGENT]: () => userError(NOT_ALLOWED, 'only the agent who answered the call ends it', 'callId'),
  [IvrErrorCode.CALLBACK_NUMBER_INVALID]: () => userError(BAD_USER_INPUT, 'number is not a phone number to call back', 'number'),
  [IvrErrorCode.DIGITS_TOO_MANY]: () => userError(BAD_USER_INPUT, 'at most 32 digits', 'digits'),
  [IvrErrorCode.DIGITS_NOT_DTMF]: () => userError(BAD_USER_INPUT, 'digits must be DTMF characters (0-9, *, #)', 'digits'),
  [IvrErrorCode.STEP_NOT_WHOLE]: () => userError(BAD_USER_INPUT, 'step is a whole number', 'step'),
  [IvrErrorCode.STEP_AHEAD_OF_CALL]: ({ step }: { step: number }) => userError(BAD_USER_INPUT, `the call is at step ${step}`, 'step'),
  [IvrErrorCode.EXTERNAL_CALL_ID_REUSED]: ({ externalCallId, from, to }: { externalCallId: string; from: string; to: string }) =>
    userError(CONFLICT, `externalCallId "${externalCallId}" was already used for a call from ${from} to ${to}`, 'input', 'externalCallId'),
  [IvrErrorCode.FROM_NOT_PHONE_NUMBER]: () => userError(BAD_USER_INPUT, 'from is not a phone number', 'input', 'from'),
  [IvrErrorCode.TO_NOT_PHONE_NUMBER]: () => userError(BAD_USER_INPUT, 'to is not a phone number', 'input', 'to'),
  [IvrErrorCode.NO_ENTRY_POINT]: ({ to }: { to: string }) => userError(NOT_FOUND, `no entry point answers on ${to}`, 'input', 'to'),
  [IvrErrorCode.NO_MENU_PUBLISHED]: () => userError(UNAVAILABLE, 'no IVR menu is published: the phone service cannot take calls'),
  [IvrErrorCode.NO_CALLBACK_WAITING]: () => userError(NOT_FOUND, 'no callback is waiting in that queue', 'serviceArea'),
  [IvrErrorCode.NOTHING_WAITING]: () => userError(NOT_FOUND, 'nobody is waiting in that queue: no call and no callback', 'serviceArea'),
  [IvrErrorCode.CALLBACK_NOT_FOUND]: () => userError(NOT_FOUND, 'no such callback', 'callbackId'),
  [IvrErrorCode.CALLBACK_NOT_IN_PROGRESS]: ({ status }: { status: string }) => userError(INVALID_TRANSITION, `the callback is ${status}, not in progress`),
  [IvrErrorCode.NOT_CALLBACK_TAKER]: () => userError(NOT_ALLOWED, 'only the agent who took the callback reports it', 'callbackId'),
  [IvrErrorCode.STATS_FROM_NOT_BEFORE_TO]: () => userError(BAD_USER_INPUT, 'from must be before to', 'from'),
  [IvrErrorCode.STATS_PERIOD_TOO_LONG]: () => userError(BAD_USER_INPUT, 'at most a year at a time', 'to'),
  [IvrErrorCode.MENU_NODE_COUNT]: ({ max }: { max: number }) => userError(BAD_USER_INPUT, `a menu has 1 to ${max} nodes`, 'input', 'nodes'),
  [IvrErrorCode.MENU_NODE_ID_MALFORMED]: ({ field }: At) => userError(BAD_USER_INPUT, 'a node id is lower-case letters, digits, _ or -, up to 40', ...field),
  [IvrErrorCode.MENU_NODE_ID_DUPLICATE]: ({ id, field }: At & { id: string }) => userError(BAD_USER_INPUT, `two nodes are called "${id}"`, ...field),
  [IvrErrorCode.MENU_PROMPT_TOO_LONG]: ({ max, field }: At & { max: number }) => userError(BAD_USER_INPUT, `a prompt is at most ${max} characters`, ...field),
  [IvrErrorCode.MENU_NODE_KEYS_TOO_MANY]: ({ max, field }: At & { max: number }) => userError(BAD_USER_INPUT, `a node accepts at most ${max} keys`, ...field),
  [IvrErrorCode.MENU_KEY_NOT_DTMF]: ({ key, field }: At & { key: string }) => userError(BAD_USER_INPUT, `"${key}" is not a DTMF key (0-9, *, #)`, ...field),
  [IvrErrorCode.MENU_KEY_DUPLICATE]: ({ key, field }: At & { key: string }) => userError(BAD_USER_INPUT, `key ${key} is given twice`, ...field),
  [IvrErrorCode.MENU_ACTION_WITHOUT_NODE]: ({ field }: At) => userError(BAD_USER_INPUT, 'a MENU action names its node', ...field, 'node'),
  [IvrErrorCode.QUEUE_ACTION_WITHOUT_AREA]: ({ field }: At) => userError(BAD_USER_INPUT, 'a QUEUE action names its service area', ...field, 'serviceArea'),
  [IvrErrorCode.MENU_NOTE_TOO_LONG]: ({ max }: { max: number }) => userError(BAD_USER_INPUT, `the note is at most ${max} characters`, 'input', 'note'),
  [IvrErrorCode.MENU_VERSION_NOT_FOUND]: ({ version }: { version: number }) => userError(NOT_FOUND, `no menu version ${version}`, 'version'),
  [IvrErrorCode.MENU_VERSION_NOT_DRAFT]: ({ version, status }: { version: number; status: string }) =>
    userError(INVALID_TRANSITION, `version ${version} is ${status}; only a draft is published`),
  [IvrErrorCode.MENU_NOT_PUBLISHABLE]: ({ problems }: { problems: MenuProblem[] }) =>
    userError(BAD_USER_INPUT, `the menu cannot be published: ${problems.map(problemText).join('; ')}`, 'version'),
} satisfies ErrorMapping<IvrErrorCode>;

/** One problem found on publish, as its user error says it. */
export const problemText = (p: MenuProblem) => (p.node ? `${p.node}: ${p.message}` : p.message);

/** `throw ivrError(IvrErrorCode.CALL_ENDED)`: the IVR domain's `DomainError`. */
export const ivrError = errorsOf(ivrErrors);
