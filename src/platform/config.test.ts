import { availableParallelism } from 'node:os';
import { DEV_JWT_SECRET, DEV_TWILIO_TOKEN, loadConfig } from './config';

describe('loadConfig in production', () => {
  const oidc = { OIDC_ISSUER: 'https://idp.example', OIDC_AUDIENCE: 'supportchain', OIDC_JWKS_URL: 'https://idp.example/jwks' };

  it('refuses JWT_SECRET equal to the development default', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET })).toThrow(
      'NODE_ENV=production refuses JWT_SECRET equal to the development default; set a secret of your own',
    );
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET, ...oidc })).toThrow('development default');
  });

  it('refuses a short JWT_SECRET and the development Twilio token', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short-secret' })).toThrow('NODE_ENV=production needs a JWT_SECRET of at least 32 characters');
    expect(() => loadConfig({ NODE_ENV: 'production', TWILIO_AUTH_TOKEN: DEV_TWILIO_TOKEN, ...oidc })).toThrow(
      'NODE_ENV=production refuses TWILIO_AUTH_TOKEN equal to the development default',
    );
  });

  it('starts with a secret of its own, and development keeps its defaults', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(32) }).auth.hsSecret).toBe('a'.repeat(32));
    expect(loadConfig({ NODE_ENV: 'production', ...oidc }).auth.hsSecret).toBeUndefined();
    expect(loadConfig({}).auth.hsSecret).toBe(DEV_JWT_SECRET);
    expect(loadConfig({ STATEMENT_TIMEOUT_MS: '5000' }).statementTimeout).toBe(5000);
    expect(loadConfig({}).statementTimeout).toBe(30_000);
  });

  it('runs 8 jobs at once unless JOB_CONCURRENCY says otherwise, and refuses none', () => {
    expect(loadConfig({}).jobConcurrency).toBe(8);
    expect(loadConfig({ JOB_CONCURRENCY: '24' }).jobConcurrency).toBe(24);
    expect(() => loadConfig({ JOB_CONCURRENCY: '0' })).toThrow('JOB_CONCURRENCY must be at least 1 (got "0")');
    expect(() => loadConfig({ JOB_CONCURRENCY: 'many' })).toThrow('expected a whole number, got "many"');
  });

  it('runs twice the cores\' write transactions at once unless WRITE_CONCURRENCY says otherwise, and refuses none', () => {
    expect(loadConfig({}).writeConcurrency).toBe(2 * availableParallelism());
    expect(loadConfig({ WRITE_CONCURRENCY: '3' }).writeConcurrency).toBe(3);
    expect(() => loadConfig({ WRITE_CONCURRENCY: '0' })).toThrow('WRITE_CONCURRENCY must be at least 1 (got "0")');
  });

  it('runs only persisted operations in production, with the allowed file named; the console client and scopes of OIDC', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...oidc, ALLOWED_OPERATIONS_FILE: '/etc/sc/allowed.json' }).operations).toEqual({ persistedOnly: true, allowedFile: '/etc/sc/allowed.json', manifestFile: undefined });
    expect(loadConfig({}).operations.persistedOnly).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ...oidc, OIDC_CLIENT_ID: 'console' }).auth.oidc).toEqual({ ...{ issuer: oidc.OIDC_ISSUER, audience: oidc.OIDC_AUDIENCE, jwksUrl: oidc.OIDC_JWKS_URL }, clientId: 'console', scope: 'openid profile email' });
    expect(loadConfig({ ...oidc, OIDC_SCOPE: 'openid email offline_access' }).auth.oidc?.scope).toBe('openid email offline_access');
  });
});
