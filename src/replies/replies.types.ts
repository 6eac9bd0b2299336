import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { TicketType } from '../tickets/ticket.types';
import { PLACEHOLDERS } from './placeholders';
import { SavedReplyScope } from './replies.enums';
import { SavedReplyChangesInput } from './reply-changes.types';

registerEnumType(SavedReplyScope, {
  name: 'SavedReplyScope',
  description: 'Who a saved reply is for. Only the centre\'s staff use saved replies.',
  valuesConfig: {
    PERSONAL: { description: 'Yours alone: only you (its owner) see, use and change it; not even an admin sees it.' },
    GROUP: { description: 'A support group\'s: its members (and admins) see, use and change it.' },
    GLOBAL: { description: 'Every staff member\'s to use; only admins create, change or delete it.' },
  },
});

const placeholderList = Object.keys(PLACEHOLDERS).map((name) => `{{${name}}}`).join(', ');

@ObjectType('SavedReply', {
  implements: NodeInterface,
  description: `A saved reply (canned response): a title and a body to paste into a comment, with placeholders (${placeholderList}) that renderSavedReply fills for a ticket. Staff only; you see the ones you may use (your personal ones, your groups', the global ones).`,
})
export class SavedReplyType extends NodeInterface {
  @Field({ description: 'What it is for, 1 to 100 characters; the lists are ordered by it.' })
  title!: string;

  @Field({ description: 'The text as written, placeholders unfilled, 1 to 10,000 characters; renderSavedReply fills it for a ticket.' })
  body!: string;

  @Field(() => SavedReplyScope, { description: 'PERSONAL, GROUP or GLOBAL: who uses and who changes it.' })
  scope!: SavedReplyScope;

  @Field({ description: 'When it was created (UTC).' })
  createdAt!: Date;

  @Field({ description: 'When its title, body or scope last changed (UTC); the creation time until then.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Optimistic lock: pass it as `expectedVersion` to updateSavedReply and deleteSavedReply; a stale value gives CONFLICT.' })
  version!: number;
}

export const SavedReplyConnection = Connection('SavedReply', SavedReplyType);

@ObjectType('RenderedSavedReply', { description: 'A saved reply\'s body with its placeholders filled for one ticket, ready to paste into a comment.' })
export class RenderedSavedReplyType {
  @Field(() => SavedReplyType, { description: 'The saved reply rendered.' })
  savedReply!: SavedReplyType;

  @Field(() => TicketType, { description: 'The ticket (ärende) it was rendered for.' })
  ticket!: TicketType;

  @Field({ description: 'The body with every known placeholder that has a value filled in; the others left as written.' })
  text!: string;

  @Field(() => [String], { description: `Placeholders in the body that are not known, as written (e.g. "{{kund.telefon}}"), once each in order of appearance; they are left in the text. The known ones: ${placeholderList}.` })
  unknownPlaceholders!: string[];

  @Field(() => [String], { description: 'Known placeholders this ticket has no value for (e.g. {{agency.name}} on a ticket without an agency), as written, once each; they are left in the text.' })
  unfilledPlaceholders!: string[];
}

@ObjectType('SavedReplyPlaceholder', { description: 'A placeholder a saved reply\'s body may use.' })
export class SavedReplyPlaceholderType {
  @Field({ description: 'As written in a body, e.g. "{{ticket.number}}".' })
  placeholder!: string;

  @Field({ description: 'What renderSavedReply fills in for it.' })
  description!: string;
}

@InputType({ description: 'A new saved reply. Out-of-limit values give BAD_USER_INPUT naming the field; nothing is saved.' })
export class CreateSavedReplyInput {
  @Field({ description: 'What it is for, 1 to 100 characters after trimming.' })
  title!: string;

  @Field({ description: 'The text, 1 to 10,000 characters after trimming, with placeholders such as {{requester.name}} (see savedReplyPlaceholders).' })
  body!: string;

  @Field(() => SavedReplyScope, { description: 'PERSONAL (yours), GROUP (needs groupId) or GLOBAL (admins only, else NOT_ALLOWED).' })
  scope!: SavedReplyScope;

  @Field(() => ID, { nullable: true, description: 'Global ID of the support group, for scope GROUP only: one you are a member of (any group for an admin), else BAD_USER_INPUT.' })
  groupId?: string;

  @Field(() => SavedReplyChangesInput, { nullable: true, description: 'What applying it changes besides adding its text (a macro); none when omitted.' })
  changes?: SavedReplyChangesInput | null;
}

@InputType({ description: 'Changes to a saved reply: omitted (or null) fields stay as they are. Out-of-limit values give BAD_USER_INPUT naming the field; nothing is changed.' })
export class UpdateSavedReplyInput {
  @Field(() => String, { nullable: true, description: 'A new title, 1 to 100 characters after trimming.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'A new body, 1 to 10,000 characters after trimming.' })
  body?: string | null;

  @Field(() => SavedReplyScope, { nullable: true, description: 'A new scope; you must be allowed to manage the reply in both the old and the new one (PERSONAL makes it yours).' })
  scope?: SavedReplyScope | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the support group, when the reply is or becomes a GROUP reply: one you are a member of (any for an admin); a GROUP reply keeps its group when omitted.' })
  groupId?: string | null;

  @Field(() => SavedReplyChangesInput, { nullable: true, description: 'Its changes as a whole (see SavedReplyChangesInput); they stay as they are when omitted.' })
  changes?: SavedReplyChangesInput | null;
}

@ObjectType('SavedReplyPayload', { description: 'The outcome of creating or updating a saved reply: the reply, or the reasons nothing changed.' })
export class SavedReplyPayload {
  @Field(() => SavedReplyType, { nullable: true, description: 'The saved reply as the mutation left it; null when userErrors is not empty.' })
  savedReply!: SavedReplyType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('DeleteSavedReplyPayload', { description: 'The outcome of deleting a saved reply.' })
export class DeleteSavedReplyPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted saved reply; null when userErrors is not empty.' })
  deletedSavedReplyId!: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors!: UserError[];
}
