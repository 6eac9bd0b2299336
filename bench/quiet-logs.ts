/**
 * Benches measure the API, not its request log: the servers they start (in this process or forked)
 * log warnings and errors only, unless LOG_LEVEL says otherwise. Imported first by bench/index.ts,
 * before anything creates the logger.
 */
process.env.LOG_LEVEL ||= 'warn';
