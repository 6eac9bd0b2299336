import type { Impact, Priority, Urgency } from '../../gql/graphql';

/** The API's impact × urgency matrix (src/tickets/priority.ts), to show the priority before saving. */
const MATRIX: Record<Impact, Record<Urgency, Priority>> = {
  HIGH: { HIGH: 'P1', MEDIUM: 'P2', LOW: 'P3' },
  MEDIUM: { HIGH: 'P2', MEDIUM: 'P3', LOW: 'P4' },
  LOW: { HIGH: 'P3', MEDIUM: 'P4', LOW: 'P4' },
};

export const priorityFor = (impact: Impact, urgency: Urgency): Priority => MATRIX[impact][urgency];
export const LEVELS: Impact[] = ['HIGH', 'MEDIUM', 'LOW'];
