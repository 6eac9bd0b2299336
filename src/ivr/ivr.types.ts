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

registerEnumType(MenuVersionStatus, { name: 'IvrMenuStatus', description: 'A menu version: a draft, the published one, or retired.' });
registerEnumType(CallState, { name: 'CallState' });
registerEnumType(CallEndReason, { name: 'CallEndReason' });
registerEnumType(CallbackStatus, { name: 'CallbackStatus' });
registerEnumType(CallActionKind, { name: 'CallAction', description: 'What the telephony platform does next with the call.' });
registerEnumType(IvrActionKind, {
  name: 'IvrActionKind',
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
  @Field()
  sv!: string;

  @Field()
  en!: string;
}

@ObjectType('IvrMenuAction')
export class IvrMenuActionType {
  @Field(() => IvrActionKind)
  kind!: IvrActionKind;

  @Field(() => String, { nullable: true })
  node?: string | null;

  @Field(() => ServiceAreaCode, { nullable: true })
  serviceArea?: ServiceAreaCode | null;
}

@ObjectType('IvrMenuKey')
export class IvrMenuKeyType {
  @Field({ description: 'A DTMF key: 0-9, * or #.' })
  key!: string;

  @Field(() => IvrMenuActionType)
  action!: IvrMenuActionType;
}

@ObjectType('IvrMenuNode')
export class IvrMenuNodeType {
  @Field()
  id!: string;

  @Field(() => IvrPromptType)
  prompt!: IvrPromptType;

  @Field(() => [IvrMenuKeyType])
  keys!: IvrMenuKeyType[];

  @Field(() => Int)
  timeoutSeconds!: number;

  @Field(() => Int, { description: 'Invalid or silent tries before the fallback.' })
  maxTries!: number;

  @Field(() => IvrMenuActionType)
  fallback!: IvrMenuActionType;
}

@ObjectType('IvrMenuVersion', { implements: NodeInterface, description: 'One version of the IVR menu tree.' })
export class IvrMenuVersionType extends NodeInterface {
  @Field(() => Int)
  version!: number;

  @Field(() => MenuVersionStatus)
  status!: MenuVersionStatus;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  publishedAt?: Date;
}

@ObjectType('IvrEntryPoint', { implements: NodeInterface, description: 'A number calls arrive on: the shared number or an agency\'s own extension.' })
export class IvrEntryPointType extends NodeInterface {
  @Field({ description: 'E.164.' })
  number!: string;

  @Field()
  label!: string;

  @Field()
  switchboardNumber!: string;

  @Field()
  active!: boolean;
}

@ObjectType('IvrCall', { implements: NodeInterface, description: 'A phone call through the IVR and the ticket it registered.' })
export class CallType extends NodeInterface {
  @Field({ description: "The telephony platform's call id." })
  externalCallId!: string;

  @Field({ description: 'The caller\'s number (E.164), or "withheld"; masked but for its last two digits for a call outside your service areas or scope.' })
  from!: string;

  @Field({ description: 'The number called (an entry point).' })
  to!: string;

  @Field(() => CallState)
  state!: CallState;

  @Field(() => String, { nullable: true, description: 'The menu node while IN_MENU.' })
  node?: string;

  @Field(() => Int, { description: 'Menu inputs processed: pass it back to callInput so that a retried webhook applies once.' })
  step!: number;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  queuedAt?: Date;

  @Field(() => Date, { nullable: true })
  answeredAt?: Date;

  @Field(() => Date, { nullable: true })
  endedAt?: Date;

  @Field(() => CallEndReason, { nullable: true })
  endReason?: CallEndReason;
}

@ObjectType('CallStep', { description: 'What the platform does next: say and gather, queue, dial the switchboard, or hang up.' })
export class CallStepType {
  @Field(() => CallActionKind)
  action!: CallActionKind;

  @Field(() => IvrPromptType, { nullable: true })
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

  @Field(() => Int, { nullable: true, description: 'QUEUE: the expected wait from recent answer times; null when unknown.' })
  expectedWaitSeconds!: number | null;

  @Field(() => String, { nullable: true, description: 'SWITCHBOARD: the number to dial.' })
  dialNumber!: string | null;
}

@ObjectType('CallPayload')
export class CallPayload {
  @Field(() => CallType, { nullable: true })
  call!: CallType | null;

  @Field(() => CallStepType, { nullable: true })
  next!: CallStepType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('IvrCallback', { implements: NodeInterface, description: 'A caller to call back, in the order they queued.' })
export class CallbackType extends NodeInterface {
  @Field({ description: 'The number to call (E.164); masked but for its last two digits for a callback outside your service areas or scope.' })
  number!: string;

  @Field(() => CallbackStatus)
  status!: CallbackStatus;

  @Field(() => Int)
  attempts!: number;

  @Field()
  requestedAt!: Date;

  @Field({ description: 'When the caller joined the queue: the callback keeps that place.' })
  queuedSince!: Date;

  @Field(() => Date, { nullable: true })
  takenAt?: Date;

  @Field(() => Date, { nullable: true })
  completedAt?: Date;
}

export const CallbackConnection = Connection('IvrCallback', CallbackType);

@ObjectType('CallbackPayload')
export class CallbackPayload {
  @Field(() => CallbackType, { nullable: true })
  callback!: CallbackType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('QueuedCall')
export class QueuedCallType {
  @Field(() => Int)
  position!: number;

  @Field(() => Int)
  waitingSeconds!: number;

  @Field(() => CallType)
  call!: CallType;
}

@ObjectType('CallQueue', { description: 'A call queue as the wallboard shows it.' })
export class CallQueueType {
  @Field(() => ServiceAreaCode, { nullable: true, description: 'Null: the general (first free agent) queue.' })
  serviceArea!: ServiceAreaCode | null;

  @Field(() => [QueuedCallType], { description: 'Waiting calls, first in line first.' })
  calls!: QueuedCallType[];

  @Field(() => Int)
  longestWaitSeconds!: number;

  @Field(() => Int, { nullable: true, description: 'For a caller joining now; null when no recent answers tell.' })
  expectedWaitSeconds!: number | null;

  @Field(() => Int)
  callbacksPending!: number;

  @Field(() => Int)
  answeredLastHour!: number;

  @Field(() => Int)
  abandonedLastHour!: number;

  @Field()
  at!: Date;
}

@ObjectType('CallStatistics', { description: 'Calls of a period, per queue and in total.' })
export class CallStatisticsType {
  @Field(() => ServiceAreaCode, { nullable: true, description: 'The queue; null with total false is the general queue.' })
  serviceArea!: ServiceAreaCode | null;

  @Field({ description: 'True for the row over every call of the period.' })
  total!: boolean;

  @Field(() => Int)
  calls!: number;

  @Field(() => Int)
  answered!: number;

  @Field(() => Int)
  abandoned!: number;

  @Field(() => Int)
  callbacks!: number;

  @Field(() => Int)
  transferred!: number;

  @Field(() => Int, { nullable: true })
  meanWaitSeconds!: number | null;

  @Field(() => Int, { nullable: true })
  medianWaitSeconds!: number | null;

  @Field(() => Int, { nullable: true })
  p90WaitSeconds!: number | null;

  @Field(() => Int, { nullable: true })
  maxWaitSeconds!: number | null;

  @Field(() => Int, { nullable: true })
  meanAbandonedWaitSeconds!: number | null;
}

@InputType()
export class StartCallInput {
  @Field({ description: "The platform's call id (Twilio's CallSid)." })
  externalCallId!: string;

  @Field({ description: 'The caller\'s number; "anonymous" when withheld.' })
  from!: string;

  @Field({ description: 'The number called.' })
  to!: string;
}

@InputType()
export class IvrMenuActionInput {
  @Field(() => IvrActionKind)
  kind!: IvrActionKind;

  @Field(() => String, { nullable: true })
  node?: string | null;

  @Field(() => ServiceAreaCode, { nullable: true })
  serviceArea?: ServiceAreaCode | null;
}

@InputType()
export class IvrMenuKeyInput {
  @Field()
  key!: string;

  @Field(() => IvrMenuActionInput)
  action!: IvrMenuActionInput;
}

@InputType()
export class IvrMenuNodeInput {
  @Field()
  id!: string;

  @Field()
  promptSv!: string;

  @Field()
  promptEn!: string;

  @Field(() => [IvrMenuKeyInput])
  keys!: IvrMenuKeyInput[];

  @Field(() => Int)
  timeoutSeconds!: number;

  @Field(() => Int)
  maxTries!: number;

  @Field(() => IvrMenuActionInput)
  fallback!: IvrMenuActionInput;
}

@InputType()
export class IvrMenuInput {
  @Field()
  root!: string;

  @Field(() => [IvrMenuNodeInput])
  nodes!: IvrMenuNodeInput[];

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('IvrMenuPayload')
export class IvrMenuPayload {
  @Field(() => IvrMenuVersionType, { nullable: true })
  menu!: IvrMenuVersionType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

