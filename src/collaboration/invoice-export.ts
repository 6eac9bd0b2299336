import express from 'express';
import type { Context } from '../context';
import { badInput, unauthenticated } from '../platform/errors';
import { csvLine } from '../reports/report-csv';
import { INVOICE_BASIS_RULE, invoiceBasis, type InvoiceBasis } from './invoice.service';

/**
 * The invoice basis as CSV (bearer token required), from the same computation as GraphQL's
 * `invoiceBasis`: GET /invoices/2027-05.csv[?agencyId=…]. One line per work order (ticket number
 * as reference, hours, hourly price, total, the day its delivery was approved) and add-on, then each
 * agency's total and the sum, then the rule the basis follows (INVOICE_BASIS_RULE) as a note line.
 */
export function invoiceCsv(basis: InvoiceBasis): string {
  const out = [csvLine(['month', 'agency', 'kind', 'reference', 'description', 'hours', 'unit_price_sek', 'total_sek', 'delivery_approved_on'])];
  for (const l of basis.lines)
    out.push(csvLine([basis.month, l.agencyName, l.kind, l.reference, l.description, l.hours?.toFixed(2) ?? '', l.unitPrice.toFixed(2), l.total.toFixed(2), l.deliveryApprovedOn ?? '']));
  for (const t of basis.totals) out.push(csvLine([basis.month, t.agencyName, 'AGENCY_TOTAL', '', '', '', '', t.total.toFixed(2), '']));
  out.push(csvLine([basis.month, '', 'TOTAL', '', '', '', '', basis.total.toFixed(2), '']));
  out.push(csvLine([basis.month, '', 'NOTE', '', INVOICE_BASIS_RULE, '', '', '', '']));
  return `${out.join('\r\n')}\r\n`;
}

export function invoicesRouter(contextFor: (authorization: unknown) => Promise<Context>): express.Router {
  const router = express.Router();
  router.get('/:file', async (req, res, next) => {
    try {
      const ctx = await contextFor(req.headers.authorization);
      if (!ctx.viewer) throw unauthenticated();
      const month = /^(\d{4}-\d{2})\.csv$/.exec(req.params.file)?.[1];
      if (!month) throw badInput('ask for /invoices/yyyy-MM.csv', 'month');
      const agencyId = typeof req.query.agencyId === 'string' ? req.query.agencyId : null;
      res.type('text/csv; charset=utf-8').attachment(`invoices-${month}.csv`).send(invoiceCsv(await invoiceBasis(ctx, month, agencyId)));
    } catch (err) {
      next(err);
    }
  });
  return router;
}
