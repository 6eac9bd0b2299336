import { useEffect, useId, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import type { ArticleAudience, ArticleInput, ArticleLanguage, ArticleViewFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { CreateArticle, KbArticle, KbAreas, KbViewer, UpdateArticle } from './queries';
import { errorsByField, type UserError } from './safe';
import { apiErrorMessage } from '../../components/ApiError';

interface Form {
  title: string;
  summary: string;
  body: string;
  serviceAreaId: string;
  serviceId: string;
  language: ArticleLanguage;
  audience: ArticleAudience;
  tags: string;
  reviewDate: string;
  note: string;
}

const EMPTY: Form = { title: '', summary: '', body: '', serviceAreaId: '', serviceId: '', language: 'SV', audience: 'INTERNAL', tags: '', reviewDate: '', note: '' };
const FIELDS = ['title', 'summary', 'body', 'serviceAreaId', 'serviceId', 'language', 'audience', 'tags', 'reviewDate', 'note'] as const;
/** The fields whose BAD_USER_INPUT this screen explains in the user's language (the API's text otherwise). */
const EXPLAINED: Partial<Record<(typeof FIELDS)[number], MessageKey>> = {
  title: 'kb.error.title', summary: 'kb.error.summary', body: 'kb.error.body', serviceAreaId: 'kb.error.serviceAreaId',
  tags: 'kb.error.tags', reviewDate: 'kb.error.reviewDate', note: 'kb.error.note',
};

const formOf = (a: ArticleViewFragment): Form => ({
  title: a.title,
  summary: a.summary ?? '',
  body: a.body,
  serviceAreaId: a.serviceArea.id,
  serviceId: a.service?.id ?? '',
  language: a.language,
  audience: a.audience,
  tags: a.tags.join(', '),
  reviewDate: a.reviewDate ?? '',
  note: '',
});

const tagsOf = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/** What a create sends: everything filled in (the API says what is missing). */
function createInput(f: Form): ArticleInput {
  return {
    title: f.title,
    body: f.body,
    ...(f.summary.trim() ? { summary: f.summary } : {}),
    ...(f.serviceId ? { serviceId: f.serviceId } : f.serviceAreaId ? { serviceAreaId: f.serviceAreaId } : {}),
    language: f.language,
    audience: f.audience,
    tags: tagsOf(f.tags),
    ...(f.reviewDate ? { reviewDate: f.reviewDate } : {}),
    ...(f.note.trim() ? { note: f.note } : {}),
  };
}

/** What an edit sends: only the fields that differ from the article as loaded. */
function updateInput(f: Form, base: Form): ArticleInput {
  const input: ArticleInput = {};
  if (f.title !== base.title) input.title = f.title;
  if (f.summary !== base.summary) input.summary = f.summary.trim() ? f.summary : null;
  if (f.body !== base.body) input.body = f.body;
  if (f.serviceAreaId !== base.serviceAreaId) input.serviceAreaId = f.serviceAreaId;
  if (f.serviceId !== base.serviceId && f.serviceId) input.serviceId = f.serviceId;
  if (f.language !== base.language) input.language = f.language;
  if (f.audience !== base.audience) input.audience = f.audience;
  if (tagsOf(f.tags).join(',') !== tagsOf(base.tags).join(',')) input.tags = tagsOf(f.tags);
  if (f.reviewDate !== base.reviewDate) input.reviewDate = f.reviewDate || null;
  if (f.note.trim()) input.note = f.note;
  return input;
}

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className={`kb-field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && <p id={`${id}-error`} className="error field-error">{error}</p>}
    </div>
  );
}

/**
 * The draft editor: /knowledge/new (createArticle; `title` prefills a new draft's title) and
 * /knowledge/articles/:id/edit (updateArticle with expectedVersion).
 */
function Editor({ article, title = '' }: { article: ArticleViewFragment | null; title?: string }) {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const client = useClient();
  const [base, setBase] = useState<Form>(() => (article ? formOf(article) : { ...EMPTY, title }));
  const [form, setForm] = useState<Form>(base);
  const [version, setVersion] = useState(article?.version ?? 0);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; general: string[] }>({ fields: {}, general: [] });
  const [{ data: areasData }] = useQuery({ query: KbAreas });
  const [create, runCreate] = useMutation(CreateArticle);
  const [update, runUpdate] = useMutation(UpdateArticle);
  const areas = areasData?.serviceAreas ?? [];
  const services = areas.find((a) => a.id === form.serviceAreaId)?.services ?? [];
  const busy = create.fetching || update.fetching;

  // Keyboard and screen-reader users land on the first field the API refused.
  useEffect(() => {
    const first = FIELDS.find((f) => errors.fields[f]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  }, [errors, id]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value, ...(key === 'serviceAreaId' ? { serviceId: '' } : {}) }));
  const explain = (e: UserError, field: string) => (e.code === 'BAD_USER_INPUT' && EXPLAINED[field as keyof typeof EXPLAINED] ? t(EXPLAINED[field as keyof typeof EXPLAINED]!) : e.message);

  async function save() {
    setErrors({ fields: {}, general: [] });
    let input: ArticleInput;
    if (article) {
      input = updateInput(form, base);
      if (Object.keys(input).length === 0) {
        setErrors({ fields: {}, general: [t('kb.editor.unchanged')] });
        return;
      }
    } else input = createInput(form);
    const result = article
      ? await runUpdate({ articleId: article.id, expectedVersion: version, input })
      : await runCreate({ input });
    const payload = result.data ? (Object.values(result.data)[0] as { article?: { id: string } | null; userErrors: UserError[] }) : undefined;
    if (result.error || !payload) {
      setErrors({ fields: {}, general: [t('app.error', { message: apiErrorMessage(result.error, t) })] });
      return;
    }
    if (payload.userErrors.length) {
      const { fields, general } = errorsByField(payload.userErrors, FIELDS);
      const explained = Object.fromEntries(Object.entries(fields).map(([f, m]) => [f, explain(payload.userErrors.find((e) => e.field?.[1] === f) ?? { code: '', message: m }, f)]));
      const conflict = general.some((e) => e.code === 'CONFLICT');
      if (conflict && article) {
        // Keep what the user wrote; the next save goes on the latest version, compared with it.
        const fresh = (await client.query(KbArticle, { id: article.id }, { requestPolicy: 'network-only' }).toPromise()).data?.article;
        if (fresh) {
          setVersion(fresh.version);
          setBase(formOf(fresh));
        }
      }
      setErrors({
        fields: explained,
        general: [
          ...(Object.keys(explained).length ? [t('kb.editor.errors')] : []),
          ...general.map((e) => (e.code === 'CONFLICT' ? t('kb.conflict') : e.code === 'BAD_USER_INPUT' && e.field?.length === 1 && e.field[0] === 'input' ? t('kb.error.unchanged') : e.message)),
        ],
      });
      return;
    }
    navigate(`/knowledge/articles/${encodeURIComponent(payload.article!.id)}`);
  }

  const err = (f: string) => errors.fields[f];
  const aria = (f: string) => ({ 'aria-invalid': err(f) ? true : undefined, 'aria-describedby': err(f) ? `${id}-${f}-error` : undefined });
  const audienceId = `${id}-audience`;

  return (
    <div className="kb kb-editor">
      <h1>{article ? t('kb.editor.edit', { title: article.title }) : t('kb.editor.new')}</h1>
      <form
        noValidate
        className="card kb-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {errors.general.length > 0 && <div role="alert" className="error kb-form-errors">{errors.general.map((m, i) => <p key={i}>{m}</p>)}</div>}
        <Field id={`${id}-title`} label={t('kb.editor.title')} error={err('title')}>
          <input id={`${id}-title`} name="title" value={form.title} onChange={(e) => set('title', e.target.value)} aria-required="true" {...aria('title')} />
        </Field>
        <Field id={`${id}-summary`} label={t('kb.editor.summary')} error={err('summary')}>
          <textarea id={`${id}-summary`} name="summary" rows={2} value={form.summary} onChange={(e) => set('summary', e.target.value)} {...aria('summary')} />
        </Field>
        <Field id={`${id}-body`} label={t('kb.editor.body')} error={err('body')}>
          <textarea id={`${id}-body`} name="body" rows={14} value={form.body} onChange={(e) => set('body', e.target.value)} aria-required="true" {...aria('body')} />
        </Field>
        <div className="kb-form-row">
          <Field id={`${id}-serviceAreaId`} label={t('kb.editor.area')} error={err('serviceAreaId')}>
            <select id={`${id}-serviceAreaId`} name="serviceAreaId" value={form.serviceAreaId} onChange={(e) => set('serviceAreaId', e.target.value)} aria-required="true" {...aria('serviceAreaId')}>
              <option value="">{t('kb.editor.area.choose')}</option>
              {areas.map((a) => <option key={a.id} value={a.id}>{t(`kb.area.${a.code}`)}</option>)}
            </select>
          </Field>
          <Field id={`${id}-serviceId`} label={t('kb.editor.service')} error={err('serviceId')}>
            <select id={`${id}-serviceId`} name="serviceId" value={form.serviceId} onChange={(e) => set('serviceId', e.target.value)} {...aria('serviceId')}>
              <option value="">{t('kb.editor.service.none')}</option>
              {services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </Field>
          <Field id={`${id}-language`} label={t('kb.editor.language')} error={err('language')}>
            <select id={`${id}-language`} name="language" value={form.language} onChange={(e) => set('language', e.target.value as ArticleLanguage)}>
              <option value="SV">{t('kb.language.SV')}</option>
              <option value="EN">{t('kb.language.EN')}</option>
            </select>
          </Field>
        </div>
        <fieldset className="kb-audience" aria-describedby={err('audience') ? `${audienceId}-error` : undefined}>
          <legend>{t('kb.editor.audience')}</legend>
          {(['INTERNAL', 'PUBLIC'] as const).map((a) => (
            <label key={a}>
              <input type="radio" name="audience" value={a} checked={form.audience === a} onChange={() => set('audience', a)} /> {t(`kb.audience.${a}`)}
            </label>
          ))}
          {err('audience') && <p id={`${audienceId}-error`} className="error field-error">{err('audience')}</p>}
        </fieldset>
        <div className="kb-form-row">
          <Field id={`${id}-tags`} label={t('kb.editor.tags')} error={err('tags')}>
            <input id={`${id}-tags`} name="tags" value={form.tags} onChange={(e) => set('tags', e.target.value)} {...aria('tags')} />
          </Field>
          <Field id={`${id}-reviewDate`} label={t('kb.editor.review')} error={err('reviewDate')}>
            <input id={`${id}-reviewDate`} name="reviewDate" type="date" value={form.reviewDate} onChange={(e) => set('reviewDate', e.target.value)} {...aria('reviewDate')} />
          </Field>
        </div>
        {article && (
          <Field id={`${id}-note`} label={t('kb.editor.note')} error={err('note')}>
            <input id={`${id}-note`} name="note" value={form.note} onChange={(e) => set('note', e.target.value)} {...aria('note')} />
          </Field>
        )}
        <div className="action-bar">
          <button type="submit" disabled={busy}>{article ? t('kb.editor.saveEdit') : t('kb.editor.save')}</button>
          <Link className="button-link secondary" to={article ? `/knowledge/articles/${encodeURIComponent(article.id)}` : '/knowledge'}>{t('kb.editor.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}

/** /knowledge/new?title=…: a new draft (its title prefilled from ?title=, e.g. a search that found nothing), for those who may write one. */
export function NewArticlePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const title = (params.get('title') ?? '').trim();
  const [{ data }] = useQuery({ query: KbViewer });
  if (!data) return <p role="status">{t('app.loading')}</p>;
  if (!data.viewer?.writesArticles) return <p role="alert">{t('kb.editor.noRight')}</p>;
  return <Editor key={title} article={null} title={title} />;
}

/** /knowledge/articles/:id/edit: an edit, when the API lists EDIT for the viewer. */
export function EditArticlePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: KbArticle, variables: { id }, requestPolicy: 'network-only' });
  if (error) return <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>;
  if (!data) return fetching ? <p role="status">{t('app.loading')}</p> : null;
  if (!data.article) return <p role="alert">{t('kb.article.notFound')}</p>;
  if (!data.article.availableActions.includes('EDIT')) return <p role="alert">{t('kb.editor.noEditRight')}</p>;
  return <Editor key={data.article.id} article={data.article} />;
}
