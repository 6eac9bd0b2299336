import type { Pool } from 'pg';
import { DEMO_PHONES } from '../seeds/directory';
import { DEV_TWILIO_TOKEN } from '../src/platform/config';
import { carriedBeginsAndCommits, statementLine, statementsPer, type StatementCount } from './statements';
import { TwilioClient, type TwilioCall } from './twilio-client';

/**
 * Statements per Twilio webhook, counted by the database one call at a time (simulated time, so a
 * wait pass costs nothing to wait out): what each answer a caller waits for costs in round trips,
 * whatever the machine's load. `n` calls walk the menu into a queue, wait two passes and hang up.
 */
export async function webhookStatementLines(baseUrl: string, pool: Pool, n = 5): Promise<string[]> {
  const twilio = new TwilioClient(baseUrl, { authToken: DEV_TWILIO_TOKEN, keepRequests: false });
  const steps: [string, (call: TwilioCall) => Promise<unknown>][] = [
    ['incoming (voice)', (call) => call.start()],
    ['menu input to a submenu (gather)', (call) => call.press('2')],
    ['menu input into a queue (gather)', (call) => call.press('1')],
    ['wait URL, saying the position', (call) => call.waitPass()],
    ['wait URL, a silent pass', (call) => call.waitPass()],
    ['hang-up in the queue (queue-result + status callback)', (call) => call.hangUp()],
  ];
  const sums = steps.map((): StatementCount => ({ statements: 0, roundTrips: 0, nested: 0, keyShare: 0 }));
  for (let i = 0; i < n; i++) {
    const call = twilio.call({ from: DEMO_PHONES.customer, to: DEMO_PHONES.shared, sid: `CASTMT${String(i).padStart(28, '0')}` });
    for (const [k, [, step]] of steps.entries()) {
      const count = await statementsPer(pool, 1, () => step(call), carriedBeginsAndCommits(baseUrl));
      if (!count) return [statementLine('statements per webhook', null)];
      for (const f of ['statements', 'roundTrips', 'nested', 'keyShare'] as const) sums[k][f]! += count[f]! / n;
    }
  }
  return steps.map(([label], k) => statementLine(`statements per webhook, ${label}`, sums[k]));
}
