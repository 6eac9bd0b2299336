import { intFrom } from './config-values';

// The channels' settings (outgoing webhooks, mail, the phone): their defaults and how the environment
// sets them. config.ts loads them with the rest and re-exports them.

/** How deliveries to integrators' endpoints are sent, retried and given up on. */
export interface WebhookConfig {
  /** Let endpoints resolve to loopback, private and link-local addresses (WEBHOOK_ALLOW_PRIVATE): development and tests only by default. */
  allowPrivateAddresses: boolean;
  /** An attempt's whole time, connect to last byte (WEBHOOK_TIMEOUT_MS, default 10 s). */
  timeoutMs: number;
  /** The largest body sent (WEBHOOK_MAX_BODY_BYTES, default 64 kB): a bigger one is cut to the case's ID and a note. */
  maxBodyBytes: number;
  /** How much of a response body is read and kept in the log (default 4 kB). */
  maxResponseBytes: number;
  /** Attempts per delivery before it is FAILED (WEBHOOK_MAX_ATTEMPTS, default 8). */
  maxAttempts: number;
  /** The wait before the 2nd attempt; it doubles each time up to `backoffMaxMs` (default 30 s and 6 h). */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Failed attempts in a row that pause an endpoint (WEBHOOK_PAUSE_AFTER_FAILURES, default 50). */
  pauseAfterFailures: number;
  /** Or: every attempt failed for this long (WEBHOOK_PAUSE_AFTER_HOURS, default 24 h). */
  pauseAfterMs: number;
}

/** The webhook settings with every default: private addresses allowed only outside production. */
export function defaultWebhookConfig(production: boolean): WebhookConfig {
  return {
    allowPrivateAddresses: !production,
    timeoutMs: 10_000,
    maxBodyBytes: 64 * 1024,
    maxResponseBytes: 4096,
    maxAttempts: 8,
    backoffBaseMs: 30_000,
    backoffMaxMs: 6 * 3600_000,
    pauseAfterFailures: 50,
    pauseAfterMs: 24 * 3600_000,
  };
}

/** Mail in (an SMTP listener, or IMAP polling) and out (an SMTP relay, or the development catcher). */
export interface MailConfig {
  /**
   * The SMTP listener's port (SMTP_PORT): default 2525 in development, off in production unless
   * set; 0 takes a free port (tests); null is off.
   */
  smtpPort: number | null;
  /** The address the listener binds (SMTP_HOST, default 0.0.0.0). */
  smtpHost: string;
  /** The outbound relay, `smtp://user:pass@host:587` or `smtps://...` (SMTP_URL). Unset: mail is caught, not sent. */
  smtpUrl?: string;
  /** The From of outgoing mail (MAIL_FROM). */
  from: string;
  /** The domain of the desk's Message-IDs (MAIL_DOMAIN). */
  domain: string;
  /** The largest mail taken, in bytes (MAIL_MAX_BYTES, default 25 MB): bigger is refused with 552. */
  maxBytes: number;
  /** Mails one sender may send a minute before the rest are refused for a while (MAIL_PER_SENDER_PER_MINUTE). */
  perSenderPerMinute: number;
  /** IMAP polling of a mailbox folder instead of (or beside) the listener (IMAP_URL, IMAP_FOLDER, IMAP_POLL_SECONDS). */
  imap?: ImapConfig;
}

export interface ImapConfig {
  /** `imaps://user:password@host:993` or `imap://...` (STARTTLS when offered). */
  url: string;
  folder: string;
  pollSeconds: number;
}

export const DEFAULT_SMTP_PORT = 2525;
export const DEFAULT_MAIL_MAX_BYTES = 25 * 1024 * 1024;

/** The mail configuration with every default: development listens on 2525, production only when told. */
export function defaultMailConfig(production: boolean): MailConfig {
  return {
    smtpPort: production ? null : DEFAULT_SMTP_PORT,
    smtpHost: '0.0.0.0',
    from: 'Servicedesk <servicedesk@ssc.example>',
    domain: 'ssc.example',
    maxBytes: DEFAULT_MAIL_MAX_BYTES,
    perSenderPerMinute: 20,
  };
}

export interface IvrConfig {
  /** The Twilio account's auth token: webhooks are verified with it. Unset: the webhooks answer 503. */
  twilioAuthToken?: string;
  /** The public base URL Twilio calls (behind a proxy the signature covers this, not the local URL). */
  publicUrl?: string;
  /** The machine account the webhooks act as (role TELEPHONY). */
  account: string;
  /**
   * The voice of every `<Say>` (TWILIO_VOICE): one Twilio supports for sv-SE, e.g. Polly.Astrid
   * (Amazon Polly, standard), Polly.Elin-Neural, or Google.sv-SE-Standard-A. Twilio's default voice
   * speaks no Swedish. Default Polly.Astrid.
   */
  voice?: string;
}

export const DEFAULT_TWILIO_VOICE = 'Polly.Astrid';

export const DEV_TWILIO_TOKEN = 'supportchain-development-twilio-token';

export function webhookConfigFrom(env: NodeJS.ProcessEnv, production: boolean): WebhookConfig {
  const d = defaultWebhookConfig(production);
  return {
    ...d,
    allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE ? env.WEBHOOK_ALLOW_PRIVATE === 'true' : d.allowPrivateAddresses,
    timeoutMs: intFrom(env.WEBHOOK_TIMEOUT_MS, d.timeoutMs),
    maxBodyBytes: intFrom(env.WEBHOOK_MAX_BODY_BYTES, d.maxBodyBytes),
    maxAttempts: intFrom(env.WEBHOOK_MAX_ATTEMPTS, d.maxAttempts),
    pauseAfterFailures: intFrom(env.WEBHOOK_PAUSE_AFTER_FAILURES, d.pauseAfterFailures),
    pauseAfterMs: intFrom(env.WEBHOOK_PAUSE_AFTER_HOURS, d.pauseAfterMs / 3600_000) * 3600_000,
  };
}

export function mailConfigFrom(env: NodeJS.ProcessEnv, production: boolean): MailConfig {
  const defaults = defaultMailConfig(production);
  return {
    smtpPort: env.SMTP_PORT === 'off' ? null : env.SMTP_PORT ? intFrom(env.SMTP_PORT, DEFAULT_SMTP_PORT) : defaults.smtpPort,
    smtpHost: env.SMTP_HOST || defaults.smtpHost,
    smtpUrl: env.SMTP_URL || undefined,
    from: env.MAIL_FROM || defaults.from,
    domain: env.MAIL_DOMAIN || defaults.domain,
    maxBytes: intFrom(env.MAIL_MAX_BYTES, defaults.maxBytes),
    perSenderPerMinute: intFrom(env.MAIL_PER_SENDER_PER_MINUTE, defaults.perSenderPerMinute),
    imap: env.IMAP_URL ? { url: env.IMAP_URL, folder: env.IMAP_FOLDER || 'INBOX', pollSeconds: intFrom(env.IMAP_POLL_SECONDS, 30) } : undefined,
  };
}
