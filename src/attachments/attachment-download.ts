import express from 'express';
import type { Context } from '../platform/context';
import { fromGlobalId } from '../platform/global-id';
import { fileRoute } from '../platform/http/file-route';
import { findVisibleAttachment } from './attachment-access';
import { AttachmentErrorCode, attachmentError } from './attachments.errors';

/** Types a browser would render or run even as a download's target: these go out as bytes. */
const ACTIVE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'image/svg+xml', 'text/xml', 'application/xml', 'text/javascript', 'application/javascript']);

/** The Content-Type a file is served with: its sniffed type, except that markup and scripts are octet-stream. */
export function servedType(sniffed: string): string {
  const base = sniffed.split(';')[0].trim().toLowerCase();
  if (ACTIVE_TYPES.has(base) || base.includes('html') || base.includes('svg')) return 'application/octet-stream';
  return base === 'text/plain' ? 'text/plain; charset=utf-8' : base;
}

/** `attachment; filename*=UTF-8''…` (RFC 6266/8187): the name percent-encoded, so no quoting or header injection. */
export function attachmentDisposition(filename: string): string {
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

/**
 * GET /files/attachments/<global ID>: the bytes of a file on a case, for those who may see it
 * (bearer token required; 401 without). A file the viewer may not see is the same 404 as one that
 * does not exist. Always a download: never inline, never sniffed by the browser, sandboxed if opened.
 */
export function attachmentsRouter(contextFor: (authorization: unknown) => Promise<Context>): express.Router {
  const router = express.Router();
  router.get(
    '/:id',
    fileRoute(contextFor, {
      allow: () => true,
      refusal: 'files are for those who may read their case',
      params: [],
      send: async (ctx, _query, req, res) => {
        const parsed = fromGlobalId(String(req.params.id));
        const attachment = parsed?.type === 'Attachment' ? await findVisibleAttachment(ctx, parsed.id, true) : null;
        if (!attachment) throw attachmentError(AttachmentErrorCode.ATTACHMENT_NOT_FOUND);
        res.set({
          'Content-Type': servedType(attachment.contentType),
          'Content-Disposition': attachmentDisposition(attachment.filename),
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': 'sandbox',
          'Cache-Control': 'private, no-store',
          'Content-Length': String(attachment.data.length),
        });
        res.end(attachment.data);
      },
    }),
  );
  return router;
}
