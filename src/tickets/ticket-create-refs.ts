import type { Context } from '../platform/context';
import { Agency } from '../directory/agency.entity';
import { Role } from '../directory/directory.enums';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import type { Viewer } from '../platform/auth/viewer';
import { expectId } from '../platform/global-id';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { email, LIMITS, text, type CreateTicketInputValue } from './ticket-input';
import { Channel } from './ticket.enums';
import { ticketError, TicketErrorCode } from './ticket.errors';
import { creationRefs, type CreationRefs } from './tickets.sql';

export interface ResolvedCreation {
  requester: User;
  agency?: Agency;
  serviceArea: ServiceArea;
  service?: Service;
}

/** An id as given, or null when it is missing or malformed (the checks below then report it, in their order). */
function idOrNull(globalId: string | null | undefined, type: string): number | null {
  if (!globalId) return null;
  try {
    return expectId(globalId, type);
  } catch {
    return null;
  }
}

/**
 * Who and what a new ticket names: the agency, requester, service and area read in one round trip
 * (plain rows, no entities), then checked in the order their errors are reported.
 */
export async function resolveCreation(tx: Context, viewer: Viewer, input: CreateTicketInputValue): Promise<ResolvedCreation> {
  const refs = await creationRefs(tx.em, {
    agencyId: idOrNull(input.agencyId, 'Agency'),
    requesterId: viewer.role === Role.CUSTOMER ? viewer.userId : idOrNull(input.requesterId, 'User'),
    serviceId: idOrNull(input.serviceId, 'Service'),
    serviceAreaId: idOrNull(input.serviceAreaId, 'ServiceArea'),
  });
  const { requester, agency } = await resolveRequester(tx, viewer, input, refs);
  return { requester, agency, ...resolveService(tx, input, refs) };
}

const ref = <T extends object>(tx: Context, entity: { new (...args: never[]): T }, id: number): T => tx.em.getReference(entity as never, id as never) as T;

/**
 * Who the ticket is for. Customers register their own tickets on the web portal. Phone and web
 * tickets are for a customer user of an agency; e-mail is open to outside parties only.
 */
async function resolveRequester(tx: Context, viewer: Viewer, input: CreateTicketInputValue, refs: CreationRefs): Promise<{ requester: User; agency?: Agency }> {
  if (viewer.role === Role.CUSTOMER) {
    if (input.channel !== Channel.WEB) throw ticketError(TicketErrorCode.CUSTOMER_CHANNEL_WEB_ONLY);
    if (input.requesterId && expectId(input.requesterId, 'User', 'input', 'requesterId') !== viewer.userId)
      throw ticketError(TicketErrorCode.CUSTOMER_REQUESTS_FOR_SELF);
    if (input.agencyId && expectId(input.agencyId, 'Agency', 'input', 'agencyId') !== viewer.agencyId)
      throw ticketError(TicketErrorCode.CUSTOMER_REQUESTS_FOR_OWN_AGENCY);
    if (!refs.requester) throw new Error(`the signed-in customer ${viewer.userId} has no user row`);
    const agencyId = refs.requester.agencyId;
    return { requester: ref(tx, User, refs.requester.id), agency: agencyId === null ? undefined : ref(tx, Agency, agencyId) };
  }

  let agency: Agency | undefined;
  if (input.agencyId) {
    expectId(input.agencyId, 'Agency', 'input', 'agencyId');
    if (!refs.agency) throw directoryError(DirectoryErrorCode.AGENCY_NOT_FOUND, { field: ['input', 'agencyId'] });
    agency = ref(tx, Agency, refs.agency.id);
  }

  if (input.channel === Channel.EMAIL) {
    if (input.requesterId) {
      const known = knownUser(input.requesterId, refs);
      if (known.role !== Role.EXTERNAL_CONTACT) throw ticketError(TicketErrorCode.EMAIL_CHANNEL_EXTERNAL_ONLY);
      return { requester: ref(tx, User, known.id), agency };
    }
    const contact = await externalContact(tx, input.externalRequester);
    if (contact.role !== Role.EXTERNAL_CONTACT) throw ticketError(TicketErrorCode.EMAIL_CHANNEL_EXTERNAL_ONLY);
    return { requester: contact, agency };
  }

  if (!input.requesterId) throw ticketError(TicketErrorCode.REQUESTER_REQUIRED);
  const requester = knownUser(input.requesterId, refs);
  if (requester.role !== Role.CUSTOMER || requester.agencyId === null) throw ticketError(TicketErrorCode.REQUESTER_NOT_CUSTOMER);
  if (agency && agency.id !== requester.agencyId) throw ticketError(TicketErrorCode.REQUESTER_OF_OTHER_AGENCY);
  return { requester: ref(tx, User, requester.id), agency: agency ?? ref(tx, Agency, requester.agencyId) };
}

function knownUser(globalId: string, refs: CreationRefs): NonNullable<CreationRefs['requester']> {
  expectId(globalId, 'User', 'input', 'requesterId');
  if (!refs.requester) throw directoryError(DirectoryErrorCode.USER_NOT_FOUND, { field: ['input', 'requesterId'] });
  return refs.requester;
}

function resolveService(tx: Context, input: CreateTicketInputValue, refs: CreationRefs): { serviceArea: ServiceArea; service?: Service } {
  let service: Service | undefined;
  if (input.serviceId) {
    expectId(input.serviceId, 'Service', 'input', 'serviceId');
    if (!refs.service) throw directoryError(DirectoryErrorCode.SERVICE_NOT_FOUND, { field: ['input', 'serviceId'] });
    service = ref(tx, Service, refs.service.id);
  }
  if (input.serviceAreaId) {
    expectId(input.serviceAreaId, 'ServiceArea', 'input', 'serviceAreaId');
    if (!refs.area) throw directoryError(DirectoryErrorCode.SERVICE_AREA_NOT_FOUND, { field: ['input', 'serviceAreaId'] });
    if (refs.service && service && refs.service.areaId !== refs.area.id) throw directoryError(DirectoryErrorCode.SERVICE_OUTSIDE_AREA, { field: ['input', 'serviceId'] });
    return { serviceArea: ref(tx, ServiceArea, refs.area.id), service };
  }
  if (!service || !refs.area) throw ticketError(TicketErrorCode.TICKET_SERVICE_REQUIRED);
  return { serviceArea: ref(tx, ServiceArea, refs.area.id), service };
}

/** The outside contact with this address (an existing user of any role is returned as is), created when unknown. */
export async function externalContact(tx: Context, given: CreateTicketInputValue['externalRequester']): Promise<User> {
  if (!given) throw ticketError(TicketErrorCode.EMAIL_REQUESTER_REQUIRED);
  const address = email(given.email, ['input', 'externalRequester', 'email']);
  const name = text(given.name, ['input', 'externalRequester', 'name'], 1, LIMITS.name);
  const known = await tx.em.findOne(User, { email: address });
  if (known) return known;
  return tx.em.create(User, { email: address, name, role: Role.EXTERNAL_CONTACT, active: false } as never) as User;
}
