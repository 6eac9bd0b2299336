import type { Tier } from '../directory/directory.enums';
import type { CommentVisibility, TicketEventKind } from './ticket.enums';

/** A history event's values as a set-based statement inserts it (insertHistorySql's JSON). */
export interface HistoryValues {
  actor?: number;
  at: Date;
  kind: TicketEventKind;
  field?: string;
  fromValue?: string;
  toValue?: string;
  fromRef?: string;
  toRef?: string;
  note?: string;
  tier: Tier;
  visibility: CommentVisibility;
}
