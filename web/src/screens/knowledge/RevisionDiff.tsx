import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { DiffOp } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { KbDiff } from './queries';
import { apiErrorMessage } from '../../components/ApiError';

interface Part { op: DiffOp; text: string }

const FIELD_LABELS: Record<string, MessageKey> = { title: 'kb.diff.field.title', summary: 'kb.diff.field.summary', tags: 'kb.diff.field.tags', body: 'kb.diff.field.body' };

/** The body, compared line by line: each line of each run on its own row, + added, − removed. */
function LineDiff({ parts }: { parts: Part[] }) {
  const { t } = useI18n();
  const lines = parts.flatMap((p) => p.text.replace(/\n$/, '').split('\n').map((line) => ({ op: p.op, line })));
  return (
    <ol className="kb-diff-lines">
      {lines.map(({ op, line }, i) => (
        <li key={i} className={`kb-line kb-line-${op}`} data-op={op}>
          <span className="kb-sign" aria-hidden="true">{op === 'ADDED' ? '+' : op === 'REMOVED' ? '−' : ' '}</span>
          {op === 'ADDED' ? <ins><span className="sr-only">{t('kb.diff.added')}: </span><span className="kb-text">{line}</span></ins>
            : op === 'REMOVED' ? <del><span className="sr-only">{t('kb.diff.removed')}: </span><span className="kb-text">{line}</span></del>
            : <span className="kb-text">{line}</span>}
        </li>
      ))}
    </ol>
  );
}

/** Title, summary and tags, compared word by word, inline. */
function WordDiff({ parts }: { parts: Part[] }) {
  return (
    <p className="kb-diff-words">
      {parts.map((p, i) => (p.op === 'ADDED' ? <ins key={i}>{p.text}</ins> : p.op === 'REMOVED' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
    </p>
  );
}

/** The API's diff between two revisions (?from=&to= in the URL; the latest two by default). */
export function RevisionDiff({ articleId, latest }: { articleId: string; latest: number }) {
  const { t } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const pick = (key: string, fallback: number) => {
    const n = Number(params.get(key));
    return Number.isInteger(n) && n >= 1 && n <= latest ? n : fallback;
  };
  const from = pick('from', latest - 1);
  const to = pick('to', latest);
  const [{ data, error, fetching }] = useQuery({ query: KbDiff, variables: { id: articleId, from, to } });
  const numbers = Array.from({ length: latest }, (_, i) => latest - i);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const fields = data?.article?.diff.fields ?? [];
  return (
    <div className="kb-diff" aria-labelledby={`${id}-h`} role="region">
      <h3 id={`${id}-h`}>{t('kb.diff')}</h3>
      <div className="filters">
        <label>{t('kb.diff.from')}{' '}
          <select value={from} onChange={(e) => set('from', e.target.value)}>{numbers.map((n) => <option key={n} value={n}>{n}</option>)}</select>
        </label>
        <label>{t('kb.diff.to')}{' '}
          <select value={to} onChange={(e) => set('to', e.target.value)}>{numbers.map((n) => <option key={n} value={n}>{n}</option>)}</select>
        </label>
      </div>
      {error && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>}
      {!data && fetching && <p role="status">{t('app.loading')}</p>}
      {data && fields.length === 0 && <p className="muted">{t('kb.diff.same')}</p>}
      {fields.map((f) => (
        <div key={f.field} className="kb-diff-field" data-field={f.field}>
          <h4>{FIELD_LABELS[f.field] ? t(FIELD_LABELS[f.field]!) : f.field}</h4>
          {f.field === 'body' ? <LineDiff parts={f.parts} /> : <WordDiff parts={f.parts} />}
        </div>
      ))}
    </div>
  );
}
