import { Migration } from '@mikro-orm/migrations';

/**
 * Agenda items as data: `entries` (jsonb, see src/collaboration/agenda-entries.ts) replaces the text
 * `lines`, so that each viewer reads an agenda rendered for their scope. The existing agendas move
 * line by line into TEXT entries: a line naming one of the item's cases keeps that case (shown to
 * those who may read it), the previous-minutes lines are shown to all, and every other line (totals,
 * figures, matters, orders) to those who see the whole agency only. `down` renders the entries back
 * into lines as the whole agency sees them. By hand.
 */
export class Migration20261130060000_AgendaEntries extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "agenda_item" add column "entries" jsonb not null default '[]';`);
    this.addSql(`
      update "agenda_item" ai set "entries" = coalesce((
        select jsonb_agg(jsonb_build_object(
                 'kind', 'TEXT', 'text', l.line,
                 'ticketId', (select t.id from ticket t where t.id = any(ai.ticket_ids) and position(t.number || ' ' in l.line) > 0 order by t.id limit 1),
                 'toAll', l.line ~ '^(Inget tidigare möte i forumet\\.|Anteckningarna från |Mötet [0-9])'
               ) order by l.n)
          from unnest(ai.lines) with ordinality as l(line, n)), '[]'::jsonb);`);
    this.addSql(`alter table "agenda_item" alter column "entries" drop default;`);
    this.addSql(`alter table "agenda_item" drop column "lines";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agenda_item" add column "lines" text[] not null default '{}';`);
    this.addSql(`
      update "agenda_item" ai set "lines" = coalesce((
        select array_agg(x.line order by x.n) from (
          select e.n, case e.v->>'kind'
            when 'TEXT' then e.v->>'text'
            when 'PREVIOUS_MINUTES' then case e.v->>'state'
              when 'NONE' then 'Inget tidigare möte i forumet.'
              when 'APPROVED' then 'Anteckningarna från ' || (e.v->>'day') || ' är godkända.'
              when 'TO_APPROVE' then 'Anteckningarna från ' || (e.v->>'day') || ' att godkänna.'
              else 'Mötet ' || (e.v->>'day') || ' saknar anteckningar.' end
            when 'CASE_COUNT' then (select coalesce(sum((a->>'count')::int), 0) from jsonb_array_elements(e.v->'byArea') a)::text
              || case e.v->>'list' when 'PAST_SLA' then ' öppna ärenden har passerat tid för överenskommen servicenivå.' else ' öppna ärenden är eskalerade till andra eller tredje linjen.' end
            when 'CASE' then (select t.number || ' ' || t.title from ticket t where t.id = (e.v->>'ticketId')::int)
              || case e.v->>'list' when 'PAST_SLA' then ' (förfallet ' else ' (eskalerat ' end || (e.v->>'day') || ')'
            when 'SLA_PERIOD' then 'SLA-rapport ' || (e.v->>'period') || ', avtalad andel inom tid ' || (e.v->>'targetPercent') || ' %:'
            when 'SLA_OUTCOME' then case when e.v->>'serviceAreaId' is null then
              ${METRIC('e.v')} || ': ' || (e.v->>'measured') || ' mätta, ' || (e.v->>'breached') || ' avvikelser, '
              || coalesce(replace(e.v->>'sharePercent', '.', ',') || ' %', '–') || ' inom tid'
              || case when e.v->>'reached' = 'false' then ' – målet nås inte (risk)' else '' end || '.' end
            when 'SLA_NONE' then 'Inga mätta ärenden under kvartalet.'
            when 'DEVIATION' then 'Avvikelse: ' || (select t.number from ticket t where t.id = (e.v->>'ticketId')::int) || ' ' || ${METRIC('e.v')}
              || ', ' || replace(e.v->>'overrunHours', '.', ',') || ' h över (' || (e.v->>'day') || ').'
            when 'MATTERS' then (select count(*) from jsonb_array_elements(ai.entries) m where m->>'kind' = 'MATTER' and m->>'state' = 'OPEN')::text || ' eskalerade frågor att behandla.'
            when 'MATTER' then case e.v->>'state'
              when 'OPEN' then 'Eskalerad fråga (' || ${LEVEL('e.v')} || ' nivå): ' || (e.v->>'question')
              else 'Återkoppling från ' || ${LEVEL('e.v')} || ' nivå: ' || (e.v->>'question') || ' – ' || coalesce(e.v->>'decision', '')
                || coalesce(' (' || (e.v->>'feedback') || ')', '') end
            when 'ORDERS' then (select count(*) from jsonb_array_elements(ai.entries) o where o->>'kind' = 'ORDER')::text || ' beställningar pågår.'
            when 'ORDER' then case e.v->>'orderKind' when 'ADD_ON' then 'Tilläggstjänst ' else 'Specialtjänst ' end || (e.v->>'title')
              || ' (' || (select t.number from ticket t where t.id = (e.v->>'ticketId')::int) || '): ' || (e.v->>'status')
            end as line
          from jsonb_array_elements(ai.entries) with ordinality as e(v, n)
        ) x where x.line is not null), '{}');`);
    this.addSql(`alter table "agenda_item" alter column "lines" drop default;`);
    this.addSql(`alter table "agenda_item" drop column "entries";`);
  }

}

function METRIC(v: string): string {
  return `case ${v}->>'metric' when 'FIRST_RESPONSE' then 'Första svar' when 'RESOLUTION' then 'Lösning' else 'Tid hos leverantör' end`;
}

function LEVEL(v: string): string {
  return `case ${v}->>'level' when 'OPERATIONAL' then 'operativ' when 'TACTICAL' then 'taktisk' else 'strategisk' end`;
}
