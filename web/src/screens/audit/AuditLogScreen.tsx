import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { Crumb, QueryState } from '../admin/admin-common';
import '../admin/admin.css';
import { labelOr, AuditEntryRow } from './AuditEntryRow';
import { ACTIONS, apiFilter, ENTITY_TYPES, filterFromUrl, urlOfFilter, type AuditUrlFilter } from './audit-filter';
import './audit.css';

const AuditPage = graphql(`
  query AuditLogPage($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id at action entityType entityId relatedType before after changedFields requestId actor { id name } } }
    }
  }
`);

const Admins = graphql(`
  query AuditActors {
    users(first: 100, role: ADMIN) { edges { node { id name } } }
  }
`);

/**
 * /admin/audit: the audit log, newest first, filtered by kind of object, action, who and when (the
 * filter lives in the URL, so a view can be bookmarked and shared); each entry opens to a diff of
 * its before and after. Admins only: the API's FORBIDDEN shows as "not allowed".
 */
export default function AuditLogScreen() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = filterFromUrl(params);
  const after = params.get('after');
  const [draft, setDraft] = useState<AuditUrlFilter>(filter);
  const [{ data, fetching, error }, reload] = useQuery({ query: AuditPage, variables: { filter: apiFilter(filter), after }, requestPolicy: 'cache-and-network' });
  const [admins] = useQuery({ query: Admins });
  const set = (key: keyof AuditUrlFilter) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams(urlOfFilter(draft));
  };
  const clear = () => {
    setDraft(filterFromUrl(new URLSearchParams()));
    setParams(new URLSearchParams());
  };
  const only = (entityId: string) => `/admin/audit?${urlOfFilter({ ...filterFromUrl(new URLSearchParams()), entity: entityId }).toString()}`;
  const page = data?.auditLog;
  const nextUrl = page?.pageInfo.endCursor ? `?${new URLSearchParams([...urlOfFilter(filter).entries(), ['after', page.pageInfo.endCursor]]).toString()}` : null;

  return (
    <section className="admin audit" aria-labelledby="audit-title">
      <Crumb />
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <form className="audit-filter" onSubmit={apply} aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title" className="sr-only">{t('audit.filter.title')}</h2>
        <label>
          {t('audit.filter.entityType')}
          <select value={draft.type} onChange={set('type')}>
            <option value="">{t('audit.filter.entityType.all')}</option>
            {ENTITY_TYPES.map((type) => <option key={type} value={type}>{labelOr(t, `audit.type.${type}`, type)}</option>)}
          </select>
        </label>
        <label>
          {t('audit.filter.action')}
          <select value={draft.action} onChange={set('action')}>
            <option value="">{t('audit.filter.action.all')}</option>
            {ACTIONS.map((a) => <option key={a} value={a}>{labelOr(t, `audit.action.${a}`, a)}</option>)}
          </select>
        </label>
        <label>
          {t('audit.filter.actor')}
          <select value={draft.actor} onChange={set('actor')}>
            <option value="">{t('audit.filter.actor.all')}</option>
            {admins.data?.users.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.name}</option>)}
          </select>
        </label>
        <label>
          {t('audit.filter.from')}
          <input type="date" value={draft.from} onChange={set('from')} />
        </label>
        <label>
          {t('audit.filter.to')}
          <input type="date" value={draft.to} onChange={set('to')} />
        </label>
        {filter.entity && <p className="audit-entity">{t('audit.filter.entity', { id: filter.entity })}</p>}
        <div className="audit-filter-actions">
          <button type="submit">{t('audit.filter.apply')}</button>
          <button type="button" onClick={clear}>{t('audit.filter.clear')}</button>
          <button type="button" onClick={() => reload({ requestPolicy: 'network-only' })}>{t('audit.refresh')}</button>
        </div>
      </form>
      <QueryState fetching={fetching} error={error} hasData={!!data} />
      {page && (
        <>
          <p role="status" className="muted">{t('audit.count', { count: page.totalCount })}</p>
          {page.edges.length === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : (
            <table className="admin-table audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('audit.col.when')}</th>
                  <th scope="col">{t('audit.col.who')}</th>
                  <th scope="col">{t('audit.col.what')}</th>
                  <th scope="col">{t('audit.col.subject')}</th>
                  <th scope="col">{t('audit.col.fields')}</th>
                  <th scope="col"><span className="sr-only">{t('audit.show')}</span></th>
                </tr>
              </thead>
              <tbody>
                {page.edges.map(({ node }) => <AuditEntryRow key={node.id} entry={node} onlyThis={only(node.entityId)} />)}
              </tbody>
            </table>
          )}
          <p className="audit-paging">
            {after && <Link to={`?${urlOfFilter(filter).toString()}`}>{t('audit.first')}</Link>}
            {page.pageInfo.hasNextPage && nextUrl && <Link to={nextUrl}>{t('audit.next')}</Link>}
          </p>
        </>
      )}
    </section>
  );
}
