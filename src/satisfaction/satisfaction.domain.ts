import type { DomainModule } from '../platform/domain';
import { Migration20261130144000_TicketSatisfaction } from './migrations/Migration20261130144000_TicketSatisfaction';
import { TicketSatisfaction } from './satisfaction.entity';
import { createSatisfactionLoaders } from './satisfaction.loaders';
import { SATISFACTION_RESOLVERS } from './satisfaction.resolver';

/** Customers' satisfaction ratings of resolved cases (1-5 and a comment, once per case) and the staff's report of them. */
export const satisfactionDomain: DomainModule = {
  name: 'satisfaction',
  entities: [TicketSatisfaction],
  migrations: [{ name: 'Migration20261130144000_TicketSatisfaction', class: Migration20261130144000_TicketSatisfaction }],
  resolvers: SATISFACTION_RESOLVERS,
  loaders: (em) => createSatisfactionLoaders(em),
};
