import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/sv';

interface HistoryItem {
  id: string;
  kind: string;
  at: string;
  field?: string | null;
  fromValue?: string | null;
  toValue?: string | null;
  note?: string | null;
  visibility: 'PUBLIC' | 'INTERNAL';
  actor?: { name: string } | null;
}
interface CommentItem {
  id: string;
  body: string;
  visibility: 'PUBLIC' | 'INTERNAL';
  createdAt: string;
  author?: { name: string } | null;
}

type Entry = { at: string; id: string } & ({ type: 'event'; event: HistoryItem } | { type: 'comment'; comment: CommentItem });

/** History and comments in one list, oldest first; a comment's own COMMENTED event is left out. */
export function Timeline({ history, comments }: { history: readonly HistoryItem[]; comments: readonly CommentItem[] }) {
  const { t, dateTime } = useI18n();
  const entries: Entry[] = [
    ...history.filter((e) => e.kind !== 'COMMENTED').map((event): Entry => ({ type: 'event', at: event.at, id: event.id, event })),
    ...comments.map((comment): Entry => ({ type: 'comment', at: comment.createdAt, id: comment.id, comment })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return (
    <section aria-labelledby="timeline-heading" className="card timeline">
      <h2 id="timeline-heading">{t('ticket.timeline')}</h2>
      {entries.length === 0 && <p className="muted">{t('ticket.timeline.empty')}</p>}
      <ol>
        {entries.map((e) =>
          e.type === 'comment' ? (
            <li key={e.id} className={`comment comment-${e.comment.visibility}`} data-visibility={e.comment.visibility}>
              <p className="meta">
                <span className={`badge vis-${e.comment.visibility}`}>
                  {t(e.comment.visibility === 'INTERNAL' ? 'ticket.comment.internal' : 'ticket.comment.public')}
                </span>{' '}
                <strong>{e.comment.author?.name ?? t('ticket.system')}</strong> · <time dateTime={e.at}>{dateTime(e.at)}</time>
              </p>
              <p className="body">{e.comment.body}</p>
            </li>
          ) : (
            <li key={e.id} className="event" data-visibility={e.event.visibility}>
              <p className="meta">
                <strong>{t(`event.${e.event.kind}` as MessageKey)}</strong> · {e.event.actor?.name ?? t('ticket.system')} ·{' '}
                <time dateTime={e.at}>{dateTime(e.at)}</time>
                {e.event.visibility === 'INTERNAL' && <> · <span className="badge vis-INTERNAL">{t('ticket.comment.internal')}</span></>}
              </p>
              {e.event.field && (
                <p className="body">{t('event.change', { field: e.event.field, from: e.event.fromValue ?? '—', to: e.event.toValue ?? '—' })}</p>
              )}
              {e.event.note && <p className="body">{e.event.note}</p>}
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
