import { Migration } from '@mikro-orm/migrations';
import { fillCompoundParts } from '../compounds.sql';

/**
 * The engine's rarity weights and the articles written before the compound parts existed.
 *
 * `kb_lexeme`: for each language and lexeme of the articles' search documents, how many articles
 * have it (`df`); the row with the empty lexeme counts the language's articles. Kept by statement
 * triggers on kb_article that add the net change of a statement (an update that leaves `search` as
 * it was changes nothing, so bumping solved_count locks no lexeme row), in lexeme order (no
 * deadlock between two writers). The engine reads a question's weights from it by primary key
 * instead of counting matches per query.
 *
 * Then the compound parts of every article still without them (written before
 * Migration20261130110000): computed here by the application's splitter, so an existing database
 * searches compounds from its first start, and the counts above include them.
 * Hand-written.
 */
export class Migration20261130120000_KnowledgeLexemes extends Migration {

  override async up(): Promise<void> {
    await this.execute(`create table "kb_lexeme" ("language" "article_language" not null, "lexeme" text not null, "df" int not null default 0, constraint "kb_lexeme_pkey" primary key ("language", "lexeme"));`);
    // A trigger with transition tables handles one event; the function reads only the tables its event has.
    await this.execute(`create function kb_lexeme_count_insert() returns trigger language plpgsql as $$
      begin
        insert into kb_lexeme (language, lexeme, df)
        select n.language, l.lexeme, count(*)::int from new_rows n, unnest(array_append(tsvector_to_array(n.search), '')) l(lexeme)
         group by 1, 2 order by 1, 2
        on conflict (language, lexeme) do update set df = kb_lexeme.df + excluded.df;
        return null;
      end $$;`);
    await this.execute(`create function kb_lexeme_count_delete() returns trigger language plpgsql as $$
      begin
        insert into kb_lexeme (language, lexeme, df)
        select o.language, l.lexeme, -count(*)::int from old_rows o, unnest(array_append(tsvector_to_array(o.search), '')) l(lexeme)
         group by 1, 2 order by 1, 2
        on conflict (language, lexeme) do update set df = kb_lexeme.df + excluded.df;
        return null;
      end $$;`);
    await this.execute(`create function kb_lexeme_count_update() returns trigger language plpgsql as $$
      begin
        insert into kb_lexeme (language, lexeme, df)
        select d.language, d.lexeme, sum(d.n)::int
          from (select o.language, l.lexeme, -1 as n from old_rows o, unnest(array_append(tsvector_to_array(o.search), '')) l(lexeme)
                union all
                select n.language, l.lexeme, 1 from new_rows n, unnest(array_append(tsvector_to_array(n.search), '')) l(lexeme)) d
         group by d.language, d.lexeme having sum(d.n) <> 0
         order by d.language, d.lexeme
        on conflict (language, lexeme) do update set df = kb_lexeme.df + excluded.df;
        return null;
      end $$;`);
    await this.execute(`create trigger kb_article_lexemes_insert after insert on kb_article referencing new table as new_rows for each statement execute function kb_lexeme_count_insert();`);
    await this.execute(`create trigger kb_article_lexemes_update after update on kb_article referencing old table as old_rows new table as new_rows for each statement execute function kb_lexeme_count_update();`);
    await this.execute(`create trigger kb_article_lexemes_delete after delete on kb_article referencing old table as old_rows for each statement execute function kb_lexeme_count_delete();`);
    await this.execute(`insert into kb_lexeme (language, lexeme, df)
      select a.language, l.lexeme, count(*)::int from kb_article a, unnest(array_append(tsvector_to_array(a.search), '')) l(lexeme) group by 1, 2;`);
    await fillCompoundParts({ execute: (sql, params) => this.execute(sql, params) });
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger kb_article_lexemes_insert on kb_article; drop trigger kb_article_lexemes_update on kb_article; drop trigger kb_article_lexemes_delete on kb_article;`);
    this.addSql(`drop function kb_lexeme_count_insert(); drop function kb_lexeme_count_update(); drop function kb_lexeme_count_delete();`);
    this.addSql(`drop table if exists "kb_lexeme";`);
  }
}
