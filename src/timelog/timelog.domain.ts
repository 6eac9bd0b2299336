import type { DomainModule } from '../platform/domain';
import { Migration20261201070000_TimeEntries } from './migrations/Migration20261201070000_TimeEntries';
import { TimeEntry } from './time-entry.entity';
import { createTimelogLoaders } from './timelog.loaders';
import { TIMELOG_RESOLVERS } from './timelog.resolver';
import { findEntry } from './timelog.service';

/** Time spent on cases (tidsredovisning): per person, day and tier; billable time on the case's work order. */
export const timelogDomain: DomainModule = {
  name: 'timelog',
  entities: [TimeEntry],
  migrations: [{ name: 'Migration20261201070000_TimeEntries', class: Migration20261201070000_TimeEntries }],
  resolvers: TIMELOG_RESOLVERS,
  loaders: (em) => createTimelogLoaders(em),
  nodes: { TimeEntry: findEntry },
};
