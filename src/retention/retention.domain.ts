import type { DomainModule } from '../platform/domain';
import { Migration20261201140000_Retention } from './migrations/Migration20261201140000_Retention';
import { RetentionRun } from './retention-run.entity';
import { RETENTION_RESOLVERS } from './retention.resolver';
import { RETENTION_JOBS } from './retention.tasks';

/** Retention of personal data (issue 20 part 11): the daily anonymisation, legal holds, access and erasure on request. */
export const retentionDomain: DomainModule = {
  name: 'retention',
  entities: [RetentionRun],
  migrations: [{ name: 'Migration20261201140000_Retention', class: Migration20261201140000_Retention }],
  resolvers: [...RETENTION_RESOLVERS],
  jobs: RETENTION_JOBS,
};
