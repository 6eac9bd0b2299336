import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 21, the desk teaches search: `kb_learned_term`, the words resolved cases taught the articles
 * linked to them (per agency, never shown), and `kb_search_log`, every first page of a knowledge
 * search with the answer its session ended in (the missing-answers list reads the searches that
 * found nothing). Generated from the entities (learning.entity.ts), then tidied.
 */
export class Migration20261130100000_KnowledgeLearning extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "search_answer" as enum ('LINK', 'RATING');`);

    this.addSql(`create table "kb_learned_term" ("id" serial primary key, "article_id" int not null, "agency_id" int null, "ticket_id" int not null, "language" "article_language" not null, "lexeme" varchar(60) not null, "weight" smallint not null, "learned_at" timestamptz(3) not null);`);
    this.addSql(`create index "kb_learned_term_lexeme_idx" on "kb_learned_term" ("lexeme", "agency_id");`);
    this.addSql(`alter table "kb_learned_term" add constraint "kb_learned_term_article_id_ticket_id_lexeme_unique" unique ("article_id", "ticket_id", "lexeme");`);
    this.addSql(`alter table "kb_learned_term" add constraint "kb_learned_term_article_id_foreign" foreign key ("article_id") references "kb_article" ("id") on update cascade;`);
    this.addSql(`alter table "kb_learned_term" add constraint "kb_learned_term_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "kb_learned_term" add constraint "kb_learned_term_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade;`);

    this.addSql(`create table "kb_search_log" ("id" serial primary key, "user_id" int not null, "role" "role" not null, "agency_id" int null, "query" varchar(500) not null, "normalised" varchar(500) not null, "service_area_id" int null, "service_id" int null, "result_count" int not null, "searched_at" timestamptz(3) not null, "answered_at" timestamptz(3) null, "answer" "search_answer" null, "article_id" int null, "ticket_id" int null);`);
    this.addSql(`create index "kb_search_log_empty_idx" on "kb_search_log" ("normalised", "service_area_id") where "result_count" = 0;`);
    this.addSql(`create index "kb_search_log_user_idx" on "kb_search_log" ("user_id", "searched_at");`);
    this.addSql(`alter table "kb_search_log" add constraint "kb_search_log_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "kb_search_log" add constraint "kb_search_log_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "kb_search_log" add constraint "kb_search_log_service_area_id_foreign" foreign key ("service_area_id") references "service_area" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "kb_search_log" add constraint "kb_search_log_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "kb_search_log" add constraint "kb_search_log_article_id_foreign" foreign key ("article_id") references "kb_article" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "kb_search_log" add constraint "kb_search_log_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "kb_search_log";`);
    this.addSql(`drop table "kb_learned_term";`);
    this.addSql(`drop type "search_answer";`);
  }

}
