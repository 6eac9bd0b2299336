import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { Presence } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { apiErrorMessage } from './ApiError';
import { hasRole, useViewer } from '../viewer';

const MyPresence = graphql(`
  query RoutingMyPresence($id: ID!) {
    node(id: $id) { ... on User { id presence } }
  }
`);

const SetPresence = graphql(`
  mutation RoutingSetMyPresence($presence: Presence!) {
    setPresence(presence: $presence) { presence { presence user { id presence } } userErrors { code message field } }
  }
`);

/**
 * The header's available/away switch for agents and specialists: routing and the phone queue
 * consider available staff only. A pressed toggle button (aria-pressed), so it is one key away.
 */
export function PresenceToggle() {
  const { t } = useI18n();
  const viewer = useViewer();
  const routable = hasRole(viewer, ['AGENT', 'SPECIALIST']);
  const [{ data }] = useQuery({ query: MyPresence, variables: { id: viewer?.user.id ?? '' }, pause: !routable });
  const [state, set] = useMutation(SetPresence);
  if (!routable || !data?.node || !('presence' in data.node)) return null;
  const presence = data.node.presence as Presence;
  const next: Presence = presence === 'AVAILABLE' ? 'AWAY' : 'AVAILABLE';
  return (
    <span className="presence">
      <button
        type="button"
        className={`presence-toggle presence-${presence.toLowerCase()}`}
        aria-pressed={presence === 'AVAILABLE'}
        disabled={state.fetching}
        onClick={() => void set({ presence: next })}
      >
        <span className="sr-only">{t('routing.presence.label')}: </span>
        {presence === 'AVAILABLE' ? '● ' : '○ '}
        {t(`routing.presence.${presence}`)}
      </button>
      {state.error && <span role="alert" className="presence-error">{t('routing.presence.failed', { message: apiErrorMessage(state.error, t) })}</span>}
    </span>
  );
}
