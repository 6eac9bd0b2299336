import { AuditLogEntry } from '../platform/audit/audit-log.entity';
import type { DomainModule } from '../platform/domain';
import { AUDIT_RESOLVERS } from './audit.resolver';
import { Migration20261201060000_AuditLog } from './migrations/Migration20261201060000_AuditLog';

/**
 * The audit log's reading side: `auditLog` for admins. Every domain writes into it with
 * platform/audit/audit-log.ts (`recordAudit`) inside its changing transaction; this domain owns the
 * table's migration (which took in the directory's old trail) and the query.
 */
export const auditDomain: DomainModule = {
  name: 'audit',
  entities: [AuditLogEntry],
  migrations: [{ name: 'Migration20261201060000_AuditLog', class: Migration20261201060000_AuditLog }],
  resolvers: AUDIT_RESOLVERS,
};
