import { useI18n } from '../../../i18n/i18n';
import { ReadLogTable } from '../../confidential/ReadLogTable';

/** The agency's log of reads of its confidential cases: shown to its information-security contact (person or deputy). */
export function ReadLogSection({ agencyId }: { agencyId: string }) {
  const { t } = useI18n();
  return (
    <section id="laslogg" aria-labelledby="read-log-title" className="cw-section">
      <h2 id="read-log-title">{t('readLog.title')}</h2>
      <p>{t('readLog.intro.customer')}</p>
      <ReadLogTable agencyId={agencyId} caseLink={(number) => `/kundwebb/arenden/${number}`} />
    </section>
  );
}
