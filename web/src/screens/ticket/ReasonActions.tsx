import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { ActionDialog } from './ActionDialog';
import { Field } from './fields';
import { useActionDialog, type ActionProps } from './useActionDialog';
import type { Outcome } from './useTicketAction';

const Return = graphql(`
  mutation Return($ticketId: ID!, $input: ReturnTicketInput!) {
    returnTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }
  }
`);
const Reopen = graphql(`
  mutation Reopen($ticketId: ID!, $input: ReopenTicketInput!) {
    reopenTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }
  }
`);

interface Texts { trigger: MessageKey; title: MessageKey; description: MessageKey; submit: MessageKey }

/** An action whose only input is a reason: return one tier down, reopen. */
function ReasonAction({ texts, name, mutate, ...props }: ActionProps & { texts: Texts; name: string; mutate(reason: string, version: number): Promise<Outcome> }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const clear = useCallback(() => setReason(''), []);
  const { action, on, onOpenChange, finishWith } = useActionDialog(props, clear);
  const label = t(texts.trigger);
  const finish = finishWith(label);
  return (
    <ActionDialog
      name={name} open={props.open} onOpenChange={onOpenChange} trigger={label} title={t(texts.title, { number: props.ticket.number })}
      description={t(texts.description)} submit={t(texts.submit)} state={action.state}
      onSubmit={() => void action.run(on, (v) => mutate(reason, v)).then(finish)} onRedo={() => void action.redo().then(finish)}
    >
      <Field label={t('actions.field.reason')} hint={t('actions.field.reason.hint')} error={action.state.fields.reason}>
        {(p) => <textarea {...p} rows={4} value={reason} aria-required="true" onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </ActionDialog>
  );
}

export function ReturnAction(props: ActionProps) {
  const [, run] = useMutation(Return);
  const mutate = (reason: string, version: number) => run({ ticketId: props.ticket.id, input: { reason, expectedVersion: version } });
  const texts: Texts = { trigger: 'actions.return', title: 'actions.return.title', description: props.ticket.tier === 'THIRD' ? 'actions.return.description.third' : 'actions.return.description', submit: 'actions.return.submit' };
  return <ReasonAction {...props} name="return" texts={texts} mutate={mutate} />;
}

export function ReopenAction(props: ActionProps) {
  const [, run] = useMutation(Reopen);
  const mutate = (reason: string, version: number) => run({ ticketId: props.ticket.id, input: { reason, expectedVersion: version } });
  const texts: Texts = { trigger: 'actions.reopen', title: 'actions.reopen.title', description: 'actions.reopen.description', submit: 'actions.reopen.submit' };
  return <ReasonAction {...props} name="reopen" texts={texts} mutate={mutate} />;
}
