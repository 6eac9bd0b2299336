const { fork } = require('child_process');
const { startEmbedded } = require('/work/main/dist/src/platform/db/embedded.js');
const { signDevToken } = require('/work/main/dist/src/platform/auth/tokens.js');
const Q = `query { tickets(first: 50, filter: { tier: [FIRST], status: [NEW, IN_PROGRESS, WAITING_FOR_CUSTOMER] }, orderBy: { field: PRIORITY, direction: ASC }) { edges { node { id number title priority status agency { id name employeeCount } requester { id name } group { id name } assignee { id name } latestComments(limit: 3) { id body visibility author { id name } } } } } }`;
(async () => {
  const e = await startEmbedded('/tmp/explain-data', 54555);
  const child = fork('/work/main/dist/bench/target.js', ['api', e.url('b')], { execArgv: ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] });
  const port = await new Promise(r => child.once('message', m => r(m.port)));
  const token = await signDevToken('supportchain-development-secret-change-me', 'agent@ssc.example');
  const send = () => fetch(`http://127.0.0.1:${port}/graphql`, {method:'POST', headers:{'content-type':'application/json', authorization:`Bearer ${token}`}, body: JSON.stringify({query: Q})}).then(r => r.text());
  for (let i = 0; i < 20; i++) await send();
  let t = Date.now(); for (let i = 0; i < 50; i++) await send(); console.log('sequential ms/req', (Date.now() - t) / 50);
  const deadline = Date.now() + 5000; let n = 0;
  await Promise.all(Array.from({length: 8}, async () => { while (Date.now() < deadline) { await send(); n++; } }));
  console.log('concurrent rps', n / 5);
  child.kill('SIGINT'); await new Promise(r => child.once('exit', r));
  await e.stop();
})();
