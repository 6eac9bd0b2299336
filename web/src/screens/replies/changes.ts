import type { Visibility, Impact, TicketStatus, Urgency } from '../../gql/graphql';
import type { Translate } from '../../i18n/i18n';

/** A saved reply's changes as the API gives them (SavedReplyChanges). */
export interface ReplyChanges {
  commentVisibility: Visibility;
  impact?: Impact | null;
  urgency?: Urgency | null;
  status?: TicketStatus | null;
  escalateTo?: { name: string } | null;
}

/** What a macro does besides its comment, in words (the composer's picker and the /replies list). */
export function changesOf(t: Translate, changes: ReplyChanges): string[] {
  return [
    changes.commentVisibility === 'INTERNAL' ? t('replies.change.internal') : null,
    changes.impact && changes.urgency ? t('replies.change.priority', { impact: t(`level.${changes.impact}`), urgency: t(`level.${changes.urgency}`) }) : null,
    changes.escalateTo ? t('replies.change.escalate', { group: changes.escalateTo.name }) : null,
    changes.status ? t('replies.change.status', { status: t(`status.${changes.status}`) }) : null,
  ].filter((x): x is string => x !== null);
}
