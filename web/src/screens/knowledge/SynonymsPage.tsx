import * as Dialog from '@radix-ui/react-dialog';
import { useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { ArticleLanguage } from '../../gql/graphql';
import { ApiError, apiErrorMessage } from '../../components/ApiError';
import { useI18n } from '../../i18n/i18n';
import { KbViewer } from './queries';
import type { UserError } from './safe';
import './synonyms.css';

const KbSynonyms = graphql(`
  query KbSynonyms($language: ArticleLanguage!) {
    synonyms(language: $language) { id language terms createdAt }
    synonymHistory(language: $language) { groupId action terms actorName at }
  }
`);

const AddSynonymGroup = graphql(`
  mutation KbAddSynonymGroup($language: ArticleLanguage!, $terms: [String!]!) {
    addSynonymGroup(language: $language, terms: $terms) { synonymGroup { id terms } userErrors { code message field } }
  }
`);

const RemoveSynonymGroup = graphql(`
  mutation KbRemoveSynonymGroup($groupId: ID!) {
    removeSynonymGroup(groupId: $groupId) { synonymGroup { id terms } userErrors { code message field } }
  }
`);

const LANGUAGES = ['sv', 'en'] as const;
type Lang = (typeof LANGUAGES)[number];

/** The terms as typed: separated by commas or new lines, blanks dropped (the API trims, lower-cases and drops duplicates). */
export const termsOf = (text: string) => text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);

const forbidden = (error: CombinedError | undefined) => error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN') ?? false;

/** The form that adds a group; the API's userErrors at the terms field (nothing added). */
function AddGroup({ language, onAdded }: { language: ArticleLanguage; onAdded(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState('');
  const [general, setGeneral] = useState('');
  const [done, setDone] = useState('');
  const [state, add] = useMutation(AddSynonymGroup);
  const input = useRef<HTMLTextAreaElement>(null);

  const explain = (e: UserError) => {
    if (e.code === 'CONFLICT') return t('kb.synonyms.error.conflict');
    if (e.code === 'BAD_USER_INPUT' && e.field?.[0] === 'terms' && e.field.length > 1) return t('kb.synonyms.error.term', { n: Number(e.field[1]) + 1 });
    if (e.code === 'BAD_USER_INPUT') return t('kb.synonyms.error.count');
    return e.message;
  };

  async function submit() {
    setFieldError('');
    setGeneral('');
    setDone('');
    const terms = termsOf(text);
    const result = await add({ language, terms });
    const payload = result.data?.addSynonymGroup;
    if (result.error || !payload) {
      setGeneral(t('app.error', { message: apiErrorMessage(result.error, t) }));
      return;
    }
    if (payload.userErrors.length) {
      const atField = payload.userErrors.filter((e) => e.field?.[0] === 'terms');
      const rest = payload.userErrors.filter((e) => e.field?.[0] !== 'terms');
      if (atField.length) setFieldError(atField.map(explain).join(' '));
      if (rest.length) setGeneral(rest.map(explain).join(' '));
      input.current?.focus();
      return;
    }
    setText('');
    setDone(t('kb.synonyms.added', { terms: payload.synonymGroup!.terms.join(', ') }));
    onAdded();
  }

  return (
    <form
      className="card kb-syn-add"
      noValidate
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-h`}>{t('kb.synonyms.add.title')}</h2>
      <div className={`kb-field${fieldError ? ' invalid' : ''}`}>
        <label htmlFor={`${id}-terms`}>{t('kb.synonyms.add.terms')}</label>
        <textarea
          ref={input}
          id={`${id}-terms`}
          name="terms"
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ''}`}
        />
        <p id={`${id}-hint`} className="muted kb-hint">{t('kb.synonyms.add.hint')}</p>
        {fieldError && <p id={`${id}-error`} className="error field-error" role="alert">{fieldError}</p>}
      </div>
      {general && <p role="alert" className="error">{general}</p>}
      <div className="action-bar">
        <button type="submit" disabled={state.fetching}>{t('kb.synonyms.add.submit')}</button>
      </div>
      <p role="status" className="kb-syn-done">{done}</p>
    </form>
  );
}

/** Remove, after a confirmation in an accessible dialog (focus returns to the button on cancel). */
function RemoveGroup({ groupId, terms, onRemoved }: { groupId: string; terms: string[]; onRemoved(terms: string[]): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const [state, remove] = useMutation(RemoveSynonymGroup);
  const label = terms.join(', ');

  async function confirm() {
    setError('');
    const result = await remove({ groupId });
    const payload = result.data?.removeSynonymGroup;
    if (result.error || !payload) {
      setError(t('app.error', { message: apiErrorMessage(result.error, t) }));
      return;
    }
    if (payload.userErrors.length) {
      setError(payload.userErrors.map((e) => (e.code === 'NOT_FOUND' ? t('kb.synonyms.error.gone') : e.message)).join(' '));
      return;
    }
    setOpen(false);
    onRemoved(terms);
  }

  return (
    <Dialog.Root open={open} onOpenChange={(o) => { setOpen(o); setError(''); }}>
      <Dialog.Trigger asChild>
        <button type="button" className="secondary" aria-label={t('kb.synonyms.remove.label', { terms: label })}>{t('kb.synonyms.remove')}</button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" data-dialog="remove-synonyms">
          <Dialog.Title>{t('kb.synonyms.remove.title')}</Dialog.Title>
          <Dialog.Description>{t('kb.synonyms.remove.text', { terms: label })}</Dialog.Description>
          {error && <p role="alert" className="error">{error}</p>}
          <div className="row dialog-buttons">
            <button type="button" disabled={state.fetching} onClick={() => void confirm()}>{t('kb.synonyms.remove.confirm')}</button>
            <Dialog.Close asChild>
              <button type="button" className="secondary">{t('kb.synonyms.remove.cancel')}</button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The list, the form and the history of one language, for those the API lets in. */
function SynonymLists({ language }: { language: ArticleLanguage }) {
  const { t, dateTime } = useI18n();
  const id = useId();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: KbSynonyms, variables: { language } });
  const [removed, setRemoved] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (forbidden(error)) return <p role="alert" className="kb-not-allowed">{t('kb.synonyms.notAllowed')}</p>;
  if (error) return <ApiError error={error} />;
  if (!data) return fetching ? <p role="status">{t('app.loading')}</p> : null;
  const groups = data.synonyms;
  const history = data.synonymHistory;

  return (
    <>
      <AddGroup language={language} onAdded={refresh} />
      <section aria-labelledby={`${id}-groups`} className="kb-syn-groups">
        <h2 id={`${id}-groups`} ref={heading} tabIndex={-1}>{t('kb.synonyms.groups.title')}</h2>
        <p role="status" className="kb-count">{t('kb.synonyms.count', { count: groups.length })}</p>
        <p role="status" className="sr-only">{removed}</p>
        {groups.length === 0 ? (
          <p className="kb-empty">{t('kb.synonyms.empty')}</p>
        ) : (
          <ul className="kb-syn-list" data-testid="synonym-groups">
            {groups.map((g) => (
              <li key={g.id} className="kb-syn-group" data-group={g.id}>
                <ul className="kb-syn-terms" aria-label={t('kb.synonyms.group.label', { terms: g.terms.join(', ') })}>
                  {g.terms.map((term) => <li key={term} className="kb-syn-term">{term}</li>)}
                </ul>
                <span className="muted kb-syn-date">{t('kb.synonyms.group.added', { at: dateTime(g.createdAt) })}</span>
                <RemoveGroup
                  groupId={g.id}
                  terms={g.terms}
                  onRemoved={(terms) => {
                    setRemoved(t('kb.synonyms.removed', { terms: terms.join(', ') }));
                    refresh();
                    // The button is gone with its group: keep the keyboard user on the list.
                    heading.current?.focus();
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${id}-history`} className="kb-syn-history">
        <h2 id={`${id}-history`}>{t('kb.synonyms.history.title')}</h2>
        {history.length === 0 ? (
          <p className="kb-empty">{t('kb.synonyms.history.empty')}</p>
        ) : (
          <table className="kb-missing-table" data-testid="synonym-history">
            <caption className="sr-only">{t('kb.synonyms.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kb.synonyms.history.at')}</th>
                <th scope="col">{t('kb.synonyms.history.action')}</th>
                <th scope="col">{t('kb.synonyms.history.terms')}</th>
                <th scope="col">{t('kb.synonyms.history.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((e, i) => (
                <tr key={`${e.groupId}-${e.action}-${i}`}>
                  <td>{dateTime(e.at)}</td>
                  <td>{e.action === 'ADDED' || e.action === 'REMOVED' ? t(`kb.synonyms.action.${e.action}`) : e.action}</td>
                  <td>{e.terms.join(', ')}</td>
                  <td>{e.actorName ?? <span className="muted">{t('kb.synonyms.history.system')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/**
 * /knowledge/synonyms?language=sv|en: the synonym list search applies, per language, for knowledge
 * editors and admins (Viewer.publishesArticles, the right the API asks for): its groups, a form to
 * add one, removal with confirmation, and the change history. Others see that it is not theirs.
 */
export function SynonymsPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const lang: Lang = (LANGUAGES as readonly string[]).includes(params.get('language') ?? '') ? (params.get('language') as Lang) : 'sv';
  const language = lang.toUpperCase() as ArticleLanguage;
  const [{ data, error }] = useQuery({ query: KbViewer });

  return (
    <div className="kb kb-synonyms">
      <div className="kb-head">
        <h1>{t('kb.synonyms.title')}</h1>
      </div>
      <p className="muted">{t('kb.synonyms.intro')}</p>
      {error ? (
        <ApiError error={error} />
      ) : !data ? (
        <p role="status">{t('app.loading')}</p>
      ) : !data.viewer?.publishesArticles ? (
        <p role="alert" className="kb-not-allowed">{t('kb.synonyms.notAllowed')}</p>
      ) : (
        <>
          <nav className="kb-syn-langs" aria-label={t('kb.synonyms.languages')}>
            {LANGUAGES.map((l) => (
              <Link key={l} to={`?language=${l}`} aria-current={l === lang ? 'page' : undefined}>{t(`kb.language.${l.toUpperCase() as ArticleLanguage}`)}</Link>
            ))}
          </nav>
          <SynonymLists key={language} language={language} />
        </>
      )}
    </div>
  );
}
