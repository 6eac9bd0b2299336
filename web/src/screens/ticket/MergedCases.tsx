import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';

/** On a merged case: it is closed, and where the work goes on. */
export function MergedBanner({ into }: { into?: { number: string } | null }) {
  const { t } = useI18n();
  if (!into) return null;
  return (
    <div role="status" className="merged-banner" data-testid="merged-banner">
      <p>{t('merge.banner', { number: into.number })}</p>
      <Link to={`/tickets/${into.number}`}>{t('merge.banner.link', { number: into.number })}</Link>
    </div>
  );
}

/** On a target: the duplicates merged into it, each with its title and description (the start of its story). */
export function MergedCases({ cases }: { cases: readonly { id: string; number: string; title: string; description: string }[] }) {
  const { t } = useI18n();
  if (!cases.length) return null;
  return (
    <>
      <h3>{t('merge.merged')}</h3>
      <ul className="merged-cases">
        {cases.map((c) => (
          <li key={c.id}>
            <Link to={`/tickets/${c.number}`}>{c.number}</Link> {c.title}
            <p className="description">{c.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
