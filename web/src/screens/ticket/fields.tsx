import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  /** The API's user error for this field, shown under it and announced with it. */
  error?: string;
  hint?: string;
  children(props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }): ReactNode;
}

/** A labelled control with its hint and the API's user error at it (aria-invalid, aria-describedby). */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {hint && <p id={`${id}-hint`} className="muted hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="error field-error">{error}</p>}
    </div>
  );
}
