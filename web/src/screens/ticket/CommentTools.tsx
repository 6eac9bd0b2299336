import type { SecrecyMark } from './SecrecyFields';
import { hasRole, useViewer } from '../../viewer';
import { CommentSecrecy } from './CommentSecrecy';
import { SplitAction } from './SplitAction';
import type { TicketForActions } from './useActionDialog';

/** Who may mark a comment confidential: admins and who works cases (the API refuses a specialist outside the case's group). */
const MARKERS = ['ADMIN', 'AGENT', 'SPECIALIST'] as const;

/** What a comment on the ticket page offers beside its text: splitting it off (a public one) and its confidentiality. */
export function CommentTools({ ticket, comment }: {
  ticket: TicketForActions;
  comment: { id: string; body: string; visibility: 'PUBLIC' | 'INTERNAL'; confidentiality?: SecrecyMark | null };
}) {
  const viewer = useViewer();
  const split = ticket.availableActions.includes('SPLIT') && comment.visibility === 'PUBLIC';
  const secrecy = hasRole(viewer, MARKERS);
  if (!split && !secrecy) return null;
  return (
    <div className="comment-tools">
      {split && <SplitAction ticket={ticket} comment={comment} />}
      {secrecy && <CommentSecrecy ticket={ticket} comment={comment} />}
    </div>
  );
}
