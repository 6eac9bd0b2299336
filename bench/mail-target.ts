import 'reflect-metadata';
import { Pool } from 'pg';
import { SMTPServer } from 'smtp-server';
import { startApp } from '../src/app';
import { defaultMailConfig, DEV_JWT_SECRET } from '../src/platform/config';

/**
 * The mail bench's targets, each in a child process of its own (the sender does not share their
 * event loop): `api` is the server with its SMTP listener (and job runner) on a free port; `floor`
 * is a plain smtp-server that only stores each message in PostgreSQL (one insert, then the 250).
 * Sends `{ smtpPort }` to the parent.
 */
async function main(): Promise<void> {
  const [kind, databaseUrl] = process.argv.slice(2);
  if (kind === 'floor') {
    const pool = new Pool({ connectionString: databaseUrl, max: 10 });
    await pool.query(`create table if not exists bench_mail_floor (id serial primary key, raw bytea not null, envelope_from text, received_at timestamptz not null default now())`);
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
          pool.query(`insert into bench_mail_floor (raw, envelope_from) values ($1, $2) returning id`, [Buffer.concat(chunks), from]).then(
            ({ rows }) => callback(null, `OK: queued as ${rows[0].id}`),
            (err: Error) => callback(Object.assign(new Error(err.message), { responseCode: 451 })),
          );
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.send!({ smtpPort: (server.server.address() as { port: number }).port });
    process.once('SIGTERM', () => server.close(() => void pool.end().finally(() => process.exit(0))));
    return;
  }
  const app = await startApp({
    databaseUrl,
    port: 0,
    host: '127.0.0.1',
    config: {
      auth: { hsSecret: DEV_JWT_SECRET },
      production: true,
      bodyLimit: '100kb',
      maxBatch: 10,
      // Every bench mail comes from a sender of its own, so the per-sender throttle never answers 451.
      mail: { ...defaultMailConfig(true), smtpPort: 0, smtpHost: '127.0.0.1' },
    },
  });
  process.send!({ smtpPort: app.services.smtp!.port });
  process.once('SIGTERM', () => void app.stop().finally(() => process.exit(0)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
