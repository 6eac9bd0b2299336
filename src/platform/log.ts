import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The process's logger (pino): one JSON object a line at LOG_LEVEL (default `info`),
 * pretty-printed in development when pino-pretty is installed and the output is a terminal. Under
 * jest nothing is written unless LOG_LEVEL is set, but warnings and errors still reach `watchLog`
 * (tests assert what was logged). Never log a token, a header or a person's data: log ids.
 */
const underJest = Boolean(process.env.JEST_WORKER_ID) && !process.env.LOG_LEVEL;

function destination(): DestinationStream | undefined {
  if (underJest) return { write: () => undefined };
  // Synchronous: the lines of a process that exits right after logging (start-up failures, the
  // drain) are written in order and never lost; a log line is small beside a request's work.
  const json = () => pino.destination({ dest: 1, sync: true });
  if (process.env.NODE_ENV === 'production' || process.env.LOG_FORMAT === 'json' || !process.stdout.isTTY) return json();
  try {
    // A development dependency: absent from a production install, then plain JSON lines.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (options: object) => DestinationStream;
    return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', sync: true });
  } catch {
    return json();
  }
}

/** One log call as a watcher sees it. */
export interface LogEntry {
  /** pino's number: 40 warn, 50 error, 60 fatal. */
  level: number;
  /** The part of the system that logged (`logFor(part)`). */
  part?: string;
  msg: string;
  fields: Record<string, unknown>;
}

const watchers = new Set<(entry: LogEntry) => void>();

/** Calls `watch` with every entry logged at an enabled level until the returned function is called. */
export function watchLog(watch: (entry: LogEntry) => void): () => void {
  watchers.add(watch);
  return () => watchers.delete(watch);
}

export const log: Logger = pino(
  {
    level: process.env.LOG_LEVEL || (underJest ? 'warn' : 'info'),
    base: { service: 'supportchain' },
    // Belt and braces: whatever a caller passes, these never reach the log.
    redact: { paths: ['authorization', 'req.headers', 'headers.authorization', 'token', 'password', '*.token', '*.password'], censor: '[redacted]' },
    hooks: {
      logMethod(args, method, level) {
        if (watchers.size) {
          const [first, second] = args as unknown[];
          const fields = typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : {};
          const msg = typeof first === 'string' ? first : typeof second === 'string' ? second : '';
          const part = (this.bindings() as { part?: string }).part;
          for (const watch of watchers) watch({ level, part, msg, fields });
        }
        return method.apply(this, args);
      },
    },
  },
  destination(),
);

const parts = new Map<string, Logger>();

/** The logger of one part of the system (`logFor('smtp')`): every line carries `part`. */
export const logFor = (part: string): Logger => {
  let child = parts.get(part);
  if (!child) parts.set(part, (child = log.child({ part })));
  return child;
};
