import 'reflect-metadata';
import { startApp } from '../src/app';
import { DEFAULT_TWILIO_VOICE, DEV_JWT_SECRET, DEV_TWILIO_TOKEN } from '../src/platform/config';
import { startBaseline } from './baseline-server';
import { useSearchEngine } from '../src/knowledge/knowledge-search.service';
import { tuneHeap } from '../src/platform/heap';
import { usePreparedStatements } from '../src/platform/db/prepared';
import { BENCH_METRICS_TOKEN } from './statements';

/**
 * A child process serving one benchmark target, so that the load generator in the parent does
 * not share an event loop with the server it measures. Prints its port on stdout as JSON.
 */
async function main(): Promise<void> {
  // The heap setting the server starts with (src/main.ts), on the baseline too, so that RSS compares like with like.
  tuneHeap();
  const [kind, databaseUrl] = process.argv.slice(2);
  if (kind === 'baseline') {
    const b = await startBaseline(databaseUrl);
    process.send!({ port: b.port });
  } else {
    // The knowledge search before issue 21, for npm run bench kb's before-and-after comparison.
    if (kind === 'api-kb-baseline') useSearchEngine('baseline');
    // The engine's statements with their values written in (em.execute), as before they were
    // prepared; the search before issue 21 ran its statements so too.
    if (kind === 'api-kb-plain' || kind === 'api-kb-baseline') usePreparedStatements(false);
    const app = await startApp({
      databaseUrl,
      port: 0,
      host: '127.0.0.1',
      // Twilio's webhooks on, signed with the development token (npm run bench ivr plays Twilio).
      config: {
        auth: { hsSecret: DEV_JWT_SECRET },
        // npm run bench console signs the browsers in as the development page does (a production
        // server keeps no token in the page's storage); the built console sends its persisted hashes either way.
        production: kind !== 'api-console',
        bodyLimit: '100kb',
        maxBatch: 10,
        // The benches read the API's own counts (its round trips) from /metrics.
        metricsToken: BENCH_METRICS_TOKEN,
        ivr: { twilioAuthToken: DEV_TWILIO_TOKEN, account: 'ivr@ssc.example', voice: DEFAULT_TWILIO_VOICE },
        // BENCH_JOB_CONCURRENCY: another runner concurrency than the default's (npm run bench sla's comparison).
        jobConcurrency: Number(process.env.BENCH_JOB_CONCURRENCY) || undefined,
        // BENCH_WRITE_CONCURRENCY: another write gate than the default's (20, the pool, is as without one).
        writeConcurrency: Number(process.env.BENCH_WRITE_CONCURRENCY) || undefined,
      },
    });
    process.send!({ port: app.port });
    process.once('SIGTERM', () => void app.stop().finally(() => process.exit(0)));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
