import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { sv, type MessageKey } from '../i18n/sv';

/** The history's field names (the API's) as the ticket's labels. */
const FIELDS: Record<string, MessageKey> = {
  status: 'ticket.field.status', priority: 'ticket.field.priority', tier: 'ticket.field.tier', group: 'ticket.field.group',
  assignee: 'ticket.field.assignee', category: 'ticket.field.category', title: 'ticket.field.title', service: 'ticket.field.service',
  serviceArea: 'ticket.field.serviceArea', impact: 'ticket.field.impact', urgency: 'ticket.field.urgency',
  article: 'ticket.field.article', mergedInto: 'ticket.field.mergedInto', mergedFrom: 'ticket.field.mergedFrom',
  splitTo: 'ticket.field.splitTo', splitFrom: 'ticket.field.splitFrom', closureReason: 'ticket.field.closureReason',
  confidentiality: 'secrecy.title',
  FIRST_RESPONSE: 'sla.metric.FIRST_RESPONSE', RESOLUTION: 'sla.metric.RESOLUTION', TIME_AT_VENDOR: 'sla.metric.TIME_AT_VENDOR',
};
/** Fields whose values are enum values, and the catalogue prefix that names them. */
const ENUMS: Record<string, string> = {
  closureReason: 'closureReason', status: 'status', priority: 'priority', tier: 'tier', category: 'category', impact: 'level', urgency: 'level', channel: 'channel',
  confidentiality: 'secrecy.code', FIRST_RESPONSE: 'sla.state', RESOLUTION: 'sla.state', TIME_AT_VENDOR: 'sla.state',
};
const catalogueKeys: Record<string, unknown> = sv;
/** Fields whose entry names one other case (a merge, a split): shown as "label: number", not as a change. */
const POINTERS = new Set(['mergedInto', 'mergedFrom', 'splitTo', 'splitFrom']);
/** Fields whose values are internal row numbers (a comment's confidentiality mark): the entry's kind says it all. */
const UNSHOWN = new Set(['comment']);

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
  /** The case it was written on, when a merge moved it here. */
  mergedFrom?: { number: string } | null;
  /** Its confidentiality mark (sekretess), when it has one. */
  confidentiality?: { code: string; reason: string; readerRoles: readonly string[] } | null;
}

interface ReferralItem {
  id: string;
  question: string;
  answer?: string | null;
  vendorReference?: string | null;
  sentAt: string;
  answeredAt?: string | null;
  withdrawnAt?: string | null;
  vendor: { name: string };
}

type Entry = { at: string; id: string } & (
  | { type: 'event'; event: HistoryItem }
  | { type: 'comment'; comment: CommentItem }
  | { type: 'referral'; referral: ReferralItem }
);

/** A vendor referral: the question, the vendor's reference and answer (or that it is still open). */
function Referral({ r }: { r: ReferralItem }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      <p className="meta">
        <strong>{t('timeline.referral', { vendor: r.vendor.name })}</strong> · <time dateTime={r.sentAt}>{dateTime(r.sentAt)}</time>
        {r.vendorReference && <> · {t('timeline.vendorReference', { reference: r.vendorReference })}</>}
      </p>
      <p className="body">{r.question}</p>
      {r.answer ? (
        <p className="body answer">
          <strong>{t('timeline.vendorAnswer')}</strong> ({r.answeredAt ? dateTime(r.answeredAt) : ''}): {r.answer}
        </p>
      ) : (
        <p className="body muted">{t(r.withdrawnAt ? 'timeline.referralWithdrawn' : 'timeline.referralOpen')}</p>
      )}
    </>
  );
}

/** History and comments in one list, oldest first; a comment's own COMMENTED event is left out. */
export function Timeline({ history, comments, referrals = [], commentAction }: {
  history: readonly HistoryItem[];
  comments: readonly CommentItem[];
  referrals?: readonly ReferralItem[];
  /** What a comment offers beside its text (splitting it off), when the ticket allows it. */
  commentAction?: (comment: CommentItem) => ReactNode;
}) {
  const { t, dateTime } = useI18n();
  const fieldName = (field: string) => (FIELDS[field] ? t(FIELDS[field]) : field);
  /** An enum value in the user's language (status, priority, tier, category, ...), other values as they are. */
  const value = (field: string, v: string | null | undefined) => {
    if (!v) return '—';
    const prefix = ENUMS[field];
    const key = prefix && (`${prefix}.${v}` as MessageKey);
    return key && key in catalogueKeys ? t(key) : v;
  };
  const entries: Entry[] = [
    ...history.filter((e) => e.kind !== 'COMMENTED').map((event): Entry => ({ type: 'event', at: event.at, id: event.id, event })),
    ...comments.map((comment): Entry => ({ type: 'comment', at: comment.createdAt, id: comment.id, comment })),
    ...referrals.map((referral): Entry => ({ type: 'referral', at: referral.sentAt, id: referral.id, referral })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return (
    <section aria-labelledby="timeline-heading" className="card timeline">
      <h2 id="timeline-heading">{t('ticket.timeline')}</h2>
      {entries.length === 0 && <p className="muted">{t('ticket.timeline.empty')}</p>}
      <ol>
        {entries.map((e) =>
          e.type === 'referral' ? (
            <li key={e.id} className="referral" data-visibility="INTERNAL">
              <Referral r={e.referral} />
            </li>
          ) : e.type === 'comment' ? (
            <li key={e.id} className={`comment comment-${e.comment.visibility}`} data-visibility={e.comment.visibility}>
              <p className="meta">
                <span className={`badge vis-${e.comment.visibility}`}>
                  {t(e.comment.visibility === 'INTERNAL' ? 'ticket.comment.internal' : 'ticket.comment.public')}
                </span>{' '}
                <strong>{e.comment.author?.name ?? t('ticket.system')}</strong> · <time dateTime={e.at}>{dateTime(e.at)}</time>
                {e.comment.mergedFrom && (
                  <> · <Link className="badge merged-from" to={`/tickets/${e.comment.mergedFrom.number}`}>{t('merge.from', { number: e.comment.mergedFrom.number })}</Link></>
                )}
                {e.comment.confidentiality && (
                  <> · <span className="badge secrecy" data-code={e.comment.confidentiality.code}>{t('secrecy.comment.badge', { ground: t(`secrecy.code.${e.comment.confidentiality.code}` as MessageKey) })}</span></>
                )}
              </p>
              <p className="body">{e.comment.body}</p>
              {commentAction?.(e.comment)}
            </li>
          ) : (
            <li key={e.id} className="event" data-visibility={e.event.visibility}>
              <p className="meta">
                <strong>{t(`event.${e.event.kind}` as MessageKey)}</strong> · {e.event.actor?.name ?? t('ticket.system')} ·{' '}
                <time dateTime={e.at}>{dateTime(e.at)}</time>
                {e.event.visibility === 'INTERNAL' && <> · <span className="badge vis-INTERNAL">{t('ticket.comment.internal')}</span></>}
              </p>
              {e.event.field && POINTERS.has(e.event.field) ? (
                <p className="body">{fieldName(e.event.field)}: {e.event.toValue ?? e.event.fromValue}</p>
              ) : e.event.field && !UNSHOWN.has(e.event.field) && (
                <p className="body">{t('event.change', { field: fieldName(e.event.field), from: value(e.event.field, e.event.fromValue), to: value(e.event.field, e.event.toValue) })}</p>
              )}
              {e.event.note && <p className="body">{e.event.kind === 'CREATED' ? value('channel', e.event.note) : e.event.note}</p>}
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
