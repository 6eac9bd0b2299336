import { useId, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { TicketSummaryFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { changesOf } from '../replies/changes';
import type { ActionState, Outcome } from './useTicketAction';

const TicketReplies = graphql(`
  query TicketReplies($ticketId: ID!) {
    savedReplies(ticketId: $ticketId, first: 100) {
      edges { node { id title isMacro changes { commentVisibility impact urgency status escalateTo { id name } } } }
    }
  }
`);

const RenderReply = graphql(`
  query RenderReply($id: ID!, $ticketId: ID!) {
    renderSavedReply(id: $id, ticketId: $ticketId) { text unknownPlaceholders unfilledPlaceholders }
  }
`);

const ApplyReply = graphql(`
  mutation ApplyReply($ticketId: ID!, $input: ApplySavedReplyInput!) {
    applySavedReply(ticketId: $ticketId, input: $input) {
      comment { id body visibility createdAt author { id name } }
      ticket { ...TicketSummary }
      userErrors { code message field }
    }
  }
`);

const useReplies = (ticketId: string) => useQuery({ query: TicketReplies, variables: { ticketId } })[0].data?.savedReplies.edges.map((e) => e.node);

/**
 * The composer's saved replies: "Insert text" fills the reply's placeholders for this ticket and
 * puts the text in the composer to check and send; "Run macro" applies a reply with changes at
 * once through the ticket action (the version the agent saw, conflicts shown as for every action).
 */
export function SavedReplyPicker({ ticket, onInsert, run, state }: {
  ticket: TicketSummaryFragment;
  onInsert: (text: string, visibility: 'PUBLIC' | 'INTERNAL') => void;
  run: (call: (version: number) => Promise<Outcome>) => Promise<boolean>;
  state: ActionState;
}) {
  const { t } = useI18n();
  const id = useId();
  const client = useClient();
  const replies = useReplies(ticket.id);
  const [chosen, setChosen] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [, applyReply] = useMutation(ApplyReply);
  if (!replies) return null;
  if (!replies.length) return <p className="muted">{t('replies.empty')}</p>;
  const reply = replies.find((r) => r.id === chosen);

  const insert = async () => {
    if (!reply) return;
    const res = await client.query(RenderReply, { id: reply.id, ticketId: ticket.id }, { requestPolicy: 'network-only' }).toPromise();
    const rendered = res.data?.renderSavedReply;
    if (!rendered) return setNote(t('app.error', { message: res.error?.message ?? '' }));
    onInsert(rendered.text, reply.changes.commentVisibility);
    const left = [
      rendered.unknownPlaceholders.length ? t('replies.unknown', { list: rendered.unknownPlaceholders.join(', ') }) : null,
      rendered.unfilledPlaceholders.length ? t('replies.unfilled', { list: rendered.unfilledPlaceholders.join(', ') }) : null,
    ].filter(Boolean);
    setNote([t('replies.inserted'), ...left].join(' '));
  };
  const apply = async () => {
    if (!reply) return;
    setNote(null);
    if (await run((version) => applyReply({ ticketId: ticket.id, input: { savedReplyId: reply.id, expectedVersion: version } }))) {
      setNote(t('replies.applied', { title: reply.title }));
      setChosen('');
    }
  };
  const changes = reply?.isMacro ? changesOf(t, reply.changes) : [];

  return (
    <div className="saved-replies">
      <label htmlFor={`${id}-reply`}>{t('replies.pick')}</label>
      <select id={`${id}-reply`} value={chosen} onChange={(e) => (setChosen(e.target.value), setNote(null))}>
        <option value="">{t('replies.none')}</option>
        {replies.map((r) => (
          <option key={r.id} value={r.id}>{r.isMacro ? t('replies.macroMark', { title: r.title }) : r.title}</option>
        ))}
      </select>
      <button type="button" disabled={!reply || state.busy} onClick={() => void insert()}>{t('replies.insert')}</button>
      {reply?.isMacro && (
        <button type="button" disabled={state.busy} onClick={() => void apply()}>{state.busy ? t('replies.applying') : t('replies.apply')}</button>
      )}
      {changes.length > 0 && <p className="muted">{t('replies.changes', { list: changes.join(', ') })}</p>}
      {note && <p role="status" className="ok">{note}</p>}
    </div>
  );
}
