import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ServiceAreaCode } from '../directory/directory.enums';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { IvrPromptType } from './ivr-menu.types';
import { CallActionKind, CallEndReason, CallState } from './ivr.enums';

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

@InputType({ description: 'A call coming in, as the telephony platform reports it.' })
export class StartCallInput {
  @Field({ description: "The platform's call id (Twilio's CallSid), 1 to 64 characters; the same id with the same numbers is the same call." })
  externalCallId!: string;

  @Field({ description: 'The caller\'s number: E.164, 00-prefixed or Swedish national (0...); "anonymous", "restricted", "unknown", "private", "unavailable" or "" when withheld.' })
  from!: string;

  @Field({ description: "The number called: an active entry point's, in any of the forms `from` takes." })
  to!: string;
}
