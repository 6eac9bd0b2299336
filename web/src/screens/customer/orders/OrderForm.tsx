import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { OrderKind } from '../../../gql/graphql';
import { ApiError } from '../../../components/ApiError';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/sv';
import { errorsByField, Field, NO_ERRORS, Outcome, type FormErrors } from '../../admin/admin-common';
import { CustomerOrderCasesQuery, CustomerPlaceOrder } from './queries';

/** The limit in the collaboration model: a special service over this many hours needs a quote the orderer signs. */
const QUOTE_LIMIT = 20;

/** The API's refusals in plain words, by the field it names (its own message otherwise). */
const FIELD_HINTS: Record<string, MessageKey> = {
  ticketId: 'customerOrders.error.ticketId',
  title: 'customerOrders.error.title',
  description: 'customerOrders.error.description',
  estimatedHours: 'customerOrders.error.estimatedHours',
};

/** An add-on or special-service order in writing on one of the agency's cases; the API's errors at their fields. */
export function OrderForm({ onPlaced }: { onPlaced(): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [{ data: cases, error: casesError }] = useQuery({ query: CustomerOrderCasesQuery });
  const [{ fetching }, place] = useMutation(CustomerPlaceOrder);
  const [ticketId, setTicketId] = useState('');
  const [kind, setKind] = useState<OrderKind>('SPECIAL');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [hours, setHours] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const estimate = Number(hours.replace(',', '.'));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { ticketId, kind, title, description, estimatedHours: kind === 'SPECIAL' && hours.trim() ? estimate : null };
    const res = await place({ input });
    const payload = res.data?.placeServiceOrder;
    if (res.error) setErrors({ fields: {}, general: [res.error.message] });
    else if (payload?.userErrors.length) setErrors(errorsByField(payload.userErrors, (field) => (FIELD_HINTS[field] ? t(FIELD_HINTS[field]) : undefined)));
    else if (payload?.order) {
      onPlaced();
      void navigate(`/kundwebb/bestallningar/${encodeURIComponent(payload.order.id)}`);
    }
  };
  return (
    <form className="cw-form" onSubmit={(e) => void submit(e)} aria-labelledby="order-form-title">
      <h2 id="order-form-title">{t('customerOrders.form.title')}</h2>
      <p>{t('customerOrders.form.intro')}</p>
      {casesError && <ApiError error={casesError} />}
      <Field label={t('customerOrders.form.case')} error={errors.fields.ticketId}>
        {(p) => (
          <select {...p} value={ticketId} onChange={(e) => setTicketId(e.target.value)} required>
            <option value="">{t('customerOrders.form.case.choose')}</option>
            {cases?.tickets.edges.map(({ node: c }) => (
              <option key={c.id} value={c.id}>{`${c.number} – ${c.title}`}</option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="cw-kinds">
        <legend>{t('customerOrders.form.kind')}</legend>
        {(['SPECIAL', 'ADD_ON'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            <span><strong>{t(`customerOrders.kind.${k}`)}</strong> {t(`customerOrders.kind.${k}.hint`)}</span>
          </label>
        ))}
      </fieldset>
      <Field label={t('customerOrders.form.orderTitle')} error={errors.fields.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />}
      </Field>
      <Field label={t('customerOrders.form.description')} error={errors.fields.description} hint={t('customerOrders.form.description.hint')}>
        {(p) => <textarea {...p} rows={5} value={description} onChange={(e) => setDescription(e.target.value)} required />}
      </Field>
      {kind === 'SPECIAL' && (
        <Field label={t('customerOrders.form.hours')} error={errors.fields.estimatedHours} hint={t('customerOrders.form.hours.hint', { limit: QUOTE_LIMIT })}>
          {(p) => <input {...p} inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} required />}
        </Field>
      )}
      {kind === 'SPECIAL' && estimate > QUOTE_LIMIT && <p className="cw-notice" role="status">{t('customerOrders.form.needsQuote', { limit: QUOTE_LIMIT })}</p>}
      {kind === 'ADD_ON' && <p className="cw-notice">{t('customerOrders.form.addOnQuote')}</p>}
      <Outcome errors={errors} done={null} />
      <button type="submit" disabled={fetching}>{t('customerOrders.form.submit')}</button>
    </form>
  );
}
