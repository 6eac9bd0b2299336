/** The audit log's pure parts: what a snapshot may hold, how secrets are kept out, which fields changed. */

export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };
export type AuditSnapshot = { [field: string]: AuditValue };

/** Field names whose values never reach the log, at any depth: webhook secrets, tokens, passwords, keys. */
const SECRET_FIELD = /secret|token|password|passwd|api[-_]?key|credential|private[-_]?key/i;

export const REDACTED = '[redacted]';
/** Stands for a secret that the change replaced: the entry shows that it changed, never what to. */
export const REDACTED_CHANGED = '[redacted: replaced]';

/** A value's JSON with object keys sorted, so two snapshots compare by content, not key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** An http(s) URL with the values of its secret-named query parameters (`?token=`, `&api_key=`) and any password replaced. */
export function redactUrl(text: string): string {
  if (!/^https?:\/\//i.test(text)) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  let changed = false;
  if (url.password) {
    url.password = 'redacted';
    changed = true;
  }
  for (const key of [...url.searchParams.keys()]) {
    if (SECRET_FIELD.test(key) || /^(sig|signature|code|key|auth)$/i.test(key)) {
      url.searchParams.set(key, 'redacted');
      changed = true;
    }
  }
  return changed ? url.href : text;
}

function redactValue(value: AuditValue, other: AuditValue | undefined, secretHere: boolean): AuditValue {
  if (secretHere) return value === null ? null : other !== undefined && canonical(other) !== canonical(value) ? REDACTED_CHANGED : REDACTED;
  if (typeof value === 'string') return redactUrl(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, undefined, false));
  if (value && typeof value === 'object') return redactSnapshot(value, undefined);
  return value;
}

function redactSnapshot(snapshot: AuditSnapshot, other: AuditSnapshot | null | undefined): AuditSnapshot {
  const out: AuditSnapshot = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (value === undefined) continue;
    const counterpart = other && typeof other === 'object' ? other[key] : undefined;
    out[key] = redactValue(value, counterpart, SECRET_FIELD.test(key));
  }
  return out;
}

/**
 * Before and after with every secret-named field's value replaced: `[redacted]`, or in `after`
 * `[redacted: replaced]` where the secret changed (a rotation shows as a change of `secret`).
 */
export function redactPair(before: AuditSnapshot | null, after: AuditSnapshot | null): [AuditSnapshot | null, AuditSnapshot | null] {
  return [before && redactSnapshot(before, null), after && redactSnapshot(after, before)];
}

/** The top-level fields whose values differ between before and after (a creation: every field of after), sorted. */
export function changedFields(before: AuditSnapshot | null | undefined, after: AuditSnapshot | null | undefined): string[] {
  if (!before || !after) return Object.keys(before ?? after ?? {}).sort();
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => canonical(before[k]) !== canonical(after[k])).sort();
}
