import { useCallback, useId, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useI18n, type Translate } from '../../i18n/i18n';
import { sv, type MessageKey } from '../../i18n/sv';
import { apiErrorMessage } from '../../components/ApiError';

/** A `userErrors` entry as every payload gives it. */
export interface ApiUserError {
  code: string;
  message: string;
  field?: string[] | null;
}

export interface FormErrors {
  /** Errors that belong to no field on the form (a stale version, yourself). */
  general?: string;
  /** By the last part of the field path (`email`, `agencyId`). */
  fields: Record<string, string>;
}

/** A mutation result's payload: the one root field's value. */
type PayloadOf<R extends { data?: object | null }> = NonNullable<NonNullable<R['data']>[keyof NonNullable<R['data']>]>;

/** The catalogue's wording for an error at a field (`dir.err.email.CONFLICT`), else the API's message. */
export function errorText(t: Translate, e: ApiUserError): string {
  const field = e.field?.[e.field.length - 1];
  if (field === 'expectedVersion') return t('dir.conflict');
  const key = `dir.err.${field}.${e.code}`;
  if (key in sv) return t(key as MessageKey);
  return e.message;
}

/**
 * A form's errors: the API's userErrors placed at the fields the form shows, the rest above it;
 * a transport or authorisation failure as a general error (no stack trace: only the message).
 */
export function useFormErrors(fieldsShown: readonly string[]) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const clear = useCallback(() => setErrors({ fields: {} }), []);
  /** The payload when the mutation changed something; null (errors shown) otherwise. */
  const take = useCallback(
    <R extends { data?: object | null; error?: CombinedError }>(result: R): PayloadOf<R> | null => {
      const payload = result.data ? (Object.values(result.data)[0] as (PayloadOf<R> & { userErrors: ApiUserError[] }) | undefined) : undefined;
      if (result.error || !payload) {
        setErrors({ general: t('app.error', { message: apiErrorMessage(result.error, t) }), fields: {} });
        return null;
      }
      if (!payload.userErrors.length) {
        setErrors({ fields: {} });
        return payload;
      }
      const fields: Record<string, string> = {};
      const general: string[] = [];
      for (const e of payload.userErrors) {
        const field = e.field?.[e.field.length - 1];
        if (field && fieldsShown.includes(field)) fields[field] = errorText(t, e);
        else general.push(errorText(t, e));
      }
      setErrors({ general: general.join(' ') || undefined, fields });
      return null;
    },
    [fieldsShown, t],
  );
  return { errors, take, clear };
}


/** A labelled control with its error below it, tied together for screen readers. */
export function Field({ label, error, children }: { label: string; error?: string; children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode }) {
  const id = useId();
  return (
    <div className="dir-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined })}
      {error && <p id={`${id}-error`} className="error field-error">{error}</p>}
    </div>
  );
}

/** The general errors and the success note of a form, announced when they appear. */
export function FormStatus({ errors, done }: { errors: FormErrors; done?: string | null }) {
  return (
    <>
      {errors.general && <p role="alert" className="error">{errors.general}</p>}
      {done && <p role="status" className="ok">{done}</p>}
    </>
  );
}
