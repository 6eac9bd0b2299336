import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, childrenLoader } from '../directory/directory.loaders';
import { User } from '../directory/user.entity';
import { SlaPolicy } from '../sla/sla-policy.entity';
import { AgendaItem, EscalationMatter, EscalationStep, Meeting } from './meeting.entity';
import { WorkTime } from './order.entity';
import { appendixPolicies, meetingParticipants } from './collaboration.sql';

/** The collaboration model's relations, batched per request: lists of meetings, matters and orders resolve in a few queries. */
export function createCollaborationLoaders(em: EntityManager) {
  return {
    agendaByMeeting: childrenLoader(em, AgendaItem, 'meeting', { position: 'asc' }),
    participantsByMeeting: new DataLoader<number, User[]>(async (meetingIds) => {
      const rows = await meetingParticipants(em, meetingIds);
      return meetingIds.map((id) => rows.filter((r) => r.meetingId === id).map((r) => r.user));
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
      const rows = await appendixPolicies(em, pairs as [number, number][]);
      return pairs.map(([agency, service]) => rows.filter((r) => r.agencyId === agency && r.serviceId === service).map((r) => r.policy));
    }),
  };
}

export type CollaborationLoaders = ReturnType<typeof createCollaborationLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends CollaborationLoaders {}
}
