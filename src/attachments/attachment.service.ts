import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { filetypeinfo } from 'magic-bytes.js';
import type { User } from '../directory/user.entity';
import type { AttachmentLimitsConfig as AttachmentLimits } from '../platform/config';
import type { TicketComment } from '../tickets/ticket-comment.entity';
import type { Ticket } from '../tickets/ticket.entity';
import { Attachment } from './attachment.entity';
import { AttachmentErrorCode, attachmentError } from './attachments.errors';
import { AttachmentSource } from './attachments.enums';
import { lockCaseAndCountBytes } from './attachments.sql';


export interface NewAttachment {
  ticket: Ticket;
  comment?: TicketComment;
  filename: string | null | undefined;
  /** The type the sender claimed (a MIME part's Content-Type, an upload's): kept, never trusted. */
  declaredType?: string | null;
  data: Buffer;
  uploadedBy: User;
  source: AttachmentSource;
  /** Where an error points (GraphQL input path). */
  field?: string[];
}

/**
 * Stores one file on a case, in the caller's transaction: refuses an empty file, one over the
 * per-file limit and one that would take the case over its total (the case row is locked while
 * counting), sniffs the content type from the bytes and cleans the name.
 */
export async function storeAttachment(em: EntityManager, input: NewAttachment, limits: AttachmentLimits, now: Date): Promise<Attachment> {
  const field = input.field ?? ['file'];
  if (!input.data.length) throw attachmentError(AttachmentErrorCode.ATTACHMENT_EMPTY, { field });
  if (input.data.length > limits.perFile) throw attachmentError(AttachmentErrorCode.ATTACHMENT_TOO_LARGE, { limit: limits.perFile, field });
  const stored = await lockCaseAndCountBytes(em, input.ticket.id);
  if (stored + input.data.length > limits.perCase) throw attachmentError(AttachmentErrorCode.CASE_ATTACHMENTS_FULL, { limit: limits.perCase, field });
  const attachment = em.create(Attachment, {
    ticket: input.ticket,
    comment: input.comment,
    filename: cleanFilename(input.filename),
    contentType: sniffContentType(input.data),
    declaredType: input.declaredType?.slice(0, 100) || undefined,
    size: input.data.length,
    sha256: createHash('sha256').update(input.data).digest('hex'),
    data: input.data,
    source: input.source,
    uploadedBy: input.uploadedBy,
    createdAt: now,
  });
  em.persist(attachment);
  return attachment;
}

/**
 * The type the bytes say they are (magic numbers), else HTML for text that opens as markup (a
 * browser would render it: it is never served as such), else plain text for valid UTF-8 text, else
 * octet-stream.
 */
export function sniffContentType(data: Buffer): string {
  const known = filetypeinfo(data.subarray(0, 4100)).find((t) => t.mime);
  if (known?.mime) return known.mime;
  if (!looksLikeText(data)) return 'application/octet-stream';
  return MARKUP.test(data.subarray(0, 512).toString('utf8')) ? 'text/html' : 'text/plain';
}

/** How an HTML document (or fragment a browser renders as one) opens, after a BOM, blanks and comments. */
const MARKUP = /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|script|iframe|svg|div|p|a|img|meta|style|title)[\s>/]/i;

function looksLikeText(data: Buffer): boolean {
  const head = data.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length < data.length ? head.subarray(0, lastCompleteUtf8(head)) : head);
    return true;
  } catch {
    return false;
  }
}

/** Length of the head without a UTF-8 sequence cut off at its end. */
function lastCompleteUtf8(head: Buffer): number {
  let end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = head[end - back];
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

/** The last path segment, without control characters, at most 255 characters; `fil` when nothing is left. */
export function cleanFilename(name: string | null | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').replace(/^\.+/, '').trim();
  if (!clean) return 'fil';
  if (clean.length <= 255) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
  return clean.slice(0, 255 - ext.length) + ext;
}
