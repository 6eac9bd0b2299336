import { useEffect, useId, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useDebounced } from '../../components/useDebounced';
import type { RepliesListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { QueryState } from '../admin/admin-common';
import { changesOf } from './changes';
import { RepliesList as RepliesListDocument } from './queries';
import { replyPath, scopeText } from './shared';

type Row = RepliesListQuery['savedReplies']['edges'][number]['node'];

function ReplyRow({ reply }: { reply: Row }) {
  const { t } = useI18n();
  const changes = changesOf(t, reply.changes);
  return (
    <tr data-reply={reply.id}>
      <th scope="row"><Link to={replyPath(reply.id)}>{reply.title}</Link></th>
      <td>{scopeText(t, reply)}</td>
      <td>
        {reply.isMacro || changes.length ? (
          <>
            {reply.isMacro && <span className="badge replies-macro">{t('replies.list.macro')}</span>}{' '}
            {changes.length > 0 && <span className="replies-changes">{changes.join(', ')}</span>}
          </>
        ) : (
          <span className="muted">{t('replies.list.textOnly')}</span>
        )}
      </td>
    </tr>
  );
}

/**
 * /replies?q=<text>: the saved replies the viewer may use (theirs, their groups', the global ones),
 * by title, with each one's scope and, for a macro, what it changes; the search is in the URL.
 */
export function RepliesList() {
  const { t } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  // What the form just did (saved, created, deleted), announced once on arrival.
  const done = (useLocation().state as { done?: string } | null)?.done;
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const settled = useDebounced(text, 300);
  useEffect(() => setText(q), [q]);
  useEffect(() => {
    if (settled.trim() === q.trim()) return;
    setParams(settled.trim() ? { q: settled.trim() } : {}, { replace: true });
  }, [settled]); // eslint-disable-line react-hooks/exhaustive-deps

  const search = q.trim() || undefined;
  const [{ data, fetching, error }] = useQuery({ query: RepliesListDocument, variables: { search }, requestPolicy: 'cache-and-network' });
  const rows = data?.savedReplies.edges.map((e) => e.node) ?? [];

  return (
    <section className="replies" aria-labelledby={`${id}-title`}>
      <div className="replies-head">
        <h1 id={`${id}-title`}>{t('replies.title')}</h1>
        <Link className="button" to="/replies/new">{t('replies.new')}</Link>
      </div>
      <p className="muted">{t('replies.intro')}</p>
      {done && <p role="status" className="ok">{done}</p>}
      <form role="search" className="replies-search" onSubmit={(e) => (e.preventDefault(), setParams(text.trim() ? { q: text.trim() } : {}))}>
        <label htmlFor={`${id}-q`}>{t('replies.search')}</label>
        <input id={`${id}-q`} type="search" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />
      </form>
      <QueryState fetching={fetching} error={error} hasData={!!data} />
      {data && (rows.length ? (
        <table className="replies-table">
          <caption className="sr-only">{t('replies.title')}</caption>
          <thead>
            <tr><th scope="col">{t('replies.col.title')}</th><th scope="col">{t('replies.col.scope')}</th><th scope="col">{t('replies.col.changes')}</th></tr>
          </thead>
          <tbody>{rows.map((r) => <ReplyRow key={r.id} reply={r} />)}</tbody>
        </table>
      ) : (
        <p role="status">{search ? t('replies.list.noHits', { q: search }) : t('replies.list.empty')}</p>
      ))}
      {data?.savedReplies.pageInfo.hasNextPage && <p className="muted">{t('replies.list.more')}</p>}
    </section>
  );
}

