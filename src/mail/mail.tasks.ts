import { taskRef } from '../platform/jobs/jobs';

/**
 * The mail domain's jobs by name (the handlers live with the code that runs them):
 * - `mail_process`: one received mail, stored before its `250`, turned into a case, a comment, a
 *   referral's answer or a pointer to the customer web; retried until it is done.
 * - `mail_send`: one outgoing mail, keyed by its row so it is sent once.
 */
export const MAIL_PROCESS = taskRef<{ inboundId: number }>('mail_process');
export const MAIL_SEND = taskRef<{ outboundId: number }>('mail_send');

/** The job key of a message's job: one job per message, however often it is enqueued. */
export const processJobKey = (inboundId: number) => `mail_process:${inboundId}`;
export const sendJobKey = (outboundId: number) => `mail_send:${outboundId}`;
