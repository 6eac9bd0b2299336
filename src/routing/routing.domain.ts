import type { DomainModule } from '../platform/domain';
import { Migration20261201100000_Routing } from './migrations/Migration20261201100000_Routing';
import { GroupRouting, UserPresence, UserSkill } from './routing.entity';
import { ROUTING_LISTENERS } from './routing.listeners';
import { ROUTING_RESOLVERS } from './routing.resolver';

/** Routing within a group (issue 20 part 4): presence, skills, a mode per group, assignment of cases entering it. */
export const routingDomain: DomainModule = {
  name: 'routing',
  entities: [GroupRouting, UserPresence, UserSkill],
  migrations: [{ name: 'Migration20261201100000_Routing', class: Migration20261201100000_Routing }],
  resolvers: ROUTING_RESOLVERS,
  listeners: ROUTING_LISTENERS,
};
