import { useCallback, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Category, Impact, UpdateTicketInput, Urgency } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { LEVELS, usePriorityFor } from '../../priority';
import { ActionDialog } from './ActionDialog';
import { Field } from './fields';
import { useActionDialog, type ActionProps } from './useActionDialog';

const ServiceCatalogue = graphql(`
  query ServiceCatalogue {
    serviceAreas { id name services { id name } }
  }
`);
const Update = graphql(`
  mutation UpdateTicketFields($ticketId: ID!, $input: UpdateTicketInput!) {
    updateTicket(ticketId: $ticketId, input: $input) { ticket { ...TicketSummary availableActions impact urgency } userErrors { code message field } }
  }
`);

const CATEGORIES: Category[] = ['QUESTION', 'INCIDENT', 'SERVICE_REQUEST', 'COMPLAINT'];

interface Draft { title?: string; category?: Category; impact?: Impact; urgency?: Urgency; serviceId?: string }

/** Change title, category, impact and urgency (so the priority, shown before saving) or service. */
export function UpdateAction(props: ActionProps) {
  const { t } = useI18n();
  const { ticket } = props;
  const priorityFor = usePriorityFor();
  const [draft, setDraft] = useState<Draft>({});
  const clear = useCallback(() => setDraft({}), []);
  const { action, on, onOpenChange, finishWith } = useActionDialog(props, clear);
  const [{ data }] = useQuery({ query: ServiceCatalogue, pause: !props.open });
  const [, update] = useMutation(Update);
  const value = {
    title: draft.title ?? ticket.title,
    category: draft.category ?? ticket.category,
    impact: draft.impact ?? ticket.impact,
    urgency: draft.urgency ?? ticket.urgency,
    serviceId: draft.serviceId ?? ticket.service?.id ?? '',
  };
  const priority = priorityFor(value.impact, value.urgency);
  const set = (patch: Draft) => setDraft((d) => ({ ...d, ...patch }));
  const label = t('actions.update');
  // Only what the agent changed goes to the API (each change is one history line).
  const send = (version: number) => {
    const input: UpdateTicketInput = { expectedVersion: version };
    if (value.title !== ticket.title) input.title = value.title;
    if (value.category !== ticket.category) input.category = value.category;
    if (value.impact !== ticket.impact) input.impact = value.impact;
    if (value.urgency !== ticket.urgency) input.urgency = value.urgency;
    if (value.serviceId && value.serviceId !== ticket.service?.id) input.serviceId = value.serviceId;
    return update({ ticketId: ticket.id, input });
  };
  const finish = finishWith(label);
  const level = (v: Impact) => t(`level.${v}`);
  return (
    <ActionDialog
      name="update" open={props.open} onOpenChange={onOpenChange} trigger={label} title={t('actions.update.title', { number: ticket.number })}
      description={t('actions.update.description')} submit={t('actions.update.submit')} state={action.state}
      onSubmit={() => void action.run(on, send).then(finish)} onRedo={() => void action.redo().then(finish)}
    >
      <Field label={t('ticket.field.title')} error={action.state.fields.title}>
        {(p) => <input {...p} type="text" value={value.title} onChange={(e) => set({ title: e.target.value })} />}
      </Field>
      <Field label={t('ticket.field.category')} error={action.state.fields.category}>
        {(p) => (
          <select {...p} value={value.category} onChange={(e) => set({ category: e.target.value as Category })}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
          </select>
        )}
      </Field>
      <div className="row">
        <Field label={t('ticket.field.impact')} error={action.state.fields.impact}>
          {(p) => (
            <select {...p} value={value.impact} onChange={(e) => set({ impact: e.target.value as Impact })}>
              {LEVELS.map((l) => <option key={l} value={l}>{level(l)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('ticket.field.urgency')} error={action.state.fields.urgency}>
          {(p) => (
            <select {...p} value={value.urgency} onChange={(e) => set({ urgency: e.target.value as Urgency })}>
              {LEVELS.map((l) => <option key={l} value={l}>{level(l)}</option>)}
            </select>
          )}
        </Field>
        <p className="priority-preview" role="status" data-testid="priority-preview">
          {priority ? t('actions.update.priority', { priority: t(`priority.${priority}`) }) : t('app.loading')}
        </p>
      </div>
      <Field label={t('ticket.field.service')} error={action.state.fields.serviceId}>
        {(p) => (
          <select {...p} value={value.serviceId} onChange={(e) => set({ serviceId: e.target.value })}>
            {!ticket.service && <option value="">–</option>}
            {(data?.serviceAreas ?? []).map((a) => (
              <optgroup key={a.id} label={a.name}>
                {a.services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </optgroup>
            ))}
            {!data && ticket.service && <option value={ticket.service.id}>{ticket.service.name}</option>}
          </select>
        )}
      </Field>
    </ActionDialog>
  );
}
