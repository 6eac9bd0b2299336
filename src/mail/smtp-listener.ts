import type { MikroORM } from '@mikro-orm/postgresql';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Clock } from '../platform/clock';
import type { MailConfig } from '../platform/config';
import type { RunningService } from '../platform/domain';
import { storeInboundMail } from './inbound-store';
import { InboundMailSource } from './mail.enums';
import { countMailsFrom } from './mail.sql';
import { logFor } from '../platform/log';

/** An SMTP reply with its code (smtp-server sends `responseCode` and the message). */
function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The SMTP listener (smtp-server) in the server process: it takes mail for the desk from anyone
 * (no AUTH, no relaying), refuses a mail over the size limit with 552, a sender over the per-minute
 * limit with 451 (they retry later), and answers `250` only once the mail and its processing job
 * are committed. STARTTLS is not offered (put a TLS-terminating MTA in front on the internet).
 */
export async function startSmtpListener(orm: MikroORM, clock: Clock, config: MailConfig): Promise<RunningService | null> {
  if (config.smtpPort === null) return null;
  const server = new SMTPServer({
    name: config.domain,
    banner: 'Supportchain servicedesk',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: config.maxBytes,
    logger: false,
    onMailFrom(address, _session, callback) {
      const sender = address.address.toLowerCase();
      if (!sender) return callback();
      const since = new Date(clock.now().getTime() - 60_000);
      countMailsFrom(orm.em.fork(), sender, since).then(
        (n) => callback(n >= config.perSenderPerMinute ? smtpError(451, '4.7.1 Too many mails from this sender; try again in a minute') : undefined),
        (err: Error) => callback(smtpError(451, `4.3.0 Temporary failure: ${err.message}`)),
      );
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        if (!stream.sizeExceeded) chunks.push(chunk);
      });
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(smtpError(552, `5.3.4 Message too big: at most ${config.maxBytes} bytes`));
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address.toLowerCase() || null : null;
        storeInboundMail(orm, {
          raw: Buffer.concat(chunks),
          source: InboundMailSource.SMTP,
          envelopeFrom: from,
          envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          remoteAddress: session.remoteAddress ?? null,
          receivedAt: clock.now(),
        }).then(
          ({ id }) => callback(null, id === null ? 'OK: already received' : `OK: queued as ${id}`),
          (err: Error) => callback(smtpError(451, `4.3.0 Temporary failure, not stored: ${err.message}`)),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.smtpPort!, config.smtpHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (err) => logFor('smtp').error({ err }, 'SMTP listener error'));
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : config.smtpPort,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
