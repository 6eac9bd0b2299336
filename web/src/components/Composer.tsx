import { useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { TicketSummaryFragment, Visibility } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ConflictNotice } from '../screens/ticket/ConflictNotice';
import { useTicketAction } from '../screens/ticket/useTicketAction';
import { SavedReplyPicker } from '../screens/ticket/SavedReplyPicker';
import { useShortcut } from '../shortcuts';

const AddComment = graphql(`
  mutation AddComment($ticketId: ID!, $input: AddTicketCommentInput!) {
    addTicketComment(ticketId: $ticketId, input: $input) {
      comment { id body visibility createdAt author { id name } }
      ticket { ...TicketSummary }
      userErrors { code message field }
    }
  }
`);

/**
 * Public or internal comments, sent with the version the agent started writing on: when someone
 * changed the ticket meanwhile the API answers CONFLICT, and the composer shows what changed and
 * sends again on the new version only when the agent says so (the same helper as every action).
 * "c" puts the cursor in the text.
 */
export function Composer({ ticket }: { ticket: TicketSummaryFragment }) {
  const { t } = useI18n();
  const id = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('PUBLIC');
  const [base, setBase] = useState<TicketSummaryFragment | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [, addComment] = useMutation(AddComment);
  const action = useTicketAction(ticket.id);
  const { state } = action;
  useShortcut('c', 'shortcut.comment', () => text.current?.focus());

  const sent = (ok: boolean) => {
    if (!ok) return;
    setBody('');
    setBase(null);
    setMessage({ kind: 'ok', text: t('composer.sent') });
  };
  const send = () => {
    if (!body.trim()) {
      setMessage({ kind: 'error', text: t('composer.empty') });
      return;
    }
    setMessage(null);
    void action.run(base ?? ticket, (version) => addComment({ ticketId: ticket.id, input: { body, visibility, expectedVersion: version } })).then(sent);
  };
  const error = state.fields.body ?? state.general;

  return (
    <section aria-labelledby={`${id}-heading`} className="card composer">
      <h2 id={`${id}-heading`}>{t('composer.title')}</h2>
      <SavedReplyPicker
        ticket={ticket}
        state={state}
        run={(call) => action.run(ticket, call)}
        onInsert={(inserted, v) => {
          if (!base) setBase(ticket);
          setBody((now) => (now.trim() ? `${now}\n\n${inserted}` : inserted));
          setVisibility(v);
          text.current?.focus();
        }}
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          send();
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
          ref={text}
          rows={4}
          value={body}
          className={visibility === 'INTERNAL' ? 'internal' : undefined}
          onChange={(e) => {
            if (!base) setBase(ticket);
            setBody(e.target.value);
          }}
        />
        <div className="row">
          <button type="submit" disabled={state.busy}>{state.busy ? t('composer.sending') : t('composer.send')}</button>
        </div>
      </form>
      {state.conflict && (
        <ConflictNotice
          conflict={state.conflict}
          busy={state.busy}
          onRedo={() => {
            setBase(state.conflict!.latest);
            void action.redo().then(sent);
          }}
        />
      )}
      {error && <p role="alert" className="error">{error}</p>}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
