import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { useShownWhileRefetching } from '../../../refetching';
import { ApiError } from '../../../components/ApiError';
import { graphql } from '../../../gql';
import type { CustomerCaseQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { CaseFiles } from './CaseFiles';
import { CaseRating } from './CaseRating';
import { CaseReopen, CaseReply } from './CaseReply';
import { statusKey } from './caseStatus';

const CustomerCase = graphql(`
  query CustomerCase($number: String!) {
    ticket(number: $number) {
      id number title description status version createdAt resolution availableActions canRate linkedToKnownProblem
      service { id name }
      serviceArea { id name }
      requester { id name }
      slaTimers { id metric state dueAt }
      satisfaction { score comment ratedAt ratedBy { id name } }
      attachments { id filename size createdAt downloadUrl }
      comments(first: 100) { totalCount edges { node { id body createdAt visibility author { id name } } } }
    }
  }
`);

/** Live: the case's own fields as each change commits, and its conversation read again on each event. */
const CaseUpdated = graphql(`
  subscription CustomerCaseUpdated($id: ID!) {
    ticketUpdated(id: $id) { id status version resolution availableActions canRate slaTimers { id metric state dueAt } }
  }
`);
const CaseEvents = graphql(`
  subscription CustomerCaseEvents($ticketId: ID!) {
    ticketEvents(ticketId: $ticketId) { id }
  }
`);

export type CustomerCase = NonNullable<CustomerCaseQuery['ticket']>;

/** The error codes that mean "no such case for you": the API never says more of another agency's case. */
const NOT_THERE = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);

function NotFound() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="case-missing">
      <h1 id="case-missing">{t('customerCases.notFound')}</h1>
      <p>{t('customerCases.notFound.hint')}</p>
      <Link to="/kundwebb/arenden">{t('customerCases.back')}</Link>
    </section>
  );
}

/** When we answer or solve at the latest: the running SLA timers' due times, in plain words; nothing when none runs. */
function ExpectedAnswer({ timers }: { timers: CustomerCase['slaTimers'] }) {
  const { t, dateTime } = useI18n();
  const running = timers.filter((timer) => timer.state === 'RUNNING' && timer.metric !== 'TIME_AT_VENDOR');
  if (!running.length) return null;
  return (
    <div className="case-due">
      {running.map((timer) => (
        <p key={timer.id}>{t(timer.metric === 'FIRST_RESPONSE' ? 'customerCases.due.FIRST_RESPONSE' : 'customerCases.due.RESOLUTION', { time: dateTime(timer.dueAt) })}</p>
      ))}
    </div>
  );
}

function Conversation({ ticket }: { ticket: CustomerCase }) {
  const { t, dateTime } = useI18n();
  const comments = ticket.comments.edges.map((e) => e.node);
  return (
    <section aria-labelledby="case-conversation" className="case-conversation">
      <h2 id="case-conversation">{t('customerCases.conversation')}</h2>
      {comments.length === 0 && <p className="case-muted">{t('customerCases.conversation.none')}</p>}
      <ol className="case-comments">
        {comments.map((c) => (
          <li key={c.id} className={c.author?.id === ticket.requester.id ? 'case-comment case-comment-own' : 'case-comment'}>
            <p className="case-comment-by">{t('customerCases.conversation.by', { name: c.author?.name ?? t('customerCases.conversation.unknown'), time: dateTime(c.createdAt) })}</p>
            <p className="case-comment-body">{c.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function CaseView({ ticket }: { ticket: CustomerCase }) {
  const { t, dateTime } = useI18n();
  // Reopened from this page: said until the case is resolved again (the reopen form goes as the API withdraws REOPEN).
  const [reopened, setReopened] = useState(false);
  useSubscription({ query: CaseUpdated, variables: { id: ticket.id } });
  useSubscription({ query: CaseEvents, variables: { ticketId: ticket.id } });
  return (
    <article aria-labelledby="case-title" className="customer-case">
      <Link to="/kundwebb/arenden" className="case-back">{t('customerCases.back')}</Link>
      <h1 id="case-title">{ticket.title}</h1>
      <p className={`case-status case-status-${ticket.status} case-status-large`} role="status">{t(statusKey(ticket.status))}</p>
      <ExpectedAnswer timers={ticket.slaTimers} />
      {ticket.linkedToKnownProblem && ticket.status !== 'RESOLVED' && ticket.status !== 'CLOSED' && <p className="case-notice" data-testid="known-problem">{t('problem.customer.known')}</p>}
      <dl className="case-facts">
        <div><dt>{t('customerCases.case.number')}</dt><dd>{ticket.number}</dd></div>
        <div><dt>{t('customerCases.case.service')}</dt><dd>{ticket.service?.name ?? ticket.serviceArea.name}</dd></div>
        <div><dt>{t('customerCases.case.registered')}</dt><dd>{dateTime(ticket.createdAt)}</dd></div>
        <div><dt>{t('customerCases.case.requester')}</dt><dd>{ticket.requester.name}</dd></div>
      </dl>
      <section aria-labelledby="case-description" className="case-description">
        <h2 id="case-description">{t('customerCases.case.description')}</h2>
        <p>{ticket.description}</p>
      </section>
      {ticket.resolution && (ticket.status === 'RESOLVED' || ticket.status === 'CLOSED') && (
        <section aria-labelledby="case-resolution" className="case-resolution">
          <h2 id="case-resolution">{t('customerCases.case.resolution')}</h2>
          <p>{ticket.resolution}</p>
        </section>
      )}
      <CaseRating ticket={ticket} />
      {reopened && ticket.status !== 'RESOLVED' && <p role="status" className="case-notice">{t('customerCases.reopen.done')}</p>}
      {ticket.availableActions.includes('REOPEN') && <CaseReopen key={ticket.resolution ?? ''} ticket={ticket} onReopened={() => setReopened(true)} />}
      <Conversation ticket={ticket} />
      <CaseFiles files={ticket.attachments} />
      {ticket.availableActions.includes('COMMENT') && <CaseReply ticket={ticket} />}
    </article>
  );
}

/** One case of the agency by its number: status, expected answer, the public conversation, files, reply, reopen and rating. */
export function CasePage() {
  const { t } = useI18n();
  const { number = '' } = useParams();
  const [{ data, fetching, stale, error }] = useQuery({ query: CustomerCase, variables: { number } });
  // The case it showed while its conversation is read again (the reply box keeps its text and confirmation).
  const ticket = useShownWhileRefetching(number, data?.ticket, fetching || stale);
  if (error && error.graphQLErrors.some((e) => NOT_THERE.has(String(e.extensions?.code)))) return <NotFound />;
  if (error) return <ApiError error={error} />;
  if (!data && !ticket) return <p role="status">{fetching ? t('customerCases.case.loading') : ''}</p>;
  if (!ticket) return <NotFound />;
  return <CaseView ticket={ticket} />;
}
