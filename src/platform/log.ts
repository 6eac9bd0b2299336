import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The process's logger (pino): one JSON object a line, at LOG_LEVEL (default `info`; `silent` under
 * jest unless LOG_LEVEL says otherwise), pretty-printed in development when pino-pretty is
 * installed and the output is a terminal. Never log a token, a header or a person's data: log ids.
 */
function destination(): DestinationStream | undefined {
  if (process.env.NODE_ENV === 'production' || process.env.LOG_FORMAT === 'json' || !process.stdout.isTTY) return undefined;
  try {
    // A development dependency: absent from a production install, then plain JSON lines.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (options: object) => DestinationStream;
    return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', sync: true });
  } catch {
    return undefined;
  }
}

const level = process.env.LOG_LEVEL || (process.env.JEST_WORKER_ID ? 'silent' : 'info');

export const log: Logger = pino(
  {
    level,
    base: { service: 'supportchain' },
    // Belt and braces: whatever a caller passes, these never reach the log.
    redact: { paths: ['authorization', 'req.headers', 'headers.authorization', 'token', 'password', '*.token', '*.password'], censor: '[redacted]' },
  },
  destination(),
);

/** A child logger for one part of the system (`log.child({ part: 'smtp' })`). */
export const logFor = (part: string): Logger => log.child({ part });
