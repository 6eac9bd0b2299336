import { AgentQueueDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  const ids = await directoryIds(t);
  await phoneTicket(t, ids);
  // 80 more tickets across agencies, requesters, groups and assignees, each with comments: set-based.
  await t.sql(`
    insert into ticket (number, title, description, channel, agency_id, requester_id, service_area_id, category, impact, urgency, priority,
                        status, tier, group_id, assignee_id, created_by_id, created_at, updated_at)
    select 'SSC-2026-' || lpad((900000 + g)::text, 6, '0'), 'Fråga ' || g, 'Beskrivning', 'PHONE', u.agency_id, u.id, 1, 'QUESTION', 'LOW', 'LOW', 'P4',
           'IN_PROGRESS', 'FIRST', 1, (select id from app_user where role = 'AGENT' order by id offset (g % 10) limit 1),
           (select id from app_user where email = 'agent@ssc.example'), now() - g * interval '1 minute', now()
    from generate_series(1, 80) g
    join lateral (select id, agency_id from app_user where role = 'CUSTOMER' order by id offset g limit 1) u on true`);
  await t.sql(`
    insert into ticket_comment (ticket_id, author_id, body, visibility, created_at)
    select t.id, t.assignee_id, 'Kommentar ' || c, case when c % 2 = 0 then 'PUBLIC' else 'INTERNAL' end::comment_visibility, now() - c * interval '1 second'
    from ticket t cross join generate_series(1, 4) c where t.assignee_id is not null`);
});
afterAll(() => t?.stop());

async function statementsFor(first: number, as = A.agent): Promise<number> {
  // Warm: the token and schema paths, and the viewer cache, which is bypassed until this instance's
  // LISTEN connection is up and has replayed the gap (on a busy machine, after the first requests).
  await waitFor(
    async () => {
      t.statements.count = 0;
      await t.gql(as, AgentQueueDocument, { first: 1 });
      return t.statements.count === 1;
    },
    { what: `a page of one ticket for ${as} in one statement (the viewer cached)`, timeout: 10_000 },
  );
  t.statements.count = 0;
  t.statements.log.length = 0;
  const res = await t.gql(as, AgentQueueDocument, { first, orderBy: { field: 'PRIORITY', direction: 'ASC' } });
  expect(res.errors).toBeUndefined();
  expect(res.data!.tickets.edges).toHaveLength(first);
  const withComments = res.data!.tickets.edges.filter((e) => e.node.latestComments.length > 0);
  expect(withComments.length).toBeGreaterThan(first / 2);
  if (process.env.SHOW_SQL) console.log(first, t.statements.count, t.statements.log.map((l) => l.slice(0, 160)).join('\n'));
  return t.statements.count;
}

describe('the agent queue page', () => {
  it('tickets(first: 50) with agency, requester, group, assignee and latest comments takes a bounded number of statements', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    // The page with its agencies, people, groups and latest comments in one statement; the viewer is cached (issue 19).
    expect([five, fifty]).toEqual([1, 1]);
    expect(t.statements.log.filter((s) => /\bfrom ticket t\b/.test(s))).toHaveLength(1);
  });

  it('the bound holds for a customer too (scoped list, public comments only)', async () => {
    const email = (await t.sql<{ email: string }>(`select u.email from app_user u join ticket t on t.requester_id = u.id where u.role = 'CUSTOMER' group by u.email order by count(*) desc limit 1`))[0].email;
    const res = await t.gql(email, AgentQueueDocument, { first: 50 });
    expect(res.errors).toBeUndefined();
    t.statements.count = 0;
    await t.gql(email, AgentQueueDocument, { first: 50 });
    expect(t.statements.count).toBe(1);
  });
});
