import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { useDebounced } from '../../components/useDebounced';
import { apiErrorMessage } from '../../components/ApiError';

const CallerSearch = graphql(`
  query IntakeCallerSearch($search: String!) {
    users(first: 10, role: CUSTOMER, search: $search) {
      edges { node { id name email phone agency { id name } } }
    }
  }
`);

export interface Caller {
  id: string;
  name: string;
  email?: string | null;
  phone?: string | null;
  agency?: { id: string; name: string } | null;
}

/**
 * Finds the caller by phone number, name or e-mail (the API's `users(search:)`, debounced) and
 * lists the customer users it matches; choosing one shows them with their agency.
 */
export function CallerPicker({ caller, onChange, initialSearch, error }: {
  caller: Caller | null; onChange(caller: Caller | null): void; initialSearch: string; error?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [search, setSearch] = useState(initialSearch);
  const settled = useDebounced(search.trim(), 250);
  const [{ data, fetching, error: failed }] = useQuery({ query: CallerSearch, variables: { search: settled }, pause: settled.length < 2 || caller !== null });
  const hits = data?.users.edges.map((e) => e.node) ?? [];
  const errorId = `${id}-error`;

  if (caller) {
    return (
      <fieldset className="caller">
        <legend>{t('intake.caller')}</legend>
        <p className="chosen" aria-label={t('intake.caller.chosen')}>
          <strong>{caller.name}</strong> {caller.phone && <span className="muted">{caller.phone}</span>} {caller.email && <span className="muted">{caller.email}</span>}
        </p>
        <button type="button" className="secondary" onClick={() => onChange(null)}>{t('intake.caller.change')}</button>
      </fieldset>
    );
  }
  return (
    <fieldset className="caller">
      <legend>{t('intake.caller')}</legend>
      <label htmlFor={`${id}-search`}>{t('intake.caller.search')}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={search}
        autoComplete="off"
        aria-describedby={`${id}-hint${error ? ` ${errorId}` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setSearch(e.target.value)}
      />
      <p id={`${id}-hint`} className="muted hint">{t('intake.caller.hint')}</p>
      {error && <p id={errorId} className="error field-error">{error}</p>}
      {failed && <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(failed, t) })}</p>}
      {settled.length >= 2 && !fetching && data && hits.length === 0 && <p role="status">{t('intake.caller.none', { search: settled })}</p>}
      {hits.length > 0 && (
        <ul className="caller-hits" aria-label={t('intake.caller.results')}>
          {hits.map((u) => (
            <li key={u.id}>
              <button type="button" onClick={() => onChange(u)}>
                <span className="name"><span className="sr-only">{t('intake.caller.choose')} </span>{u.name}</span>
                <span>{u.phone ?? ''}</span>
                <span>{u.email ?? ''}</span>
                <span>{u.agency?.name ?? ''}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
