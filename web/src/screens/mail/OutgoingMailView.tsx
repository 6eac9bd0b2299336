import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { QueryState } from '../admin/admin-common';

const OutgoingMail = graphql(`
  query MailOutOne($id: ID!) {
    outgoingMail(id: $id) {
      id kind toAddress toName subject text html messageId inReplyTo status attempts lastError createdAt sentAt
      ticket { id number }
    }
  }
`);

/** `/admin/mail/:id`: one outgoing mail, its facts, its text, and its HTML in a sandboxed frame (no scripts, no same origin). */
export function OutgoingMailView() {
  const { t, dateTime } = useI18n();
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: OutgoingMail, variables: { id } });
  const mail = data?.outgoingMail;
  useEffect(() => {
    document.title = `${mail?.subject ?? t('mail.out.title')} · ${t('app.name')}`;
  }, [mail?.subject, t]);

  return (
    <section className="admin mail-out" aria-labelledby="mail-one-title">
      <p className="admin-crumb"><Link to="/admin/mail">{t('mail.out.back')}</Link></p>
      <QueryState fetching={fetching} error={error} hasData={!!data} />
      {data && !mail && <p role="alert">{t('mail.out.notFound')}</p>}
      {mail && (
        <>
          <h1 id="mail-one-title">{mail.subject}</h1>
          <dl className="mail-facts">
            <dt>{t('mail.out.to')}</dt>
            <dd>{mail.toName ? `${mail.toName} <${mail.toAddress}>` : mail.toAddress}</dd>
            <dt>{t('mail.out.kind')}</dt>
            <dd>{t(`mail.kind.${mail.kind}` as MessageKey)}</dd>
            <dt>{t('mail.out.status')}</dt>
            <dd>{t(`mail.status.${mail.status}` as MessageKey)}</dd>
            <dt>{t('mail.out.created')}</dt>
            <dd>{dateTime(mail.createdAt)}</dd>
            {mail.sentAt && (<><dt>{t('mail.out.sentAt')}</dt><dd>{dateTime(mail.sentAt)}</dd></>)}
            <dt>{t('mail.out.attempts')}</dt>
            <dd>{mail.attempts}</dd>
            {mail.lastError && (<><dt>{t('mail.out.lastError')}</dt><dd>{mail.lastError}</dd></>)}
            {mail.ticket && (<><dt>{t('mail.out.ticket')}</dt><dd><Link to={`/tickets/${mail.ticket.number}`}>{mail.ticket.number}</Link></dd></>)}
            <dt>{t('mail.out.messageId')}</dt>
            <dd><code>{mail.messageId}</code></dd>
            {mail.inReplyTo && (<><dt>{t('mail.out.inReplyTo')}</dt><dd><code>{mail.inReplyTo}</code></dd></>)}
          </dl>
          <h2>{t('mail.out.text')}</h2>
          <pre className="mail-text" tabIndex={0} aria-label={t('mail.out.text')}>{mail.text}</pre>
          <h2>{t('mail.out.html')}</h2>
          {mail.html ? (
            <iframe className="mail-html" sandbox="" srcDoc={mail.html} title={t('mail.out.htmlFrame', { subject: mail.subject })} />
          ) : (
            <p className="muted">{t('mail.out.noHtml')}</p>
          )}
        </>
      )}
    </section>
  );
}
