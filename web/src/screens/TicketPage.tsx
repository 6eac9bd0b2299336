import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { Composer } from '../components/Composer';
import { TicketActions } from '../components/TicketActions';
import { Viewers } from '../components/Viewers';
import { SlaClocks } from '../components/SlaClocks';
import { Timeline } from '../components/Timeline';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { TicketArticles } from './ticket/TicketArticles';
import { TicketAttachments } from './ticket/TicketAttachments';
import { MergedBanner, MergedCases } from './ticket/MergedCases';
import { CommentTools } from './ticket/CommentTools';
import { TicketTime } from './ticket/TicketTime';
import { MajorIncidentBanner, TicketProblem } from './ticket/TicketProblem';
import { TicketSecrecy } from './ticket/TicketSecrecy';
import { TicketPublicRecord } from './ticket/TicketPublicRecord';
import { TicketLegalHold } from './ticket/TicketLegalHold';
import './ticket/ticket.css';
import { apiErrorMessage } from '../components/ApiError';
import { useShownWhileRefetching } from '../refetching';

const TicketQuery = graphql(`
  query TicketByNumber($number: String!) {
    ticket(number: $number) {
      ...TicketSummary
      ...TicketDetail
      channel
      history(first: 100) {
        edges { node { ...TimelineEvent } }
      }
      comments(first: 100) {
        edges { node { ...TimelineComment } }
      }
    }
  }
`);

/** What the ticket page shows beyond the summary, and what its live updates re-read. */
export const TicketDetail = graphql(`
  fragment TicketDetail on Ticket {
    availableActions
    description
    impact
    urgency
    resolution
    articles { id title summary ratings { helpful notHelpful } }
    referrals { id question answer vendorReference sentAt answeredAt withdrawnAt vendor { id name } fromGroup { id name } }
    mergedInto { id number }
    mergedFrom { id number title description }
  }
`);

const TicketLive = graphql(`
  subscription TicketLive($id: ID!) {
    ticketUpdated(id: $id) { ...TicketSummary ...TicketDetail }
  }
`);

const TicketEventsLive = graphql(`
  subscription TicketEventsLive($ticketId: ID!) {
    ticketEvents(ticketId: $ticketId) { id kind at }
  }
`);

function Live({ id }: { id: string }) {
  useSubscription({ query: TicketLive, variables: { id } });
  useSubscription({ query: TicketEventsLive, variables: { ticketId: id } });
  return null;
}

/** The ticket: header fields, SLA clocks, timeline and composer, live. */
export function TicketPage() {
  const { number = '' } = useParams();
  const { t, dateTime } = useI18n();
  const [{ data, fetching, stale, error }] = useQuery({ query: TicketQuery, variables: { number } });
  // The ticket it showed while the timeline is read again (the composer keeps its text and confirmation).
  const ticket = useShownWhileRefetching(number, data?.ticket, fetching || stale);
  useEffect(() => {
    document.title = `${ticket ? `${ticket.number} ${ticket.title}` : t('ticket.title', { number })} · ${t('app.name')}`;
  }, [ticket, number, t]);

  if (error) return <p role="alert" className="error">{t('app.error', { message: apiErrorMessage(error, t) })}</p>;
  if (!ticket && !data && fetching) return <p role="status">{t('app.loading')}</p>;
  if (!ticket) {
    return (
      <>
        <h1>{t('ticket.title', { number })}</h1>
        <p role="alert">{t('ticket.notFound', { number })}</p>
        <Link to="/work">{t('ticket.back')}</Link>
      </>
    );
  }
  const openReferral = ticket.referrals.find((r) => !r.answeredAt && !r.withdrawnAt);
  const fields: [string, string][] = [
    [t('ticket.field.status'), t(`status.${ticket.status}`)],
    [t('ticket.field.priority'), t(`priority.${ticket.priority}`)],
    [t('ticket.field.impact'), t(`level.${ticket.impact}`)],
    [t('ticket.field.urgency'), t(`level.${ticket.urgency}`)],
    [t('ticket.field.tier'), t(`tier.${ticket.tier}`)],
    [t('ticket.field.agency'), ticket.agency?.name ?? '—'],
    [t('ticket.field.requester'), ticket.requester.name],
    [t('ticket.field.group'), ticket.group.name],
    [t('ticket.field.assignee'), ticket.assignee?.name ?? '—'],
    [t('ticket.field.serviceArea'), ticket.serviceArea.name],
    [t('ticket.field.service'), ticket.service?.name ?? '—'],
    [t('ticket.field.category'), t(`category.${ticket.category}`)],
    [t('ticket.field.channel'), t(`channel.${ticket.channel}`)],
    [t('ticket.field.created'), dateTime(ticket.createdAt)],
  ];
  return (
    <article className="ticket" aria-labelledby="ticket-heading">
      <Live id={ticket.id} />
      <p><Link to="/work">← {t('ticket.back')}</Link></p>
      <h1 id="ticket-heading">
        <span className="number">{ticket.number}</span> {ticket.title}
      </h1>
      <MergedBanner into={ticket.mergedInto} />
      <MajorIncidentBanner ticketId={ticket.id} />
      <Viewers ticketId={ticket.id} />
      <TicketActions ticket={ticket} vendorReference={openReferral?.vendorReference ?? null} />
      <div className="ticket-grid">
        <section aria-labelledby="fields-heading" className="card">
          <h2 id="fields-heading">{t('ticket.fields')}</h2>
          <dl className="fields">
            {fields.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          <h3>{t('ticket.description')}</h3>
          <p className="description">{ticket.description}</p>
          {ticket.resolution && (
            <>
              <h3>{t('ticket.resolution')}</h3>
              <p className="description">{ticket.resolution}</p>
            </>
          )}
          <MergedCases cases={ticket.mergedFrom} />
          <TicketAttachments ticketId={ticket.id} />
        </section>
        <SlaClocks timers={ticket.slaTimers} />
      </div>
      <div className="ticket-grid ticket-work">
        <div>
          <Timeline
            history={ticket.history.edges.map((e) => e.node)} comments={ticket.comments.edges.map((e) => e.node)} referrals={ticket.referrals}
            commentAction={(c) => <CommentTools ticket={ticket} comment={c} />}
          />
          <Composer ticket={ticket} />
        </div>
        <div>
          <TicketArticles ticketId={ticket.id} number={ticket.number} solved={ticket.status === 'RESOLVED' || ticket.status === 'CLOSED'} used={ticket.articles} />
          <TicketTime ticketId={ticket.id} />
          <TicketProblem ticketId={ticket.id} />
          <TicketSecrecy ticketId={ticket.id} />
          <TicketPublicRecord ticketId={ticket.id} />
          <TicketLegalHold ticketId={ticket.id} />
        </div>
      </div>
    </article>
  );
}
