import type { DomainModule } from '../platform/domain';
import { TICKET_LISTENERS } from './ticket.listeners';
import { startProblemSettings } from './problem-settings';
import { findVisibleTicketPart } from './ticket-parts.service';
import { findVisibleTicket } from './ticket-query.service';
import { TicketComment } from './ticket-comment.entity';
import { TicketEvent } from './ticket-event.entity';
import { createTicketLoaders } from './ticket.loaders';
import { TICKET_RESOLVERS } from './ticket.resolver';
import { Ticket } from './ticket.entity';
import { VendorReferral } from './vendor-referral.entity';
import { TicketViewer } from './ticket-viewer.entity';
import { Migration20261130091000_TicketViewers } from './migrations/Migration20261130091000_TicketViewers';
import { Migration20261201050000_MergeSplit } from './migrations/Migration20261201050000_MergeSplit';
import { Migration20261201090000_Problems } from './migrations/Migration20261201090000_Problems';
import { Migration20261201120000_Confidentiality } from './migrations/Migration20261201120000_Confidentiality';
import { ConfidentialRead } from './confidential-read.entity';
import { CONFIDENTIALITY_RESOLVERS } from './confidentiality.resolver';
import { PublicRecordExport } from './public-record-export.entity';
import { PublicRecordResolver } from './public-record.resolver';
import { publicRecordsRouter } from './public-record-download';
import { Migration20261201130000_PublicRecords } from './migrations/Migration20261201130000_PublicRecords';

/** Tickets through the support chain: registration, work, comments, the history, vendor referrals. */
export const ticketsDomain: DomainModule = {
  name: 'tickets',
  entities: [Ticket, TicketComment, VendorReferral, TicketEvent, TicketViewer, ConfidentialRead, PublicRecordExport],
  migrations: [
    { name: 'Migration20261130091000_TicketViewers', class: Migration20261130091000_TicketViewers },
    { name: 'Migration20261201050000_MergeSplit', class: Migration20261201050000_MergeSplit },
    { name: 'Migration20261201090000_Problems', class: Migration20261201090000_Problems },
    { name: 'Migration20261201120000_Confidentiality', class: Migration20261201120000_Confidentiality },
    { name: 'Migration20261201130000_PublicRecords', class: Migration20261201130000_PublicRecords },
  ],
  resolvers: [...TICKET_RESOLVERS, ...CONFIDENTIALITY_RESOLVERS, PublicRecordResolver],
  loaders: (em, viewer) => createTicketLoaders(em, viewer),
  nodes: {
    Ticket: findVisibleTicket,
    TicketComment: (ctx, id) => findVisibleTicketPart(ctx, 'TicketComment', id),
    TicketEvent: (ctx, id) => findVisibleTicketPart(ctx, 'TicketEvent', id),
    VendorReferral: (ctx, id) => findVisibleTicketPart(ctx, 'VendorReferral', id),
  },
  listeners: TICKET_LISTENERS,
  services: { problems: startProblemSettings },
  routes: { '/files/public-records': ({ contextFor }) => publicRecordsRouter(contextFor) },
};
