import { Migration } from '@mikro-orm/migrations';

/**
 * What a customer may read of an article's history: the revisions since the article last became
 * public content (PUBLIC and not a draft). `public_from_revision` is that first revision, null while
 * the article is not public content; a trigger keeps it on every insert and update (the mutations,
 * the seed and any raw SQL alike), so what an article said before it was published stays staff-only.
 * Hand-written; the column is declared on the entity.
 */
export class Migration20261130060000_KnowledgePublicSpan extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "kb_article" add column "public_from_revision" int null;`);
    this.addSql(`create function kb_public_span() returns trigger language plpgsql as $$
      begin
        if new.audience = 'PUBLIC' and new.status <> 'DRAFT' then
          if tg_op = 'UPDATE' and old.audience = 'PUBLIC' and old.status <> 'DRAFT' and old.public_from_revision is not null then
            new.public_from_revision := old.public_from_revision;
          else
            new.public_from_revision := new.revision;
          end if;
        else
          new.public_from_revision := null;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger kb_article_public_span before insert or update on kb_article for each row execute function kb_public_span();`);
    // Articles already public: only their current text counts as published.
    this.addSql(`update kb_article set public_from_revision = revision where audience = 'PUBLIC' and status <> 'DRAFT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger kb_article_public_span on kb_article;`);
    this.addSql(`drop function kb_public_span;`);
    this.addSql(`alter table "kb_article" drop column "public_from_revision";`);
  }

}
