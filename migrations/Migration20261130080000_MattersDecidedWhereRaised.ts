import { Migration } from '@mikro-orm/migrations';

/**
 * A matter decided at the level where it was raised is closed (there is no level below to feed
 * back to; src/collaboration/collaboration-rules.ts `statusAfterDecision`). Before, a matter raised
 * and decided at the tactical or strategic level stayed DECIDED, waiting for a feedback to a level
 * it never reached. Hand-written.
 */
export class Migration20261130080000_MattersDecidedWhereRaised extends Migration {

  override async up(): Promise<void> {
    this.addSql(`update escalation_matter m set status = 'CLOSED', version = m.version + 1
      where m.status = 'DECIDED' and m.level = (select s.level from escalation_step s where s.matter_id = m.id and s.kind = 'RAISED' order by s.at, s.id limit 1);`);
  }

  override async down(): Promise<void> {
    // The closed rows are not told apart from matters closed by feedback except by their missing feedback.
    this.addSql(`update escalation_matter m set status = 'DECIDED'
      where m.status = 'CLOSED' and m.fed_back_at is null and m.level <> 'OPERATIONAL';`);
  }

}
