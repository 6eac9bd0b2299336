import { DateTime } from 'luxon';
import type { Context } from '../platform/context';
import { answersFor } from '../directory/viewer';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { monthInput } from '../platform/calendar-input';
import { requireViewer } from '../platform/auth/viewer';
import { followedAgencies, mayReadInvoices } from './collaboration-access';
import type { OrderKind } from './collaboration.enums';
import { invoiceRows } from './collaboration.sql';

export interface InvoiceLine {
  agencyId: number;
  agencyName: string;
  kind: OrderKind;
  orderId: number | null;
  /** The ticket number of a work order; the add-on's name. */
  reference: string;
  description: string;
  hours: number | null;
  unitPrice: number;
  total: number;
  /** A work order's: the day (Stockholm) the orderer approved its delivery, which makes it invoiced. */
  deliveryApprovedOn: string | null;
}

export interface InvoiceBasis {
  month: string;
  rule: string;
  lines: InvoiceLine[];
  totals: { agencyId: number; agencyName: string; total: number }[];
  total: number;
}

/**
 * What the invoice basis bills, as the documents say it (the GraphQL type and the CSV export). An
 * add-on is in force from the later of its own and its agreement's start to the earlier of their ends.
 */
export const INVOICE_BASIS_RULE =
  'Special services are invoiced once their delivery is approved by the orderer: in the month of the approval, with all the hours reported on the work order. Add-on services are invoiced each month they are in force.';

/**
 * A month's invoice basis per agency: each special-service work order whose delivery the orderer
 * approved that month (ticket number as reference, all its hours, hourly price, total), and each
 * add-on service in force that month at its monthly price: a service is in force only while its
 * agreement is (`saveAgreement` ending an agreement ends its add-ons, signed add-on orders too). Work not yet approved is not invoiced:
 * the seed bills performed services. Amounts are summed in numeric and rounded to öre.
 */
export async function invoiceBasis(ctx: Context, month: string, agencyId: string | null | undefined): Promise<InvoiceBasis> {
  const viewer = requireViewer(ctx);
  if (!mayReadInvoices(viewer)) throw forbidden('invoices are for admins, account managers and the agencies');
  monthInput(month, 'month');
  const from = DateTime.fromISO(`${month}-01`);
  const to = from.endOf('month').toISODate()!;
  const scope = followedAgencies(viewer, 'a.id');
  const agency = agencyId ? expectId(agencyId, 'Agency', 'agencyId') : null;
  if (agency !== null && !answersFor(viewer, agency)) throw forbidden('you may not see this agency\'s invoices');
  const rows = await invoiceRows(ctx.em, from.toISODate()!, to, scope, agency);
  const lines: InvoiceLine[] = rows.map((r) => ({
    agencyId: r.agency_id, agencyName: r.agency_name, kind: r.kind, orderId: r.order_id, reference: r.reference, description: r.description,
    hours: r.hours === null ? null : Number(r.hours), unitPrice: Number(r.unit_price), total: Number(r.total), deliveryApprovedOn: r.approved_on,
  }));
  // Sums in whole öre, so that the totals are exact.
  const ore = (sek: number) => Math.round(sek * 100);
  const totals = new Map<number, { agencyId: number; agencyName: string; ore: number }>();
  for (const l of lines) {
    const t = totals.get(l.agencyId) ?? { agencyId: l.agencyId, agencyName: l.agencyName, ore: 0 };
    t.ore += ore(l.total);
    totals.set(l.agencyId, t);
  }
  const agencyTotals = [...totals.values()].map((t) => ({ agencyId: t.agencyId, agencyName: t.agencyName, total: t.ore / 100 }));
  return { month, rule: INVOICE_BASIS_RULE, lines, totals: agencyTotals, total: agencyTotals.reduce((s, t) => s + ore(t.total), 0) / 100 };
}
