import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, childrenLoader } from '../directory/directory.loaders';
import { User } from '../directory/user.entity';
import { readMapper } from '../platform/db/read-model';
import { pgArray } from '../platform/db/sql';
import { SlaPolicy } from '../sla/sla-policy.entity';
import { AgendaItem, EscalationMatter, EscalationStep, Meeting } from './meeting.entity';
import { WorkTime } from './order.entity';

/** The collaboration model's relations, batched per request: lists of meetings, matters and orders resolve in a few queries. */
export function createCollaborationLoaders(em: EntityManager) {
  return {
    agendaByMeeting: childrenLoader(em, AgendaItem, 'meeting', { position: 'asc' }),
    participantsByMeeting: new DataLoader<number, User[]>(async (meetingIds) => {
      const rows = await em.execute(
        `select p.meeting_id, u.* from meeting_participant p join app_user u on u.id = p.user_id where p.meeting_id = any(?::int[]) order by u.name, u.id`,
        [pgArray([...meetingIds])],
      );
      const toUser = readMapper(em, User);
      return meetingIds.map((id) => rows.filter((r) => r.meeting_id === id).map(toUser));
    }),
    meetingById: byIdLoader(em, Meeting),
    matterById: byIdLoader(em, EscalationMatter),
    stepsByMatter: childrenLoader(em, EscalationStep, 'matter', { at: 'asc', id: 'asc' }),
    workTimesByOrder: childrenLoader(em, WorkTime, 'order', { day: 'asc', id: 'asc' }),
    /**
     * A service's SLA appendix for an agency: per priority the most specific active policy (the
     * agency's adaptation for the service, for the area, then the centre's). Key `${agencyId}:${serviceId}`.
     */
    appendixPolicies: new DataLoader<string, SlaPolicy[]>(async (keys) => {
      const pairs = keys.map((k) => k.split(':').map(Number));
      const rows = await em.execute(
        `select x.for_agency, x.for_service, p.* from unnest(?::int[], ?::int[]) as x(for_agency, for_service)
           join service s on s.id = x.for_service
           cross join lateral (
             select distinct on (p.priority) p.* from sla_policy p
              where p.active and p.service_area_id = s.area_id and (p.service_id is null or p.service_id = s.id) and (p.agency_id is null or p.agency_id = x.for_agency)
              order by p.priority, (p.agency_id is not null) desc, (p.service_id is not null) desc, p.id
           ) p
          order by p.priority`,
        [pgArray(pairs.map((p) => p[0])), pgArray(pairs.map((p) => p[1]))],
      );
      const toPolicy = readMapper(em, SlaPolicy);
      return pairs.map(([agency, service]) => rows.filter((r) => r.for_agency === agency && r.for_service === service).map(toPolicy));
    }),
  };
}

export type CollaborationLoaders = ReturnType<typeof createCollaborationLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends CollaborationLoaders {}
}
