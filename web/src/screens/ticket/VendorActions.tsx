import { useCallback, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { ActionDialog } from './ActionDialog';
import { Field } from './fields';
import { useActionDialog, type ActionProps } from './useActionDialog';

const Vendors = graphql(`
  query Vendors {
    vendors { id name system serviceArea { id } }
  }
`);
const Refer = graphql(`
  mutation Refer($ticketId: ID!, $input: ReferTicketToVendorInput!) {
    referTicketToVendor(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }
  }
`);
const VendorAnswer = graphql(`
  mutation VendorAnswer($ticketId: ID!, $input: RecordVendorResponseInput!) {
    recordVendorResponse(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }
  }
`);

/** Refer a second-line ticket to a vendor (third line): the vendor, the question, their reference if known. */
export function ReferAction(props: ActionProps) {
  const { t } = useI18n();
  const [vendorId, setVendorId] = useState('');
  const [question, setQuestion] = useState('');
  const [reference, setReference] = useState('');
  const clear = useCallback(() => {
    setQuestion('');
    setReference('');
  }, []);
  const { action, on, onOpenChange, finishWith } = useActionDialog(props, clear);
  const [{ data }] = useQuery({ query: Vendors, pause: !props.open });
  const area = props.ticket.serviceArea.id;
  const vendors = [...(data?.vendors ?? [])].sort((a, b) => Number(b.serviceArea?.id === area) - Number(a.serviceArea?.id === area) || a.name.localeCompare(b.name));
  const chosen = vendorId || vendors[0]?.id || '';
  const [, refer] = useMutation(Refer);
  const label = t('actions.refer');
  const send = (version: number) =>
    refer({ ticketId: props.ticket.id, input: { vendorId: chosen, question, vendorReference: reference.trim() || null, expectedVersion: version } });
  const finish = finishWith(label);
  return (
    <ActionDialog
      name="refer" open={props.open} onOpenChange={onOpenChange} trigger={label} title={t('actions.refer.title', { number: props.ticket.number })}
      description={t('actions.refer.description')} submit={t('actions.refer.submit')} state={action.state}
      onSubmit={() => void action.run(on, send).then(finish)} onRedo={() => void action.redo().then(finish)}
    >
      <Field label={t('actions.field.vendor')} error={action.state.fields.vendorId}>
        {(p) => (
          <select {...p} value={chosen} onChange={(e) => setVendorId(e.target.value)}>
            {vendors.map((v) => (
              <option key={v.id} value={v.id}>{`${v.name} (${v.system})`}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('actions.field.question')} error={action.state.fields.question}>
        {(p) => <textarea {...p} rows={5} value={question} aria-required="true" onChange={(e) => setQuestion(e.target.value)} />}
      </Field>
      <Field label={t('actions.field.vendorReference')} hint={t('actions.field.vendorReference.hint')} error={action.state.fields.vendorReference}>
        {(p) => <input {...p} type="text" value={reference} onChange={(e) => setReference(e.target.value)} />}
      </Field>
    </ActionDialog>
  );
}

/** Record the vendor's answer on the open referral, with the vendor's own case reference. */
export function VendorResponseAction(props: ActionProps & { reference: string | null }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState('');
  const [reference, setReference] = useState<string | null>(null);
  const clear = useCallback(() => {
    setAnswer('');
    setReference(null);
  }, []);
  const { action, on, onOpenChange, finishWith } = useActionDialog(props, clear);
  const shownReference = reference ?? props.reference ?? '';
  const [, record] = useMutation(VendorAnswer);
  const label = t('actions.vendorResponse');
  const send = (version: number) =>
    record({ ticketId: props.ticket.id, input: { answer, vendorReference: shownReference.trim() || null, expectedVersion: version } });
  const finish = finishWith(label);
  return (
    <ActionDialog
      name="vendor-response" open={props.open} onOpenChange={onOpenChange} trigger={label} title={t('actions.vendorResponse.title', { number: props.ticket.number })}
      description={t('actions.vendorResponse.description')} submit={t('actions.vendorResponse.submit')} state={action.state}
      onSubmit={() => void action.run(on, send).then(finish)} onRedo={() => void action.redo().then(finish)}
    >
      <Field label={t('actions.field.vendorReference')} error={action.state.fields.vendorReference}>
        {(p) => <input {...p} type="text" value={shownReference} onChange={(e) => setReference(e.target.value)} />}
      </Field>
      <Field label={t('actions.field.answer')} error={action.state.fields.answer}>
        {(p) => <textarea {...p} rows={5} value={answer} aria-required="true" onChange={(e) => setAnswer(e.target.value)} />}
      </Field>
    </ActionDialog>
  );
}
