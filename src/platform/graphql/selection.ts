import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from 'graphql';

/**
 * What an operation asks under a field, for resolvers that fetch a whole subtree at once (the
 * ticket page with its relations in one statement). Pure reads of the operation's AST.
 */

type Fragments = Record<string, FragmentDefinitionNode>;

/** The field nodes directly in a selection set, through inline and named fragments, by field name (aliases merged). */
function fieldsIn(set: SelectionSetNode | undefined, fragments: Fragments, into = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.set(selection.name.value, [...(into.get(selection.name.value) ?? []), selection]);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsIn(selection.selectionSet, fragments, into);
    else fieldsIn(fragments[selection.name.value]?.selectionSet, fragments, into);
  }
  return into;
}

/**
 * The fields selected at `path` below the resolver's field (e.g. ['edges', 'node'] of a
 * connection), merged over every place the path is asked. `@skip`/`@include` are not evaluated:
 * a caller may fetch a field that is then skipped, never miss one that is asked.
 */
export function selectedUnder(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Map<string, FieldNode[]> {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) level = level.flatMap((node) => fieldsIn(node.selectionSet, info.fragments).get(name) ?? []);
  const merged = new Map<string, FieldNode[]>();
  for (const node of level) fieldsIn(node.selectionSet, info.fragments, merged);
  return merged;
}

/** The fields selected in each of `nodes`' selection sets, merged. */
export function selectedIn(nodes: readonly FieldNode[], info: Pick<GraphQLResolveInfo, 'fragments'>): Map<string, FieldNode[]> {
  const merged = new Map<string, FieldNode[]>();
  for (const node of nodes) fieldsIn(node.selectionSet, info.fragments, merged);
  return merged;
}

/** An argument's value as the field's resolver will see it (a literal or a variable), or undefined when not given. */
export function argumentOf(field: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const value = field.arguments?.find((a) => a.name.value === name)?.value;
  return value === undefined ? undefined : valueOf(value, variables);
}

function valueOf(value: ValueNode, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      return variables[value.name.value];
    case Kind.INT:
      return Number.parseInt(value.value, 10);
    case Kind.FLOAT:
      return Number.parseFloat(value.value);
    case Kind.STRING:
    case Kind.ENUM:
      return value.value;
    case Kind.BOOLEAN:
      return value.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return value.values.map((v) => valueOf(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(value.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
  }
}
