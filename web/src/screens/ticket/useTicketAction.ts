import { useCallback, useRef, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { TicketSummaryFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ticketChanges, type TicketChange } from './ticketChanges';

/** The ticket as it is now, read past the cache when a mutation found the version stale. */
export const FreshTicket = graphql(`
  query FreshTicket($id: ID!) {
    ticket(id: $id) { ...TicketSummary availableActions impact urgency }
  }
`);

interface UserError { code: string; message: string; field?: readonly string[] | null }
interface Payload { userErrors: readonly UserError[] }
/** What a urql mutation call resolves to, loosely: the one payload field of the result. */
export interface Outcome { data?: object | null; error?: { message: string } }

/** Someone changed the ticket since the agent started: what changed, and the version to redo on. */
export interface Conflict {
  changes: TicketChange[];
  latest: TicketSummaryFragment;
}

export interface ActionState {
  busy: boolean;
  /** User errors at their field: the input's field name (the last path element) → message. */
  fields: Record<string, string>;
  /** An error that concerns no field (or a failed request), shown above the buttons. */
  general?: string;
  conflict?: Conflict;
}

const IDLE: ActionState = { busy: false, fields: {} };

/** The fields no control shows: their errors are general. */
const NOT_A_FIELD = new Set(['expectedVersion', 'ticketId', 'input']);

/**
 * One way for every ticket action to change the ticket: the mutation runs with the version the agent
 * acted on (the ticket as it was when the dialog opened or the button was pressed). User errors land
 * at their field and change nothing; a CONFLICT reads the ticket again and says what changed, and
 * `redo()` sends the same input on the new version when the agent has seen it.
 */
export function useTicketAction(ticketId: string) {
  const { t } = useI18n();
  const client = useClient();
  const [state, setState] = useState<ActionState>(IDLE);
  const last = useRef<((version: number) => Promise<Outcome>) | null>(null);

  const run = useCallback(
    async (on: TicketSummaryFragment, call: (version: number) => Promise<Outcome>): Promise<boolean> => {
      last.current = call;
      setState({ busy: true, fields: {} });
      const result = await call(on.version);
      const payload = result.data ? (Object.values(result.data)[0] as Payload | undefined) : undefined;
      if (result.error || !payload) {
        setState({ busy: false, fields: {}, general: t('app.error', { message: result.error?.message ?? '' }) });
        return false;
      }
      if (payload.userErrors.some((e) => e.code === 'CONFLICT')) {
        const fresh = await client.query(FreshTicket, { id: ticketId }, { requestPolicy: 'network-only' }).toPromise();
        const latest = fresh.data?.ticket;
        if (!latest) {
          setState({ busy: false, fields: {}, general: t('ticket.gone') });
          return false;
        }
        setState({ busy: false, fields: {}, conflict: { latest, changes: ticketChanges(on, latest, t) } });
        return false;
      }
      if (payload.userErrors.length) {
        const fields: Record<string, string> = {};
        const general: string[] = [];
        for (const e of payload.userErrors) {
          const field = e.field?.[e.field.length - 1];
          if (field && !NOT_A_FIELD.has(field)) fields[field] = e.message;
          else general.push(e.message);
        }
        setState({ busy: false, fields, general: general.join(' ') || undefined });
        return false;
      }
      setState(IDLE);
      return true;
    },
    [client, ticketId, t],
  );

  /** The last action again, on the version the conflict read. */
  const redo = useCallback(async (): Promise<boolean> => {
    if (!state.conflict || !last.current) return false;
    return run(state.conflict.latest, last.current);
  }, [run, state.conflict]);

  const reset = useCallback(() => setState(IDLE), []);
  return { state, run, redo, reset };
}
