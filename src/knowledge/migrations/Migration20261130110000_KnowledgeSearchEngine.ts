import { Migration } from '@mikro-orm/migrations';

/**
 * The search engine of issue 21: the articles' compound parts in their search documents, and the
 * synonym lists knowledge editors keep (with their history), seeded with the desk's common pairs.
 *
 * `head_parts` / `body_parts`: the Swedish compound parts of the title, summary and tags, and of the
 * body (src/knowledge/compounds.ts, computed by the application on every write; null until then),
 * indexed beside the words they come from, so that "utlägg för konferens" finds "konferensutlägg".
 * Hand-written.
 */
export class Migration20261130110000_KnowledgeSearchEngine extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "kb_article" add column "head_parts" text null, add column "body_parts" text null;`);
    this.addSql(`drop index "kb_article_search_sv_idx"; drop index "kb_article_search_en_idx"; drop index "kb_article_search_head_sv_idx"; drop index "kb_article_search_head_en_idx";`);
    this.addSql(`alter table "kb_article" drop column "search", drop column "search_head";`);
    this.addSql(`create function kb_head(language article_language, title varchar, summary varchar, tags text[], parts text) returns tsvector
      language sql immutable parallel safe as $$
        select kb_head(language, title, summary, tags) || setweight(to_tsvector(kb_config(language), coalesce(parts, '')), 'B') $$;`);
    this.addSql(`create function kb_document(language article_language, title varchar, summary varchar, tags text[], body text, head_parts text, body_parts text) returns tsvector
      language sql immutable parallel safe as $$
        select kb_head(language, title, summary, tags, head_parts) || setweight(to_tsvector(kb_config(language), coalesce(body, '') || ' ' || coalesce(body_parts, '')), 'C') $$;`);
    this.addSql(`alter table "kb_article" add column "search_head" tsvector generated always as (kb_head(language, title, summary, tags, head_parts)) stored null,
      add column "search" tsvector generated always as (kb_document(language, title, summary, tags, body, head_parts, body_parts)) stored null;`);
    this.addSql(`create index "kb_article_search_sv_idx" on "kb_article" using gin ("search") with (fastupdate = off) where "language" = 'SV';`);
    this.addSql(`create index "kb_article_search_en_idx" on "kb_article" using gin ("search") with (fastupdate = off) where "language" = 'EN';`);
    this.addSql(`create index "kb_article_search_head_sv_idx" on "kb_article" using gin ("search_head") with (fastupdate = off) where "language" = 'SV';`);
    this.addSql(`create index "kb_article_search_head_en_idx" on "kb_article" using gin ("search_head") with (fastupdate = off) where "language" = 'EN';`);

    this.addSql(`create table "kb_synonym_group" ("id" serial primary key, "language" "article_language" not null, "terms" text[] not null, "created_by_id" int null, "created_at" timestamptz(3) not null);`);
    this.addSql(`alter table "kb_synonym_group" add constraint "kb_synonym_group_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "kb_synonym_group_language_index" on "kb_synonym_group" ("language");`);
    this.addSql(`create table "kb_synonym_event" ("id" serial primary key, "group_id" int not null, "language" "article_language" not null, "terms" text[] not null, "action" varchar(10) not null, "actor_id" int null, "at" timestamptz(3) not null);`);
    this.addSql(`alter table "kb_synonym_event" add constraint "kb_synonym_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "kb_synonym_event_group_id_index" on "kb_synonym_event" ("group_id");`);
    const seed: [string, string[]][] = [
      ['SV', ['sjukfrånvaro', 'sjukskrivning', 'sjukskriven', 'sjukanmälan']],
      ['SV', ['OB-tillägg', 'OB-ersättning', 'obekväm arbetstid']],
      ['SV', ['konsultkostnad', 'konsultarvode', 'konsulttjänst']],
      ['SV', ['lönespecifikation', 'lönespec', 'lönebesked', 'lönebeskedet']],
      ['SV', ['friskvårdsbidrag', 'friskvård', 'gymkort', 'träningskort']],
      ['SV', ['semester', 'ledighet', 'ledig']],
      ['SV', ['kundfaktura', 'utgående faktura', 'kundfakturor']],
      ['SV', ['leverantörsfaktura', 'inkommande faktura']],
      ['SV', ['attestera', 'godkänna']],
      ['SV', ['inloggning', 'logga in', 'komma in']],
      ['SV', ['behörighet', 'access', 'åtkomst']],
      ['SV', ['reseräkning', 'reseersättning', 'resa']],
      ['SV', ['utbetalning', 'betalas ut', 'pengarna']],
      ['SV', ['tjänstepension', 'pensionspremie']],
      ['SV', ['felaktig', 'fel']],
      ['EN', ['annual leave', 'vacation', 'holiday']],
      ['EN', ['travel expense claim', 'travel expenses', 'expense report']],
      ['EN', ['approve', 'sign off', 'authorise']],
      ['EN', ['payslip', 'pay slip', 'salary statement']],
      ['EN', ['sick leave', 'sickness absence']],
      ['EN', ['access', 'log in', 'permission']],
    ];
    for (const [language, terms] of seed) {
      this.addSql(`insert into "kb_synonym_group" ("language", "terms", "created_at") values ('${language}', array[${terms.map((t) => `'${t}'`).join(', ')}], now());`);
    }
    this.addSql(`insert into "kb_synonym_event" ("group_id", "language", "terms", "action", "at") select id, language, terms, 'ADDED', created_at from "kb_synonym_group";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kb_synonym_event" cascade;`);
    this.addSql(`drop table if exists "kb_synonym_group" cascade;`);
    this.addSql(`alter table "kb_article" drop column "search", drop column "search_head";`);
    this.addSql(`drop function kb_document(article_language, varchar, varchar, text[], text, text, text);`);
    this.addSql(`drop function kb_head(article_language, varchar, varchar, text[], text);`);
    this.addSql(`alter table "kb_article" add column "search_head" tsvector generated always as (kb_head(language, title, summary, tags)) stored null,
      add column "search" tsvector generated always as (kb_document(language, title, summary, tags, body)) stored null;`);
    this.addSql(`create index "kb_article_search_sv_idx" on "kb_article" using gin ("search") with (fastupdate = off) where "language" = 'SV';`);
    this.addSql(`create index "kb_article_search_en_idx" on "kb_article" using gin ("search") with (fastupdate = off) where "language" = 'EN';`);
    this.addSql(`create index "kb_article_search_head_sv_idx" on "kb_article" using gin ("search_head") with (fastupdate = off) where "language" = 'SV';`);
    this.addSql(`create index "kb_article_search_head_en_idx" on "kb_article" using gin ("search_head") with (fastupdate = off) where "language" = 'EN';`);
    this.addSql(`alter table "kb_article" drop column "head_parts", drop column "body_parts";`);
  }
}
