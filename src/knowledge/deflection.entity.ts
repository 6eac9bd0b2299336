import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from '../directory/agency.entity';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import { Article } from './article.entity';

/**
 * A case not registered because an article answered it: a customer, about to register in the
 * customer web, said an offered article answered their question (recordDeflection). Counted per
 * article (Article.deflections) and per service (knowledgeDeflections).
 */
@Entity({ tableName: 'kb_deflection' })
@Index({ name: 'kb_deflection_at_idx', properties: ['at', 'serviceArea'] })
export class Deflection {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Article)
  @Index({ name: 'kb_deflection_article_idx' })
  article!: Article;

  /** The service area the customer was registering in. */
  @ManyToOne(() => ServiceArea)
  serviceArea!: ServiceArea;

  /** The service they had chosen, if any. */
  @ManyToOne(() => Service, { nullable: true })
  service?: Service;

  /** The customer's agency. */
  @ManyToOne(() => Agency, { nullable: true })
  agency?: Agency;

  @ManyToOne(() => User)
  user!: User;

  @Property({ length: 3 })
  at!: Date;
}
