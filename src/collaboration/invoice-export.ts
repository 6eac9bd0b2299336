import express from 'express';
import type { Context } from '../platform/context';
import { monthInput } from '../platform/calendar-input';
import { fileRoute } from '../platform/http/file-route';
import { mayReadInvoices } from './collaboration-access';
import { csvDocument, csvLine, decimal } from '../platform/csv';
import { INVOICE_BASIS_RULE, invoiceBasis, type InvoiceBasis } from './invoice.service';
import { collaborationError, CollaborationErrorCode } from './collaboration.errors';

/**
 * The invoice basis as CSV (bearer token required), from the same computation as GraphQL's
 * `invoiceBasis`: GET /invoices/2027-05.csv[?agencyId=…]. One line per work order (ticket number
 * as reference, hours, hourly price, total, the day its delivery was approved) and add-on, then each
 * agency's total and the sum, then the rule the basis follows (INVOICE_BASIS_RULE) as a note line.
 */
export function invoiceCsv(basis: InvoiceBasis): string {
  const out = [csvLine(['month', 'agency', 'kind', 'reference', 'description', 'hours', 'unit_price_sek', 'total_sek', 'delivery_approved_on'])];
  for (const l of basis.lines)
    out.push(csvLine([basis.month, l.agencyName, l.kind, l.reference, l.description, l.hours === null ? '' : decimal(l.hours, 2), decimal(l.unitPrice, 2), decimal(l.total, 2), l.deliveryApprovedOn ?? '']));
  for (const t of basis.totals) out.push(csvLine([basis.month, t.agencyName, 'AGENCY_TOTAL', '', '', '', '', decimal(t.total, 2), '']));
  out.push(csvLine([basis.month, '', 'TOTAL', '', '', '', '', decimal(basis.total, 2), '']));
  out.push(csvLine([basis.month, '', 'NOTE', '', INVOICE_BASIS_RULE, '', '', '', '']));
  return csvDocument(out);
}

export function invoicesRouter(contextFor: (authorization: unknown) => Promise<Context>): express.Router {
  const router = express.Router();
  router.get(
    '/:file',
    fileRoute(contextFor, {
      allow: mayReadInvoices,
      refusal: 'invoices are for admins, account managers and the agencies',
      params: ['agencyId'],
      send: async (ctx, query, req, res) => {
        const month = /^(.*)\.csv$/.exec(String(req.params.file))?.[1];
        if (!month) throw collaborationError(CollaborationErrorCode.INVOICE_MONTH_MALFORMED);
        const basis = await invoiceBasis(ctx, monthInput(month, 'month'), query.agencyId ?? null);
        res.type('text/csv; charset=utf-8').attachment(`invoices-${month}.csv`).send(invoiceCsv(basis));
      },
    }),
  );
  return router;
}
