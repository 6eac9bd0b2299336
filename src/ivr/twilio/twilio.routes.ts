import express, { type Request, type Response } from 'express';
import type { Context } from '../../platform/context';
import { Role } from '../../directory/directory.enums';
import type { IvrConfig } from '../../platform/config';
import { toGlobalId } from '../../platform/global-id';
import { CALLBACK_MESSAGE, INVALID_CHOICE, SERVICE_UNAVAILABLE } from '../call-messages';
import { findCallByExternalId } from '../call-access';
import { endCall, requestCallback } from '../call-answer.service';
import { callInput } from '../call-menu.service';
import { startCall } from '../call-start.service';
import { nextStep, type CallView } from '../call-view';
import { CallEndReason, CallState } from '../ivr.enums';
import type { IvrCall } from '../ivr-call.entity';
import { isValidTwilioSignature } from './signature';
import { gather, hangup, leave, pause, response, say, twimlFor, type Urls } from './twiml';

/**
 * The Twilio webhook adapter: form-encoded requests in, TwiML out, driven by the same call
 * service as the GraphQL mutations. Every request must carry a valid X-Twilio-Signature.
 *
 *   POST /ivr/twilio/voice         a call comes in (Voice URL)         -> startCall
 *   POST /ivr/twilio/gather?step=n a key or silence in the menu         -> callInput
 *   POST /ivr/twilio/wait          Enqueue's waitUrl: position, offer  -> (read)
 *   POST /ivr/twilio/queue-input   a key while waiting: 1 = callback   -> requestCallback
 *   POST /ivr/twilio/queue-result  Enqueue's action: left, hung up ... -> endCall
 *   POST /ivr/twilio/dial-result   Dial's action (the switchboard)     -> endCall
 *   POST /ivr/twilio/status        status callback: the call is over   -> endCall
 */
export function twilioRouter(config: IvrConfig, contextAs: (email: string) => Promise<Context | null>): express.Router {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 100 }));

  const baseOf = (req: Request) => config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  const xml = (res: Response, body: string, status = 200) => res.status(status).type('text/xml').send(body);
  // The reason goes in the status code only: nothing from the request is written into the TwiML.
  const refuse = (res: Response, status: number, _reason: string) => xml(res, response(say({ sv: 'Ett tekniskt fel uppstod. Försök igen senare.', en: '' }), hangup()), status);

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
  const gateway = async (res: Response): Promise<Context | null> => {
    const ctx = await contextAs(config.account);
    if (!ctx || ctx.viewer?.role !== Role.TELEPHONY) {
      res.status(503).type('text/plain').send(`the telephony account ${config.account} is missing or not TELEPHONY`);
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
    if (!call) refuse(res, 404, `unknown call ${sid}`);
    return call;
  };
  type Outcome = { result: CallView | null; userErrors: { code: string; message: string }[] };
  const answer = (req: Request, res: Response, outcome: Outcome) => {
    if (!outcome.result) {
      const [error] = outcome.userErrors;
      // Not the caller's fault nor a fault of the request: Twilio plays TwiML only from a 2xx answer.
      if (error?.code === 'UNAVAILABLE') return void xml(res, response(say(SERVICE_UNAVAILABLE), hangup()));
      refuse(res, error?.code === 'NOT_FOUND' ? 404 : error?.code === 'INVALID_TRANSITION' ? 409 : 400, error?.message ?? 'refused');
      return;
    }
    xml(res, twimlFor(outcome.result.next, outcome.result.call.step, urlsFor(req)));
  };
  const route = (path: string, handler: (ctx: Context, req: Request, res: Response) => Promise<void>) =>
    router.post(path, async (req, res, next) => {
      try {
        const ctx = await gateway(res);
        if (ctx) await handler(ctx, req, res);
      } catch (err) {
        next(err);
      }
    });
  /** Ends the call unless it has ended already (Twilio reports the end more than once). */
  const endIfOpen = async (ctx: Context, call: IvrCall, reason: (state: CallState) => CallEndReason) => {
    if (call.state !== CallState.ENDED) await endCall(ctx, { callId: toGlobalId('IvrCall', call.id), reason: reason(call.state) });
  };

  route('/voice', async (ctx, req, res) => {
    answer(req, res, await startCall(ctx, { externalCallId: param(req, 'CallSid'), from: param(req, 'From'), to: param(req, 'To') }));
  });

  route('/gather', async (ctx, req, res) => {
    const call = await callOf(ctx, req, res);
    if (!call) return;
    const step = req.query.step === undefined ? undefined : Number(req.query.step);
    answer(req, res, await callInput(ctx, { callId: toGlobalId('IvrCall', call.id), digits: param(req, 'Digits'), step: Number.isFinite(step) ? step : -1 }));
  });

  route('/wait', async (ctx, req, res) => {
    const call = await callOf(ctx, req, res);
    if (!call) return;
    if (call.state !== CallState.QUEUED) return void xml(res, response(leave()));
    const next = await nextStep(ctx, call);
    xml(res, response(gather({ action: `${baseOf(req)}/ivr/twilio/queue-input`, timeout: 5 }, say(next.prompt!)), pause(20)));
  });

  route('/queue-input', async (ctx, req, res) => {
    const call = await callOf(ctx, req, res);
    if (!call) return;
    if (param(req, 'Digits') !== '1') return void xml(res, response(say(INVALID_CHOICE)));
    const outcome = await requestCallback(ctx, { callId: toGlobalId('IvrCall', call.id), number: param(req, 'From') });
    if (!outcome.result) return void refuse(res, 409, outcome.userErrors[0]?.message ?? 'refused');
    xml(res, response(leave()));
  });

  route('/queue-result', async (ctx, req, res) => {
    const call = await callOf(ctx, req, res);
    if (!call) return;
    switch (param(req, 'QueueResult')) {
      case 'leave':
        return void xml(res, response(...(call.endReason === CallEndReason.CALLBACK ? [say(CALLBACK_MESSAGE)] : []), hangup()));
      case 'hangup':
        await endIfOpen(ctx, call, () => CallEndReason.ABANDONED);
        return void xml(res, response());
      case 'bridged':
        await endIfOpen(ctx, call, (state) => (state === CallState.ANSWERED ? CallEndReason.COMPLETED : CallEndReason.FAILED));
        return void xml(res, response(hangup()));
      default:
        await endIfOpen(ctx, call, () => CallEndReason.FAILED);
        return void xml(res, response(say({ sv: 'Vi kan inte ta emot ditt samtal just nu. Försök igen senare.', en: '' }), hangup()));
    }
  });

  route('/dial-result', async (ctx, req, res) => {
    const call = await callOf(ctx, req, res);
    if (!call) return;
    await endIfOpen(ctx, call, () => (param(req, 'DialCallStatus') === 'completed' ? CallEndReason.TRANSFERRED : CallEndReason.ABANDONED));
    xml(res, response(hangup()));
  });

  route('/status', async (ctx, req, res) => {
    const call = await callOf(ctx, req, res);
    if (!call) return;
    const status = param(req, 'CallStatus');
    if (['completed', 'busy', 'failed', 'no-answer', 'canceled'].includes(status))
      await endIfOpen(ctx, call, (state) =>
        status === 'failed'
          ? CallEndReason.FAILED
          : state === CallState.ANSWERED
            ? CallEndReason.COMPLETED
            : state === CallState.SWITCHBOARD
              ? CallEndReason.TRANSFERRED
              : CallEndReason.ABANDONED,
      );
    res.status(204).end();
  });

  return router;
}
