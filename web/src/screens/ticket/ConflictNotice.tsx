import { useI18n } from '../../i18n/i18n';
import type { Conflict } from './useTicketAction';

/** Someone changed the ticket meanwhile: what changed, and a button to redo the action on the new version. */
export function ConflictNotice({ conflict, onRedo, busy }: { conflict: Conflict; onRedo(): void; busy: boolean }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="conflict" data-testid="conflict">
      <p>{t('composer.conflict')}</p>
      {conflict.changes.length ? (
        <ul>
          {conflict.changes.map((c) => (
            <li key={c.label}>{t('event.change', { field: t(c.label), from: c.from, to: c.to })}</li>
          ))}
        </ul>
      ) : (
        <p>{t('composer.conflict.none', { version: conflict.latest.version })}</p>
      )}
      <button type="button" onClick={onRedo} disabled={busy}>
        {t('actions.redo')}
      </button>
    </div>
  );
}
