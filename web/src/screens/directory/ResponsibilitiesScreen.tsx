import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ContactRole } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { AgencyPicker } from './AgencyPicker';
import { Field, FormStatus, useFormErrors } from './forms';
import { AreaOptions } from './GroupsScreens';
import { QueryState, useTitle } from './shared';
import { StaffPicker } from './StaffPicker';

/** The centre's responsibilities for an agency (the agency's own contacts are named in the customer web). */
const CENTRE_ROLES: ContactRole[] = ['ACCOUNT_MANAGER', 'EXECUTIVE_ACCOUNT_MANAGER', 'DELIVERY_MANAGER'];

const Contacts = graphql(`
  query DirContacts($agencyId: ID!) {
    agencyContacts(agencyId: $agencyId) { id side role serviceArea { id name } person { id name } deputy { id name } }
  }
`);

const Assign = graphql(`
  mutation DirScreenAssignContact($input: AssignContactInput!) {
    assignAgencyContact(input: $input) { contact { id } userErrors { code message field } }
  }
`);

const Remove = graphql(`
  mutation DirScreenRemoveContact($contactId: ID!) {
    removeAgencyContact(contactId: $contactId) { contact { id } userErrors { code message field } }
  }
`);

function AssignForm({ agencyId, onDone }: { agencyId: string; onDone(): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ role: 'DELIVERY_MANAGER' as ContactRole, serviceAreaId: '', personId: '', deputyId: '' });
  const { errors, take } = useFormErrors(['role', 'side', 'serviceAreaId', 'personId', 'deputyId']);
  const [{ data: areas }] = useQuery({ query: AreaOptions });
  const [state, assign] = useMutation(Assign);
  const needsArea = form.role === 'DELIVERY_MANAGER';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = take(
      await assign({
        input: { agencyId, side: 'CENTRE', role: form.role, serviceAreaId: needsArea ? form.serviceAreaId || null : null, personId: form.personId, deputyId: form.deputyId || null },
      }),
    );
    if (payload) {
      setForm({ ...form, personId: '', deputyId: '' });
      onDone();
    }
  };
  return (
    <form className="dir-form" noValidate onSubmit={submit} aria-labelledby="dir-assign-h">
      <h3 id="dir-assign-h">{t('dir.resp.assign')}</h3>
      <FormStatus errors={errors} />
      <Field label={t('dir.resp.role')} error={errors.fields.role ?? errors.fields.side}>
        {(p) => (
          <select {...p} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as ContactRole })}>
            {CENTRE_ROLES.map((r) => <option key={r} value={r}>{t(`dir.contact.${r}` as MessageKey)}</option>)}
          </select>
        )}
      </Field>
      {needsArea && (
        <Field label={t('dir.resp.area')} error={errors.fields.serviceAreaId}>
          {(p) => (
            <select {...p} value={form.serviceAreaId} onChange={(e) => setForm({ ...form, serviceAreaId: e.target.value })}>
              <option value="">—</option>
              {areas?.serviceAreas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          )}
        </Field>
      )}
      <Field label={t('dir.resp.person')} error={errors.fields.personId}>
        {(p) => <StaffPicker {...p} label={t('dir.resp.person')} value={form.personId} onChange={(v) => setForm({ ...form, personId: v })} />}
      </Field>
      <Field label={t('dir.resp.deputy')} error={errors.fields.deputyId}>
        {(p) => <StaffPicker {...p} label={t('dir.resp.deputy')} value={form.deputyId} onChange={(v) => setForm({ ...form, deputyId: v })} exclude={form.personId ? [form.personId] : []} />}
      </Field>
      <div className="dir-actions"><button type="submit" disabled={state.fetching || !form.personId}>{t('dir.resp.assign')}</button></div>
    </form>
  );
}

/**
 * Delivery and account responsibilities of one agency (the agency in the URL): who on the centre's
 * side holds each, with deputies; assign and remove through the collaboration model's contacts.
 */
export function ResponsibilitiesScreen() {
  const { t } = useI18n();
  useTitle(t('dir.resp.title'));
  const [params, setParams] = useSearchParams();
  const agencyId = params.get('agency') ?? '';
  const [{ data, fetching, error }, reexecute] = useQuery({ query: Contacts, variables: { agencyId }, pause: !agencyId });
  const { errors, take } = useFormErrors([]);
  const [, remove] = useMutation(Remove);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const rows = (data?.agencyContacts ?? []).filter((c) => c.side === 'CENTRE');
  return (
    <section aria-labelledby="dir-resp-h">
      <h2 id="dir-resp-h">{t('dir.resp.title')}</h2>
      <p className="muted">{t('dir.resp.intro')}</p>
      <div className="dir-filters">
        <Field label={t('dir.resp.agency')}>
          {(p) => <AgencyPicker {...p} label={t('dir.resp.agency')} value={agencyId} onChange={(v) => setParams(v ? { agency: v } : {}, { replace: true })} allowNone="—" />}
        </Field>
      </div>
      {!agencyId && <p>{t('dir.resp.pick')}</p>}
      {agencyId && (
        <>
          <QueryState fetching={fetching && !data} error={error} />
          <FormStatus errors={errors} />
          {data && rows.length === 0 && <p className="muted">{t('dir.resp.none')}</p>}
          {rows.length > 0 && (
            <table className="dir-table">
              <thead>
                <tr>
                  <th scope="col">{t('dir.resp.role')}</th>
                  <th scope="col">{t('dir.resp.area')}</th>
                  <th scope="col">{t('dir.resp.person')}</th>
                  <th scope="col">{t('dir.resp.deputy')}</th>
                  <th scope="col"><span className="sr-only">{t('dir.resp.removeShort')}</span></th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <td>{t(`dir.contact.${c.role}` as MessageKey)}</td>
                    <td>{c.serviceArea?.name ?? ''}</td>
                    <td>{c.person.name}</td>
                    <td>{c.deputy?.name ?? ''}</td>
                    <td>
                      <button
                        type="button"
                        aria-label={t('dir.resp.remove', { role: t(`dir.contact.${c.role}` as MessageKey), name: c.person.name })}
                        onClick={async () => {
                          if (take(await remove({ contactId: c.id }))) refresh();
                        }}
                      >
                        {t('dir.resp.removeShort')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {data && <AssignForm agencyId={agencyId} onDone={refresh} />}
        </>
      )}
    </section>
  );
}
