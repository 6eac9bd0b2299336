import { isStaff } from '../directory/viewer';
import { recordAudit } from '../platform/audit/audit-log';
import { requireViewer, type Viewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { forbidden } from '../platform/errors';
import { runMutation } from '../platform/graphql/mutation';
import { canRead } from './ticket-access';
import { INTERNAL, loadForChange } from './ticket-change';
import { TicketComment } from './ticket-comment.entity';
import { TicketEvent } from './ticket-event.entity';
import { recordEventsNow } from './ticket-history';
import { text } from './ticket-input';
import { scopeOf } from './ticket-query.service';
import type { Ticket } from './ticket.entity';
import { TicketEventKind } from './ticket.enums';
import { ConfidentialityCode } from './confidentiality.enums';
import { PublicRecordExport } from './public-record-export.entity';
import { localTime, releasedRecord, type RecordCase } from './public-record-masking';
import { publicRecordPdf } from './public-record-pdf';
import { STATUS_LABEL } from './public-record-labels';
import { CATEGORY_LABEL, CHANNEL_LABEL, PRIORITY_LABEL, labelOf } from '../reports/report-labels';
import { publicRecordError, PublicRecordErrorCode } from './public-record.errors';
import { concurrently } from '../platform/db/concurrently';

/**
 * Exporting a case as a public record (allmän handling) on a request to release it: the released
 * version (public-record-masking.ts) as a PDF, kept with its masking list, logged in the audit log
 * and as an INTERNAL entry of the case's history, all in one transaction. Who may: the centre's
 * staff who read the case, and admins; customers and vendors' contacts are FORBIDDEN before
 * anything is read, and a case the viewer does not read is NOT_FOUND (as everywhere: no leak).
 */

export interface ExportPublicRecordValue {
  ticketId: string;
  requestReference: string;
}

/** Staff of the centre (admins included); never a customer, a vendor's contact or the telephony gateway. */
export const mayExportPublicRecords = (viewer: Viewer) => isStaff(viewer);

/** Everything of the case, confidential parts included: the masking rule, not the viewer's reach, decides what is printed. */
async function recordOf(tx: Context, ticket: Ticket): Promise<RecordCase> {
  const [comments, events] = await concurrently(tx.em, [
    () => tx.em.find(TicketComment, { ticket }, { populate: ['author'], orderBy: { createdAt: 'asc', id: 'asc' } }),
    () => tx.em.find(TicketEvent, { ticket }, { populate: ['actor'], orderBy: { at: 'asc', id: 'asc' } }),
  ]);
  const commentCode = new Map(comments.map((c) => [String(c.id), c.confidentialCode ?? null]));
  // A mark's event names its comment by database id: the document names it by its place, as the comments are numbered.
  const commentLabel = new Map(comments.map((c, i) => [String(c.id), `Kommentar ${i + 1}`]));
  const named = (field: string | undefined, value: string | undefined) => (value && field === 'comment' ? (commentLabel.get(value) ?? value) : (value ?? null));
  return {
    number: ticket.number,
    title: ticket.title,
    description: ticket.description,
    resolution: ticket.resolution ?? null,
    requester: ticket.requester.name,
    confidentialCode: ticket.confidentialCode ?? null,
    comments: comments.map((c) => ({ at: c.createdAt, author: c.author.name, visibility: c.visibility, body: c.body, confidentialCode: c.confidentialCode ?? null })),
    events: events.map((e) => ({
      at: e.at,
      actor: e.actor?.name ?? null,
      kind: e.kind,
      field: e.field ?? null,
      from: named(e.field, e.fromValue),
      to: named(e.field, e.toValue),
      note: e.note ?? null,
      // A mark's note is the ground's text: masked on the mark's own ground (a comment's, as it is now, or OTHER).
      markCode: e.kind !== TicketEventKind.MARKED_CONFIDENTIAL ? null : e.field === 'confidentiality' ? (e.toValue as ConfidentialityCode) : (commentCode.get(e.toValue ?? '') ?? ConfidentialityCode.OTHER),
    })),
  };
}

const date = (at: Date | null | undefined) => (at ? localTime(at) : '–');

function factsOf(ticket: Ticket): [string, string][] {
  return [
    ['Ärendenummer', ticket.number],
    ['Registrerat', date(ticket.createdAt)],
    ['Löst', date(ticket.resolvedAt)],
    ['Stängt', date(ticket.closedAt)],
    ['Myndighet', ticket.agency?.name ?? '–'],
    ['Tjänsteområde', ticket.serviceArea.name],
    ['Tjänst', ticket.service?.name ?? '–'],
    ['Kategori', labelOf(CATEGORY_LABEL, ticket.category)],
    ['Status', labelOf(STATUS_LABEL, ticket.status)],
    ['Kanal', labelOf(CHANNEL_LABEL, ticket.channel)],
    ['Prioritet', labelOf(PRIORITY_LABEL, ticket.priority)],
  ];
}

export function exportPublicRecord(ctx: Context, input: ExportPublicRecordValue) {
  if (!mayExportPublicRecords(requireViewer(ctx))) throw forbidden("public-record exports are made by the centre's staff");
  return runMutation(ctx, async (tx) => {
    const viewer = requireViewer(tx);
    const ticket = await loadForChange(tx, { ticketId: input.ticketId }, mayExportPublicRecords, { versionRequired: false, field: ['input', 'ticketId'] });
    const requestReference = text(input.requestReference, ['input', 'requestReference'], 2, 200);
    await tx.em.populate(ticket, ['agency', 'serviceArea', 'service', 'requester']);
    const released = releasedRecord(await recordOf(tx, ticket));
    const exportedAt = tx.clock.now();
    const exportedBy = (await tx.loaders.userById.load(viewer.userId))?.name ?? '–';
    const pdf = await publicRecordPdf({ number: ticket.number, requestReference, exportedAt, exportedBy, facts: factsOf(ticket) }, released);
    const row = tx.em.create(PublicRecordExport, { ticket, exportedBy: viewer.userId, exportedAt, requestReference, masks: released.masks, pdf } as never) as PublicRecordExport;
    const masked = released.masks.map((m) => `${m.where}: ${m.ground}`);
    await recordAudit(tx, {
      action: 'PUBLIC_RECORD_EXPORTED',
      subject: { type: 'PublicRecordExport', of: row },
      related: { type: 'Ticket', of: ticket },
      before: null,
      after: { ticketNumber: ticket.number, requestReference, masked },
    });
    await recordEventsNow(tx, ticket, [{ kind: TicketEventKind.PUBLIC_RECORD_EXPORTED, details: { ...INTERNAL, field: 'publicRecord', to: requestReference, note: masked.length ? masked.join('; ') : 'inget maskerat' } }]);
    return row;
  });
}

/** The document of an export, for who may export the case now (the same rule); NOT_FOUND for anyone else. */
export async function publicRecordDocument(ctx: Context, exportId: number): Promise<{ fileName: string; pdf: Buffer }> {
  const viewer = requireViewer(ctx);
  const row = await ctx.em.findOne(PublicRecordExport, { id: exportId }, { populate: ['ticket', 'pdf'] });
  if (!row || !mayExportPublicRecords(viewer) || !canRead(viewer, scopeOf(row.ticket))) throw publicRecordError(PublicRecordErrorCode.EXPORT_NOT_FOUND);
  if (row.pdf.length === 0) throw publicRecordError(PublicRecordErrorCode.EXPORT_ANONYMISED);
  return { fileName: `${row.ticket.number}-allman-handling-${row.id}.pdf`, pdf: row.pdf };
}

