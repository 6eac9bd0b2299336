/**
 * History written before events carried names: reference values were raw database ids ("6",
 * "428"). This names them from the rows as they are now and sets the references, once; the
 * migration runs it over existing history and the demo seeder over what it inserts. The caller
 * lifts the append-only trigger around it.
 */
const LEGACY_REFS: { type: string; table: string; name: string; where: string }[] = [
  { type: 'SupportGroup', table: 'support_group', name: 'name', where: `e.field = 'group'` },
  { type: 'User', table: 'app_user', name: 'name', where: `e.field = 'assignee'` },
  { type: 'Service', table: 'service', name: 'name', where: `e.field = 'service'` },
  { type: 'ServiceArea', table: 'service_area', name: 'name', where: `e.field = 'serviceArea'` },
  { type: 'User', table: 'app_user', name: 'name', where: `e.kind::text in ('CALL_ANSWERED', 'CALLBACK_TAKEN')` },
  { type: 'Article', table: 'kb_article', name: 'title', where: `e.kind::text = 'ARTICLE_LINKED'` },
];

const idOf = (column: string) => `case when ${column} ~ '^[0-9]{1,9}$' then ${column}::int end`;

export const NAME_LEGACY_REFS_SQL: string[] = LEGACY_REFS.map(
  (r) => `update ticket_event e set
      from_ref = case when f.id is not null then '${r.type}:' || f.id end, from_value = coalesce(f.${r.name}, e.from_value),
      to_ref = case when g.id is not null then '${r.type}:' || g.id end, to_value = coalesce(g.${r.name}, e.to_value)
    from ticket_event x
      left join ${r.table} f on f.id = ${idOf('x.from_value')}
      left join ${r.table} g on g.id = ${idOf('x.to_value')}
    where e.id = x.id and ${r.where} and e.from_ref is null and e.to_ref is null and (f.id is not null or g.id is not null)`,
);

export const HISTORY_TRIGGER_OFF = `alter table ticket_event disable trigger ticket_event_no_change`;
export const HISTORY_TRIGGER_ON = `alter table ticket_event enable trigger ticket_event_no_change`;

/**
 * An insert of history events, for a data-modifying CTE: the events come as one JSON parameter
 * (`historyJson`, bound where this statement's `?` is), the ticket's id from `ticketId` (a column
 * of `from`, e.g. the CTE that inserted the ticket); the first event's value, when it has none,
 * from `firstToValue` (the new ticket's number). Returns their ids, in the given order.
 */
export const insertHistorySql = (ticketId: string, from: string, firstToValue = 'null') =>
  `insert into ticket_event (ticket_id, actor_id, at, kind, field, from_value, to_value, from_ref, to_ref, note, tier, visibility)
   select ${ticketId}, (h.v->>'actor')::int, (h.v->>'at')::timestamptz, (h.v->>'kind')::ticket_event_kind, h.v->>'field', h.v->>'fromValue',
          coalesce(h.v->>'toValue', case when h.ord = 1 then ${firstToValue} end),
          h.v->>'fromRef', h.v->>'toRef', h.v->>'note', (h.v->>'tier')::tier, (h.v->>'visibility')::comment_visibility
     from ${from} cross join json_array_elements(?::json) with ordinality as h(v, ord)
    order by h.ord
   returning id`;
/** The JSON parameter of insertHistorySql. */
export const historyJson = (values: readonly object[]) => JSON.stringify(values);
