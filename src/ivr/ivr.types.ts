import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ServiceAreaCode } from '../directory/directory.enums';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { CallActionKind, CallbackStatus, CallEndReason, CallState, MenuVersionStatus } from './ivr.enums';

/** The kinds of a menu action, as a GraphQL enum (the pure menu uses string literals). */
export enum IvrActionKind {
  MENU = 'MENU',
  QUEUE = 'QUEUE',
  SWITCHBOARD = 'SWITCHBOARD',
  FIRST_FREE_AGENT = 'FIRST_FREE_AGENT',
  REPEAT = 'REPEAT',
  MAIN = 'MAIN',
}

registerEnumType(MenuVersionStatus, {
  name: 'IvrMenuStatus',
  description: 'A menu version: a draft, the published one, or retired.',
  valuesConfig: {
    DRAFT: { description: 'Being edited by an admin (at most one draft); no call uses it.' },
    PUBLISHED: { description: 'The version new calls start with (exactly one).' },
    RETIRED: { description: 'Replaced by a newer version; calls that started with it keep it to the end.' },
  },
});
registerEnumType(CallState, {
  name: 'CallState',
  description: 'Where a call is: IN_MENU, then QUEUED and ANSWERED or the SWITCHBOARD, and finally ENDED.',
  valuesConfig: {
    IN_MENU: { description: 'Moving through the IVR menu; `node` is the current node.' },
    QUEUED: { description: 'Waiting in a queue for a Servicedesk agent; the caller may ask for a callback instead.' },
    ANSWERED: { description: 'Connected to the agent who answered (`answeredBy`).' },
    SWITCHBOARD: { description: 'Handed to the switchboard (växeln), until the platform reports the end.' },
    ENDED: { description: 'Over; `endReason` says how.' },
  },
});
registerEnumType(CallEndReason, {
  name: 'CallEndReason',
  description: "How a call ended; each state allows only some reasons (see endCall).",
  valuesConfig: {
    COMPLETED: { description: 'Answered by an agent and finished (from ANSWERED).' },
    ABANDONED: { description: 'The caller hung up before an agent answered: in the menu, in the queue or at the switchboard.' },
    CALLBACK: { description: 'The caller left the queue for a callback (set by requestCallback only).' },
    TRANSFERRED: { description: 'Put through at the switchboard (from SWITCHBOARD).' },
    FAILED: { description: 'The telephony platform reported a failure; allowed from any state.' },
  },
});
registerEnumType(CallbackStatus, {
  name: 'CallbackStatus',
  description: 'Where a callback stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for an agent, in the place where the caller originally queued.' },
    IN_PROGRESS: { description: 'Taken by an agent (`takenBy`), who is calling.' },
    COMPLETED: { description: 'The caller was reached.' },
    FAILED: { description: 'Not reached in 3 attempts; given up.' },
  },
});
registerEnumType(CallActionKind, {
  name: 'CallAction',
  description: 'What the telephony platform does next with the call.',
  valuesConfig: {
    PROMPT: { description: 'Say the prompt and gather one key for up to timeoutSeconds, then report it with callInput.' },
    QUEUE: { description: 'Keep the caller in the queue, telling them their position and offering a callback.' },
    SWITCHBOARD: { description: 'Say the prompt and connect the call to dialNumber, the switchboard.' },
    CONNECTED: { description: 'Connected to an agent: nothing for the menu to do.' },
    HANGUP: { description: 'The call is over: say the goodbye and hang up.' },
  },
});
registerEnumType(IvrActionKind, {
  name: 'IvrActionKind',
  description: "What a menu key, or a node's fallback, does.",
  valuesConfig: {
    MENU: { description: 'Go to another node (`node`).' },
    QUEUE: { description: 'Queue for a service area (`serviceArea`), which the ticket then gets.' },
    SWITCHBOARD: { description: 'Connect to the switchboard.' },
    FIRST_FREE_AGENT: { description: 'Queue for the first free agent (the general queue).' },
    REPEAT: { description: 'Say the node again.' },
    MAIN: { description: 'Back to the main menu.' },
  },
});

@ObjectType('IvrPrompt', { description: 'Words said to the caller, in Swedish and English.' })
export class IvrPromptType {
  @Field({ description: 'The Swedish text.' })
  sv!: string;

  @Field({ description: 'The English text.' })
  en!: string;
}

@ObjectType('IvrMenuAction', { description: "Where a key, or a node's fallback, leads." })
export class IvrMenuActionType {
  @Field(() => IvrActionKind, { description: 'What the action does.' })
  kind!: IvrActionKind;

  @Field(() => String, { nullable: true, description: 'MENU: the id of the node to go to; null for other kinds.' })
  node?: string | null;

  @Field(() => ServiceAreaCode, { nullable: true, description: 'QUEUE: the service area whose queue the call joins (the ticket gets that area); null for other kinds.' })
  serviceArea?: ServiceAreaCode | null;
}

@ObjectType('IvrMenuKey', { description: 'A key a node accepts, and what it does.' })
export class IvrMenuKeyType {
  @Field({ description: 'A DTMF key: 0-9, * or #.' })
  key!: string;

  @Field(() => IvrMenuActionType, { description: 'What pressing the key does.' })
  action!: IvrMenuActionType;
}

@ObjectType('IvrMenuNode', { description: 'One step of the menu: a prompt and the keys it accepts.' })
export class IvrMenuNodeType {
  @Field({ description: 'Node id, unique in its version (lower-case letters, digits, _ or -); `IvrCall.node` and MENU actions name it.' })
  id!: string;

  @Field(() => IvrPromptType, { description: 'What the caller hears.' })
  prompt!: IvrPromptType;

  @Field(() => [IvrMenuKeyType], { description: 'The keys it accepts, in key order; any other key is invalid and counts a try.' })
  keys!: IvrMenuKeyType[];

  @Field(() => Int, { description: 'Seconds to wait for a key; silence counts a try.' })
  timeoutSeconds!: number;

  @Field(() => Int, { description: 'Invalid or silent tries before the fallback.' })
  maxTries!: number;

  @Field(() => IvrMenuActionType, { description: 'Where the call goes when the tries run out (never REPEAT).' })
  fallback!: IvrMenuActionType;
}

@ObjectType('IvrMenuVersion', { implements: NodeInterface, description: 'One version of the IVR menu tree.' })
export class IvrMenuVersionType extends NodeInterface {
  @Field(() => Int, { description: 'Version number, 1, 2, 3, ... in the order drafts were started; ivrMenu and publishIvrMenu take it.' })
  version!: number;

  @Field(() => MenuVersionStatus, { description: 'Draft, published or retired.' })
  status!: MenuVersionStatus;

  @Field(() => String, { nullable: true, description: "The admin's note on what this version changes; null when none." })
  note?: string;

  @Field({ description: 'When the draft was started.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was published; null for a draft.' })
  publishedAt?: Date;
}

@ObjectType('IvrEntryPoint', { implements: NodeInterface, description: 'A number calls arrive on: the shared number or an agency\'s own extension.' })
export class IvrEntryPointType extends NodeInterface {
  @Field({ description: 'E.164.' })
  number!: string;

  @Field({ description: 'Its name, written into the ticket of every call that arrives on it.' })
  label!: string;

  @Field({ description: 'The switchboard number (E.164) the SWITCHBOARD choice connects to.' })
  switchboardNumber!: string;

  @Field({ description: 'Calls are taken only on an active entry point; startCall to an inactive one is NOT_FOUND.' })
  active!: boolean;
}

@ObjectType('IvrCall', { implements: NodeInterface, description: "A phone call through the IVR and the ticket (ärende) it registered; for the centre's queue staff and the telephony gateway." })
export class CallType extends NodeInterface {
  @Field({ description: "The telephony platform's call id." })
  externalCallId!: string;

  @Field({ description: 'The caller\'s number (E.164), or "withheld"; masked but for its last two digits for a call outside your service areas or scope.' })
  from!: string;

  @Field({ description: 'The number called (an entry point).' })
  to!: string;

  @Field(() => CallState, { description: 'Where the call is now.' })
  state!: CallState;

  @Field(() => String, { nullable: true, description: 'The menu node while IN_MENU.' })
  node?: string;

  @Field(() => Int, { description: 'Menu inputs processed: pass it back to callInput so that a retried webhook applies once.' })
  step!: number;

  @Field({ description: 'When the call came in (startCall).' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it joined a queue; null if it never did.' })
  queuedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When an agent answered it; null otherwise.' })
  answeredAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended; null while in progress.' })
  endedAt?: Date;

  @Field(() => CallEndReason, { nullable: true, description: 'How it ended; set exactly when the state is ENDED.' })
  endReason?: CallEndReason;
}

@ObjectType('CallStep', { description: 'What the platform does next: say and gather, queue, dial the switchboard, or hang up.' })
export class CallStepType {
  @Field(() => CallActionKind, { description: 'What to do.' })
  action!: CallActionKind;

  @Field(() => IvrPromptType, { nullable: true, description: 'What to say: the menu prompt ("Ogiltigt val." / "Invalid choice." first when invalid), the queue message, the switchboard notice or the goodbye; null for CONNECTED.' })
  prompt!: IvrPromptType | null;

  @Field(() => String, { nullable: true, description: 'PROMPT: the menu node.' })
  node!: string | null;

  @Field({ description: 'PROMPT: the last input was invalid (or silent) and counted as a try.' })
  invalid!: boolean;

  @Field(() => Int, { nullable: true, description: 'PROMPT: seconds to wait for a key.' })
  timeoutSeconds!: number | null;

  @Field(() => ServiceAreaCode, { nullable: true, description: 'QUEUE: the service area queue; null for the general queue.' })
  queue!: ServiceAreaCode | null;

  @Field(() => Int, { nullable: true, description: 'QUEUE: the caller\'s position, 1 first.' })
  position!: number | null;

  @Field(() => Int, { nullable: true, description: "QUEUE: the expected wait in seconds, from the queue's recent answers; null when unknown." })
  expectedWaitSeconds!: number | null;

  @Field(() => String, { nullable: true, description: 'SWITCHBOARD: the number to dial.' })
  dialNumber!: string | null;
}

@ObjectType('CallPayload', { description: 'The outcome of a call mutation: the call and what the platform does next, or why nothing changed.' })
export class CallPayload {
  @Field(() => CallType, { nullable: true, description: 'The call as the mutation left it; null when userErrors is not empty.' })
  call!: CallType | null;

  @Field(() => CallStepType, { nullable: true, description: 'What the telephony platform does next; null when userErrors is not empty.' })
  next!: CallStepType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success. Each mutation lists its codes.' })
  userErrors!: UserError[];
}

@ObjectType('IvrCallback', { implements: NodeInterface, description: 'A caller to call back, in the order they queued.' })
export class CallbackType extends NodeInterface {
  @Field({ description: 'The number to call (E.164); masked but for its last two digits for a callback outside your service areas or scope.' })
  number!: string;

  @Field(() => CallbackStatus, { description: 'Where it stands.' })
  status!: CallbackStatus;

  @Field(() => Int, { description: 'Times an agent has taken it; after the third unsuccessful one it is FAILED.' })
  attempts!: number;

  @Field({ description: 'When the caller asked for it (requestCallback).' })
  requestedAt!: Date;

  @Field({ description: 'When the caller joined the queue: the callback keeps that place.' })
  queuedSince!: Date;

  @Field(() => Date, { nullable: true, description: 'When the agent took it; null while PENDING.' })
  takenAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it became COMPLETED or FAILED; null before.' })
  completedAt?: Date;
}

export const CallbackConnection = Connection('IvrCallback', CallbackType);

@ObjectType('CallbackPayload', { description: 'The outcome of a callback mutation: the callback, or why nothing changed.' })
export class CallbackPayload {
  @Field(() => CallbackType, { nullable: true, description: 'The callback as the mutation left it; null when userErrors is not empty.' })
  callback!: CallbackType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('QueuedCall', { description: 'A call waiting in a queue.' })
export class QueuedCallType {
  @Field(() => Int, { description: 'Place in the queue, 1 first.' })
  position!: number;

  @Field(() => Int, { description: 'Seconds since it joined the queue.' })
  waitingSeconds!: number;

  @Field(() => CallType, { description: "The call; the caller's number is masked when the call is outside your service areas or scope." })
  call!: CallType;
}

@ObjectType('CallQueue', { description: 'A call queue as the wallboard shows it.' })
export class CallQueueType {
  @Field(() => ServiceAreaCode, { nullable: true, description: 'Null: the general (first free agent) queue.' })
  serviceArea!: ServiceAreaCode | null;

  @Field(() => [QueuedCallType], { description: 'Waiting calls, first in line first.' })
  calls!: QueuedCallType[];

  @Field(() => Int, { description: 'Seconds the first caller in line has waited; 0 when nobody waits.' })
  longestWaitSeconds!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Expected wait in seconds for a caller joining now: from the queue's answer rate over the last 30 minutes (at least 3 answers), else the median wait of its last 20 answered calls; null when no call of the queue was ever answered.",
  })
  expectedWaitSeconds!: number | null;

  @Field(() => Int, { description: 'PENDING callbacks of this queue, waiting for an agent to take them.' })
  callbacksPending!: number;

  @Field(() => Int, { description: 'Calls of this queue answered in the hour before `at`.' })
  answeredLastHour!: number;

  @Field(() => Int, { description: 'Callers who hung up while waiting in this queue, in the hour before `at`.' })
  abandonedLastHour!: number;

  @Field({ description: 'When this picture of the queue was taken.' })
  at!: Date;
}

@ObjectType('CallStatistics', { description: 'Calls of a period, per queue and in total.' })
export class CallStatisticsType {
  @Field(() => ServiceAreaCode, { nullable: true, description: 'The queue; null with total false is the general queue.' })
  serviceArea!: ServiceAreaCode | null;

  @Field({ description: 'True for the row over every call of the period.' })
  total!: boolean;

  @Field(() => Int, { description: 'Calls that started in the period: in a queue row those that joined the queue; in the total row every call, those that ended in the menu or went to the switchboard too.' })
  calls!: number;

  @Field(() => Int, { description: 'Of those, calls an agent answered.' })
  answered!: number;

  @Field(() => Int, { description: 'Of those, calls whose caller hung up before an answer (in the total row also in the menu and at the switchboard).' })
  abandoned!: number;

  @Field(() => Int, { description: 'Of those, calls that left the queue for a callback.' })
  callbacks!: number;

  @Field(() => Int, { description: 'Of those, calls that went to the switchboard; such calls never queue, so only the total row counts them.' })
  transferred!: number;

  @Field(() => Int, { nullable: true, description: 'Mean seconds from joining the queue to the answer, over answered calls; null when none.' })
  meanWaitSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Median seconds from joining the queue to the answer, over answered calls; null when none.' })
  medianWaitSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: '90th percentile (interpolated) of the seconds from joining the queue to the answer; null when none were answered.' })
  p90WaitSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Longest seconds from joining the queue to the answer; null when none were answered.' })
  maxWaitSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Mean seconds abandoned callers waited in the queue before hanging up; null when none.' })
  meanAbandonedWaitSeconds!: number | null;
}

@InputType({ description: 'A call coming in, as the telephony platform reports it.' })
export class StartCallInput {
  @Field({ description: "The platform's call id (Twilio's CallSid), 1 to 64 characters; the same id with the same numbers is the same call." })
  externalCallId!: string;

  @Field({ description: 'The caller\'s number: E.164, 00-prefixed or Swedish national (0...); "anonymous", "restricted", "unknown", "private", "unavailable" or "" when withheld.' })
  from!: string;

  @Field({ description: "The number called: an active entry point's, in any of the forms `from` takes." })
  to!: string;
}

@InputType({ description: "Where a key, or a node's fallback, leads." })
export class IvrMenuActionInput {
  @Field(() => IvrActionKind, { description: 'What the action does.' })
  kind!: IvrActionKind;

  @Field(() => String, { nullable: true, description: 'Required for MENU: the id of the node to go to; ignored for other kinds.' })
  node?: string | null;

  @Field(() => ServiceAreaCode, { nullable: true, description: 'Required for QUEUE: the service area whose queue the call joins; ignored for other kinds.' })
  serviceArea?: ServiceAreaCode | null;
}

@InputType({ description: 'One key of a node.' })
export class IvrMenuKeyInput {
  @Field({ description: 'A DTMF key: 0-9, * or #; each at most once per node.' })
  key!: string;

  @Field(() => IvrMenuActionInput, { description: 'What pressing it does.' })
  action!: IvrMenuActionInput;
}

@InputType({ description: 'One node of the menu. Limits marked "to publish" are checked by publishIvrMenu, not on save.' })
export class IvrMenuNodeInput {
  @Field({ description: 'Unique node id: a lower-case letter, then lower-case letters, digits, _ or -; at most 40 characters.' })
  id!: string;

  @Field({ description: 'The Swedish prompt, at most 1000 characters; not blank, to publish.' })
  promptSv!: string;

  @Field({ description: 'The English prompt, at most 1000 characters; not blank, to publish.' })
  promptEn!: string;

  @Field(() => [IvrMenuKeyInput], { description: 'At most 12 keys; at least one, to publish.' })
  keys!: IvrMenuKeyInput[];

  @Field(() => Int, { description: 'Seconds to wait for a key; 1 to 60, to publish.' })
  timeoutSeconds!: number;

  @Field(() => Int, { description: 'Invalid or silent tries before the fallback; 1 to 10, to publish.' })
  maxTries!: number;

  @Field(() => IvrMenuActionInput, { description: 'Where the call goes when the tries run out; not REPEAT, to publish.' })
  fallback!: IvrMenuActionInput;
}

@InputType({ description: "A whole menu tree, saved as the draft; its soundness (every node reachable, no loop without an exit) is checked on publish." })
export class IvrMenuInput {
  @Field({ description: 'Id of the node calls start at; it must be one of the nodes, to publish.' })
  root!: string;

  @Field(() => [IvrMenuNodeInput], { description: '1 to 50 nodes.' })
  nodes!: IvrMenuNodeInput[];

  @Field(() => String, { nullable: true, description: 'What this version changes, at most 500 characters.' })
  note?: string | null;
}

@ObjectType('IvrMenuPayload', { description: 'The outcome of a menu mutation: the menu version, or why nothing changed.' })
export class IvrMenuPayload {
  @Field(() => IvrMenuVersionType, { nullable: true, description: 'The version as saved or published; null when userErrors is not empty.' })
  menu!: IvrMenuVersionType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success. A refused publish lists every problem, each with field ["nodes", <node id>] or ["root"].' })
  userErrors!: UserError[];
}

