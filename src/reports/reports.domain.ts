import type { DomainModule } from '../platform/domain';
import { SlaDay, SlaMinuteBucket, SlaMinutes, TicketVolume } from './report-aggregate.entity';
import { SlaOutcomeDelta, TicketVolumeDelta } from './report-delta.entity';
import { reportsRouter } from './report-export';
import { REPORT_RESOLVERS } from './reports.resolver';
import { REPORT_JOBS } from './reports.tasks';
import { Migration20261201160000_ReportTriggersPlanned } from './migrations/Migration20261201160000_ReportTriggersPlanned';

/** The tactical forum's SLA reports: figures, deviations, first-line resolution; PDF, CSV and charts. */
export const reportsDomain: DomainModule = {
  name: 'reports',
  entities: [SlaDay, SlaMinutes, SlaMinuteBucket, TicketVolume, SlaOutcomeDelta, TicketVolumeDelta],
  migrations: [{ name: 'Migration20261201160000_ReportTriggersPlanned', class: Migration20261201160000_ReportTriggersPlanned }],
  resolvers: REPORT_RESOLVERS,
  routes: { '/reports': ({ contextFor }) => reportsRouter(contextFor) },
  jobs: REPORT_JOBS,
};
