import type { DomainModule } from '../platform/domain';
import { AgencyContact, Agreement, AgreementService } from './agreement.entity';
import { findAgreement, findContact } from './agreement.service';
import { createCollaborationLoaders } from './collaboration.loaders';
import { COLLABORATION_RESOLVERS } from './collaboration.resolver';
import { findMeeting } from './forum.service';
import { invoicesRouter } from './invoice-export';
import { findMatter } from './matter.service';
import { AgendaItem, EscalationMatter, EscalationStep, Meeting } from './meeting.entity';
import { ServiceOrder, WorkTime } from './order.entity';
import { findOrder } from './order.service';

/** The collaboration model: agreements and contacts, the forums and their agendas, escalation matters, orders and invoicing. */
export const collaborationDomain: DomainModule = {
  name: 'collaboration',
  entities: [Agreement, AgreementService, AgencyContact, Meeting, AgendaItem, EscalationMatter, EscalationStep, ServiceOrder, WorkTime],
  resolvers: COLLABORATION_RESOLVERS,
  loaders: (em) => createCollaborationLoaders(em),
  nodes: {
    Agreement: findAgreement,
    AgencyContact: findContact,
    Meeting: findMeeting,
    EscalationMatter: findMatter,
    ServiceOrder: findOrder,
  },
  routes: { '/invoices': ({ contextFor }) => invoicesRouter(contextFor) },
};
