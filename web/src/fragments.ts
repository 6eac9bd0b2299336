import { graphql } from './gql';

/** A ticket as every screen shows its header and queue row (the live updates select the same). */
export const TicketSummary = graphql(`
  fragment TicketSummary on Ticket {
    id
    number
    title
    priority
    status
    tier
    category
    version
    createdAt
    updatedAt
    agency { id name }
    group { id name }
    assignee { id name }
    serviceArea { id name }
    service { id name }
    requester { id name }
    slaTimers { ...SlaClock }
  }
`);

export const SlaClock = graphql(`
  fragment SlaClock on SlaTimer {
    id
    metric
    state
    dueAt
    startedAt
    remainingSeconds
    percentUsed
    pausedAt
    pausedMinutes
    breachedAt
    metAt
    stoppedAt
    policy { id warningThresholds }
  }
`);
