import type { DomainModule } from '../platform/domain';
import { SlaDay, SlaMinutes, TicketVolume } from './report-aggregate.entity';
import { reportsRouter } from './report-export';
import { REPORT_RESOLVERS } from './reports.resolver';

/** The tactical forum's SLA reports: figures, deviations, first-line resolution; PDF, CSV and charts. */
export const reportsDomain: DomainModule = {
  name: 'reports',
  entities: [SlaDay, SlaMinutes, TicketVolume],
  resolvers: REPORT_RESOLVERS,
  routes: { '/reports': ({ contextFor }) => reportsRouter(contextFor) },
};
