import type { TicketSummaryFragment } from '../../gql/graphql';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';

/** One header field that differs between the version the agent acted on and the current one. */
export interface TicketChange {
  label: MessageKey;
  from: string;
  to: string;
}

/** The header fields an agent would want to know changed under them, each as shown on screen. */
const WATCHED: [MessageKey, (ticket: TicketSummaryFragment, t: Translate) => string][] = [
  ['ticket.field.title', (x) => x.title],
  ['ticket.field.status', (x, t) => t(`status.${x.status}`)],
  ['ticket.field.priority', (x, t) => t(`priority.${x.priority}`)],
  ['ticket.field.tier', (x, t) => t(`tier.${x.tier}`)],
  ['ticket.field.group', (x) => x.group.name],
  ['ticket.field.assignee', (x) => x.assignee?.name ?? '–'],
  ['ticket.field.category', (x, t) => t(`category.${x.category}`)],
  ['ticket.field.service', (x) => x.service?.name ?? '–'],
];

/** What changed from `before` to `after`, in the user's language ("Prioritet: P3 → P2"). */
export function ticketChanges(before: TicketSummaryFragment, after: TicketSummaryFragment, t: Translate): TicketChange[] {
  return WATCHED.map(([label, get]) => ({ label, from: get(before, t), to: get(after, t) })).filter((c) => c.from !== c.to);
}
