import { useId, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql } from '../gql';
import type { TicketSummaryFragment, Visibility } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';

const AddComment = graphql(`
  mutation AddComment($ticketId: ID!, $input: AddTicketCommentInput!) {
    addTicketComment(ticketId: $ticketId, input: $input) {
      comment { id body visibility createdAt author { id name } }
      ticket { ...TicketSummary }
      userErrors { code message field }
    }
  }
`);

const FreshTicket = graphql(`
  query FreshTicket($id: ID!) {
    ticket(id: $id) { ...TicketSummary }
  }
`);

/** The header fields an agent would want to know changed under them. */
const WATCHED: [MessageKey, (t: TicketSummaryFragment) => string][] = [
  ['ticket.field.title', (t) => t.title],
  ['ticket.field.status', (t) => t.status],
  ['ticket.field.priority', (t) => t.priority],
  ['ticket.field.tier', (t) => t.tier],
  ['ticket.field.group', (t) => t.group.name],
  ['ticket.field.assignee', (t) => t.assignee?.name ?? '—'],
  ['ticket.field.category', (t) => t.category],
];

interface Conflict {
  changes: { label: MessageKey; from: string; to: string }[];
  latest: TicketSummaryFragment;
}

/**
 * Public or internal comments, sent with the version the agent started writing on: when someone
 * changed the ticket meanwhile the API answers CONFLICT, and the composer shows what changed and
 * sends again on the new version only when the agent says so.
 */
export function Composer({ ticket }: { ticket: TicketSummaryFragment }) {
  const { t } = useI18n();
  const id = useId();
  const client = useClient();
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('PUBLIC');
  const [base, setBase] = useState<TicketSummaryFragment | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [{ fetching }, addComment] = useMutation(AddComment);

  const send = async (on: TicketSummaryFragment) => {
    if (!body.trim()) {
      setMessage({ kind: 'error', text: t('composer.empty') });
      return;
    }
    setMessage(null);
    const result = await addComment({ ticketId: ticket.id, input: { body, visibility, expectedVersion: on.version } });
    const payload = result.data?.addTicketComment;
    if (result.error || !payload) {
      setMessage({ kind: 'error', text: t('app.error', { message: result.error?.message ?? '' }) });
      return;
    }
    const error = payload.userErrors[0];
    if (error?.code === 'CONFLICT') {
      const fresh = await client.query(FreshTicket, { id: ticket.id }, { requestPolicy: 'network-only' }).toPromise();
      const latest = fresh.data?.ticket ?? ticket;
      setConflict({
        latest,
        changes: WATCHED.map(([label, get]) => ({ label, from: get(on), to: get(latest) })).filter((c) => c.from !== c.to),
      });
      return;
    }
    if (error) {
      setMessage({ kind: 'error', text: error.message });
      return;
    }
    setBody('');
    setBase(null);
    setConflict(null);
    setMessage({ kind: 'ok', text: t('composer.sent') });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="card composer">
      <h2 id={`${id}-heading`}>{t('composer.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send(base ?? ticket);
        }}
      >
        <fieldset className="visibility">
          <legend>{t('composer.visibility')}</legend>
          {(['PUBLIC', 'INTERNAL'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name={`${id}-visibility`} value={v} checked={visibility === v} onChange={() => setVisibility(v)} />{' '}
              {t(v === 'PUBLIC' ? 'composer.public' : 'composer.internal')}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-body`}>{t('composer.body')}</label>
        <textarea
          id={`${id}-body`}
          rows={4}
          value={body}
          className={visibility === 'INTERNAL' ? 'internal' : undefined}
          onChange={(e) => {
            if (!base) setBase(ticket);
            setBody(e.target.value);
          }}
        />
        <div className="row">
          <button type="submit" disabled={fetching}>{fetching ? t('composer.sending') : t('composer.send')}</button>
        </div>
      </form>
      {conflict && (
        <div role="alert" className="conflict">
          <p>{t('composer.conflict')}</p>
          {conflict.changes.length ? (
            <ul>
              {conflict.changes.map((c) => (
                <li key={c.label}>{t('event.change', { field: t(c.label), from: c.from, to: c.to })}</li>
              ))}
            </ul>
          ) : (
            <p>{t('composer.conflict.none', { version: conflict.latest.version })}</p>
          )}
          <button
            type="button"
            onClick={() => {
              setBase(conflict.latest);
              void send(conflict.latest);
            }}
          >
            {t('composer.retry')}
          </button>
        </div>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
