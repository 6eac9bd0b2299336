import { GraphQLInterfaceType, GraphQLObjectType, GraphQLScalarType, GraphQLUnionType, type GraphQLFieldResolver, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql wraps every field of an object type in a resolver of its own, also a plain
 * `@Field` property (`root[name]` through an empty middleware chain) and a `@FieldResolver` whose
 * parameters are only the root, the context, the info and scalar arguments (found again on every
 * call, arguments "validated" asynchronously, so that every such field answers a promise). A page
 * of 50 tickets runs some 2,000 of them. Where such a wrapper adds nothing (no middleware, no
 * roles: this app declares none, and has neither global middlewares nor an auth checker), this
 * replaces it by what it amounts to: graphql's default resolver for a plain property, a direct
 * call of the method for a field resolver. The method itself (its rules, e.g. who may see an
 * e-mail) runs as before; a field using anything else keeps type-graphql's resolver.
 */

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldMeta = Storage['fields'][number];
type ResolverMeta = Storage['fieldResolvers'][number];
type ParamMeta = NonNullable<ResolverMeta['params']>[number];
type Extract = (root: unknown, args: Record<string, unknown>, context: Record<string, unknown>, info: unknown) => unknown;

const SCALARS: readonly unknown[] = [String, Number, Boolean];

/** How a parameter is read, or null where type-graphql does more than read it (conversion, validation, custom decorators). */
function extractorOf(param: ParamMeta): Extract | null {
  switch (param.kind) {
    case 'root':
      // A root typed as a class is converted into an instance of it; `Object` (a type alias) is read as is.
      if (param.getType && param.getType() !== Object) return null;
      return param.propertyName ? (root) => (root as Record<string, unknown>)[param.propertyName!] : (root) => root;
    case 'context':
      return param.propertyName ? (_r, _a, context) => context[param.propertyName!] : (_r, _a, context) => context;
    case 'info':
      return (_r, _a, _c, info) => info;
    case 'arg': {
      const type = param.getType();
      const scalar = type instanceof GraphQLScalarType || SCALARS.includes(type);
      if (!scalar || param.validateSettings !== undefined || param.validateFn) return null;
      return (_r, args) => args[param.name];
    }
    default:
      return null;
  }
}

const bare = (meta: { middlewares?: unknown[]; roles?: unknown[] }) => !meta.middlewares?.length && !meta.roles;

/** A direct call of a `@FieldResolver` method of a resolver class, or null if it needs type-graphql's wrapper. */
function directResolver(meta: ResolverMeta): GraphQLFieldResolver<unknown, Record<string, unknown>> | null {
  if (meta.kind !== 'external' || !bare(meta)) return null;
  const extractors = [...(meta.params ?? [])].sort((a, b) => a.index - b.index).map(extractorOf);
  if (extractors.some((e) => e === null)) return null;
  // type-graphql's default container: one instance per resolver class, made without arguments.
  const Target = meta.target as new () => Record<string, (...params: unknown[]) => unknown>;
  const instance = new Target();
  const method = instance[meta.methodName];
  const read = extractors as Extract[];
  switch (read.length) {
    case 1:
      return (root, args, context, info) => method.call(instance, read[0](root, args, context, info));
    case 2:
      return (root, args, context, info) => method.call(instance, read[0](root, args, context, info), read[1](root, args, context, info));
    default:
      return (root, args, context, info) => method.apply(instance, read.map((r) => r(root, args, context, info)));
  }
}

/** Replaces the wrappers that add nothing in `schema` (built by type-graphql from `resolvers`). Returns how many it replaced. */
export function leanResolvers(schema: GraphQLSchema, resolvers: readonly Function[]): number {
  const storage = getMetadataStorage();
  let replaced = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    for (const field of (objectType.fields ?? []) as FieldMeta[]) {
      const schemaField = fields[field.schemaName];
      if (!schemaField?.resolve || field.target !== objectType.target) continue;
      // The one type-graphql chose: the class's own method, or one of a resolver class in this schema.
      const resolver = storage.fieldResolvers.find(
        (r) => (r.kind === 'internal' || resolvers.includes(r.target)) && r.getObjectType?.() === field.target && r.methodName === field.name,
      );
      if (resolver) {
        const direct = directResolver(resolver);
        if (direct) {
          schemaField.resolve = direct;
          replaced++;
        }
      } else if (bare(field) && field.name === field.schemaName && !field.params?.length) {
        // graphql's default resolver reads `root[schemaName]`, as type-graphql's wrapper reads `root[name]`.
        schemaField.resolve = undefined;
        replaced++;
      }
    }
  }
  return replaced;
}

/**
 * type-graphql wraps an interface's or union's `resolveType` in an async function (it awaits the
 * declared one, then maps a class it returned to its type's name), so that every abstract value is
 * resolved through a promise. graphql-jit reads the type resolver's answer as it returns, and a
 * promise names no type ("Abstract type Node must resolve to an Object type"). This replaces the
 * wrapper by the same mapping, synchronous when the declared function is (the Node interface's
 * `value.constructor.name` is). Returns how many it replaced.
 */
export function syncTypeResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const names = new Map<Function, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  const nameOf = (resolved: unknown) => (!resolved || typeof resolved === 'string' ? ((resolved as string | null) ?? undefined) : names.get(resolved as Function));
  let replaced = 0;
  const declared: { name: string; resolveType?: Function }[] = [...storage.interfaceTypes, ...storage.unions];
  for (const meta of declared) {
    const type = schema.getType(meta.name);
    if (!meta.resolveType || !(type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType)) continue;
    const resolve = meta.resolveType as (...args: unknown[]) => unknown;
    type.resolveType = ((value, context, info, abstractType) => {
      const resolved = resolve(value, context, info, abstractType);
      return resolved instanceof Promise ? resolved.then(nameOf) : nameOf(resolved);
    }) as GraphQLTypeResolver<unknown, unknown>;
    replaced++;
  }
  return replaced;
}
