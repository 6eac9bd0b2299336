import type { SlaConditionsInput, SlaMetric, SlaTrigger, TicketStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';

export const METRIC_KEYS: SlaMetric[] = ['FIRST_RESPONSE', 'RESOLUTION', 'TIME_AT_VENDOR'];
const TRIGGERS: SlaTrigger[] = ['CREATED', 'ASSIGNED', 'STAFF_PUBLIC_COMMENT', 'ESCALATED', 'REFERRED_TO_VENDOR', 'VENDOR_RESPONDED', 'RETURNED', 'RESOLVED', 'CLOSED', 'REOPENED'];
/** The statuses a clock may pause in (RESOLVED and CLOSED stop it instead: the API refuses them here). */
const PAUSABLE: TicketStatus[] = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_VENDOR'];

export interface MetricConditions { start: SlaTrigger[]; stop: SlaTrigger[]; pauseStatuses: TicketStatus[] }
export type Conditions = Record<SlaMetric, MetricConditions>;

/** A policy's conditions as the API gives them, as plain arrays (the form's state). */
export function conditionsOf(c: Record<SlaMetric, MetricConditions>): Conditions {
  return Object.fromEntries(METRIC_KEYS.map((m) => [m, { start: [...c[m].start], stop: [...c[m].stop], pauseStatuses: [...c[m].pauseStatuses] }])) as Conditions;
}

/** The metrics whose conditions differ from `before`, as updateSlaPolicy takes them; null when none do. */
export function changedConditions(now: Conditions, before: Conditions): SlaConditionsInput | null {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const changed = METRIC_KEYS.filter((m) => !same(now[m].start, before[m].start) || !same(now[m].stop, before[m].stop) || !same(now[m].pauseStatuses, before[m].pauseStatuses));
  return changed.length ? Object.fromEntries(changed.map((m) => [m, now[m]])) : null;
}

function Choices<T extends string>({ legend, values, chosen, label, onChange }: {
  legend: string; values: T[]; chosen: T[]; label(v: T): string; onChange(next: T[]): void;
}) {
  return (
    <fieldset className="sla-choices">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="admin-check">
          <input type="checkbox" value={v} checked={chosen.includes(v)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((x) => x !== v))} />
          {label(v)}
        </label>
      ))}
    </fieldset>
  );
}

/** When each metric's clock starts, stops and pauses: one group per metric, the API's error at its metric. */
export function SlaConditionsEditor({ value, onChange, errors }: { value: Conditions; onChange(next: Conditions): void; errors: Record<string, string> }) {
  const { t } = useI18n();
  return (
    <details className="sla-conditions" open={METRIC_KEYS.some((m) => errors[m]) || undefined}>
      <summary>{t('admin.sla.conditions')}</summary>
      {METRIC_KEYS.map((m) => {
        const set = (change: Partial<MetricConditions>) => onChange({ ...value, [m]: { ...value[m], ...change } });
        const errorId = `sla-cond-${m}-error`;
        return (
          <fieldset key={m} className="sla-metric" aria-describedby={errors[m] ? errorId : undefined}>
            <legend>{t(`sla.metric.${m}` as MessageKey)}</legend>
            {errors[m] && <p id={errorId} className="error field-error">{errors[m]}</p>}
            <div className="sla-metric-groups">
              <Choices legend={t('admin.sla.conditions.start')} values={TRIGGERS} chosen={value[m].start} label={(v) => t(`admin.sla.trigger.${v}`)} onChange={(start) => set({ start })} />
              <Choices legend={t('admin.sla.conditions.stop')} values={TRIGGERS} chosen={value[m].stop} label={(v) => t(`admin.sla.trigger.${v}`)} onChange={(stop) => set({ stop })} />
              <Choices legend={t('admin.sla.conditions.pause')} values={PAUSABLE} chosen={value[m].pauseStatuses} label={(v) => t(`status.${v}` as MessageKey)} onChange={(pauseStatuses) => set({ pauseStatuses })} />
            </div>
          </fieldset>
        );
      })}
    </details>
  );
}
