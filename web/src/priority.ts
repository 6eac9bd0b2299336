import { useCallback } from 'react';
import { useQuery } from 'urql';
import { graphql } from './gql';
import type { Impact, Priority, Urgency } from './gql/graphql';

const PriorityMatrix = graphql(`
  query PriorityMatrix {
    priorityMatrix { impact urgency priority }
  }
`);

/** Impact and urgency levels, highest first (the order the forms list them). */
export const LEVELS: readonly (Impact & Urgency)[] = ['HIGH', 'MEDIUM', 'LOW'];

/**
 * The priority a ticket gets for an impact and an urgency, from the API's own matrix (the one
 * definition in src/tickets/priority.ts), so a form shows it before saving; null until it loads.
 */
export function usePriorityFor(): (impact: Impact, urgency: Urgency) => Priority | null {
  const [{ data }] = useQuery({ query: PriorityMatrix });
  const matrix = data?.priorityMatrix;
  return useCallback((impact, urgency) => matrix?.find((c) => c.impact === impact && c.urgency === urgency)?.priority ?? null, [matrix]);
}
