import { messages } from '../area';

/** Issue 20 part 7: SLA policy rank, a withdrawn vendor clock, escalation by service area, the customer's priority cap. */
export const policyRules = messages(
  {
    'sla.state.WITHDRAWN': 'Återkallad',
    'admin.sla.field.rank': 'Rangordning',
    'admin.sla.field.rank.hint': 'Behövs bara när en annan aktiv regel redan gäller exakt samma omfattning: lägst rang används.',
    'admin.sla.col.rank': 'Rang',
    'admin.sla.error.scopeTaken': '"{name}" gäller redan exakt samma omfattning (rang {rank}). Ge den här regeln en annan rang för att rangordna dem.',
    'admin.sla.error.rankTaken': '"{name}" har redan rang {rank} för exakt samma omfattning.',
    'admin.sla.error.rank': 'Rangen är ett heltal från 1 till 99.',
    'dir.group.acceptsAnyArea': 'Tar emot eskaleringar från alla tjänsteområden (annars bara från gruppens eget)',
    'dir.agency.customerPriorityCap': 'Högsta prioritet kundens användare själva får sätta',
    'dir.agency.customerPriorityCap.hint': 'P2 som standard: P1 sätter bara Servicedesk.',
    'escalate.noGroups': 'Ingen andralinjegrupp hanterar ärendets tjänsteområde.',
    'customerRegister.priorityCapped': 'Den högsta prioriteten (P1, kritisk) sätter Servicedesk: beskriv läget, så höjer vi när det behövs.',
  },
  {
    'sla.state.WITHDRAWN': 'Withdrawn',
    'admin.sla.field.rank': 'Rank',
    'admin.sla.field.rank.hint': 'Needed only when another active policy already covers exactly the same scope: the lowest rank applies.',
    'admin.sla.col.rank': 'Rank',
    'admin.sla.error.scopeTaken': '"{name}" already covers exactly this scope (rank {rank}). Give this policy another rank to rank them.',
    'admin.sla.error.rankTaken': '"{name}" already has rank {rank} in exactly this scope.',
    'admin.sla.error.rank': 'The rank is a whole number from 1 to 99.',
    'dir.group.acceptsAnyArea': 'Takes escalations of every service area (otherwise only of its own)',
    'dir.agency.customerPriorityCap': 'Most urgent priority its customer users may set themselves',
    'dir.agency.customerPriorityCap.hint': 'P2 by default: only the Servicedesk sets P1.',
    'escalate.noGroups': 'No second-line group handles the case\'s service area.',
    'customerRegister.priorityCapped': 'The highest priority (P1, critical) is set by the Servicedesk: describe the situation and we raise it when needed.',
  },
);
