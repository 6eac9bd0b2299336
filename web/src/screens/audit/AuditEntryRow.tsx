import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n, type Translate } from '../../i18n/i18n';
import { sv, type MessageKey } from '../../i18n/sv';
import { AuditDiff } from './AuditDiff';

export interface AuditEntryValue {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  relatedType?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  changedFields: string[];
  requestId?: string | null;
  actor?: { id: string; name: string } | null;
}

/** A catalogue label when there is one, else the API's own code (a domain may log actions the console does not know yet). */
export const labelOr = (t: Translate, key: string, fallback: string) => (key in sv ? t(key as MessageKey) : fallback);

/** One entry: when, who, what, on which object, the changed fields, and a button that opens its before/after diff. */
export function AuditEntryRow({ entry: e, onlyThis }: { entry: AuditEntryValue; onlyThis: string }) {
  const { t, dateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const action = labelOr(t, `audit.action.${e.action}`, e.action);
  const diffId = `audit-diff-${e.id}`;
  const type = labelOr(t, `audit.type.${e.entityType}`, e.entityType);
  return (
    <>
      <tr>
        <td>{dateTime(e.at)}</td>
        <td>{e.actor?.name ?? t('audit.system')}</td>
        <td>{action}</td>
        <td>
          {type}
          <div>
            <Link to={onlyThis} className="audit-only">
              {t('audit.onlyThis')}
              <span className="sr-only"> ({type}, {e.entityId})</span>
            </Link>
          </div>
        </td>
        <td>{e.changedFields.join(', ')}</td>
        <td>
          <button type="button" aria-expanded={open} aria-controls={open ? diffId : undefined} onClick={() => setOpen(!open)}>
            {open ? t('audit.hide') : t('audit.show')}
          </button>
        </td>
      </tr>
      {open && (
        <tr className="audit-diff-row">
          <td colSpan={6}>
            <AuditDiff id={diffId} label={t('audit.diff.title', { action })} before={e.before ?? null} after={e.after ?? null} />
            {e.requestId && <p className="muted">{t('audit.request', { id: e.requestId })}</p>}
          </td>
        </tr>
      )}
    </>
  );
}
