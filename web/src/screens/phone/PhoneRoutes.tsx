import { useCallback, useEffect, useState } from 'react';
import { Route, Routes, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { hasRole, useViewer } from '../../viewer';
import { Callbacks } from './Callbacks';
import { QueueCard, type QueueKey, type QueueSummary } from './QueueCard';
import { Statistics } from './Statistics';
import './phone.css';

const QUEUES: readonly QueueKey[] = ['PAYROLL', 'FINANCE', 'ECOMMERCE', 'GENERAL'];

/**
 * The phone wallboard: every call queue live (waiting calls with their places and waits, the
 * longest and expected wait), answering a call (to its ticket), the callbacks of the queue chosen
 * in the URL (?callbacks=PAYROLL), and today's statistics.
 */
function Wallboard() {
  const { t } = useI18n();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('callbacks');
  const callbackQueue: QueueKey = QUEUES.includes(chosen as QueueKey) ? (chosen as QueueKey) : 'PAYROLL';
  const [summaries, setSummaries] = useState<Partial<Record<QueueKey, QueueSummary>>>({});
  const canWork = hasRole(viewer, ['AGENT']);
  const onChange = useCallback((key: QueueKey, s: QueueSummary) => setSummaries((p) => (p[key]?.key === s.key ? p : { ...p, [key]: s })), []);
  // One stable handler per queue, made once.
  const [handlers] = useState(() => Object.fromEntries(QUEUES.map((q) => [q, (s: QueueSummary) => onChange(q, s)])) as Record<QueueKey, (s: QueueSummary) => void>);
  const statsKey = QUEUES.map((q) => summaries[q]?.key ?? '').join('|');

  useEffect(() => {
    document.title = `${t('phone.title')} · ${t('app.name')}`;
  }, [t]);

  return (
    <div className="phone">
      <h1>{t('phone.title')}</h1>
      {viewer && !canWork && <p className="muted">{t('phone.readOnly')}</p>}
      <h2 className="sr-only">{t('phone.queues')}</h2>
      <div className="queues-grid">
        {QUEUES.map((q) => <QueueCard key={q} queueKey={q} canAnswer={canWork} onChange={handlers[q]} />)}
      </div>
      <div className="phone-lower">
        <Callbacks
          queues={QUEUES}
          queueKey={callbackQueue}
          onQueue={(key) => setParams((p) => { p.set('callbacks', key); return p; }, { replace: true })}
          pending={summaries[callbackQueue]?.callbacksPending}
          canTake={canWork}
          meId={viewer?.user.id ?? null}
        />
        <Statistics refreshKey={statsKey} />
      </div>
    </div>
  );
}

export default function PhoneRoutes() {
  return (
    <Routes>
      <Route index element={<Wallboard />} />
    </Routes>
  );
}
