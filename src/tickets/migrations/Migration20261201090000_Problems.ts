import { Migration } from '@mikro-orm/migrations';

/**
 * Problems and major incidents (issue 20 part 3): a case is an INCIDENT or a PROBLEM
 * (`ticket.kind`); an incident points at the one problem it is linked to (`ticket.problem_id`,
 * indexed: a problem lists and counts its incidents); a P1 problem with enough linked cases becomes
 * a major incident once (`ticket.major_incident_at`). The history records each step, and the
 * delivery managers of the affected agencies get a MAJOR_INCIDENT mail.
 */
export class Migration20261201090000_Problems extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "ticket_kind" as enum ('INCIDENT', 'PROBLEM');`);
    this.addSql(`alter table "ticket" add column "kind" "ticket_kind" not null default 'INCIDENT', add column "problem_id" int null, add column "major_incident_at" timestamptz(3) null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_problem_id_foreign" foreign key ("problem_id") references "ticket" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "ticket_problem_idx" on "ticket" ("problem_id");`);
    for (const kind of ['KIND_CHANGED', 'INCIDENT_LINKED', 'INCIDENT_UNLINKED', 'LINKED_TO_PROBLEM', 'UNLINKED_FROM_PROBLEM', 'MAJOR_INCIDENT'])
      this.addSql(`alter type "ticket_event_kind" add value if not exists '${kind}';`);
    this.addSql(`alter type "mail_kind" add value if not exists 'MAJOR_INCIDENT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket" drop column "major_incident_at", drop column "problem_id", drop column "kind";`);
    this.addSql(`drop type if exists "ticket_kind";`);
    // PostgreSQL cannot drop enum values; the event kinds and MAJOR_INCIDENT stay, unused.
  }

}
