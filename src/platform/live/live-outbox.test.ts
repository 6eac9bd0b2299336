import { buildEventRegistry } from '../events/domain-events';
import { EventUnit } from '../events/event-unit';
import { runClosingStatement } from '../db/closing-statement';
import { recordLiveEvent } from './live-outbox';

/** A transaction's live events are written once, just before its commit: one recorded after that is a fault, never silently dropped. */
describe('the live events of a mutation', () => {
  it('are refused once written: nothing would write a later one', async () => {
    const tx = { em: undefined as never, domainEvents: EventUnit.outside(buildEventRegistry([])).begin() };
    // Nothing recorded: nothing to write (no statement, so no EntityManager is touched).
    await runClosingStatement(tx.em, tx.domainEvents);
    await expect(recordLiveEvent(tx, 'ticket', 1)).rejects.toThrow("live-events added to a transaction's closing statement after it ran");
  });
});
