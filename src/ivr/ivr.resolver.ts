import { AnswerNextResolver } from './answer-next.resolver';
import { CallQueueResolver } from './call-queue.resolver';
import { CallResolver } from './call.resolver';
import { CallbackResolver } from './callback.resolver';
import { IvrEntryPointResolver, IvrMenuResolver } from './ivr-menu.resolver';
import { IvrMenuProblemsResolver } from './ivr-menu-problems.resolver';

/** The IVR's resolvers, one file per use case: the menu and its entry points, calls, callbacks, the queue and its statistics. */
export const IVR_RESOLVERS = [IvrMenuResolver, IvrMenuProblemsResolver, IvrEntryPointResolver, CallResolver, CallbackResolver, CallQueueResolver, AnswerNextResolver] as const;
