import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../platform/context';
import { toGlobalId } from '../platform/global-id';
import { payloadOf } from '../platform/graphql/mutation';
import { UserError } from '../platform/graphql/user-error.type';
import { ArticleLanguage } from './knowledge.enums';
import type { SynonymEvent, SynonymGroup } from './synonym.entity';
import { addSynonymGroup, listSynonyms, removeSynonymGroup, synonymHistory } from './synonyms.service';

@ObjectType('SynonymGroup', { description: 'Words or phrases that mean the same to the desk in one language: knowledgeSearch and suggestions treat a question word matching one of them as matching each of them.' })
export class SynonymGroupType {
  @Field(() => ID, { description: 'Global ID (SynonymGroup), for removeSynonymGroup.' })
  id!: string;

  @Field(() => ArticleLanguage, { description: 'The list it belongs to: the language of the articles it applies to.' })
  language!: ArticleLanguage;

  @Field(() => [String], { description: 'The terms, lower-case, at least two.' })
  terms!: string[];

  @Field({ description: 'When it was added.' })
  createdAt!: Date;
}

@ObjectType('SynonymEvent', { description: 'A change to a synonym list: a group added or removed.' })
export class SynonymEventType {
  @Field(() => ID, { description: 'Global ID (SynonymGroup) of the group changed, kept after it was removed.' })
  groupId!: string;

  @Field({ description: 'ADDED or REMOVED.' })
  action!: string;

  @Field(() => [String], { description: 'The group\'s terms at the time.' })
  terms!: string[];

  @Field(() => String, { nullable: true, description: 'Who changed it (name); null for the groups the system seeded.' })
  actorName!: string | null;

  @Field({ description: 'When.' })
  at!: Date;
}

@ObjectType('SynonymGroupPayload', { description: 'The outcome of a synonym mutation: the group, or the reasons nothing changed.' })
export class SynonymGroupPayload {
  @Field(() => SynonymGroupType, { nullable: true, description: 'The group added, or the group as it was before removal; null when userErrors is not empty.' })
  synonymGroup!: SynonymGroupType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

const groupOut = (g: SynonymGroup): SynonymGroupType => ({ id: toGlobalId('SynonymGroup', g.id), language: g.language, terms: g.terms, createdAt: g.createdAt });
const eventOut = (e: SynonymEvent): SynonymEventType => ({
  groupId: toGlobalId('SynonymGroup', e.groupId),
  action: e.action,
  terms: e.terms,
  actorName: e.actor ? (e.actor as unknown as { name?: string }).name ?? null : null,
  at: e.at,
});

@Resolver()
export class SynonymResolver {
  @Query(() => [SynonymGroupType], { description: 'Knowledge editors and admins (others FORBIDDEN): the synonym list of one language, oldest group first.' })
  async synonyms(@Ctx() ctx: Context, @Arg('language', () => ArticleLanguage, { description: 'Which list: SV or EN.' }) language: ArticleLanguage) {
    return (await listSynonyms(ctx, language)).map(groupOut);
  }

  @Query(() => [SynonymEventType], { description: 'Knowledge editors and admins (others FORBIDDEN): the changes to one language\'s synonym list, newest first (at most 200).' })
  async synonymHistory(@Ctx() ctx: Context, @Arg('language', () => ArticleLanguage, { description: 'Which list: SV or EN.' }) language: ArticleLanguage) {
    return (await synonymHistory(ctx, language)).map(eventOut);
  }

  @Mutation(() => SynonymGroupPayload, { description: 'Knowledge editors and admins (others FORBIDDEN): add a group of synonyms to one language\'s list; search uses it at once. userErrors: BAD_USER_INPUT (fewer than two different terms, more than 10, a term over 60 characters), CONFLICT (the list already has the same group).' })
  async addSynonymGroup(
    @Ctx() ctx: Context,
    @Arg('language', () => ArticleLanguage, { description: 'Which list: SV or EN.' }) language: ArticleLanguage,
    @Arg('terms', () => [String], { description: 'Words or phrases that mean the same, e.g. ["sjukskrivning", "sjukfrånvaro"]; trimmed, lower-cased, duplicates dropped.' }) terms: string[],
  ) {
    const out = await payloadOf('synonymGroup', addSynonymGroup(ctx, language, terms));
    return { ...out, synonymGroup: out.synonymGroup && groupOut(out.synonymGroup) };
  }

  @Mutation(() => SynonymGroupPayload, { description: 'Knowledge editors and admins (others FORBIDDEN): remove a synonym group; search stops using it at once. userErrors: NOT_FOUND (no such group).' })
  async removeSynonymGroup(@Ctx() ctx: Context, @Arg('groupId', () => ID, { description: 'Global ID of the SynonymGroup.' }) groupId: string) {
    const out = await payloadOf('synonymGroup', removeSynonymGroup(ctx, groupId));
    return { ...out, synonymGroup: out.synonymGroup && groupOut(out.synonymGroup) };
  }
}
