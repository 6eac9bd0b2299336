import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's Node. Resolvers return entity instances, whose class names match the GraphQL object
 * type names, so the concrete type is the entity's class name.
 */
@InterfaceType('Node', {
  description: 'An object with an opaque, globally unique ID, fetchable with `node(id:)`.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;
}

/**
 * The type of a resolver's `@Root()`. type-graphql copies a root into a new instance of the
 * parameter's class when that class is known from decorator metadata; for an entity that means
 * constructing an ORM entity per field. A mapped type is emitted as `Object`, which it passes as is.
 */
export type RootOf<T> = Readonly<T>;
