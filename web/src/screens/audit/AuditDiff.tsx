import { diffJson } from 'diff';
import { useI18n } from '../../i18n/i18n';

/** One line of the diff: kept, removed (before only) or added (after only). */
interface DiffLine { sign: ' ' | '-' | '+'; text: string }

function linesOf(before: unknown, after: unknown): DiffLine[] {
  const out: DiffLine[] = [];
  for (const part of diffJson((before ?? {}) as object, (after ?? {}) as object)) {
    const sign = part.added ? '+' : part.removed ? '-' : ' ';
    for (const text of part.value.replace(/\n$/, '').split('\n')) out.push({ sign, text });
  }
  return out;
}

/** An entry's before and after as one line diff of their JSON (a creation: all added; a removal: all removed). */
export function AuditDiff({ id, label, before, after }: { id: string; label: string; before: unknown; after: unknown }) {
  const { t } = useI18n();
  const lines = linesOf(before, after);
  return (
    <div id={id} className="audit-diff" role="region" aria-label={label}>
      <p className="muted">
        {before === null ? `${t('audit.diff.before')}: ${t('audit.diff.none')}. ` : ''}
        {after === null ? `${t('audit.diff.after')}: ${t('audit.diff.removed')}. ` : ''}
        {t('audit.diff.legend')}
      </p>
      <pre className="audit-diff-lines">
        {lines.map((l, i) => (
          <div key={i} className={l.sign === '+' ? 'audit-added' : l.sign === '-' ? 'audit-removed' : undefined}>
            <span aria-hidden="true" className="audit-sign">{l.sign === '-' ? '−' : l.sign}</span>
            {l.sign !== ' ' && <span className="sr-only">{l.sign === '+' ? t('audit.diff.after') : t('audit.diff.before')}: </span>}
            {l.text}
          </div>
        ))}
      </pre>
    </div>
  );
}
