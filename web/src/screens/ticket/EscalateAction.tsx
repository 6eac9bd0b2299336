import { useCallback, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { ActionDialog } from './ActionDialog';
import { Field } from './fields';
import { useActionDialog, type ActionProps } from './useActionDialog';

const SecondLineGroups = graphql(`
  query SecondLineGroups {
    groups(tier: SECOND) { id name kind acceptsAnyArea serviceArea { id name } }
  }
`);

const Escalate = graphql(`
  mutation Escalate($ticketId: ID!, $input: EscalateTicketInput!) {
    escalateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }
  }
`);

/** Escalate a first-line ticket to a second-line group, with a reason (internal in the history). */
export function EscalateAction(props: ActionProps) {
  const { t } = useI18n();
  const [groupId, setGroupId] = useState('');
  const [reason, setReason] = useState('');
  const clear = useCallback(() => setReason(''), []);
  const { action, on, onOpenChange, finishWith } = useActionDialog(props, clear);
  const [{ data }] = useQuery({ query: SecondLineGroups, pause: !props.open });
  // Only groups that handle the case's service area (the API refuses the others: ESCALATION_OUTSIDE_AREA).
  const groups = (data?.groups ?? []).filter((g) => !g.serviceArea || g.acceptsAnyArea || g.serviceArea.id === props.ticket.serviceArea.id);
  // The group of the ticket's own service area first: where it most often goes.
  const sorted = [...groups].sort((a, b) => Number(b.serviceArea?.id === props.ticket.serviceArea.id) - Number(a.serviceArea?.id === props.ticket.serviceArea.id) || a.name.localeCompare(b.name));
  const chosen = groupId || sorted[0]?.id || '';
  const [, escalate] = useMutation(Escalate);
  const label = t('actions.escalate');
  const send = (version: number) => escalate({ ticketId: props.ticket.id, input: { groupId: chosen, reason, expectedVersion: version } });
  const finish = finishWith(label);
  return (
    <ActionDialog
      name="escalate" open={props.open} onOpenChange={onOpenChange} trigger={label} title={t('actions.escalate.title', { number: props.ticket.number })}
      description={t('actions.escalate.description')} submit={t('actions.escalate.submit')} state={action.state}
      onSubmit={() => void action.run(on, send).then(finish)} onRedo={() => void action.redo().then(finish)}
    >
      <Field label={t('actions.field.group')} error={action.state.fields.groupId}>
        {(p) => (
          <select {...p} value={chosen} onChange={(e) => setGroupId(e.target.value)}>
            {sorted.map((g) => (
              <option key={g.id} value={g.id}>{g.name}</option>
            ))}
          </select>
        )}
      </Field>
      {data && sorted.length === 0 && <p role="status" className="muted">{t('escalate.noGroups')}</p>}
      <Field label={t('actions.field.reason')} hint={t('actions.field.reason.hint')} error={action.state.fields.reason}>
        {(p) => <textarea {...p} rows={4} value={reason} aria-required="true" onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </ActionDialog>
  );
}
