import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ServiceAreaCode } from '../directory/directory.enums';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { MenuVersionStatus } from './ivr.enums';

/** The kinds of a menu action, as a GraphQL enum (the pure menu uses string literals). */
export enum IvrActionKind {
  MENU = 'MENU',
  QUEUE = 'QUEUE',
  SWITCHBOARD = 'SWITCHBOARD',
  FIRST_FREE_AGENT = 'FIRST_FREE_AGENT',
  REPEAT = 'REPEAT',
  MAIN = 'MAIN',
}

registerEnumType(MenuVersionStatus, {
  name: 'IvrMenuStatus',
  description: 'A menu version: a draft, the published one, or retired.',
  valuesConfig: {
    DRAFT: { description: 'Being edited by an admin (at most one draft); no call uses it.' },
    PUBLISHED: { description: 'The version new calls start with (exactly one).' },
    RETIRED: { description: 'Replaced by a newer version; calls that started with it keep it to the end.' },
  },
});
registerEnumType(IvrActionKind, {
  name: 'IvrActionKind',
  description: "What a menu key, or a node's fallback, does.",
  valuesConfig: {
    MENU: { description: 'Go to another node (`node`).' },
    QUEUE: { description: 'Queue for a service area (`serviceArea`), which the ticket then gets.' },
    SWITCHBOARD: { description: 'Connect to the switchboard.' },
    FIRST_FREE_AGENT: { description: 'Queue for the first free agent (the general queue).' },
    REPEAT: { description: 'Say the node again.' },
    MAIN: { description: 'Back to the main menu.' },
  },
});

@ObjectType('IvrPrompt', { description: 'Words said to the caller, in Swedish and English.' })
export class IvrPromptType {
  @Field({ description: 'The Swedish text.' })
  sv!: string;

  @Field({ description: 'The English text.' })
  en!: string;
}

@ObjectType('IvrMenuAction', { description: "Where a key, or a node's fallback, leads." })
export class IvrMenuActionType {
  @Field(() => IvrActionKind, { description: 'What the action does.' })
  kind!: IvrActionKind;

  @Field(() => String, { nullable: true, description: 'MENU: the id of the node to go to; null for other kinds.' })
  node?: string | null;

  @Field(() => ServiceAreaCode, { nullable: true, description: 'QUEUE: the service area whose queue the call joins (the ticket gets that area); null for other kinds.' })
  serviceArea?: ServiceAreaCode | null;
}

@ObjectType('IvrMenuKey', { description: 'A key a node accepts, and what it does.' })
export class IvrMenuKeyType {
  @Field({ description: 'A DTMF key: 0-9, * or #.' })
  key!: string;

  @Field(() => IvrMenuActionType, { description: 'What pressing the key does.' })
  action!: IvrMenuActionType;
}

@ObjectType('IvrMenuNode', { description: 'One step of the menu: a prompt and the keys it accepts.' })
export class IvrMenuNodeType {
  @Field({ description: 'Node id, unique in its version (lower-case letters, digits, _ or -); `IvrCall.node` and MENU actions name it.' })
  id!: string;

  @Field(() => IvrPromptType, { description: 'What the caller hears.' })
  prompt!: IvrPromptType;

  @Field(() => [IvrMenuKeyType], { description: 'The keys it accepts, in key order; any other key is invalid and counts a try.' })
  keys!: IvrMenuKeyType[];

  @Field(() => Int, { description: 'Seconds to wait for a key; silence counts a try.' })
  timeoutSeconds!: number;

  @Field(() => Int, { description: 'Invalid or silent tries before the fallback.' })
  maxTries!: number;

  @Field(() => IvrMenuActionType, { description: 'Where the call goes when the tries run out (never REPEAT).' })
  fallback!: IvrMenuActionType;
}

@ObjectType('IvrMenuVersion', { implements: NodeInterface, description: 'One version of the IVR menu tree.' })
export class IvrMenuVersionType extends NodeInterface {
  @Field(() => Int, { description: 'Version number, 1, 2, 3, ... in the order drafts were started; ivrMenu and publishIvrMenu take it.' })
  version!: number;

  @Field(() => MenuVersionStatus, { description: 'Draft, published or retired.' })
  status!: MenuVersionStatus;

  @Field(() => String, { nullable: true, description: "The admin's note on what this version changes; null when none." })
  note?: string;

  @Field({ description: 'When the draft was started.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was published; null for a draft.' })
  publishedAt?: Date;
}

@ObjectType('IvrEntryPoint', { implements: NodeInterface, description: 'A number calls arrive on: the shared number or an agency\'s own extension.' })
export class IvrEntryPointType extends NodeInterface {
  @Field({ description: 'E.164.' })
  number!: string;

  @Field({ description: 'Its name, written into the ticket of every call that arrives on it.' })
  label!: string;

  @Field({ description: 'The switchboard number (E.164) the SWITCHBOARD choice connects to.' })
  switchboardNumber!: string;

  @Field({ description: 'Calls are taken only on an active entry point; startCall to an inactive one is NOT_FOUND.' })
  active!: boolean;
}

@InputType({ description: "Where a key, or a node's fallback, leads." })
export class IvrMenuActionInput {
  @Field(() => IvrActionKind, { description: 'What the action does.' })
  kind!: IvrActionKind;

  @Field(() => String, { nullable: true, description: 'Required for MENU: the id of the node to go to; ignored for other kinds.' })
  node?: string | null;

  @Field(() => ServiceAreaCode, { nullable: true, description: 'Required for QUEUE: the service area whose queue the call joins; ignored for other kinds.' })
  serviceArea?: ServiceAreaCode | null;
}

@InputType({ description: 'One key of a node.' })
export class IvrMenuKeyInput {
  @Field({ description: 'A DTMF key: 0-9, * or #; each at most once per node.' })
  key!: string;

  @Field(() => IvrMenuActionInput, { description: 'What pressing it does.' })
  action!: IvrMenuActionInput;
}

@InputType({ description: 'One node of the menu. Limits marked "to publish" are checked by publishIvrMenu, not on save.' })
export class IvrMenuNodeInput {
  @Field({ description: 'Unique node id: a lower-case letter, then lower-case letters, digits, _ or -; at most 40 characters.' })
  id!: string;

  @Field({ description: 'The Swedish prompt, at most 1000 characters; not blank, to publish.' })
  promptSv!: string;

  @Field({ description: 'The English prompt, at most 1000 characters; not blank, to publish.' })
  promptEn!: string;

  @Field(() => [IvrMenuKeyInput], { description: 'At most 12 keys; at least one, to publish.' })
  keys!: IvrMenuKeyInput[];

  @Field(() => Int, { description: 'Seconds to wait for a key; 1 to 60, to publish.' })
  timeoutSeconds!: number;

  @Field(() => Int, { description: 'Invalid or silent tries before the fallback; 1 to 10, to publish.' })
  maxTries!: number;

  @Field(() => IvrMenuActionInput, { description: 'Where the call goes when the tries run out; not REPEAT, to publish.' })
  fallback!: IvrMenuActionInput;
}

@InputType({ description: "A whole menu tree, saved as the draft; its soundness (every node reachable, no loop without an exit) is checked on publish." })
export class IvrMenuInput {
  @Field({ description: 'Id of the node calls start at; it must be one of the nodes, to publish.' })
  root!: string;

  @Field(() => [IvrMenuNodeInput], { description: '1 to 50 nodes.' })
  nodes!: IvrMenuNodeInput[];

  @Field(() => String, { nullable: true, description: 'What this version changes, at most 500 characters.' })
  note?: string | null;
}

@ObjectType('IvrMenuPayload', { description: 'The outcome of a menu mutation: the menu version, or why nothing changed.' })
export class IvrMenuPayload {
  @Field(() => IvrMenuVersionType, { nullable: true, description: 'The version as saved or published; null when userErrors is not empty.' })
  menu!: IvrMenuVersionType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success. A refused publish lists every problem, each with field ["nodes", <node id>] or ["root"].' })
  userErrors!: UserError[];
}
