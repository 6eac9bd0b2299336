import type { ImapFlowOptions } from 'imapflow';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../platform/clock';
import type { ImapConfig } from '../platform/config';
import type { RunningService } from '../platform/domain';
import { storeInboundMail } from './inbound-store';
import { withAdvisoryLock } from './imap-poller.sql';
import { InboundMailSource } from './mail.enums';
import { logFor } from '../platform/log';

const log = logFor('imap');

/** What one poll did: mails newly stored, and mails marked \Seen (stored now or before). */
export interface PollResult {
  stored: number;
  seen: number;
}

/** The connection options of an `imap://` / `imaps://` URL (user and password percent-decoded). */
export function imapOptions(url: string): ImapFlowOptions {
  const u = new URL(url);
  if (u.protocol !== 'imap:' && u.protocol !== 'imaps:') throw new Error(`IMAP_URL must be imap:// or imaps://, not ${u.protocol}`);
  const secure = u.protocol === 'imaps:';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
    logger: false,
  };
}

/** The advisory lock's key for a mailbox folder: the same for every instance polling it, without the password. */
export function imapPollLockKey(imap: ImapConfig): string {
  const u = new URL(imap.url);
  return `imap_poll:${decodeURIComponent(u.username)}@${u.hostname}:${u.port}/${imap.folder}`;
}

/**
 * One poll of the folder, by one instance at a time (null when another holds the lock): each message
 * without \Seen is stored (storeInboundMail: the row and its processing job) and only once that has
 * committed marked \Seen. A crash in between fetches it again next time; the Message-ID keeps it one
 * mail. `stopping` is asked between messages, so a stop waits for one message at most.
 */
export async function pollImapOnce(orm: MikroORM, clock: Clock, imap: ImapConfig, stopping: () => boolean = () => false): Promise<PollResult | null> {
  return withAdvisoryLock(orm, imapPollLockKey(imap), async () => {
    // Loaded with the first poll: an instance without a mailbox never holds imapflow (~4 MB of heap, issue 19).
    const { ImapFlow } = await import('imapflow');
    const client = new ImapFlow(imapOptions(imap.url));
    client.on('error', (err: Error) => log.error({ err }, 'IMAP connection error'));
    await client.connect();
    const result: PollResult = { stored: 0, seen: 0 };
    try {
      const lock = await client.getMailboxLock(imap.folder);
      try {
        const uids = (await client.search({ seen: false }, { uid: true })) || [];
        for (const uid of uids) {
          if (stopping()) break;
          const message = await client.fetchOne(String(uid), { source: true, envelope: true }, { uid: true });
          if (!message || !message.source) continue;
          const envelope = message.envelope;
          const { stored } = await storeInboundMail(orm, {
            raw: message.source,
            source: InboundMailSource.IMAP,
            envelopeFrom: (envelope?.sender?.[0]?.address ?? envelope?.from?.[0]?.address)?.toLowerCase() ?? null,
            envelopeTo: [...(envelope?.to ?? []), ...(envelope?.cc ?? [])].flatMap((a) => (a.address ? [a.address.toLowerCase()] : [])),
            remoteAddress: null,
            receivedAt: clock.now(),
          });
          if (stored) result.stored++;
          await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
          result.seen++;
        }
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
    return result;
  });
}

/**
 * The IMAP poller service: polls the configured folder at once and then every `pollSeconds` after
 * the previous poll ended (never two at a time in one instance). A failed poll (the server down, bad
 * credentials) is logged and tried again next period. `stop` ends the timer and waits for a running
 * poll to finish its current message.
 */
export interface ImapPollerService extends RunningService {
  /** What the poller has done so far: polls finished, those another instance's lock kept out, and whether one is due or running. */
  readonly stats: { polls: number; lockedOut: number; scheduled: boolean; running: boolean };
}

export async function startImapPoller(orm: MikroORM, clock: Clock, imap: ImapConfig | undefined): Promise<ImapPollerService | null> {
  if (!imap) return null;
  imapOptions(imap.url); // A malformed URL fails the start, not each poll.
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;
  const stats = { polls: 0, lockedOut: 0 };
  const tick = () => {
    timer = undefined;
    running = pollImapOnce(orm, clock, imap, () => stopped)
      .then((result) => {
        if (result === null) stats.lockedOut++;
      })
      .catch((err: Error) => log.error({ err }, 'poll failed'))
      .finally(() => {
        stats.polls++;
        running = null;
        if (!stopped) timer = setTimeout(tick, imap.pollSeconds * 1000);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    get stats() {
      return { ...stats, scheduled: timer !== undefined, running: running !== null };
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
