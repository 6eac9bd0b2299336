import { afterCommit, buildEventRegistry, defineEvent, EventRegistryError, inTransaction } from './domain-events';

const Changed = defineEvent<{ n: number }>('Changed');
const Other = defineEvent<{ s: string }>('Other');
const noop = async () => undefined;

describe('buildEventRegistry', () => {
  it('refuses a handler id registered twice', () => {
    const build = () => buildEventRegistry([inTransaction(Changed, { id: 'sla.timers', handle: noop }), inTransaction(Other, { id: 'sla.timers', handle: noop })]);
    expect(build).toThrow(EventRegistryError);
    expect(build).toThrow('event handler "sla.timers" is registered twice');
  });

  it('refuses an order that names an unknown id, before or after', () => {
    expect(() => buildEventRegistry([inTransaction(Changed, { id: 'a', after: ['sla.timerz'], handle: noop })])).toThrow(
      'event handler "a" is ordered after "sla.timerz", which is not registered',
    );
    expect(() => buildEventRegistry([inTransaction(Changed, { id: 'a', before: ['nobody'], handle: noop })])).toThrow(
      'event handler "a" is ordered before "nobody", which is not registered',
    );
  });

  it('refuses an order cycle and names it', () => {
    const handlers = [
      inTransaction(Changed, { id: 'a', after: ['c'], handle: noop }),
      inTransaction(Changed, { id: 'b', after: ['a'], handle: noop }),
      inTransaction(Changed, { id: 'c', after: ['b'], handle: noop }),
      inTransaction(Changed, { id: 'd', after: ['c'], handle: noop }),
    ];
    expect(() => buildEventRegistry(handlers)).toThrow('event handlers are ordered in a cycle: a -> b -> c -> a');
    expect(() => buildEventRegistry([inTransaction(Changed, { id: 'x', before: ['y'], handle: noop }), afterCommit(Changed, { id: 'y', before: ['x'], handle: noop })])).toThrow(
      'event handlers are ordered in a cycle: x -> y -> x',
    );
  });

  it('refuses two different events under one name', () => {
    const Twin = defineEvent<{ n: number }>('Changed');
    expect(() => buildEventRegistry([inTransaction(Changed, { id: 'a', handle: noop }), inTransaction(Twin, { id: 'b', handle: noop })])).toThrow(
      'two different events are named "Changed"',
    );
  });

  it('orders by the declarations, whatever the order of the list, ties by id', () => {
    const handlers = [
      inTransaction(Changed, { id: 'tickets.notify', handle: noop }),
      inTransaction(Changed, { id: 'knowledge.links', after: ['sla.timers'], handle: noop }),
      inTransaction(Changed, { id: 'sla.timers', handle: noop }),
      inTransaction(Changed, { id: 'audit.first', before: ['sla.timers', 'tickets.notify'], handle: noop }),
      afterCommit(Changed, { id: 'tickets.publish', handle: noop }),
      inTransaction(Other, { id: 'other.one', handle: noop }),
    ];
    const expected = ['audit.first', 'sla.timers', 'knowledge.links', 'tickets.notify'];
    for (const list of [handlers, [...handlers].reverse(), [handlers[2], handlers[5], handlers[1], handlers[4], handlers[0], handlers[3]]]) {
      const registry = buildEventRegistry(list);
      expect(registry.handlersOf(Changed, 'in-transaction').map((h) => h.id)).toEqual(expected);
      expect(registry.handlersOf(Changed, 'after-commit').map((h) => h.id)).toEqual(['tickets.publish']);
      expect(registry.handlersOf(Other, 'in-transaction').map((h) => h.id)).toEqual(['other.one']);
      expect(registry.handlersOf(Other, 'after-commit')).toEqual([]);
    }
  });
});
