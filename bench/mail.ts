import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { Pool } from 'pg';
import { rssLine } from './rss';
import { percentile, prepareBenchDatabase } from './bench-db';

/**
 * npm run bench mail [-- --mails 1000 --sessions 10 --wait-seconds 30]
 *
 * `mails` external mails (distinct senders, Swedish text with an HTML part, every tenth with a PDF)
 * over `sessions` concurrent SMTP sessions (nodemailer's pool, one message in flight per session)
 * to the server's SMTP listener: p50/p95/p99 of the time to the `250` (the mail and its processing
 * job committed). Then, from each mail's start, the time until it is processed (mail_inbound.status
 * no longer RECEIVED, processed_at) and until its case exists (ticket_id set), waiting at most
 * `wait-seconds` and saying how many were not processed by then. Beside it, the floor: the same
 * messages over the same sessions to a plain smtp-server that only inserts the raw message in
 * PostgreSQL before its 250 (bench/mail-target.ts), in the same run and database.
 */
export async function runMailBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { mails: { type: 'string', default: '1000' }, sessions: { type: 'string', default: '10' }, 'wait-seconds': { type: 'string', default: '30' } },
  });
  const mails = Number(values.mails);
  const sessions = Number(values.sessions);
  const waitSeconds = Number(values['wait-seconds']);
  const { databaseUrl, cleanup } = await prepareBenchDatabase('supportchain_bench_mail');
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const children: ChildProcess[] = [];
  const start = async (kind: 'api' | 'floor') => {
    const child = fork(path.join(__dirname, 'mail-target.js'), [kind, databaseUrl], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(child);
    return new Promise<number>((resolve, reject) => {
      child.once('message', (m: { smtpPort: number }) => resolve(m.smtpPort));
      child.once('exit', (code) => reject(new Error(`the ${kind} target exited with ${code}`)));
    });
  };
  try {
    const messages = Array.from({ length: mails }, (_, i) => message(i));
    const floorPort = await start('floor');
    await send(floorPort, messages.slice(0, 20).map((m, i) => ({ ...m, messageId: `<warm-${i}@bench.example>` })), sessions); // warm-up, not measured
    const floor = await send(floorPort, messages, sessions);

    const apiPort = await start('api');
    await send(apiPort, messages.slice(0, 20).map((m, i) => ({ ...m, messageId: `<warm-${i}@bench.example>`, from: `varm${i}@bench.example` })), sessions);
    const api = await send(apiPort, messages, sessions);

    // Processing: poll the rows until every mail is past RECEIVED with its case, or the deadline.
    const deadline = performance.now() + waitSeconds * 1000;
    type Row = { message_id: string; status: string; processed_at: Date | null; ticket_id: number | null };
    let rows: Row[] = [];
    for (;;) {
      rows = (await pool.query<Row>(`select message_id, status, processed_at, ticket_id from mail_inbound where message_id like 'bench-%'`)).rows;
      if (rows.length >= mails && rows.every((r) => r.status !== 'RECEIVED')) break;
      if (performance.now() >= deadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const processedMs: number[] = [];
    const caseMs: number[] = [];
    for (const r of rows) {
      const sentAt = api.startedAt.get(`<${r.message_id}>`);
      if (sentAt === undefined || r.status === 'RECEIVED' || !r.processed_at) continue;
      processedMs.push(r.processed_at.getTime() - sentAt);
      if (r.ticket_id !== null) caseMs.push(r.processed_at.getTime() - sentAt);
    }
    const byStatus = Object.entries(rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {}))
      .map(([s, n]) => `${s} ${n}`)
      .join(', ');
    const floorRows = (await pool.query<{ n: number }>(`select count(*)::int as n from bench_mail_floor`)).rows[0].n;

    const fmt = (xs: number[]) => {
      if (!xs.length) return 'p50       -      p95       -      p99       -   ';
      const s = [...xs].sort((a, b) => a - b);
      return `p50 ${percentile(s, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(s, 95).toFixed(1).padStart(7)} ms   p99 ${percentile(s, 99).toFixed(1).padStart(7)} ms`;
    };
    const rate = (r: Sent) => `${(r.ok / r.seconds).toFixed(0).padStart(5)} mails/s`;
    const bytes = messages.reduce((n, m) => n + m.text.length + m.html.length + (m.attachments?.[0]?.content.length ?? 0), 0);
    console.log(`\nMail in: ${mails} mails (${(bytes / mails / 1024).toFixed(1)} kB of content on average) over ${sessions} concurrent SMTP sessions\n`);
    console.log(`  time to 250, the server's listener   ${fmt(api.ms)}   ${rate(api)}   (${api.ok} accepted, ${api.failed.length} refused)`);
    console.log(`  time to 250, plain smtp-server floor ${fmt(floor.ms)}   ${rate(floor)}   (${floor.ok} accepted, ${floor.failed.length} refused; ${floorRows - 20} rows)`);
    console.log(`  listener / floor at p50: ${(percentile([...api.ms].sort((a, b) => a - b), 50) / percentile([...floor.ms].sort((a, b) => a - b), 50)).toFixed(2)}x (the listener also checks the sender's rate, dedupes by Message-ID and queues the processing job in the same transaction)`);
    console.log(`\n  mail_inbound after waiting up to ${waitSeconds} s: ${byStatus || 'no rows'}`);
    if (processedMs.length) {
      console.log(`  time to processed (from the start of sending) ${fmt(processedMs)}   (${processedMs.length} of ${mails})`);
      console.log(`  time to the case existing                     ${fmt(caseMs)}   (${caseMs.length} of ${mails} with a case)`);
    } else {
      console.log(`  not processed: none of the ${mails} mails left RECEIVED within ${waitSeconds} s (no mail_process task on this branch?), so no time to the case`);
    }
    if (processedMs.length && processedMs.length < mails) console.log(`  not processed within ${waitSeconds} s: ${mails - processedMs.length} mails`);
    console.log(`  ${rssLine(children.map((c, i) => ({ name: `instance ${i + 1}`, pid: c.pid })))}`);
    console.log(`  load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} CPUs)`);
    if (api.failed.length) console.log(`  first refusal: ${api.failed[0]}`);
  } finally {
    await pool.end();
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await cleanup();
  }
}

type Mail = { from: string; to: string; subject: string; text: string; html: string; messageId: string; attachments?: { filename: string; content: Buffer; contentType: string }[] };
interface Sent {
  ms: number[];
  ok: number;
  failed: string[];
  seconds: number;
  /** Epoch ms at which each message (by Message-ID) started. */
  startedAt: Map<string, number>;
}

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(40 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);

/** The i-th bench mail: an outside party's question, a sender of its own. */
function message(i: number): Mail {
  const text = `Hej!\n\nVi har skickat faktura ${100000 + i} till er den 3 november men har inte fått betalt. Kan ni se vad som hänt? Beloppet är ${(1200 + i * 7) % 50000} kr.\n\n${'Med vänliga hälsningar från leverantörens kundtjänst. '.repeat(20)}\nÅsa Öberg\nLeverantör ${i} AB`;
  return {
    from: `Åsa Öberg <faktura${i}@leverantor${i % 97}.example>`,
    to: 'servicedesk@ssc.example',
    subject: `Obetald faktura ${100000 + i}`,
    text,
    html: `<p>${text.replace(/\n/g, '<br>')}</p>`,
    messageId: `<bench-${i}@leverantor${i % 97}.example>`,
    attachments: i % 10 === 0 ? [{ filename: `faktura-${100000 + i}.pdf`, content: PDF, contentType: 'application/pdf' }] : undefined,
  };
}

/** Sends the messages over `sessions` pooled SMTP connections, one message in flight on each. */
async function send(port: number, messages: Mail[], sessions: number): Promise<Sent> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: sessions, maxMessages: Infinity });
  const result: Sent = { ms: [], ok: 0, failed: [], seconds: 0, startedAt: new Map() };
  let next = 0;
  const t0 = performance.now();
  try {
    await Promise.all(
      Array.from({ length: sessions }, async () => {
        while (next < messages.length) {
          const m = messages[next++];
          result.startedAt.set(m.messageId, Date.now());
          const at = performance.now();
          try {
            const info = await transport.sendMail(m);
            if (!/^250 /.test(info.response)) throw new Error(info.response);
            result.ms.push(performance.now() - at);
            result.ok++;
          } catch (err) {
            result.failed.push((err as Error).message);
          }
        }
      }),
    );
  } finally {
    result.seconds = (performance.now() - t0) / 1000;
    transport.close();
  }
  return result;
}
