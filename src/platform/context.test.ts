import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth/viewer';
import { actingAs, createContext, type ContextRuntime, type Loaders } from './context';
import { buildEventRegistry } from './events/domain-events';
import type { LiveHub } from './live/live-hub';

/** A runtime whose loader sets say for whom they were made, counting how many. */
function runtime() {
  const made: (number | null)[] = [];
  const rt: ContextRuntime = {
    clock: { now: () => new Date('2026-12-01T08:00:00Z') },
    live: {} as LiveHub,
    handlers: buildEventRegistry([]),
    createLoaders: (_em, viewer) => {
      made.push(viewer?.userId ?? null);
      return { for: viewer?.userId ?? null } as unknown as Loaders;
    },
  };
  return { rt, made };
}
const em = {} as EntityManager;
const agent = { userId: 7 } as Viewer;
const sender = { userId: 9 } as Viewer;
/** What Apollo Server does to the context of every operation (ApolloServer.ts, cloneObject). */
const apolloCopy = <T extends object>(ctx: T): T => Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as T, ctx);

describe('a unit of work builds its loaders when first asked', () => {
  it("is copied per operation as Apollo copies it without building any (a request that reads nothing batched builds none)", () => {
    const { rt, made } = runtime();
    const copy = apolloCopy(createContext(rt, em, agent));
    expect(made).toEqual([]);
    expect(copy.loaders).toBe(copy.loaders);
    expect(made).toEqual([7]);
  });

  it('acting as another viewer gets loaders of that viewer, and the unit keeps its own', () => {
    const { rt, made } = runtime();
    const ctx = createContext(rt, em, agent);
    expect((ctx.loaders as unknown as { for: number }).for).toBe(7);
    const asSender = actingAs(ctx, sender);
    expect([asSender.viewer, asSender.em, asSender.domainEvents]).toEqual([sender, em, ctx.domainEvents]);
    expect((asSender.loaders as unknown as { for: number }).for).toBe(9);
    expect((ctx.loaders as unknown as { for: number }).for).toBe(7);
    // A fork of the copy works for the copy's viewer.
    expect(asSender.fork(em).viewer).toBe(sender);
    expect(made).toEqual([7, 9]);
  });
});
