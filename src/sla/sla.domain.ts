import type { DomainModule } from '../platform/domain';
import { SLA_LISTENERS } from './sla.listeners';
import { SLA_JOBS } from './sla.tasks';
import { registerSlaMetrics } from './sla.metrics';
import { BusinessCalendar, CalendarClosure } from './calendar.entity';
import { findVisibleAlert } from './sla-alerts.service';
import { findVisibleSlaNode } from './sla-nodes.service';
import { SlaOutcome } from './sla-outcome.entity';
import { SlaPolicy } from './sla-policy.entity';
import { SlaEvent, SlaTimer } from './sla-timer.entity';
import { createSlaLoaders } from './sla.loaders';
import { Migration20261201070001_SlaOutcomeHolder } from './migrations/Migration20261201070001_SlaOutcomeHolder';
import { Migration20261201110000_CalendarIntervals } from './migrations/Migration20261201110000_CalendarIntervals';
import { SLA_RESOLVERS } from './sla.resolver';
import { Migration20261201080000_SlaPolicyRank } from './migrations/Migration20261201080000_SlaPolicyRank';
import { Migration20261201080000_SlaReferralWithdrawn } from './migrations/Migration20261201080000_SlaReferralWithdrawn';
import { Migration20261201150000_SlaDueUnchanged } from './migrations/Migration20261201150000_SlaDueUnchanged';
import { Migration20261202110000_SlaDueByTicket } from './migrations/Migration20261202110000_SlaDueByTicket';
import { Migration20261204000000_SlaDueAtCommit } from './migrations/Migration20261204000000_SlaDueAtCommit';

/** SLA policies, business calendars, the timers each ticket runs, breaches and warnings, outcomes. */
export const slaDomain: DomainModule = {
  name: 'sla',
  entities: [BusinessCalendar, CalendarClosure, SlaPolicy, SlaTimer, SlaEvent, SlaOutcome],
  migrations: [
    { name: 'Migration20261201070001_SlaOutcomeHolder', class: Migration20261201070001_SlaOutcomeHolder },
    { name: 'Migration20261201080000_SlaPolicyRank', class: Migration20261201080000_SlaPolicyRank },
    { name: 'Migration20261201080000_SlaReferralWithdrawn', class: Migration20261201080000_SlaReferralWithdrawn },
    { name: 'Migration20261201110000_CalendarIntervals', class: Migration20261201110000_CalendarIntervals },
    { name: 'Migration20261201150000_SlaDueUnchanged', class: Migration20261201150000_SlaDueUnchanged },
    { name: 'Migration20261202110000_SlaDueByTicket', class: Migration20261202110000_SlaDueByTicket },
    { name: 'Migration20261204000000_SlaDueAtCommit', class: Migration20261204000000_SlaDueAtCommit },
  ],
  resolvers: SLA_RESOLVERS,
  loaders: (em, _viewer, clock) => createSlaLoaders(em, () => clock.now()),
  nodes: {
    SlaTimer: (ctx, id) => findVisibleSlaNode(ctx, 'SlaTimer', id),
    SlaPolicy: (ctx, id) => findVisibleSlaNode(ctx, 'SlaPolicy', id),
    BusinessCalendar: (ctx, id) => findVisibleSlaNode(ctx, 'BusinessCalendar', id),
    CalendarClosure: (ctx, id) => findVisibleSlaNode(ctx, 'CalendarClosure', id),
    SlaAlert: findVisibleAlert,
  },
  listeners: SLA_LISTENERS,
  jobs: SLA_JOBS,
  metrics: registerSlaMetrics,
};
