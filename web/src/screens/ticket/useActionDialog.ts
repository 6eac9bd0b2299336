import { useCallback, useRef } from 'react';
import type { Impact, TicketAction, TicketSummaryFragment, Urgency } from '../../gql/graphql';
import { useTicketAction } from './useTicketAction';

/** The ticket as the action bar and its dialogs need it. */
export type TicketForActions = TicketSummaryFragment & { availableActions: TicketAction[]; impact: Impact; urgency: Urgency };

/** What the action bar gives each action's dialog. */
export interface ActionProps {
  ticket: TicketForActions;
  open: boolean;
  setOpen(open: boolean): void;
  /** The action changed the ticket: the bar says so. */
  onDone(label: string): void;
}

/**
 * A dialog action's plumbing: the ticket as it was when the dialog opened (the version the agent acts
 * on, kept while the ticket on screen updates live), the shared action runner, and closing resets both.
 */
export function useActionDialog({ ticket, open, setOpen, onDone }: ActionProps, clear: () => void) {
  const action = useTicketAction(ticket.id);
  const snapshot = useRef<TicketSummaryFragment | null>(null);
  if (open && !snapshot.current) snapshot.current = ticket;
  if (!open) snapshot.current = null;
  const { reset } = action;
  const onOpenChange = useCallback(
    (next: boolean) => {
      if (!next) {
        reset();
        clear();
      }
      setOpen(next);
    },
    [reset, clear, setOpen],
  );
  /** What runs after the action: done, the dialog closes and the bar says `label`; refused, it stays open. */
  const finishWith = (label: string) => (ok: boolean) => {
    if (!ok) return;
    onOpenChange(false);
    onDone(label);
  };
  return { action, on: snapshot.current ?? ticket, onOpenChange, finishWith };
}
