import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { useViewer } from '../../viewer';
import { apiErrorMessage } from '../../components/ApiError';

/** A user error as every payload gives it. */
export interface UserError { code: string; message: string; field?: readonly string[] | null }

/** Errors of one refused mutation: by field (the last part of the API's path, or the whole path joined with "."), and the rest. */
export interface FormErrors { fields: Record<string, string>; general: string[] }
export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/**
 * Sorts the API's user errors to their fields. `explain` may give a message of the catalogue for
 * an error it knows (by field and code); otherwise the API's own message is shown.
 */
export function errorsByField(userErrors: readonly UserError[], explain: (field: string, e: UserError) => string | undefined = () => undefined, at: (path: readonly string[]) => string | null = lastInputField): FormErrors {
  const out: FormErrors = { fields: {}, general: [] };
  for (const e of userErrors) {
    const field = e.field ? at(e.field) : null;
    const message = (field && explain(field, e)) || e.message;
    if (field) out.fields[field] = out.fields[field] ? `${out.fields[field]} ${message}` : message;
    else out.general.push(message);
  }
  return out;
}

/** ["input", "resolutionMinutes"] → "resolutionMinutes"; a path outside the input (an ID argument) → null. */
export function lastInputField(path: readonly string[]): string | null {
  return path[0] === 'input' && path.length > 1 ? path[path.length - 1]! : null;
}

/** Whether a query or mutation was refused for the viewer's role (top-level FORBIDDEN). */
export function isForbidden(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
}

/** The clear "not allowed" state: the API (or the viewer's role, as the API reports it) refuses this screen. */
export function NotAllowed({ fromApi = false }: { fromApi?: boolean }) {
  const { t } = useI18n();
  const viewer = useViewer();
  return (
    <section className="admin-denied" aria-labelledby="admin-denied-title">
      <h1 id="admin-denied-title">{t('admin.notAllowed.title')}</h1>
      <p role="alert">{fromApi || !viewer ? t('admin.notAllowed.api') : t('admin.notAllowed', { role: t(`role.${viewer.role}` as MessageKey) })}</p>
      <p><Link to="/work">{t('app.nav.work')}</Link></p>
    </section>
  );
}

/** Loading, refused or failed: what a screen shows instead of its data (null when the data is there). */
export function QueryState({ fetching, error, hasData }: { fetching: boolean; error?: CombinedError; hasData: boolean }) {
  const { t } = useI18n();
  if (isForbidden(error)) return <NotAllowed fromApi />;
  if (error && !hasData) return <p role="alert" className="error">{t('admin.error', { message: apiErrorMessage(error, t) })}</p>;
  if (fetching && !hasData) return <p role="status">{t('app.loading')}</p>;
  return null;
}

/** A labelled control with the API's error under it (aria-invalid and aria-describedby wired). */
export function Field({ label, error, hint, children, className }: {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  className?: string;
  children(props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }): ReactNode;
}) {
  const id = useId();
  const described = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className={`admin-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {hint && <span id={`${id}-hint`} className="muted admin-hint">{hint}</span>}
      {error && <p id={`${id}-error`} className="error field-error">{error}</p>}
    </div>
  );
}

/** The outcome line of a form: the general errors (an alert) or what was done (a status). */
export function Outcome({ errors, done }: { errors: FormErrors; done: string | null }) {
  const { t } = useI18n();
  const fieldCount = Object.keys(errors.fields).length;
  if (errors.general.length || fieldCount)
    return <p role="alert" className="error">{[fieldCount ? t('admin.errors.summary') : null, ...errors.general].filter(Boolean).join(' ')}</p>;
  return done ? <p role="status" className="ok">{done}</p> : null;
}

/** A crumb back to /admin above each admin screen. */
export function Crumb() {
  const { t } = useI18n();
  return <nav aria-label={t('admin.back')} className="admin-crumb"><Link to="/admin">← {t('admin.back')}</Link></nav>;
}
