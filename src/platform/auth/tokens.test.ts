import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import type { GraphQLError } from 'graphql';
import { freePort } from '../free-port';
import { createTokenVerifier, signDevToken, SIGN_IN_KEYS_UNAVAILABLE_MESSAGE } from './tokens';

describe('token verification', () => {
  it('accepts development HS256 tokens signed with the local secret, refuses others', async () => {
    const verify = createTokenVerifier({ hsSecret: 'local-secret' });
    expect(await verify(await signDevToken('local-secret', 'Agent@SSC.example'))).toEqual({ email: 'agent@ssc.example' });
    expect(await verify(await signDevToken('another-secret', 'agent@ssc.example'))).toBeNull();
    expect(await verify(await signDevToken('local-secret', 'agent@ssc.example', '-1m'))).toBeNull();
    expect(await verify('garbage')).toBeNull();
  });

  it('remembers a verified token but still refuses it from its expiry on', async () => {
    let now = Date.now();
    const verify = createTokenVerifier({ hsSecret: 'local-secret' }, () => now);
    const token = await signDevToken('local-secret', 'agent@ssc.example', '2m');
    const exp = decodeJwt(token).exp! * 1000;
    expect(await verify(token)).toEqual({ email: 'agent@ssc.example' });
    now = exp - 1000;
    expect(await verify(token)).toEqual({ email: 'agent@ssc.example' });
    now = exp;
    expect(await verify(token)).toBeNull();
    // A token of another secret is refused however often it is sent.
    const forged = await signDevToken('another-secret', 'agent@ssc.example');
    now = Date.now();
    expect([await verify(forged), await verify(forged)]).toEqual([null, null]);
  });

  it('refuses a development token without exp', async () => {
    const verify = createTokenVerifier({ hsSecret: 'local-secret' });
    const forever = await new SignJWT({ email: 'agent@ssc.example' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('supportchain-dev')
      .setAudience('supportchain')
      .setIssuedAt()
      .sign(new TextEncoder().encode('local-secret'));
    expect(await verify(forever)).toBeNull();
  });

  describe('OIDC: RS256 tokens checked against the provider JWKS, issuer and audience', () => {
    let server: Server;
    let jwksUrl: string;
    let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
    const issuer = 'https://idp.example/realms/ssc';
    const audience = 'supportchain-api';

    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    const sign = (claims: Record<string, unknown>, iss = issuer, aud = audience) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(iss).setAudience(aud).setIssuedAt().setExpirationTime('5m').sign(privateKey);

    it('finds the user by the email claim', async () => {
      const verify = createTokenVerifier({ oidc: { issuer, audience, jwksUrl } });
      expect(await verify(await sign({ email: 'kund@skatteverket.example', email_verified: true, sub: 'abc-123' }))).toEqual({ email: 'kund@skatteverket.example' });
    });

    it('refuses an email claim the provider has not verified, and an e-mail-shaped sub', async () => {
      const verify = createTokenVerifier({ oidc: { issuer, audience, jwksUrl } });
      expect(await verify(await sign({ email: 'chef@skatteverket.example', sub: 'abc-123' }))).toBeNull();
      expect(await verify(await sign({ email: 'chef@skatteverket.example', email_verified: false }))).toBeNull();
      expect(await verify(await sign({ email: 'chef@skatteverket.example', email_verified: 'true' }))).toBeNull();
      expect(await verify(await sign({ sub: 'chef@skatteverket.example' }))).toBeNull();
    });

    it('refuses an OIDC token without exp', async () => {
      const verify = createTokenVerifier({ oidc: { issuer, audience, jwksUrl } });
      const forever = await new SignJWT({ email: 'kund@skatteverket.example', email_verified: true })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .sign(privateKey);
      expect(await verify(forever)).toBeNull();
    });

    it('refuses a wrong issuer or audience, and an HS256 token when only OIDC is configured', async () => {
      const verify = createTokenVerifier({ oidc: { issuer, audience, jwksUrl } });
      expect(await verify(await sign({ email: 'a@b.example' }, 'https://evil.example'))).toBeNull();
      expect(await verify(await sign({ email: 'a@b.example' }, issuer, 'other-api'))).toBeNull();
      expect(await verify(await signDevToken('local-secret', 'a@b.example'))).toBeNull();
    });
  });
});

describe('OIDC key server out of reach', () => {
  const issuer = 'https://idp.example/realms/ssc';
  const audience = 'supportchain-api';
  const token = async () => {
    const { privateKey } = await generateKeyPair('RS256');
    return new SignJWT({ email: 'agent@ssc.example', email_verified: true }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(issuer).setAudience(audience).setExpirationTime('5m').sign(privateKey);
  };
  const refusal = (jwksUrl: string) => token().then((t) => createTokenVerifier({ oidc: { issuer, audience, jwksUrl } })(t)).then(
    () => 'verified',
    (err: GraphQLError) => ({ message: err.message, code: err.extensions.code, status: (err.extensions.http as { status: number }).status }),
  );
  const unavailable = { message: SIGN_IN_KEYS_UNAVAILABLE_MESSAGE, code: 'SIGN_IN_KEYS_UNAVAILABLE', status: 503 };

  it('answers SIGN_IN_KEYS_UNAVAILABLE (503), not 401 and not DATABASE_UNAVAILABLE, when nothing listens at the JWKS address', async () => {
    expect(await refusal(`http://127.0.0.1:${await freePort()}/jwks`)).toEqual(unavailable);
  });

  it('answers the same when the key server answers 500', async () => {
    const server = createServer((_req, res) => res.writeHead(500).end('down'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      expect(await refusal(`http://127.0.0.1:${(server.address() as { port: number }).port}/jwks`)).toEqual(unavailable);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
