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
