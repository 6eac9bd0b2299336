import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import type { RoutingMode } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Field, FormStatus, useFormErrors } from './forms';
import { QueryState } from './shared';
import './routing.css';

const MODES: RoutingMode[] = ['MANUAL', 'ROUND_ROBIN', 'LEAST_LOADED'];

const GroupRoutingQuery = graphql(`
  query DirGroupRouting($id: ID!) {
    node(id: $id) {
      ... on SupportGroup {
        id
        routingMode
        members { id name role presence skills { serviceArea { id name } service { id name } } }
      }
    }
    serviceAreas { id name services { id name } }
  }
`);

const SetMode = graphql(`
  mutation DirSetRoutingMode($groupId: ID!, $mode: RoutingMode!) {
    setGroupRoutingMode(groupId: $groupId, mode: $mode) { group { id routingMode } userErrors { code message field } }
  }
`);

const SetSkills = graphql(`
  mutation DirSetUserSkills($userId: ID!, $skills: [UserSkillInput!]!) {
    setUserSkills(userId: $userId, skills: $skills) { user { id skills { serviceArea { id name } service { id name } } } userErrors { code message field } }
  }
`);

/** Every presence change reaches the members' list (graphcache updates each User's presence). */
const PresenceLive = graphql(`
  subscription DirPresenceLive {
    staffPresenceChanged { presence user { id presence } }
  }
`);

type Skill = { serviceArea: { id: string; name: string }; service?: { id: string; name: string } | null };
type Member = { id: string; name: string; role: string; presence?: string | null; skills: Skill[] };
type Area = { id: string; name: string; services: { id: string; name: string }[] };

const skillName = (s: Skill) => (s.service ? `${s.serviceArea.name} / ${s.service.name}` : s.serviceArea.name);
const asInput = (s: Skill) => ({ serviceAreaId: s.serviceArea.id, serviceId: s.service?.id ?? null });

function ModeForm({ groupId, mode }: { groupId: string; mode: RoutingMode }) {
  const { t } = useI18n();
  const [value, setValue] = useState(mode);
  useEffect(() => setValue(mode), [mode]);
  const [done, setDone] = useState<string | null>(null);
  const { errors, take } = useFormErrors(['mode']);
  const [state, save] = useMutation(SetMode);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (take(await save({ groupId, mode: value }))) setDone(t('routing.saved'));
  };
  return (
    <form className="dir-form dir-inline" noValidate onSubmit={submit} aria-label={t('routing.mode')}>
      <Field label={t('routing.mode')} error={errors.fields.mode}>
        {(p) => (
          <select {...p} name="routingMode" value={value} onChange={(e) => setValue(e.target.value as RoutingMode)}>
            {MODES.map((m) => <option key={m} value={m}>{t(`routing.mode.${m}`)}</option>)}
          </select>
        )}
      </Field>
      <button type="submit" disabled={state.fetching}>{t('routing.saveMode')}</button>
      <FormStatus errors={errors} done={done} />
    </form>
  );
}

function MemberSkills({ member, areas }: { member: Member; areas: Area[] }) {
  const { t } = useI18n();
  const [areaId, setAreaId] = useState(areas[0]?.id ?? '');
  const [serviceId, setServiceId] = useState('');
  const { errors, take } = useFormErrors(['serviceAreaId', 'serviceId']);
  const [state, save] = useMutation(SetSkills);
  const area = areas.find((a) => a.id === areaId);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (take(await save({ userId: member.id, skills: [...member.skills.map(asInput), { serviceAreaId: areaId, serviceId: serviceId || null }] }))) setServiceId('');
  };
  const remove = (i: number) => save({ userId: member.id, skills: member.skills.filter((_, j) => j !== i).map(asInput) }).then(take);
  return (
    <li>
      <strong>{member.name}</strong>{' '}
      <span className={`muted presence-${(member.presence ?? 'none').toLowerCase()}`}>
        {member.presence ? t('routing.presenceOf', { presence: t(`routing.presence.${member.presence as 'AVAILABLE' | 'AWAY'}`) }) : t('routing.notStaff')}
      </span>
      {member.skills.length === 0 ? (
        <p className="muted">{t('routing.noSkills')}</p>
      ) : (
        <ul className="dir-skills">
          {member.skills.map((s, i) => (
            <li key={`${s.serviceArea.id}-${s.service?.id ?? ''}`}>
              {skillName(s)}{' '}
              <button type="button" aria-label={t('routing.skill.remove', { skill: skillName(s), name: member.name })} disabled={state.fetching} onClick={() => void remove(i)}>
                {t('routing.skill.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {member.presence && (
        <form className="dir-form dir-inline routing-skill-form" noValidate onSubmit={add} aria-label={t('routing.skill.addFor', { name: member.name })}>
          <Field label={t('routing.skill.area')} error={errors.fields.serviceAreaId}>
            {(p) => (
              <select {...p} value={areaId} onChange={(e) => { setAreaId(e.target.value); setServiceId(''); }}>
                {areas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('routing.skill.service')} error={errors.fields.serviceId}>
            {(p) => (
              <select {...p} value={serviceId} onChange={(e) => setServiceId(e.target.value)}>
                <option value="">{t('routing.skill.allServices')}</option>
                {area?.services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </select>
            )}
          </Field>
          <button type="submit" disabled={state.fetching || !areaId}>{t('routing.skill.add')}</button>
          <FormStatus errors={{ general: errors.general, fields: {} }} />
        </form>
      )}
    </li>
  );
}

/** The directory's group page: how cases entering the group are assigned, and who is skilled for what (admins). */
export function GroupRouting({ groupId }: { groupId: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: GroupRoutingQuery, variables: { id: groupId } });
  useSubscription({ query: PresenceLive });
  const group = data?.node && 'routingMode' in data.node ? data.node : null;
  return (
    <section aria-labelledby="routing-h">
      <h3 id="routing-h">{t('routing.title')}</h3>
      <p className="muted">{t('routing.intro')}</p>
      <QueryState fetching={fetching && !data} error={error} />
      {group && (
        <>
          <ModeForm groupId={group.id} mode={group.routingMode ?? 'MANUAL'} />
          <h4>{t('routing.skills')}</h4>
          {group.members.length === 0 ? (
            <p className="muted">{t('routing.noMembers')}</p>
          ) : (
            <ul className="routing-members">
              {(group.members as Member[]).map((m) => <MemberSkills key={m.id} member={m} areas={data!.serviceAreas as Area[]} />)}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
