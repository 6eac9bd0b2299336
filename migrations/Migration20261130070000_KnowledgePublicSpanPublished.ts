import { Migration } from '@mikro-orm/migrations';

/**
 * Public content is what was published as PUBLIC, not any PUBLIC article that is not a draft: the
 * trigger of KnowledgePublicSpan made a draft readable by customers once it was archived without
 * ever being published. `kb_public_span` now states `nextPublicFrom` (src/knowledge/knowledge-access.ts):
 * the span starts when a PUBLIC article is published, lasts while it stays PUBLIC and published, and
 * through archiving only while the archived text is the one published. Hand-written.
 */
export class Migration20261130070000_KnowledgePublicSpanPublished extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function kb_public_span() returns trigger language plpgsql as $$
      declare
        kept int := null;
        same_text boolean := false;
      begin
        if tg_op = 'UPDATE' then
          kept := old.public_from_revision;
          same_text := old.revision = new.revision;
        end if;
        if new.audience <> 'PUBLIC' then
          new.public_from_revision := null;
        elsif new.status = 'PUBLISHED' then
          new.public_from_revision := coalesce(kept, new.revision);
        elsif new.status = 'ARCHIVED' and kept is not null and same_text then
          new.public_from_revision := kept;
        else
          new.public_from_revision := null;
        end if;
        return new;
      end $$;`);
    // Archived articles that were never published lose the span the old rule gave them.
    this.addSql(`alter table kb_article disable trigger kb_article_public_span;`);
    this.addSql(`update kb_article set public_from_revision = null where status = 'ARCHIVED' and published_at is null;`);
    this.addSql(`alter table kb_article enable trigger kb_article_public_span;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function kb_public_span() returns trigger language plpgsql as $$
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
    this.addSql(`update kb_article set public_from_revision = revision where audience = 'PUBLIC' and status = 'ARCHIVED' and public_from_revision is null;`);
  }

}
