import { Agency } from '../directory/agency.entity';
import { Role } from '../directory/directory.enums';
import { requireViewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { aboveCustomerCap, priorityMatrix } from './priority';

/** A customer without an agency (none today) is capped as an agency's default. */
export const DEFAULT_CUSTOMER_CAP = 2;

/** The most urgent priority (as a number) the viewer may set themselves: their agency's cap for a customer (read, not a reference), none (1) for staff. */
export async function viewerPriorityCap(ctx: Context): Promise<number> {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.CUSTOMER) return 1;
  const agency = viewer.agencyId ? await ctx.em.findOne(Agency, viewer.agencyId) : null;
  return agency?.customerPriorityCap ?? DEFAULT_CUSTOMER_CAP;
}

/** The matrix with whether the viewer may choose each cell (the customer web offers only those). */
export async function priorityMatrixFor(ctx: Context) {
  const cap = await viewerPriorityCap(ctx);
  return priorityMatrix().map((cell) => ({ ...cell, allowed: !aboveCustomerCap(cell.priority, cap) }));
}
