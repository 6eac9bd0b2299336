import { useEffect, useState } from 'react';
import { Route, Routes } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, ApiError } from '../../components/ApiError';
import { graphql } from '../../gql';
import type { MailKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import './mail-settings.css';

const MyMailPreferences = graphql(`
  query ConsoleMailPreferences {
    myMailPreferences { kind byMail isDefault defaultByMail }
  }
`);

const SetMailPreference = graphql(`
  mutation ConsoleSetMailPreference($kind: MailKind!, $byMail: Boolean!) {
    setMailPreference(kind: $kind, byMail: $byMail) {
      preference { kind byMail isDefault defaultByMail }
      userErrors { code message field }
    }
  }
`);

interface Preference {
  kind: MailKind;
  byMail: boolean;
  isDefault: boolean;
  defaultByMail: boolean;
}

/** While saving, the box shows the value asked for; a refusal puts it back and says why. */
type RowState = { state: 'saving'; byMail: boolean } | { state: 'saved' } | { state: 'error'; message: string };

/** One kind: its checkbox, saved as soon as it changes; the API's answer (or refusal) shown beside it. */
function PreferenceRow({ preference, status, onChange }: { preference: Preference; status: RowState | undefined; onChange(byMail: boolean): void }) {
  const { t } = useI18n();
  const id = `mail-kind-${preference.kind}`;
  return (
    <li className="mail-pref" data-kind={preference.kind}>
      <input
        type="checkbox"
        id={id}
        checked={status?.state === 'saving' ? status.byMail : preference.byMail}
        aria-busy={status?.state === 'saving' || undefined}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-invalid={status?.state === 'error' || undefined}
        onChange={(e) => status?.state !== 'saving' && onChange(e.currentTarget.checked)}
      />
      <div>
        <label htmlFor={id}>{t(`mailSettings.kind.${preference.kind}`)}</label>
        <p id={`${id}-hint`} className="muted">
          {t(`mailSettings.kind.${preference.kind}.hint`)}{' '}
          ({preference.isDefault ? t(preference.defaultByMail ? 'mailSettings.default.on' : 'mailSettings.default.off') : t('mailSettings.chosen')})
        </p>
        <p id={`${id}-status`} className={status?.state === 'error' ? 'error' : 'muted'} role={status?.state === 'error' ? 'alert' : 'status'}>
          {status?.state === 'saving' && t('mailSettings.saving')}
          {status?.state === 'saved' && t('mailSettings.saved')}
          {status?.state === 'error' && t('mailSettings.error', { message: status.message })}
        </p>
      </div>
    </li>
  );
}

/** "E-postaviseringar": the kinds of notification the viewer's role gets, each a checkbox saved at once. */
function MailSettingsPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: MyMailPreferences, requestPolicy: 'network-only' });
  const [, save] = useMutation(SetMailPreference);
  const [stored, setStored] = useState<Partial<Record<MailKind, Preference>>>({});
  const [status, setStatus] = useState<Partial<Record<MailKind, RowState>>>({});

  useEffect(() => {
    document.title = `${t('mailSettings.title')} · ${t('app.name')}`;
  }, [t]);

  const change = async (kind: MailKind, byMail: boolean) => {
    setStatus((s) => ({ ...s, [kind]: { state: 'saving', byMail } }));
    const result = await save({ kind, byMail });
    const payload = result.data?.setMailPreference;
    const failure = result.error ? apiErrorMessage(result.error, t) : payload?.userErrors.map((e) => e.message).join(' ');
    if (failure || !payload?.preference) {
      setStatus((s) => ({ ...s, [kind]: { state: 'error', message: failure || t('app.error.INTERNAL_SERVER_ERROR') } }));
      return;
    }
    setStored((p) => ({ ...p, [kind]: payload.preference! }));
    setStatus((s) => ({ ...s, [kind]: { state: 'saved' } }));
  };

  const preferences = (data?.myMailPreferences ?? []).map((p) => stored[p.kind] ?? p);
  return (
    <div className="mail-settings">
      <h1>{t('mailSettings.title')}</h1>
      <p className="muted">{t('mailSettings.intro')}</p>
      {fetching && !data && <p role="status">{t('app.loading')}</p>}
      {error && <ApiError error={error} />}
      {data && preferences.length === 0 && <p className="empty">{t('mailSettings.empty')}</p>}
      {preferences.length > 0 && (
        <fieldset>
          <legend>{t('mailSettings.legend')}</legend>
          <ul className="mail-prefs">
            {preferences.map((p) => (
              <PreferenceRow key={p.kind} preference={p} status={status[p.kind]} onChange={(byMail) => void change(p.kind, byMail)} />
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}

export default function MailSettingsRoutes() {
  return (
    <Routes>
      <Route index element={<MailSettingsPage />} />
    </Routes>
  );
}
