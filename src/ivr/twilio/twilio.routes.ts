import express, { type Request, type Response } from 'express';
import type { Context } from '../../platform/context';
import { Role } from '../../directory/directory.enums';
import { DEFAULT_TWILIO_VOICE, type IvrConfig } from '../../platform/config';
import { toGlobalId } from '../../platform/global-id';
import { BACK_IN_QUEUE, CONNECTING_TO_AGENT, INVALID_CHOICE, NO_CALLBACK_FOR_WITHHELD, QUEUE_UNAVAILABLE, SERVICE_UNAVAILABLE, TECHNICAL_ERROR } from '../call-messages';
import { findCallByExternalId } from '../call-access';
import { endCall, requestCallback } from '../call-answer.service';
import { recordBridged, requeueUnconnected } from '../call-connect.service';
import { callHungUp } from '../call-end.service';
import { callInput } from '../call-menu.service';
import { startCall } from '../call-start.service';
import { canBeCalledBack, nextStep, type CallView } from '../call-view';
import { CallEndReason, CallState } from '../ivr.enums';
import { IvrCall } from '../ivr-call.entity';
import { callerOf } from './caller-id';
import { isValidTwilioSignature } from './signature';
import { agentIdentity, announceDue, dialAgent, hangup, leave, pause, response, say, twimlFor, waitLoop, type Urls } from './twiml';
import { logFor } from '../../platform/log';

const twilio = logFor('twilio');

/**
 * The Twilio webhook adapter: form-encoded requests in, TwiML out, driven by the same call
 * service as the GraphQL mutations. Every request must carry a valid X-Twilio-Signature.
 *
 *   POST /ivr/twilio/voice           a call comes in (Voice URL)          -> startCall
 *   POST /ivr/twilio/gather?step=n   a key or silence in the menu          -> callInput
 *   POST /ivr/twilio/wait            Enqueue's waitUrl: position, offer;   an answered call leaves
 *   POST /ivr/twilio/queue-input     a key while waiting: 1 = callback     -> requestCallback
 *   POST /ivr/twilio/queue-result    Enqueue's action: left, bridged ...   -> the agent's Dial, endCall
 *   POST /ivr/twilio/dial-result     Dial's action (switchboard, agent)    -> endCall, back to the queue
 *   POST /ivr/twilio/status          status callback: the call is over     -> endCall
 *
 * Connecting an agent: `answerCall` marks the call ANSWERED by the agent; the caller's next pass
 * of the wait loop (at most WAIT_LOOP_SECONDS) answers `<Leave/>`, and Enqueue's action then
 * `<Dial>`s the agent: their phone number from the directory (User.phone), else their softphone
 * (Twilio Client identity `agent_<id>`). The Dial's action follows
 * how it went: completed ends the call COMPLETED; busy, no answer or failure puts the caller back
 * in their place in the queue. No REST call is needed, so nothing is lost if an instance dies.
 *
 * Twilio plays a 2xx answer's TwiML only (any other is error 11200 and Twilio's own message), and
 * retries a webhook it did not get an answer to: every webhook that passed the signature check
 * answers 200 with TwiML that says something sensible and goes on or ends the call, logs what went
 * wrong, and gives the same TwiML when retried.
 */
export function twilioRouter(config: IvrConfig, contextAs: (email: string) => Promise<Context | null>): express.Router {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 100 }));
  const voice = config.voice ?? DEFAULT_TWILIO_VOICE;

  const baseOf = (req: Request) => config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  const xml = (res: Response, body: string) => res.status(200).type('text/xml').send(body);
  /** Logs what went wrong and apologises: nothing from the request is written into the TwiML. */
  const apologise = (req: Request, res: Response, reason: string) => {
    twilio.warn({ path: req.path, callSid: param(req, 'CallSid').slice(0, 64), reason }, 'webhook refused');
    xml(res, response(say(TECHNICAL_ERROR, voice), hangup()));
  };

  // The signature first: nothing is read or changed for a request Twilio did not sign.
  router.use((req, res, next) => {
    if (!config.twilioAuthToken) {
      res.status(503).type('text/plain').send('the Twilio webhook is not configured (TWILIO_AUTH_TOKEN)');
      return;
    }
    const url = baseOf(req) + req.originalUrl;
    const params = (req.body ?? {}) as Record<string, string | string[]>;
    if (!isValidTwilioSignature(config.twilioAuthToken, req.get('x-twilio-signature'), url, params)) {
      res.status(403).type('text/plain').send('invalid X-Twilio-Signature');
      return;
    }
    next();
  });

  /** The gateway's context: the webhooks act as the telephony account. */
  const gateway = async (req: Request, res: Response): Promise<Context | null> => {
    const ctx = await contextAs(config.account);
    if (!ctx || ctx.viewer?.role !== Role.TELEPHONY) {
      twilio.warn({ account: config.account }, 'the telephony account is missing or not TELEPHONY');
      xml(res, response(say(SERVICE_UNAVAILABLE, voice), hangup()));
      return null;
    }
    return ctx;
  };
  const urlsFor = (req: Request): Urls => {
    const base = `${baseOf(req)}/ivr/twilio`;
    return { gather: (step) => `${base}/gather?step=${step}`, wait: `${base}/wait`, queueResult: `${base}/queue-result`, dialResult: `${base}/dial-result` };
  };
  const param = (req: Request, name: string): string => {
    const v = (req.body ?? {})[name];
    return typeof v === 'string' ? v : '';
  };
  const callOf = async (ctx: Context, req: Request, res: Response): Promise<IvrCall | null> => {
    const sid = param(req, 'CallSid');
    const call = sid ? await findCallByExternalId(ctx, sid) : null;
    if (!call) apologise(req, res, 'unknown call');
    return call;
  };
  /** The call as committed now (after a refused or racing change), in a fresh unit of work. */
  const reload = (ctx: Context, call: IvrCall, em = ctx.em.fork()) => em.findOneOrFail(IvrCall, call.id);
  const idOf = (call: IvrCall) => toGlobalId('IvrCall', call.id);

  /** The TwiML of where a call is: a menu prompt, the queue, the agent, the switchboard, the end. */
  const twimlOf = async (ctx: Context, req: Request, view: CallView): Promise<string> => {
    const { call, next } = view;
    if (call.state === CallState.ANSWERED && call.answeredBy) {
      const agent = await ctx.loaders.userById.load(call.answeredBy.id);
      const leg = agent?.phone ? { number: agent.phone } : { identity: agentIdentity(call.answeredBy.id) };
      return response(say(CONNECTING_TO_AGENT, voice), dialAgent({ action: `${urlsFor(req).dialResult}?leg=agent`, timeout: 20, ...leg }));
    }
    return twimlFor(next, call.step, urlsFor(req), voice);
  };
  const currentTwiml = async (ctx: Context, req: Request, call: IvrCall) => {
    const unit = ctx.fork(ctx.em.fork());
    const fresh = await reload(unit, call, unit.em);
    return twimlOf(unit, req, { call: fresh, next: await nextStep(unit, fresh) });
  };

  type Outcome = { result: CallView | null; userErrors: { code: string; message: string }[] };
  /** The outcome's TwiML; a refusal is logged and the call goes on where it is (or ends with an apology). */
  const answer = async (ctx: Context, req: Request, res: Response, outcome: Outcome, call: IvrCall | null) => {
    if (outcome.result) return void xml(res, await twimlOf(ctx, req, outcome.result));
    const [error] = outcome.userErrors;
    if (error?.code === 'UNAVAILABLE') return void xml(res, response(say(SERVICE_UNAVAILABLE, voice), hangup()));
    if (!call) return apologise(req, res, `refused: ${error?.code} ${error?.message}`);
    twilio.warn({ path: req.path, callSid: call.externalCallId, code: error?.code, reason: error?.message }, 'refused; the call goes on where it is');
    xml(res, await currentTwiml(ctx, req, call));
  };
  const route = (path: string, handler: (ctx: Context, req: Request, res: Response) => Promise<void>) =>
    router.post(path, async (req, res) => {
      try {
        const ctx = await gateway(req, res);
        if (ctx) await handler(ctx, req, res);
      } catch (err) {
        twilio.error({ err, path: req.path }, 'webhook failed');
        if (!res.headersSent) apologise(req, res, 'unexpected error');
      }
    });

  /**
   * Ends the call unless it has ended already (Twilio reports the end more than once). `now` is the
   * call as this request read it: callOf's row, or a reload after this request changed it.
   */
  const endIfOpen = async (ctx: Context, now: IvrCall, reason: (state: CallState) => CallEndReason) => {
    if (now.state === CallState.ENDED) return;
    const outcome = await endCall(ctx, { callId: idOf(now), reason: reason(now.state) });
    if (!outcome.result) twilio.warn({ callSid: now.externalCallId, reasons: outcome.userErrors.map((e) => e.code) }, 'ending the call refused');
  };
  /**
   * The caller hung up (or the call failed, or a dialled leg is over): ended with the reason given,
   * or else the one its state under the row lock gives (hangUpReason), locked by its sid without a
   * read before; an ended call is left as it is. A refusal is logged.
   */
  const hangUp = async (ctx: Context, req: Request, failed: boolean, reason?: CallEndReason) => {
    const outcome = await callHungUp(ctx, { externalCallId: param(req, 'CallSid'), failed, reason });
    if (!outcome.result) twilio.warn({ callSid: param(req, 'CallSid').slice(0, 64), reasons: outcome.userErrors.map((e) => e.code) }, 'ending the call refused');
    return outcome;
  };
  route('/voice', async (ctx, req, res) => {
    const outcome = await startCall(ctx, { externalCallId: param(req, 'CallSid'), from: callerOf(param(req, 'From')), to: param(req, 'To') });
    await answer(ctx, req, res, outcome, null);
  });

  route('/gather', async (ctx, req, res) => {
    const sid = param(req, 'CallSid');
    if (!sid) return apologise(req, res, 'unknown call');
    const step = req.query.step === undefined ? undefined : Number(req.query.step);
    // The call is locked by its sid in the transaction (no read before it); read only when refused.
    const outcome = await callInput(ctx, { externalCallId: sid, digits: param(req, 'Digits'), step: Number.isFinite(step) ? step : -1 });
    await answer(ctx, req, res, outcome, outcome.result ? null : await findCallByExternalId(ctx, sid));
  });

  route('/wait', async (ctx, req, res) => {
    const call = await callOf(ctx, req, res);
    if (!call) return;
    // Answered (the agent is waiting), or over: out of the queue; Enqueue's action says what next.
    if (call.state !== CallState.QUEUED) return void xml(res, response(leave()));
    const queueTime = param(req, 'QueueTime') === '' ? null : Number(param(req, 'QueueTime'));
    // The position is read only on the passes that say it (one in three): the others are one statement.
    const prompt = announceDue(Number.isFinite(queueTime) ? queueTime : null) ? (await nextStep(ctx, call)).prompt : null;
    xml(res, waitLoop({ action: `${baseOf(req)}/ivr/twilio/queue-input`, prompt, voice }));
  });

  route('/queue-input', async (ctx, req, res) => {
    const call = await callOf(ctx, req, res);
    if (!call) return;
    // A callback already requested (this request retried), an answer or an end: leave the queue.
    if (call.state !== CallState.QUEUED) return void xml(res, response(leave()));
    const digits = param(req, 'Digits');
    // Silence (should Twilio post it) is waiting, not a choice: the loop goes on.
    if (digits === '') return void xml(res, response(pause(1)));
    if (digits.charAt(0) !== '1') return void xml(res, response(say(INVALID_CHOICE, voice)));
    if (!canBeCalledBack(call)) return void xml(res, response(say(NO_CALLBACK_FOR_WITHHELD, voice)));
    const outcome = await requestCallback(ctx, { callId: idOf(call), number: call.fromNumber });
    if (!outcome.result) {
      const now = await reload(ctx, call);
      // A racing copy of this request won: the same answer.
      if (now.state !== CallState.QUEUED) return void xml(res, response(leave()));
      twilio.warn({ callSid: call.externalCallId, reasons: outcome.userErrors.map((e) => e.code) }, 'callback refused');
      return void xml(res, response(say(NO_CALLBACK_FOR_WITHHELD, voice)));
    }
    xml(res, response(leave()));
  });

  route('/queue-result', async (ctx, req, res) => {
    // The caller hung up while waiting (most callers who leave the queue): no read before the lock.
    if (param(req, 'QueueResult') === 'hangup') return void ((await hangUp(ctx, req, false)).result ? xml(res, response()) : apologise(req, res, 'unknown call'));
    const call = await callOf(ctx, req, res);
    if (!call) return;
    switch (param(req, 'QueueResult')) {
      case 'leave':
        // Left for the answering agent, for a callback (its message), or the call is over: as this request read it.
        return void xml(res, await twimlOf(ctx, req, { call, next: await nextStep(ctx, call) }));
      case 'bridging-in-process':
        // A <Dial><Queue> on an agent's leg is connecting the caller: answered, off the wallboard.
        await recordBridged(ctx, idOf(call));
        return void xml(res, response());
      case 'bridged':
        // Twilio bridged the caller and both have hung up: answered and completed, never FAILED.
        await recordBridged(ctx, idOf(call));
        await endIfOpen(ctx, await reload(ctx, call), () => CallEndReason.COMPLETED);
        return void xml(res, response(hangup()));
      case 'redirected':
      case 'redirected-from-bridged':
        // The call was sent to another document (REST API): that document drives it now.
        return void xml(res, response());
      default:
        // queue-full, system-error, error: the queue cannot take the call.
        twilio.warn({ callSid: call.externalCallId, queueResult: param(req, 'QueueResult').slice(0, 32) }, 'unexpected queue result');
        await endIfOpen(ctx, call, () => CallEndReason.FAILED);
        return void xml(res, response(say(QUEUE_UNAVAILABLE, voice), hangup()));
    }
  });

  route('/dial-result', async (ctx, req, res) => {
    const status = param(req, 'DialCallStatus');
    const agentLeg = req.query.leg === 'agent';
    if (!agentLeg || status === 'completed' || status === 'answered') {
      // The leg is over (the switchboard's, answered or not; the agent's, talked to): the call ends,
      // locked by its sid without a read before. An ended call is left as it is.
      const reason = agentLeg ? CallEndReason.COMPLETED : status === 'completed' ? CallEndReason.TRANSFERRED : CallEndReason.ABANDONED;
      const outcome = await hangUp(ctx, req, false, reason);
      return void (outcome.userErrors[0]?.code === 'NOT_FOUND' ? apologise(req, res, 'unknown call') : xml(res, response(hangup())));
    }
    // busy, no-answer, failed, canceled: the caller goes back to their place for the next agent.
    const call = await callOf(ctx, req, res);
    if (!call) return;
    if ((await reload(ctx, call)).state === CallState.ANSWERED) {
      const outcome = await requeueUnconnected(ctx, idOf(call));
      if (outcome.result) return void xml(res, (await currentTwiml(ctx, req, call)).replace('<Response>', `<Response>${say(BACK_IN_QUEUE, voice)}`));
    }
    xml(res, await currentTwiml(ctx, req, call));
  });

  route('/status', async (ctx, req, res) => {
    const call = await callOf(ctx, req, res);
    if (!call) return;
    const status = param(req, 'CallStatus');
    // Usually ended already (the queue or dial result came first): then this read is all it costs.
    if (call.state !== CallState.ENDED && ['completed', 'busy', 'failed', 'no-answer', 'canceled'].includes(status)) await hangUp(ctx, req, status === 'failed');
    res.status(204).end();
  });

  return router;
}
