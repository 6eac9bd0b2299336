import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../directory/user.entity';
import { ArticleLanguage } from './knowledge.enums';

/** Words that mean the same to the desk in one language ("sjukskrivning", "sjukfrånvaro"): search treats each as the others. */
@Entity({ tableName: 'kb_synonym_group' })
export class SynonymGroup {
  @PrimaryKey()
  id!: number;

  @Index({ name: 'kb_synonym_group_language_index' })
  @Enum({ items: () => ArticleLanguage, nativeEnumName: 'article_language' })
  language!: ArticleLanguage;

  @Property({ type: 'text[]' })
  terms!: string[];

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Property({ length: 3 })
  createdAt!: Date;
}

/** The history of the synonym lists: a group added or removed, by whom and when (kept after removal). */
@Entity({ tableName: 'kb_synonym_event' })
export class SynonymEvent {
  @PrimaryKey()
  id!: number;

  @Index({ name: 'kb_synonym_event_group_id_index' })
  @Property()
  groupId!: number;

  @Enum({ items: () => ArticleLanguage, nativeEnumName: 'article_language' })
  language!: ArticleLanguage;

  @Property({ type: 'text[]' })
  terms!: string[];

  /** ADDED or REMOVED. */
  @Property({ length: 10 })
  action!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  @Property({ length: 3 })
  at!: Date;
}
