import { useId, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { TicketAction, TicketStatus, TicketSummaryFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ViewerQuery } from '../viewer';

const Assign = graphql(`
  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {
    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }
  }
`);
const SetStatus = graphql(`
  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {
    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }
  }
`);
const Resolve = graphql(`
  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {
    resolveTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }
  }
`);
const Close = graphql(`
  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {
    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }
  }
`);
const Reopen = graphql(`
  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {
    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions } userErrors { code message field } }
  }
`);

/** The actions this bar can take today (the others need inputs of their own: escalate, refer, ...). */
export const BUILT: TicketAction[] = ['ASSIGN', 'SET_STATUS', 'RESOLVE', 'CLOSE', 'REOPEN'];

interface UserError { code: string; message: string; field?: string[] | null }
interface Payload { ticket?: unknown; userErrors: UserError[] }
type Outcome = { data?: Record<string, Payload> | null; error?: { message: string } };

/** The status setTicketStatus may move to from here: IN_PROGRESS and WAITING_FOR_CUSTOMER swap, NEW starts. */
function statusTargets(status: TicketStatus): TicketStatus[] {
  if (status === 'IN_PROGRESS') return ['WAITING_FOR_CUSTOMER'];
  if (status === 'WAITING_FOR_CUSTOMER' || status === 'NEW') return ['IN_PROGRESS'];
  return [];
}

/** A text an action needs (resolution, reason): required, with the API's user error shown at it. */
function TextAction({ label, field, submit, error, onSubmit, busy }: {
  label: string; field: string; submit: string; error: string | undefined; busy: boolean; onSubmit(text: string): Promise<boolean>;
}) {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <form
      className="action-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (await onSubmit(text)) setText('');
      }}
    >
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <textarea
        id={`${id}-${field}`}
        name={field}
        rows={3}
        value={text}
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-${field}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error && <p id={`${id}-${field}-error`} className="error field-error">{error}</p>}
      <button type="submit" disabled={busy}>{submit}</button>
    </form>
  );
}

/**
 * The ticket's action bar: only the actions `availableActions` lists (and this bar has built),
 * each through its mutation with the version shown; user errors appear at their field, or above
 * the bar when they concern no field (a stale version: the ticket on screen updates live, try again).
 */
export function TicketActions({ ticket }: { ticket: TicketSummaryFragment & { availableActions: TicketAction[] } }) {
  const { t } = useI18n();
  const id = useId();
  const [{ data: viewer }] = useQuery({ query: ViewerQuery });
  const me = viewer?.viewer?.user;
  const [open, setOpen] = useState<'RESOLVE' | 'REOPEN' | null>(null);
  const [errors, setErrors] = useState<{ general?: string; fields: Record<string, string> }>({ fields: {} });
  const [done, setDone] = useState<string | null>(null);
  const [assign, runAssign] = useMutation(Assign);
  const [status, runStatus] = useMutation(SetStatus);
  const [resolve, runResolve] = useMutation(Resolve);
  const [close, runClose] = useMutation(Close);
  const [reopen, runReopen] = useMutation(Reopen);
  const busy = assign.fetching || status.fetching || resolve.fetching || close.fetching || reopen.fetching;
  const actions = ticket.availableActions.filter((a) => BUILT.includes(a));

  /** Runs one mutation; true when it changed the ticket. */
  async function run(name: string, call: () => Promise<Outcome>): Promise<boolean> {
    setErrors({ fields: {} });
    setDone(null);
    const result = await call();
    const payload = result.data ? Object.values(result.data)[0] : undefined;
    if (result.error || !payload) {
      setErrors({ general: t('app.error', { message: result.error?.message ?? '' }), fields: {} });
      return false;
    }
    if (payload.userErrors.length) {
      const fields: Record<string, string> = {};
      const general: string[] = [];
      for (const e of payload.userErrors) {
        const field = e.field?.[e.field.length - 1];
        if (field && field !== 'expectedVersion' && field !== 'ticketId') fields[field] = e.message;
        else general.push(e.code === 'CONFLICT' ? t('actions.conflict') : e.message);
      }
      setErrors({ general: general.join(' ') || undefined, fields });
      return false;
    }
    setOpen(null);
    setDone(name);
    return true;
  }

  const base = { ticketId: ticket.id };
  const v = ticket.version;
  const buttons: ReactNode[] = [];
  if (actions.includes('ASSIGN') && me && ticket.assignee?.id !== me.id) {
    buttons.push(
      <button key="assign" type="button" disabled={busy} onClick={() => run(t('actions.assignToMe'), () => runAssign({ ...base, input: { assigneeId: me.id, expectedVersion: v } }))}>
        {t('actions.assignToMe')}
      </button>,
    );
  }
  if (actions.includes('SET_STATUS')) {
    for (const to of statusTargets(ticket.status)) {
      const label = t(to === 'IN_PROGRESS' ? 'actions.inProgress' : 'actions.waitForCustomer');
      buttons.push(
        <button key={`status-${to}`} type="button" disabled={busy} onClick={() => run(label, () => runStatus({ ...base, input: { status: to, expectedVersion: v } }))}>
          {label}
        </button>,
      );
    }
  }
  for (const which of ['RESOLVE', 'REOPEN'] as const) {
    if (!actions.includes(which)) continue;
    buttons.push(
      <button key={which} type="button" aria-expanded={open === which} aria-controls={`${id}-form`} onClick={() => { setErrors({ fields: {} }); setOpen(open === which ? null : which); }}>
        {t(which === 'RESOLVE' ? 'actions.resolve' : 'actions.reopen')}
      </button>,
    );
  }
  if (actions.includes('CLOSE')) {
    buttons.push(
      <button key="close" type="button" disabled={busy} onClick={() => run(t('actions.close'), () => runClose({ ...base, input: { expectedVersion: v } }))}>
        {t('actions.close')}
      </button>,
    );
  }
  if (!buttons.length) return null;

  return (
    <section aria-labelledby={`${id}-heading`} className="card actions" data-actions={actions.join(' ')}>
      <h2 id={`${id}-heading`}>{t('ticket.actions')}</h2>
      <div className="row action-bar">{buttons}</div>
      <div id={`${id}-form`}>
        {open === 'RESOLVE' && (
          <TextAction
            label={t('actions.resolution')} field="resolution" submit={t('actions.resolve.submit')} busy={busy} error={errors.fields.resolution}
            onSubmit={(resolution) => run(t('actions.resolve'), () => runResolve({ ...base, input: { resolution, expectedVersion: v } }))}
          />
        )}
        {open === 'REOPEN' && (
          <TextAction
            label={t('actions.reason')} field="reason" submit={t('actions.reopen.submit')} busy={busy} error={errors.fields.reason}
            onSubmit={(reason) => run(t('actions.reopen'), () => runReopen({ ...base, input: { reason, expectedVersion: v } }))}
          />
        )}
      </div>
      {errors.general && <p role="alert" className="error">{errors.general}</p>}
      {Object.keys(errors.fields).length > 0 && !errors.general && <p role="alert" className="sr-only">{Object.values(errors.fields).join(' ')}</p>}
      {done && <p role="status" className="ok">{t('actions.done', { action: done })}</p>}
    </section>
  );
}
