import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { ApiError } from '../../components/ApiError';
import { useI18n } from '../../i18n/i18n';
import { KbAreas } from './queries';
import './missing-answers.css';

const KbMissing = graphql(`
  query KbMissing($serviceAreaId: ID, $days: Int) {
    missingAnswers(serviceAreaId: $serviceAreaId, days: $days, first: 100) {
      query searches fromCustomers answeredLater lastSearchedAt
      serviceArea { id code }
      service { id name }
    }
  }
`);

const PERIODS = [30, 90, 365] as const;

/**
 * /knowledge/missing?area=<code>&days=<30|90|365>: what the knowledge base lacks, for knowledge
 * editors (the API refuses everyone else): the searches that found nothing, by text, service area
 * and service, most frequent first.
 */
export function MissingAnswersPage() {
  const { t, dateTime } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const area = params.get('area') ?? '';
  const daysParam = Number(params.get('days'));
  const days = (PERIODS as readonly number[]).includes(daysParam) ? daysParam : 90;
  const [{ data: areasData }] = useQuery({ query: KbAreas });
  const areas = areasData?.serviceAreas ?? [];
  const serviceAreaId = areas.find((a) => a.code === area)?.id ?? null;
  const waitingForAreas = area !== '' && areas.length === 0;
  const [{ data, fetching, error }] = useQuery({ query: KbMissing, variables: { serviceAreaId, days }, pause: waitingForAreas });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const rows = data?.missingAnswers ?? [];

  return (
    <div className="kb">
      <div className="kb-head">
        <h1>{t('kb.missing.title')}</h1>
      </div>
      <p className="muted">{t('kb.missing.intro')}</p>
      <div className="filters kb-filters">
        <label>
          {t('kb.filter.area')}{' '}
          <select value={area} onChange={(e) => set('area', e.target.value)}>
            <option value="">{t('kb.filter.area.all')}</option>
            {areas.map((a) => <option key={a.id} value={a.code}>{t(`kb.area.${a.code}`)}</option>)}
          </select>
        </label>
        <label>
          {t('kb.missing.period')}{' '}
          <select value={String(days)} onChange={(e) => set('days', e.target.value === '90' ? '' : e.target.value)}>
            {PERIODS.map((d) => <option key={d} value={d}>{t('kb.missing.days', { days: d })}</option>)}
          </select>
        </label>
      </div>
      <section aria-labelledby={`${id}-count`}>
        {error ? (
          <ApiError error={error} />
        ) : !data ? (
          (fetching || waitingForAreas) && <p role="status">{t('app.loading')}</p>
        ) : (
          <>
            <p role="status" id={`${id}-count`} className="kb-count">{t('kb.missing.count', { count: rows.length })}</p>
            {rows.length === 0 ? (
              <p className="kb-empty">{t('kb.missing.empty')}</p>
            ) : (
              <table className="kb-missing-table" data-testid="missing-answers">
                <caption className="sr-only">{t('kb.missing.caption', { days })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('kb.missing.col.query')}</th>
                    <th scope="col">{t('kb.missing.col.area')}</th>
                    <th scope="col">{t('kb.missing.col.service')}</th>
                    <th scope="col" className="num">{t('kb.missing.col.searches')}</th>
                    <th scope="col" className="num">{t('kb.missing.col.customers')}</th>
                    <th scope="col" className="num">{t('kb.missing.col.answeredLater')}</th>
                    <th scope="col">{t('kb.missing.col.last')}</th>
                    <th scope="col"><span className="sr-only">{t('kb.missing.col.action')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.query}|${r.serviceArea?.id ?? ''}|${r.service?.id ?? ''}`}>
                      <th scope="row" className="kb-missing-query">{r.query}</th>
                      <td>{r.serviceArea ? t(`kb.area.${r.serviceArea.code}`) : <span className="muted">{t('kb.missing.unknownArea')}</span>}</td>
                      <td>{r.service ? r.service.name : <span className="muted">{t('kb.missing.unknownService')}</span>}</td>
                      <td className="num">{r.searches}</td>
                      <td className="num">{r.fromCustomers}</td>
                      <td className="num">{r.answeredLater}</td>
                      <td>{dateTime(r.lastSearchedAt)}</td>
                      <td>
                        <Link to={`/knowledge/new?title=${encodeURIComponent(r.query)}`} aria-label={t('kb.missing.write.label', { query: r.query })}>{t('kb.missing.write')}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </section>
    </div>
  );
}
