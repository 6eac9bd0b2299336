import { AgencyContactResolver, AgreementResolver, AgreementServiceResolver } from './agreement.resolver';
import { AgendaItemResolver, ForumDueResolver, MeetingResolver } from './forum.resolver';
import { EscalationMatterResolver, EscalationStepResolver } from './matter.resolver';
import { OrderRightsResolver } from './order-rights.resolver';
import { InvoiceLineResolver, InvoiceTotalResolver, ServiceOrderResolver, WorkTimeResolver } from './order.resolver';

/** The collaboration model's resolvers, one file per use case: agreements and contacts, forums, matters, orders. */
export const COLLABORATION_RESOLVERS = [
  AgencyContactResolver,
  AgreementResolver,
  AgreementServiceResolver,
  ForumDueResolver,
  MeetingResolver,
  AgendaItemResolver,
  EscalationMatterResolver,
  EscalationStepResolver,
  ServiceOrderResolver,
  OrderRightsResolver,
  WorkTimeResolver,
  InvoiceLineResolver,
  InvoiceTotalResolver,
] as const;
