import { Migration } from '@mikro-orm/migrations';

/**
 * Macros (issue 20): a saved reply may also carry changes that `applySavedReply` makes with its
 * comment in one transaction: a priority (impact and urgency, both or neither), a status, and an
 * escalation to a second-line group. The comment's visibility is the reply's own. A group that goes
 * away leaves the reply without its escalation rather than deleting it. Applying one is recorded
 * in the ticket's history as MACRO_APPLIED.
 */
export class Migration20261130200000_SavedReplyMacros extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'MACRO_APPLIED' after 'ARTICLE_LINKED';`);
    this.addSql(`alter table "saved_reply" add column "comment_visibility" "comment_visibility" not null default 'PUBLIC',
      add column "set_impact" "impact" null, add column "set_urgency" "urgency" null, add column "set_status" "ticket_status" null,
      add column "escalate_to_id" int null,
      add constraint "saved_reply_priority_check" check (("set_impact" is null) = ("set_urgency" is null));`);
    this.addSql(`alter table "saved_reply" add constraint "saved_reply_escalate_to_id_foreign" foreign key ("escalate_to_id") references "support_group" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "saved_reply_escalate_to_id_index" on "saved_reply" ("escalate_to_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "saved_reply" drop column "comment_visibility", drop column "set_impact", drop column "set_urgency", drop column "set_status", drop column "escalate_to_id";`);
    // PostgreSQL cannot drop an enum value; MACRO_APPLIED stays in ticket_event_kind, unused.
  }

}
