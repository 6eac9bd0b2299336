import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 20 part 7: `support_group.accepts_any_area` (off: an escalation to a group of another
 * service area than the case's is refused; existing groups are enforced, the default) and
 * `agency.customer_priority_cap` (the most urgent priority an agency's customer users may set,
 * 2 = P2 by default, so P1 only by staff).
 */
export class Migration20261201080000_EscalationAreaPriorityCap extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "support_group" add column "accepts_any_area" boolean not null default false;`);
    this.addSql(`alter table "agency" add column "customer_priority_cap" int not null default 2;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "support_group" drop column "accepts_any_area";`);
    this.addSql(`alter table "agency" drop column "customer_priority_cap";`);
  }

}
