import { Agency } from '../../directory/agency.entity';
import { Role } from '../../directory/directory.enums';
import { User } from '../../directory/user.entity';
import { requireViewer } from '../../platform/auth/viewer';
import type { Context } from '../../platform/context';
import { forbidden } from '../../platform/errors';
import { expectId, toGlobalId } from '../../platform/global-id';
import { runMutation } from '../../platform/graphql/mutation';
import { decodeCursor, encodeCursor, pageSize, toPage, type PageArgs } from '../../platform/pagination';
import { Ticket } from '../../tickets/ticket.entity';
import type { InboundMailSource, InboundMailStatus } from '../mail.enums';
import { mailError, MailErrorCode } from '../mail.errors';
import { AgencyMailSettings } from './agency-mail-settings.entity';
import { auditMailSettings, mailSettingsSnapshot } from './mail-settings-audit';
import { countInboundMails, rawOfInboundMail, selectInboundMails, type InboundListRow } from './inbound.sql';

/** Who reads the desk's received mail: the agents who work it and the admins. */
function requireMailReader(ctx: Context) {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.AGENT && viewer.role !== Role.ADMIN) throw forbidden('only agents and admins read the received mail');
  return viewer;
}

function requireAdmin(ctx: Context) {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.ADMIN) throw forbidden('only admins change the mail settings');
  return viewer;
}

/** Received mail, newest first, optionally of some statuses (NEEDS_REVIEW: what an agent must look at). */
export async function listInboundMails(ctx: Context, args: PageArgs & { statuses?: InboundMailStatus[] | null }) {
  const viewer = requireMailReader(ctx);
  const limit = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after, ['instant', 'int'] as const) : null;
  const statuses = args.statuses ?? [];
  const rows = await selectInboundMails(ctx.em, statuses, after, limit);
  const admin = viewer.role === Role.ADMIN;
  const page = toPage(rows, limit, args.after, (r) => encodeCursor([new Date(r.received_at).toISOString(), r.id]), () => countInboundMails(ctx.em, statuses));
  const nodes = await Promise.all(page.nodes.map((row) => viewOf(ctx, row, admin)));
  return { ...page, nodes };
}

async function viewOf(ctx: Context, row: InboundListRow, admin: boolean) {
  const raw = admin ? await rawOfInboundMail(ctx.em, row.id) : null;
  return {
    id: toGlobalId('InboundMail', row.id),
    messageId: row.message_id,
    source: row.source as InboundMailSource,
    envelopeFrom: row.envelope_from,
    envelopeTo: row.envelope_to,
    fromAddress: row.from_address,
    fromName: row.from_name,
    subject: row.subject,
    text: row.text,
    size: row.size,
    receivedAt: new Date(row.received_at),
    status: row.status as InboundMailStatus,
    outcome: row.outcome,
    note: row.note,
    // Agents and admins read every case: no further check.
    ticket: row.ticket_id === null ? null : await ctx.em.findOne(Ticket, row.ticket_id),
    processedAt: row.processed_at ? new Date(row.processed_at) : null,
    rawSource: raw ? raw.toString('utf8') : null,
  };
}

async function findAgency(ctx: Context, agencyId: string, field: string[]): Promise<Agency> {
  const agency = await ctx.em.findOne(Agency, expectId(agencyId, 'Agency', ...field));
  if (!agency) throw mailError(MailErrorCode.MAIL_AGENCY_NOT_FOUND, { field });
  return agency;
}

const settingsView = (agency: Agency, s: AgencyMailSettings | null) => ({
  agency,
  redirectTextSv: s?.redirectTextSv ?? null,
  redirectTextEn: s?.redirectTextEn ?? null,
  webUrl: s?.webUrl ?? null,
  phone: s?.phone ?? null,
  updatedAt: s?.updatedAt ?? null,
});

/** An agency's answer to its staff who mail the desk (admins only). */
export async function agencyMailSettings(ctx: Context, agencyId: string) {
  requireAdmin(ctx);
  const agency = await ctx.em.findOne(Agency, expectId(agencyId, 'Agency', 'agencyId'));
  if (!agency) return null;
  return settingsView(agency, await ctx.em.findOne(AgencyMailSettings, { agency: agency.id }));
}

export interface AgencyMailSettingsValue {
  redirectTextSv?: string | null;
  redirectTextEn?: string | null;
  webUrl?: string | null;
  phone?: string | null;
}

const TEXT_MAX = 2000;

function optionalText(value: string | null | undefined, field: string[]): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > TEXT_MAX) throw mailError(MailErrorCode.MAIL_REDIRECT_TEXT_INVALID, { field, max: TEXT_MAX });
  return trimmed;
}

function optionalContact(value: string | null | undefined, field: string[], what: string, pattern: RegExp): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (!pattern.test(trimmed)) throw mailError(MailErrorCode.MAIL_REDIRECT_CONTACT_INVALID, { field, what });
  return trimmed;
}

/** Sets an agency's answer to its staff who mail the desk (admins only, in the audit log); null fields go back to the defaults. */
export function setAgencyMailSettings(ctx: Context, agencyId: string, input: AgencyMailSettingsValue) {
  const viewer = requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const agency = await findAgency(tx, agencyId, ['agencyId']);
    const values = {
      redirectTextSv: optionalText(input.redirectTextSv, ['input', 'redirectTextSv']),
      redirectTextEn: optionalText(input.redirectTextEn, ['input', 'redirectTextEn']),
      webUrl: optionalContact(input.webUrl, ['input', 'webUrl'], 'web address (http:// or https://, at most 500 characters)', /^https?:\/\/[^\s<>"]{1,490}$/i),
      phone: optionalContact(input.phone, ['input', 'phone'], 'phone number', /^[+\d][\d\s()+-]{4,39}$/),
    };
    let settings = await tx.em.findOne(AgencyMailSettings, { agency: agency.id });
    const before = mailSettingsSnapshot(settings);
    settings ??= tx.em.create(AgencyMailSettings, { agency, updatedAt: tx.clock.now() });
    Object.assign(settings, values, { updatedAt: tx.clock.now(), updatedBy: tx.em.getReference(User, viewer.userId) });
    await tx.em.flush();
    await auditMailSettings(tx, agency, before, settings);
    return settingsView(agency, settings);
  });
}
