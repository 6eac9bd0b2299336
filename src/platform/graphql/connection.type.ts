import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { Page } from '../pagination';

@ObjectType({ description: 'Where a page sits in its list (Relay).' })
export class PageInfo {
  @Field({ description: 'Whether a next page exists.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether this page was fetched after a cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface ConnectionValue<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counts the whole filtered list; only run when `totalCount` is asked for. */
  count: () => Promise<number>;
}

/** Builds `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects (at most 100).` })
  class ConnectionType {
    @Field(() => [Edge], { description: `This page's ${name} objects, each with the cursor to continue after it.` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to ask for them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many objects match across all pages (counted only when asked for).' })
    async totalCount(): Promise<number> {
      return (this as unknown as ConnectionValue<T>).count();
    }
  }
  return ConnectionType;
}

/** An edge whose cursor is read from its page only when the operation asks for it. */
class LazyEdge<T> {
  constructor(
    readonly node: T,
    private readonly page: Page<T>,
    private readonly index: number,
  ) {}

  get cursor(): string {
    return this.page.cursors[this.index];
  }
}

export function toConnection<T>(page: Page<T>, count: () => Promise<number> = page.count): ConnectionValue<T> {
  return {
    edges: page.nodes.map((node, i) => new LazyEdge(node, page, i)),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      get startCursor() {
        return page.cursors[0] ?? null;
      },
      get endCursor() {
        return page.cursors[page.cursors.length - 1] ?? null;
      },
    },
    count,
  };
}
