import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123183544_TicketChain } from './Migration20261123183544_TicketChain';
import { Migration20261123190811_SlaTimers } from './Migration20261123190811_SlaTimers';
import { Migration20261123203354_Ivr } from './Migration20261123203354_Ivr';
import { Migration20261123210506_Knowledge } from './Migration20261123210506_Knowledge';
import { Migration20261123213527_SlaReports } from './Migration20261123213527_SlaReports';
import { Migration20261123224000_ReportAggregates } from './Migration20261123224000_ReportAggregates';
import { Migration20261123225359_Collaboration } from './Migration20261123225359_Collaboration';
import { Migration20261130054500_TicketsRefsQueue } from './Migration20261130054500_TicketsRefsQueue';
import { Migration20261130060000_KnowledgePublicSpan } from './Migration20261130060000_KnowledgePublicSpan';
import { Migration20261130060000_AgendaEntries } from './Migration20261130060000_AgendaEntries';
import { Migration20261130070000_KnowledgePublicSpanPublished } from './Migration20261130070000_KnowledgePublicSpanPublished';
import { Migration20261130080000_MattersDecidedWhereRaised } from './Migration20261130080000_MattersDecidedWhereRaised';
import { Migration20261130081000_OrderFirstOrderedAt } from './Migration20261130081000_OrderFirstOrderedAt';
import { Migration20261130085000_LiveEvent } from './Migration20261130085000_LiveEvent';
import { Migration20261130086000_ViewerChanged } from './Migration20261130086000_ViewerChanged';
import { Migration20261130090000_SlaPolicyVersion } from './Migration20261130090000_SlaPolicyVersion';
import { Migration20261130100000_KnowledgeLearning } from './Migration20261130100000_KnowledgeLearning';
import { Migration20261130115000_CallEnds } from './Migration20261130115000_CallEnds';
import { Migration20261130150000_RateLimit } from './Migration20261130150000_RateLimit';
import { Migration20261130160000_ReportDeltas } from './Migration20261130160000_ReportDeltas';

/** Every migration, in order. MikroORM runs this list rather than scanning a folder. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123183544_TicketChain', class: Migration20261123183544_TicketChain },
  { name: 'Migration20261123190811_SlaTimers', class: Migration20261123190811_SlaTimers },
  { name: 'Migration20261123203354_Ivr', class: Migration20261123203354_Ivr },
  { name: 'Migration20261123210506_Knowledge', class: Migration20261123210506_Knowledge },
  { name: 'Migration20261123213527_SlaReports', class: Migration20261123213527_SlaReports },
  { name: 'Migration20261123224000_ReportAggregates', class: Migration20261123224000_ReportAggregates },
  { name: 'Migration20261123225359_Collaboration', class: Migration20261123225359_Collaboration },
  { name: 'Migration20261130054500_TicketsRefsQueue', class: Migration20261130054500_TicketsRefsQueue },
  { name: 'Migration20261130060000_KnowledgePublicSpan', class: Migration20261130060000_KnowledgePublicSpan },
  { name: 'Migration20261130060000_AgendaEntries', class: Migration20261130060000_AgendaEntries },
  { name: 'Migration20261130070000_KnowledgePublicSpanPublished', class: Migration20261130070000_KnowledgePublicSpanPublished },
  { name: 'Migration20261130080000_MattersDecidedWhereRaised', class: Migration20261130080000_MattersDecidedWhereRaised },
  { name: 'Migration20261130081000_OrderFirstOrderedAt', class: Migration20261130081000_OrderFirstOrderedAt },
  { name: 'Migration20261130085000_LiveEvent', class: Migration20261130085000_LiveEvent },
  { name: 'Migration20261130086000_ViewerChanged', class: Migration20261130086000_ViewerChanged },
  { name: 'Migration20261130090000_SlaPolicyVersion', class: Migration20261130090000_SlaPolicyVersion },
  { name: 'Migration20261130100000_KnowledgeLearning', class: Migration20261130100000_KnowledgeLearning },
  { name: 'Migration20261130115000_CallEnds', class: Migration20261130115000_CallEnds },
  { name: 'Migration20261130150000_RateLimit', class: Migration20261130150000_RateLimit },
  { name: 'Migration20261130160000_ReportDeltas', class: Migration20261130160000_ReportDeltas },
];
