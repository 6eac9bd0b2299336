import { buildDirectory } from '../../seeds/directory';
import { signDevToken } from '../platform/auth/tokens';
import { loadConfig } from '../platform/config';

/**
 * `npm run token -- <email>` prints a development token (HS256, the local secret) for a user of
 * the demo seed. Use it as `Authorization: Bearer <token>`.
 */
async function main(): Promise<void> {
  const email = process.argv[2]?.toLowerCase();
  const { users } = buildDirectory();
  if (!email) {
    console.error('usage: npm run token -- <email>\nfor example:');
    for (const u of users.filter((u) => u.email.endsWith('.example') && !/\d@/.test(u.email)).slice(0, 12)) console.error(`  ${u.email.padEnd(34)} ${u.role}`);
    process.exit(2);
  }
  const user = users.find((u) => u.email === email);
  if (!user) console.error(`note: ${email} is not a demo-seed user; the server accepts the token only if the user exists.`);
  else if (user.role === 'EXTERNAL_CONTACT') console.error(`note: ${email} is an external contact; they cannot sign in.`);
  const secret = loadConfig().auth.hsSecret;
  if (!secret) throw new Error('no JWT_SECRET: development tokens need the local secret');
  console.log(await signDevToken(secret, email));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
