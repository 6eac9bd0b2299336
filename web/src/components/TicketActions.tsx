import { useId, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { TicketAction, TicketStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';
import { ConflictNotice } from '../screens/ticket/ConflictNotice';
import { EscalateAction } from '../screens/ticket/EscalateAction';
import { MergeAction } from '../screens/ticket/MergeAction';
import { ReopenAction, ReturnAction } from '../screens/ticket/ReasonActions';
import { ResolveAction } from '../screens/ticket/ResolveAction';
import { UpdateAction } from '../screens/ticket/UpdateAction';
import { ReferAction, VendorResponseAction } from '../screens/ticket/VendorActions';
import type { ActionProps, TicketForActions } from '../screens/ticket/useActionDialog';
import { useTicketAction, type Outcome } from '../screens/ticket/useTicketAction';
import { useShortcut } from '../shortcuts';
import { ViewerQuery } from '../viewer';

const Assign = graphql(`
  mutation AssignToMe($ticketId: ID!, $input: AssignTicketInput!) {
    assignTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }
  }
`);
const SetStatus = graphql(`
  mutation SetStatus($ticketId: ID!, $input: SetTicketStatusInput!) {
    setTicketStatus(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }
  }
`);
const Close = graphql(`
  mutation Close($ticketId: ID!, $input: CloseTicketInput!) {
    closeTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }
  }
`);

/** Every action the bar offers, in the bar's order (the API's availableActions decides which show). */
export const BUILT: TicketAction[] = ['ASSIGN', 'SET_STATUS', 'ESCALATE', 'REFER_TO_VENDOR', 'RECORD_VENDOR_RESPONSE', 'RETURN', 'RESOLVE', 'UPDATE', 'REOPEN', 'CLOSE', 'MERGE'];

type DialogName = 'ESCALATE' | 'REFER_TO_VENDOR' | 'RECORD_VENDOR_RESPONSE' | 'RETURN' | 'RESOLVE' | 'UPDATE' | 'REOPEN' | 'MERGE';

/** The status setTicketStatus may move to from here: IN_PROGRESS and WAITING_FOR_CUSTOMER swap, NEW starts. */
function statusTargets(status: TicketStatus): TicketStatus[] {
  if (status === 'IN_PROGRESS') return ['WAITING_FOR_CUSTOMER'];
  if (status === 'WAITING_FOR_CUSTOMER' || status === 'NEW') return ['IN_PROGRESS'];
  return [];
}

/**
 * The last action done on each ticket in this tab, for a few seconds: its confirmation stays when
 * the page mounts the actions again (a live update arriving while the change comes back).
 */
const lastDone = new Map<string, { label: string; at: number }>();
const DONE_KEPT_MS = 10_000;
const recentlyDone = (ticketId: string): string | null => {
  const last = lastDone.get(ticketId);
  return last && Date.now() - last.at < DONE_KEPT_MS ? last.label : null;
};

/**
 * The ticket's action bar: only the actions `availableActions` lists, each through its mutation with
 * the version the agent acted on. One-click actions run from the bar; the others open a dialog with
 * their inputs. User errors show at their field; a stale version shows what changed, with a redo.
 */
export function TicketActions({ ticket, vendorReference }: { ticket: TicketForActions; vendorReference: string | null }) {
  const { t } = useI18n();
  const id = useId();
  const [{ data: viewer }] = useQuery({ query: ViewerQuery });
  const me = viewer?.viewer?.user;
  const [open, setOpen] = useState<DialogName | null>(null);
  const [done, setDoneState] = useState<string | null>(() => recentlyDone(ticket.id));
  const setDone = (label: string | null) => {
    if (label === null) lastDone.delete(ticket.id);
    else lastDone.set(ticket.id, { label, at: Date.now() });
    setDoneState(label);
  };
  const quick = useTicketAction(ticket.id);
  const [, runAssign] = useMutation(Assign);
  const [, runStatus] = useMutation(SetStatus);
  const [, runClose] = useMutation(Close);
  const actions = ticket.availableActions.filter((a) => BUILT.includes(a));
  const has = (a: TicketAction) => actions.includes(a);
  const canAssignMe = has('ASSIGN') && !!me && ticket.assignee?.id !== me.id;

  const oneClick = async (label: string, call: (version: number) => Promise<Outcome>) => {
    setDone(null);
    if (await quick.run(ticket, call)) setDone(label);
  };
  const assignToMe = () => me && void oneClick(t('actions.assignToMe'), (v) => runAssign({ ticketId: ticket.id, input: { assigneeId: me.id, expectedVersion: v } }));
  const dialog = (name: DialogName): ActionProps => ({
    ticket,
    open: open === name,
    setOpen: (next) => {
      if (next) setDone(null);
      setOpen(next ? name : null);
    },
    onDone: setDone,
  });

  useShortcut('a', 'shortcut.assignToMe', assignToMe, canAssignMe && !quick.state.busy);
  useShortcut('e', 'shortcut.escalate', () => setOpen('ESCALATE'), has('ESCALATE'));
  useShortcut('r', 'shortcut.resolve', () => setOpen('RESOLVE'), has('RESOLVE'));
  useShortcut('u', 'shortcut.update', () => setOpen('UPDATE'), has('UPDATE'));

  const buttons: ReactNode[] = [];
  if (canAssignMe) {
    buttons.push(<button key="assign" type="button" data-action="assign" disabled={quick.state.busy} onClick={assignToMe}>{t('actions.assignToMe')}</button>);
  }
  if (has('SET_STATUS')) {
    for (const to of statusTargets(ticket.status)) {
      const label = t(to === 'IN_PROGRESS' ? 'actions.inProgress' : 'actions.waitForCustomer');
      buttons.push(
        <button key={`status-${to}`} type="button" data-action={`status-${to}`} disabled={quick.state.busy}
          onClick={() => void oneClick(label, (v) => runStatus({ ticketId: ticket.id, input: { status: to, expectedVersion: v } }))}>
          {label}
        </button>,
      );
    }
  }
  if (has('ESCALATE')) buttons.push(<EscalateAction key="escalate" {...dialog('ESCALATE')} />);
  if (has('REFER_TO_VENDOR')) buttons.push(<ReferAction key="refer" {...dialog('REFER_TO_VENDOR')} />);
  if (has('RECORD_VENDOR_RESPONSE')) buttons.push(<VendorResponseAction key="vendor-response" {...dialog('RECORD_VENDOR_RESPONSE')} reference={vendorReference} />);
  if (has('RETURN')) buttons.push(<ReturnAction key="return" {...dialog('RETURN')} />);
  if (has('RESOLVE')) buttons.push(<ResolveAction key="resolve" {...dialog('RESOLVE')} />);
  if (has('UPDATE')) buttons.push(<UpdateAction key="update" {...dialog('UPDATE')} />);
  if (has('REOPEN')) buttons.push(<ReopenAction key="reopen" {...dialog('REOPEN')} />);
  if (has('CLOSE')) {
    const label = t('actions.close');
    buttons.push(
      <button key="close" type="button" data-action="close" disabled={quick.state.busy}
        onClick={() => void oneClick(label, (v) => runClose({ ticketId: ticket.id, input: { expectedVersion: v } }))}>
        {label}
      </button>,
    );
  }
  if (has('MERGE')) buttons.push(<MergeAction key="merge" {...dialog('MERGE')} />);
  if (!buttons.length) return null;
  const shortcutHint: MessageKey = 'actions.shortcuts';

  return (
    <section aria-labelledby={`${id}-heading`} className="card actions" data-actions={actions.join(' ')}>
      <h2 id={`${id}-heading`}>{t('ticket.actions')}</h2>
      <div className="row action-bar">{buttons}</div>
      <p className="muted hint">{t(shortcutHint)}</p>
      {quick.state.conflict && (
        <ConflictNotice conflict={quick.state.conflict} busy={quick.state.busy} onRedo={() => void quick.redo()} />
      )}
      {(quick.state.general || Object.keys(quick.state.fields).length > 0) && (
        <p role="alert" className="error">{[quick.state.general, ...Object.values(quick.state.fields)].filter(Boolean).join(' ')}</p>
      )}
      {done && <p role="status" className="ok">{t('actions.done', { action: done })}</p>}
    </section>
  );
}
