import express from 'express';
import type { Context } from '../platform/context';
import { fromGlobalId } from '../platform/global-id';
import { fileRoute } from '../platform/http/file-route';
import { mayExportPublicRecords, publicRecordDocument } from './public-record.service';
import { publicRecordError, PublicRecordErrorCode } from './public-record.errors';

/**
 * GET /files/public-records/<global ID>: the PDF of a public-record export, as released, for who may
 * export its case (bearer token; 401 without, 403 for customers and vendors, 404 for staff who do
 * not read the case, another agency's account manager among them).
 */
export function publicRecordsRouter(contextFor: (authorization: unknown) => Promise<Context>): express.Router {
  const router = express.Router();
  router.get(
    '/:id',
    fileRoute(contextFor, {
      allow: mayExportPublicRecords,
      refusal: "public-record exports are for the centre's staff",
      params: [],
      send: async (ctx, _query, req, res) => {
        const parsed = fromGlobalId(String(req.params.id));
        if (parsed?.type !== 'PublicRecordExport') throw publicRecordError(PublicRecordErrorCode.EXPORT_NOT_FOUND);
        const doc = await publicRecordDocument(ctx, parsed.id);
        res.set({ 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' });
        res.type('application/pdf').attachment(doc.fileName).send(doc.pdf);
      },
    }),
  );
  return router;
}
