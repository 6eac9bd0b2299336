import type { Context } from '../platform/context';
import type { ServiceAreaCode } from '../directory/directory.enums';
import { CALLBACK_MESSAGE, GOODBYE, queueMessage, SWITCHBOARD_MESSAGE, withInvalid } from './call-messages';
import { queuedPlace } from './call-queue.service';
import type { IvrCall } from './ivr-call.entity';
import type { Prompt } from './ivr-menu';
import { IvrEntryPoint } from './ivr-menu-version.entity';
import { menuOf } from './ivr-menu.service';
import { CallActionKind, CallEndReason, CallState } from './ivr.enums';

/** What the platform does next: the one answer both GraphQL and the TwiML adapter give. */
export interface CallStep {
  action: CallActionKind;
  /** The words to say (menu prompt, queue message, switchboard notice, goodbye). */
  prompt: Prompt | null;
  node: string | null;
  invalid: boolean;
  timeoutSeconds: number | null;
  queue: ServiceAreaCode | null;
  position: number | null;
  expectedWaitSeconds: number | null;
  dialNumber: string | null;
}

export interface CallView {
  call: IvrCall;
  next: CallStep;
}

const NONE = { prompt: null, node: null, invalid: false, timeoutSeconds: null, queue: null, position: null, expectedWaitSeconds: null, dialNumber: null };

/** The call's next step from its stored state; `invalid` when the last input was refused. */
export async function nextStep(ctx: Context, call: IvrCall, invalid = false): Promise<CallStep> {
  switch (call.state) {
    case CallState.IN_MENU: {
      const menu = await menuOf(ctx.em, call.menuVersion.id);
      const node = menu.nodes[call.node!];
      return { ...NONE, action: CallActionKind.PROMPT, prompt: invalid ? withInvalid(node.prompt) : node.prompt, node: call.node!, invalid, timeoutSeconds: node.timeoutSeconds };
    }
    case CallState.QUEUED: {
      const { position, queue, expectedWaitSeconds } = await queuedPlace(ctx.em, call, ctx.clock.now());
      // A withheld number cannot be called back: it is not offered a callback.
      const prompt = queueMessage(position, expectedWaitSeconds, canBeCalledBack(call));
      return { ...NONE, action: CallActionKind.QUEUE, prompt, queue, position, expectedWaitSeconds };
    }
    case CallState.SWITCHBOARD: {
      const entry = await ctx.em.findOneOrFail(IvrEntryPoint, call.entryPoint.id);
      return { ...NONE, action: CallActionKind.SWITCHBOARD, prompt: SWITCHBOARD_MESSAGE, dialNumber: entry.switchboardNumber };
    }
    case CallState.ANSWERED:
      return { ...NONE, action: CallActionKind.CONNECTED };
    case CallState.ENDED:
      // A caller who asked for a callback hears that we will call back, not the generic goodbye.
      return { ...NONE, action: CallActionKind.HANGUP, prompt: call.endReason === CallEndReason.CALLBACK ? CALLBACK_MESSAGE : GOODBYE };
  }
}

/** Whether the call came from a number we can call back (startCall records a withheld one as 'withheld'). */
export const canBeCalledBack = (call: Pick<IvrCall, 'fromNumber'>) => call.fromNumber !== 'withheld';

export async function viewOf(ctx: Context, call: IvrCall | null, invalid = false): Promise<CallView | null> {
  return call ? { call, next: await nextStep(ctx, call, invalid) } : null;
}

