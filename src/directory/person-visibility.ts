import { Role } from './directory.enums';
import { isStaff } from './viewer';
import { type Viewer } from '../platform/auth/viewer';

/** What the visibility rule needs of a person. */
export interface PersonScope {
  id: number;
  role: Role;
  agencyId: number | null;
}

/**
 * The one rule for what a viewer sees of a person, whatever the path (assignee, requester,
 * comment or article author, history actor, call or callback user, `node(id:)`, `users`):
 * - FULL: every field (e-mail included): staff see everyone; anyone sees themselves; a customer
 *   sees the customer users of their own agency.
 * - NAME: the name (and role) only: what a customer sees of the centre's staff and of anyone else
 *   who reaches them through a ticket they may read.
 * Pure.
 */
export function personView(viewer: Viewer, person: PersonScope): 'FULL' | 'NAME' {
  if (isStaff(viewer) || viewer.userId === person.id) return 'FULL';
  if (viewer.role === Role.CUSTOMER && person.role === Role.CUSTOMER && viewer.agencyId !== null && person.agencyId === viewer.agencyId) return 'FULL';
  return 'NAME';
}
