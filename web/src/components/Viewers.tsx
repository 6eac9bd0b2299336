import { useEffect } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ViewerQuery } from '../viewer';

const ViewTicket = graphql(`
  mutation ViewTicket($ticketId: ID!) {
    viewTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }
  }
`);
const LeaveTicket = graphql(`
  mutation LeaveTicket($ticketId: ID!) {
    leaveTicket(ticketId: $ticketId) { viewers { lastSeenAt user { id name } } userErrors { code message field } }
  }
`);
const TicketViewers = graphql(`
  subscription TicketViewers($ticketId: ID!) {
    ticketViewers(ticketId: $ticketId) { lastSeenAt user { id name } }
  }
`);

/** How often the page says it is still open: well inside the API's 30 seconds. */
export const HEARTBEAT_MS = 15_000;

/**
 * Who else of the staff has the ticket open (collision guard): the page announces itself with
 * viewTicket now and every 15 s, leaves with leaveTicket, and lists the others from ticketViewers.
 */
export function Viewers({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const [{ data: viewer }] = useQuery({ query: ViewerQuery });
  const [, view] = useMutation(ViewTicket);
  const [, leave] = useMutation(LeaveTicket);
  const [{ data }] = useSubscription({ query: TicketViewers, variables: { ticketId } });

  useEffect(() => {
    let announced = false;
    const beat = () => {
      announced = true;
      void view({ ticketId });
    };
    // Deferred, so a mount undone at once (StrictMode) sends neither a view nor a leave.
    const first = setTimeout(beat, 0);
    const every = setInterval(beat, HEARTBEAT_MS);
    const gone = () => announced && void leave({ ticketId });
    window.addEventListener('pagehide', gone);
    return () => {
      clearTimeout(first);
      clearInterval(every);
      window.removeEventListener('pagehide', gone);
      gone();
    };
  }, [ticketId, view, leave]);

  const me = viewer?.viewer?.user.id;
  const others = (data?.ticketViewers ?? []).filter((v) => v.user.id !== me);
  return (
    <section className="viewers" aria-label={t('viewers.label')}>
      {others.length ? (
        <p>
          <span className="muted">{t('viewers.label')}:</span>{' '}
          {others.map((v) => (
            <span key={v.user.id} className="viewer">{v.user.name}</span>
          ))}
        </p>
      ) : (
        <p className="muted">{t('viewers.none')}</p>
      )}
    </section>
  );
}
