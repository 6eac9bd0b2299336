import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The baseline: the same agent-queue page (first-line open tickets in queue order, with agency,
 * requester, group, assignee and the latest three comments with authors) from one hand-written
 * SQL statement, served as JSON over HTTP by node:http. No GraphQL, no ORM, no auth.
 */
export const QUEUE_SQL = `
  select t.id, t.number, t.title, t.priority, t.status,
    json_build_object('id', a.id, 'name', a.name, 'employeeCount', a.employee_count) as agency,
    json_build_object('id', r.id, 'name', r.name) as requester,
    json_build_object('id', g.id, 'name', g.name) as "group",
    case when s.id is null then null else json_build_object('id', s.id, 'name', s.name) end as assignee,
    coalesce((select json_agg(json_build_object('id', c.id, 'body', c.body, 'visibility', c.visibility, 'author', json_build_object('id', u.id, 'name', u.name))
                               order by c.created_at desc, c.id desc)
              from (select * from ticket_comment c where c.ticket_id = t.id order by c.created_at desc, c.id desc limit 3) c
              join app_user u on u.id = c.author_id), '[]') as "latestComments"
  from (select * from ticket t
        where t.tier = 'FIRST' and t.status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER')
        order by t.priority, t.created_at, t.id limit 50) t
  left join agency a on a.id = t.agency_id
  join app_user r on r.id = t.requester_id
  join support_group g on g.id = t.group_id
  left join app_user s on s.id = t.assignee_id
  order by t.priority, t.created_at, t.id`;

export async function startBaseline(databaseUrl: string): Promise<{ port: number; close(): Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const server = createServer(async (_req, res) => {
    try {
      const { rows } = await pool.query(QUEUE_SQL);
      const body = JSON.stringify({ data: { tickets: rows } });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}
