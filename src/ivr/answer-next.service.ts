import type { Context } from '../platform/context';
import { Role, type ServiceAreaCode } from '../directory/directory.enums';
import { requireViewer } from '../platform/auth/viewer';
import { forbidden } from '../platform/errors';
import { runMutation } from '../platform/graphql/mutation';
import { requirePresent } from '../routing/presence.service';
import { answerLocked } from './call-answer.service';
import { areaIdOf, inQueue } from './call-queue.service';
import { lockFirstWaiting } from './call-queue.sql';
import { lockQueuedCall } from './call-access';
import { takeCallback } from './callback.service';
import type { IvrCall, IvrCallback } from './ivr-call.entity';
import { ivrError, IvrErrorCode } from './ivr.errors';

export interface AnswerNextResult {
  call: IvrCall | null;
  callback: IvrCallback | null;
}

/**
 * "Answer next": the agent takes whoever comes first in the queue, a waiting call or a pending
 * callback, by when the caller joined (a callback keeps the caller's place). A call is answered
 * (answerCall), a callback taken (takeNextCallback); either way the agent takes the ticket when it
 * is unassigned and in one of their groups. Two agents at once get different callers. An agent who
 * is AWAY (setPresence) is offered none: AGENT_AWAY.
 */
export function answerNext(ctx: Context, serviceArea: ServiceAreaCode | null | undefined) {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.AGENT) throw forbidden('calls and callbacks are taken by Servicedesk agents');
  return runMutation(ctx, async (tx): Promise<AnswerNextResult> => {
    // The same presence routing reads: an agent who is away is offered no caller.
    const agent = await requirePresent(tx, viewer.userId);
    const first = await lockFirstWaiting(tx.em, inQueue(await areaIdOf(tx.em, serviceArea)), (id) => lockQueuedCall(tx, id));
    if (!first) throw ivrError(IvrErrorCode.NOTHING_WAITING);
    if (first.kind === 'CALLBACK') return { call: null, callback: await takeCallback(tx, first.id, agent) };
    return { call: await answerLocked(tx, first.call, agent), callback: null };
  });
}
