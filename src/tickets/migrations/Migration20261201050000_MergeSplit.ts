import { Migration } from '@mikro-orm/migrations';

/**
 * Merge and split (issue 20): a duplicate merged into another case closes MERGED with a pointer to
 * the target (`ticket.merged_into_id`, indexed: the target lists what was merged into it), and its
 * comments move to the target marked with the case they were written on
 * (`ticket_comment.merged_from_id`). The history records both sides (MERGED_INTO, MERGED_FROM) and
 * a split (SPLIT_TO, SPLIT_FROM).
 */
export class Migration20261201050000_MergeSplit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "ticket_closure_reason" add value if not exists 'MERGED';`);
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'MERGED_INTO';`);
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'MERGED_FROM';`);
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'SPLIT_TO';`);
    this.addSql(`alter type "ticket_event_kind" add value if not exists 'SPLIT_FROM';`);
    this.addSql(`alter table "ticket" add column "merged_into_id" int null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_merged_into_id_foreign" foreign key ("merged_into_id") references "ticket" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "ticket_merged_into_idx" on "ticket" ("merged_into_id");`);
    this.addSql(`alter table "ticket_comment" add column "merged_from_id" int null;`);
    this.addSql(`alter table "ticket_comment" add constraint "ticket_comment_merged_from_id_foreign" foreign key ("merged_from_id") references "ticket" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket_comment" drop column "merged_from_id";`);
    this.addSql(`alter table "ticket" drop column "merged_into_id";`);
    // PostgreSQL cannot drop enum values; MERGED and the four event kinds stay, unused.
  }

}
