import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import WebSocket from 'ws';
import { DEMO_ACCOUNTS } from '../seeds/directory';
import { prepareDatabase } from '../src/app';
import { signDevToken } from '../src/platform/auth/tokens';
import { DEV_JWT_SECRET } from '../src/platform/config';
import { toGlobalId } from '../src/platform/global-id';
import { rssLine } from './rss';
import { emptyBenchDatabase, percentile } from './bench-db';

/**
 * npm run bench console [-- --runs 20 --mutations 20]
 *
 * The staff console on the demo data (migrated and seeded as `npm start` does), served by the API
 * as the other benches start it, driven by headless Chromium:
 *  (a) navigation to My work until its queue shows its 50 rows, in a fresh browser context (cold:
 *      nothing cached) and on reload (warm), beside the same queue query (the very body the
 *      browser sent) over plain HTTP from Node;
 *  (b) a status change clicked in one browser (an agent on the ticket's page) until the row changes
 *      in another browser (a second agent's My work), beside the same mutation's `ticketUpdated`
 *      event reaching a plain graphql-ws client in Node. Target: p95 under 1 s.
 * Also the first screen's gzipped JavaScript (entry and preloaded chunks; target ≤ 300 kB).
 */

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'web', 'dist');
const QUEUE_ROWS = 50;
/** The console's labels (Swedish, its default language) the bench clicks and waits for. */
const UI = {
  IN_PROGRESS: { button: 'Sätt pågående', cell: 'Pågående' },
  WAITING_FOR_CUSTOMER: { button: 'Vänta på kund', cell: 'Väntar på kund' },
} as const;
type Toggle = keyof typeof UI;

/** Epoch milliseconds with sub-millisecond resolution, comparable with a page's `performance.timeOrigin + performance.now()` on this machine. */
const epoch = () => performance.timeOrigin + performance.now();

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] ?? NaN };
};

function row(label: string, ...cells: string[]): void {
  console.log(`${label.padEnd(34)}${cells.map((c) => c.padStart(28)).join('')}`);
}

/** The first screen's JavaScript: index.html's entry script and its modulepreload chunks, gzipped. */
export function firstScreenJs(dist = DIST): { files: { file: string; raw: number; gzip: number }[]; gzip: number } {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]!);
  const files = refs.map((ref) => {
    const body = readFileSync(path.join(dist, ref.replace(/^\//, '')));
    return { file: ref, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** A database with the demo data, as `npm start` prepares it: on DATABASE_URL's server, or an embedded PostgreSQL. */
async function demoDatabase(name: string): Promise<{ databaseUrl: string; cleanup(): Promise<void> }> {
  const db = await emptyBenchDatabase(name);
  await prepareDatabase(db.databaseUrl, { seedDemo: true });
  return db;
}

export async function runConsoleBench(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { runs: { type: 'string', default: '20' }, mutations: { type: 'string', default: '20' } } });
  const runs = Number(values.runs);
  const mutations = Number(values.mutations);
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('web/dist is not built (npm run bench builds it)');

  const js = firstScreenJs();
  console.log(`\nfirst screen JavaScript: ${(js.gzip / 1000).toFixed(1)} kB gzipped (target ≤ 300 kB): ${js.files.map((f) => `${f.file} ${(f.raw / 1000).toFixed(1)} kB → ${(f.gzip / 1000).toFixed(1)} kB`).join(', ')}`);

  const t0 = Date.now();
  const { databaseUrl, cleanup } = await demoDatabase('supportchain_bench_console');
  let child: ChildProcess | undefined;
  let browser: Browser | undefined;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    console.log(`demo data migrated and seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s; load average ${load()}`);

    // (b)'s ticket: an open Servicedesk ticket, in the second agent's group queue (which shows all of its rows).
    const { rows: sd } = await db.query<{ id: number; open: number }>(
      `select g.id, (select count(*)::int from ticket t where t.group_id = g.id and t.status in ('NEW','IN_PROGRESS','WAITING_FOR_CUSTOMER','WAITING_FOR_VENDOR')) as open
         from support_group g where g.name = 'Servicedesk'`,
    );
    const { rows: candidates } = await db.query<{ id: number; number: string; status: string }>(
      `select t.id, t.number, t.status from ticket t join support_group g on g.id = t.group_id
        where g.name = 'Servicedesk' and t.status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER') order by t.id limit 20`,
    );

    child = fork(path.join(__dirname, 'target.js'), ['api-console', databaseUrl], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const port = await new Promise<number>((resolve, reject) => {
      child!.once('message', (m: { port: number }) => resolve(m.port));
      child!.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const token = (email: string) => signDevToken(DEV_JWT_SECRET, email);
    const gql = async (email: string, query: string, variables: object = {}) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(email)}` }, body: JSON.stringify({ query, variables }) });
      const json = (await res.json()) as { data?: any; errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data;
    };

    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const signedIn = async (email: string) => {
      const context = await browser!.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 } });
      await context.addInitScript(`sessionStorage.setItem('supportchain.token', ${JSON.stringify(await token(email))})`);
      const page = await context.newPage();
      // What went wrong in the page, in the bench's output (a timeout alone says nothing).
      page.on('pageerror', (e) => console.error(`[browser ${email}] ${e.message}`));
      page.on('response', (r) => r.status() >= 400 && void r.text().then((b) => console.error(`[browser ${email}] ${r.status()} ${r.url()}: ${b.slice(0, 200)}`), () => undefined));
      return page;
    };

    // ---- (a) navigation → 50 rows ----
    // The first of My work's queues (as the API counts them) that has 50 open tickets: the agent's,
    // then the other staff roles'.
    const OPEN = '[NEW, IN_PROGRESS, WAITING_FOR_CUSTOMER, WAITING_FOR_VENDOR]';
    let queue: { email: string; name: string; url: string; label: string; open: number } | undefined;
    for (const email of [DEMO_ACCOUNTS.agent, DEMO_ACCOUNTS.payrollSpecialist, DEMO_ACCOUNTS.deliveryManager, DEMO_ACCOUNTS.admin]) {
      const data = await gql(
        email,
        `query { viewer { user { name } groups { id name } }
           unassigned: tickets(first: 1, filter: { unassigned: true, status: ${OPEN} }) { totalCount }
           atRisk: tickets(first: 1, filter: { slaAtRisk: true, status: ${OPEN} }) { totalCount }
           breached: tickets(first: 1, filter: { slaBreached: true, status: ${OPEN} }) { totalCount } }`,
      );
      const options: { url: string; label: string; open: number }[] = [];
      for (const g of data.viewer.groups as { id: string; name: string }[]) {
        const count = await gql(email, `query($g: ID!) { tickets(first: 1, filter: { groupId: $g, status: ${OPEN} }) { totalCount } }`, { g: g.id });
        options.push({ url: `/work?queue=group&group=${encodeURIComponent(g.id)}`, label: `group ${g.name}`, open: count.tickets.totalCount });
      }
      for (const q of ['unassigned', 'atRisk', 'breached'] as const) options.push({ url: `/work?queue=${q}`, label: q, open: data[q].totalCount });
      const found = options.find((o) => o.open >= QUEUE_ROWS);
      if (found) {
        queue = { email, name: data.viewer.user.name, ...found };
        break;
      }
    }
    if (!queue) {
      // The demo data's busiest queue (the agent's Servicedesk queue) is topped up to 50 with phone
      // tickets registered through the API, as the agent would on a busy morning.
      const data = await gql(DEMO_ACCOUNTS.agent, `query { viewer { user { name } groups { id name } } }`);
      const group = (data.viewer.groups as { id: string; name: string }[]).find((g) => g.name === 'Servicedesk')!;
      const countOf = async () => (await gql(DEMO_ACCOUNTS.agent, `query($g: ID!) { tickets(first: 1, filter: { groupId: $g, status: ${OPEN} }) { totalCount } }`, { g: group.id })).tickets.totalCount as number;
      const before = await countOf();
      const [{ requester, service }] = (
        await db.query(`select (select id from app_user where email = $1) as requester, (select id from service where code = 'TRAVEL_EXPENSES') as service`, [DEMO_ACCOUNTS.customer])
      ).rows;
      for (let i = before; i < QUEUE_ROWS; i++) {
        await gql(
          DEMO_ACCOUNTS.agent,
          `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } userErrors { message } } }`,
          { input: { title: `Reseräkningen syns inte (${i + 1})`, description: 'Inringt: reseräkningen syns inte i självservice.', channel: 'PHONE', requesterId: toGlobalId('User', requester), serviceId: toGlobalId('Service', service), category: 'INCIDENT', impact: 'MEDIUM', urgency: 'MEDIUM' } },
        );
      }
      const open = await countOf();
      console.log(`no My work queue of the demo staff has ${QUEUE_ROWS} open tickets: the agent's Servicedesk queue (${before}) was topped up to ${open} with ${open - before} phone tickets through createTicket`);
      queue = { email: DEMO_ACCOUNTS.agent, name: data.viewer.user.name, url: `/work?queue=group&group=${encodeURIComponent(group.id)}`, label: `group ${group.name}`, open };
    }
    const queueUrl = `${base}${queue.url}`;
    const shown = QUEUE_ROWS;
    /** In the page: the time since navigation start when the queue first showed `shown` rows. */
    const rowsShown = (page: Page) =>
      page
        .waitForFunction(`document.querySelectorAll('table.tickets tbody tr').length >= ${shown} && performance.now()`, undefined, { polling: 'raf', timeout: 30_000 })
        .then((h) => h.jsonValue() as Promise<number>)
        .catch(async (e: Error) => {
          const seen = await page.evaluate(`document.querySelectorAll('table.tickets tbody tr').length`).catch(() => '?');
          const shot = path.join(tmpdir(), 'bench-console-timeout.png');
          await page.screenshot({ path: shot }).catch(() => undefined);
          throw new Error(`${e.message}: ${String(seen)} of ${shown} rows shown at ${page.url()} (screenshot ${shot})`);
        });
    let queueBody: string | null = null;
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await signedIn(queue.email);
      page.on('request', (r) => {
        const body = r.postData();
        if (!queueBody && r.method() === 'POST' && body?.includes('"operationName":"QueueTickets"')) queueBody = body;
      });
      await page.goto(queueUrl, { waitUntil: 'commit' });
      const first = await rowsShown(page);
      await page.reload({ waitUntil: 'commit' });
      const again = await rowsShown(page);
      if (i > 0) {
        // The first round warms the server (its caches, JIT); it is not counted.
        cold.push(first);
        warm.push(again);
      }
      await page.context().close();
    }
    if (!queueBody) throw new Error('the browser sent no QueueTickets request');
    const body: string = queueBody;
    const httpToken = await token(queue.email);
    const http: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const start = performance.now();
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${httpToken}` }, body });
      const json = (await res.json()) as { data?: { tickets: { edges: unknown[] } } };
      const ms = performance.now() - start;
      if (json.data?.tickets.edges.length !== shown) throw new Error(`the queue query gave ${json.data?.tickets.edges.length} rows, not ${shown}`);
      if (i > 0) http.push(ms);
    }
    console.log(`\n(a) My work → the queue's ${shown} rows: ${queue.name} (${queue.email}), queue ${queue.label} (${queue.open} open), ${runs} runs each; load average ${load()}`);
    const c = stats(cold);
    const w = stats(warm);
    const h = stats(http);
    row('', 'browser, cold context', 'browser, reload', 'Node HTTP (baseline)');
    row('p50 ms', c.p50.toFixed(0), w.p50.toFixed(0), h.p50.toFixed(1));
    row('p95 ms', c.p95.toFixed(0), w.p95.toFixed(0), h.p95.toFixed(1));
    row('max ms', c.max.toFixed(0), w.max.toFixed(0), h.max.toFixed(1));
    console.log(`    browser = navigation start → ${shown} rows in the table (page's performance.now()); baseline = the same QueueTickets request body the browser sent, POSTed from Node until its JSON is parsed`);

    // ---- (b) a mutation in one browser → the change in another ----
    let ticket: { id: number; number: string; status: string } | undefined;
    for (const cand of candidates) {
      const data = await gql(DEMO_ACCOUNTS.agent, `query($n: String!) { ticket(number: $n) { availableActions } }`, { n: cand.number });
      if (data.ticket?.availableActions.includes('SET_STATUS')) {
        ticket = cand;
        break;
      }
    }
    if (!ticket) throw new Error('no open Servicedesk ticket on which the agent may set the status');
    const ticketId = toGlobalId('Ticket', ticket.id);
    const actor = await signedIn(DEMO_ACCOUNTS.agent);
    const watcher = await signedIn(DEMO_ACCOUNTS.agent2);
    await actor.goto(`${base}/tickets/${ticket.number}`);
    await watcher.goto(`${base}/work?queue=group&group=${encodeURIComponent(toGlobalId('SupportGroup', sd[0]!.id))}`);
    const rowSelector = `tr[data-ticket="${ticket.number}"] td:nth-child(4)`;
    await watcher.waitForSelector(rowSelector, { timeout: 30_000 });

    // The baseline receiver: a plain graphql-ws client in Node, as the second agent, on the same ticket.
    const events: { status: string; at: number }[] = [];
    const ws = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await token(DEMO_ACCOUNTS.agent2)}` } });
    const unsubscribe = ws.subscribe<{ ticketUpdated: { status: string } }>(
      { query: `subscription($id: ID!) { ticketUpdated(id: $id) { id status version } }`, variables: { id: ticketId } },
      { next: (r) => r.data && events.push({ status: r.data.ticketUpdated.status, at: epoch() }), error: (e) => console.error('graphql-ws', e), complete: () => undefined },
    );

    let status = (ticket.status === 'NEW' ? 'NEW' : ticket.status) as Toggle | 'NEW';
    const browserDelays: number[] = [];
    const nodeDelays: number[] = [];
    for (let i = 0; i < mutations + 1; i++) {
      const to: Toggle = status === 'IN_PROGRESS' ? 'WAITING_FOR_CUSTOMER' : 'IN_PROGRESS';
      const button = actor.getByRole('button', { name: UI[to].button, exact: true });
      await button.waitFor({ timeout: 30_000 });
      await actor.waitForFunction(`[...document.querySelectorAll('button')].some((b) => b.textContent === ${JSON.stringify(UI[to].button)} && !b.disabled)`, undefined, { timeout: 30_000 });
      // The watcher notes the moment its row shows the new status (a MutationObserver, no polling gap).
      await watcher.evaluate(`(() => {
        window.__seenAt = null;
        const check = () => {
          const cell = document.querySelector(${JSON.stringify(rowSelector)});
          if (cell && cell.textContent === ${JSON.stringify(UI[to].cell)}) { window.__seenAt = performance.timeOrigin + performance.now(); observer.disconnect(); }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        check();
      })()`);
      const seenBefore = events.length;
      const clickedAt = (await actor.evaluate(`(() => {
        const b = [...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(UI[to].button)});
        const at = performance.timeOrigin + performance.now();
        b.click();
        return at;
      })()`)) as number;
      const seenAt = (await (await watcher.waitForFunction('window.__seenAt', undefined, { timeout: 30_000, polling: 100 })).jsonValue()) as number;
      const deadline = Date.now() + 30_000;
      while (!events.slice(seenBefore).some((e) => e.status === to) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      const event = events.slice(seenBefore).find((e) => e.status === to);
      if (!event) throw new Error(`the Node subscriber got no ${to} event`);
      if (i > 0) {
        browserDelays.push(seenAt - clickedAt);
        nodeDelays.push(event.at - clickedAt);
      }
      status = to;
    }
    unsubscribe();
    await ws.dispose();
    const b = stats(browserDelays);
    const n = stats(nodeDelays);
    console.log(`\n(b) click in one browser → change shown in another: ${ticket.number}, IN_PROGRESS ⇄ WAITING_FOR_CUSTOMER, ${mutations} mutations; load average ${load()}`);
    row('', 'other browser (row)', 'Node graphql-ws (baseline)');
    row('p50 ms', b.p50.toFixed(0), n.p50.toFixed(0));
    row('p95 ms', b.p95.toFixed(0), n.p95.toFixed(0));
    row('max ms', b.max.toFixed(0), n.max.toFixed(0));
    console.log(`    from the click in the agent's ticket page to the second agent's My work row showing the new status / to the same ticketUpdated event reaching Node; target p95 < 1000 ms: ${b.p95 < 1000 ? 'met' : 'NOT met'}`);
    console.log(rssLine([{ name: 'API', pid: child.pid }]));
    console.log(`\nfirst screen JavaScript ${(js.gzip / 1000).toFixed(1)} kB gzipped (target ≤ 300 kB: ${js.gzip <= 300_000 ? 'met' : 'NOT met'}); load average at the end ${load()}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await db.end().catch(() => undefined);
    if (child && child.exitCode === null) await new Promise((resolve) => (child!.once('exit', resolve), child!.kill('SIGTERM')));
    await cleanup();
  }
}
