import { decodeJwt } from 'jose';
import { DEMO_ACCOUNTS } from '../seeds/directory';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 15: the console's development sign-in (`/auth/dev/users`, `/auth/dev/token`). */

const base = (t: TestApp) => `http://127.0.0.1:${t.port}/auth/dev`;

async function call(t: TestApp, path: string, init?: RequestInit): Promise<{ status: number; json: any; text: string }> {
  const res = await fetch(`${base(t)}${path}`, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

const postToken = (t: TestApp, body: string, contentType = 'application/json') =>
  call(t, '/token', { method: 'POST', headers: { 'content-type': contentType }, body });

describe('development sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.stop());

  it('lists exactly the active staff users, ordered by role then name', async () => {
    await t.sql(`update app_user set active = false where email = 'sd3@ssc.example'`);
    const { status, json } = await call(t, '/users');
    expect(status).toBe(200);
    const expected = await t.sql<{ email: string; name: string; role: string }>(
      `select email, name, role::text from app_user where active and role in ('AGENT','SPECIALIST','DELIVERY_MANAGER','ACCOUNT_MANAGER','ADMIN')
       order by array_position(array['AGENT','SPECIALIST','DELIVERY_MANAGER','ACCOUNT_MANAGER','ADMIN'], role::text), name, email`,
    );
    expect(json).toEqual(expected);
    expect(json[0].role).toBe('AGENT');
    expect(json.at(-1)).toEqual({ email: DEMO_ACCOUNTS.admin, name: 'Admin Adminsson', role: 'ADMIN' });
    const emails = json.map((u: { email: string }) => u.email);
    expect(emails).not.toContain('sd3@ssc.example');
    for (const email of [DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.telephony, DEMO_ACCOUNTS.external]) expect(emails).not.toContain(email);
    await t.sql(`update app_user set active = true where email = 'sd3@ssc.example'`);
  });

  it('signs a dev token the API accepts over HTTP, expiring when it says', async () => {
    const { status, json } = await postToken(t, JSON.stringify({ email: 'Agent@SSC.example' }));
    expect(status).toBe(200);
    expect(Object.keys(json).sort()).toEqual(['expiresAt', 'token']);
    const claims = decodeJwt(json.token);
    expect(claims.email).toBe(DEMO_ACCOUNTS.agent);
    expect(new Date(json.expiresAt).getTime()).toBe(claims.exp! * 1000);
    expect(new Date(json.expiresAt).toISOString()).toBe(json.expiresAt);
    // A staff-only query: accepted with the token, refused without one.
    const query = { query: 'query { savedReplyPlaceholders { __typename } }' };
    const signedIn = await t.post(query, { authorization: `Bearer ${json.token}` });
    expect([signedIn.status, signedIn.json.errors, signedIn.json.data.savedReplyPlaceholders.length > 0]).toEqual([200, undefined, true]);
    const anonymous = await t.post(query);
    expect(anonymous.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses input that is not one active staff user: 400 without an e-mail, 404 for anyone else, never a stack trace', async () => {
    await t.sql(`update app_user set active = false where email = 'sd4@ssc.example'`);
    const cases: [string, string, string, number, string][] = [
      ['not JSON', '{"email":', 'application/json', 400, 'BAD_REQUEST'],
      ['not a JSON body', 'email=agent@ssc.example', 'application/x-www-form-urlencoded', 400, 'BAD_USER_INPUT'],
      ['no e-mail', '{}', 'application/json', 400, 'BAD_USER_INPUT'],
      ['a number', '{"email":7}', 'application/json', 400, 'BAD_USER_INPUT'],
      ['JSON null', 'null', 'application/json', 400, 'BAD_REQUEST'],
      ['unknown', '{"email":"nobody@ssc.example"}', 'application/json', 404, 'NOT_FOUND'],
      ['inactive', '{"email":"sd4@ssc.example"}', 'application/json', 404, 'NOT_FOUND'],
      ['a customer', JSON.stringify({ email: DEMO_ACCOUNTS.customer }), 'application/json', 404, 'NOT_FOUND'],
      ['telephony', JSON.stringify({ email: DEMO_ACCOUNTS.telephony }), 'application/json', 404, 'NOT_FOUND'],
      ['an external contact', JSON.stringify({ email: DEMO_ACCOUNTS.external }), 'application/json', 404, 'NOT_FOUND'],
    ];
    const answers = [];
    for (const [name, body, type] of cases) {
      const res = await postToken(t, body, type);
      answers.push([name, res.status, res.json?.errors?.[0]?.extensions?.code, /at \w+ \(|\.ts:\d+/.test(res.text)]);
    }
    expect(answers).toEqual(cases.map(([name, , , status, code]) => [name, status, code, false]));
    await t.sql(`update app_user set active = true where email = 'sd4@ssc.example'`);
  });

  it('answers 404 on any other path under /auth/dev', async () => {
    expect((await call(t, '/nothing')).status).toBe(404);
    expect((await call(t, '/token')).status).toBe(404); // GET: only POST signs
  });
});

describe('development sign-in in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ production: true });
  });
  afterAll(() => t?.stop());

  it('answers 404 to both endpoints, even for a staff user, and signs nothing', async () => {
    const users = await call(t, '/users');
    const token = await postToken(t, JSON.stringify({ email: DEMO_ACCOUNTS.agent }));
    expect([users.status, users.json, token.status, token.json]).toEqual([
      404,
      { errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] },
      404,
      { errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] },
    ]);
  });
});
