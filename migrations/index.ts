import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123183544_TicketChain } from './Migration20261123183544_TicketChain';

/** Every migration, in order. MikroORM runs this list rather than scanning a folder. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123183544_TicketChain', class: Migration20261123183544_TicketChain },
];
