import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/i18n';
import type { CustomerCase } from './CasePage';
import { useCaseMutation } from './useCaseMutation';

const Reply = graphql(`
  mutation CustomerReply($ticketId: ID!, $body: String!) {
    addTicketComment(ticketId: $ticketId, input: { body: $body, visibility: PUBLIC }) {
      ticket { id status version availableActions }
      userErrors { code message field }
    }
  }
`);

const Reopen = graphql(`
  mutation CustomerReopen($ticketId: ID!, $expectedVersion: Int!, $reason: String!) {
    reopenTicket(ticketId: $ticketId, input: { expectedVersion: $expectedVersion, reason: $reason }) {
      ticket { id status version availableActions canRate resolution slaTimers { id metric state dueAt } }
      userErrors { code message field }
    }
  }
`);

/** A text box with its label, hint, the API's error at it, and a send button. */
function TextForm({ id, label, hint, value, onChange, error, general, busy, send, onSubmit }: {
  id: string; label: string; hint?: string; value: string; onChange(v: string): void; error?: string; general?: string; busy: boolean; send: string; onSubmit(): void;
}) {
  const { t } = useI18n();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} className="case-form">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="case-muted">{hint}</p>}
      <textarea id={id} rows={4} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described} />
      {error && <p id={`${id}-error`} className="case-error">{error}</p>}
      {general && <p role="alert" className="case-error">{general}</p>}
      <button type="submit" disabled={busy || !value.trim()}>{busy ? t('customerCases.reply.sending') : send}</button>
    </form>
  );
}

/** The customer's reply: a public comment on the case. */
export function CaseReply({ ticket }: { ticket: CustomerCase }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [, reply] = useMutation(Reply);
  const { state, run } = useCaseMutation();
  const send = async () => {
    if (await run(() => reply({ ticketId: ticket.id, body }))) setBody('');
  };
  return (
    <section aria-labelledby="case-reply" className="case-reply">
      <h2 id="case-reply">{t('customerCases.reply')}</h2>
      <TextForm id="case-reply-body" label={t('customerCases.reply.label')} hint={t('customerCases.reply.hint')} value={body} onChange={setBody}
        error={state.fields.body} general={state.general} busy={state.busy} send={t('customerCases.reply.send')} onSubmit={() => void send()} />
      {state.done && !body && <p role="status">{t('customerCases.reply.sent')}</p>}
    </section>
  );
}

/** "Öppna ärendet igen" for a resolved case, with the reason the API asks for. */
export function CaseReopen({ ticket, onReopened }: { ticket: CustomerCase; onReopened(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [, reopen] = useMutation(Reopen);
  const { state, run } = useCaseMutation();
  const send = async () => {
    if (await run(() => reopen({ ticketId: ticket.id, expectedVersion: ticket.version, reason }))) onReopened();
  };
  return (
    <section aria-labelledby="case-reopen" className="case-reopen">
      <h2 id="case-reopen">{t('customerCases.reopen')}</h2>
      <p>{t('customerCases.reopen.intro')}</p>
      {open ? (
        <TextForm id="case-reopen-reason" label={t('customerCases.reopen.reason')} value={reason} onChange={setReason}
          error={state.fields.reason} general={state.general} busy={state.busy} send={t('customerCases.reopen')} onSubmit={() => void send()} />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>{t('customerCases.reopen')}</button>
      )}
    </section>
  );
}
