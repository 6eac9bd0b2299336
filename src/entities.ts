import { Agency } from './directory/agency.entity';
import { Service, ServiceArea } from './directory/service-area.entity';
import { SupportGroup, Vendor } from './directory/support-group.entity';
import { GroupMembership, User } from './directory/user.entity';
import { TicketComment } from './tickets/ticket-comment.entity';
import { TicketEvent } from './tickets/ticket-event.entity';
import { Ticket } from './tickets/ticket.entity';
import { VendorReferral } from './tickets/vendor-referral.entity';
import { BusinessCalendar, CalendarClosure } from './sla/calendar.entity';
import { SlaPolicy } from './sla/sla-policy.entity';
import { SlaEvent, SlaTimer } from './sla/sla-timer.entity';
import { IvrEntryPoint, IvrMenuVersion } from './ivr/ivr-menu-version.entity';
import { IvrCall, IvrCallback } from './ivr/ivr-call.entity';
import { Article, ArticleRating, ArticleRevision, ArticleTicketLink, KnowledgeWord } from './knowledge/article.entity';
import { SlaOutcome } from './sla/sla-outcome.entity';
import { SlaDay, SlaMinutes, TicketVolume } from './reports/report-aggregate.entity';
import { AgencyContact, Agreement, AgreementService } from './collaboration/agreement.entity';
import { AgendaItem, EscalationMatter, EscalationStep, Meeting } from './collaboration/meeting.entity';
import { ServiceOrder, WorkTime } from './collaboration/order.entity';
import { LiveEvent } from './platform/live/live-event.entity';

/** Every MikroORM entity, listed once (no folder scanning: the same list works in tests and dist). */
export const ENTITIES = [
  Agency,
  ServiceArea,
  Service,
  SupportGroup,
  Vendor,
  User,
  GroupMembership,
  Ticket,
  TicketComment,
  VendorReferral,
  TicketEvent,
  BusinessCalendar,
  CalendarClosure,
  SlaPolicy,
  SlaTimer,
  SlaEvent,
  IvrMenuVersion,
  IvrEntryPoint,
  IvrCall,
  IvrCallback,
  Article,
  ArticleRevision,
  ArticleTicketLink,
  ArticleRating,
  KnowledgeWord,
  SlaOutcome,
  SlaDay,
  SlaMinutes,
  TicketVolume,
  Agreement,
  AgreementService,
  AgencyContact,
  Meeting,
  AgendaItem,
  EscalationMatter,
  EscalationStep,
  ServiceOrder,
  WorkTime,
  LiveEvent,
];
