import { storeAttachment } from '../../src/attachments/attachment.service';
import { AttachmentSource } from '../../src/attachments/attachments.enums';
import { User } from '../../src/directory/user.entity';
import { DEFAULT_ATTACHMENT_LIMITS } from '../../src/platform/config';
import { fromGlobalId, toGlobalId } from '../../src/platform/global-id';
import { TicketComment } from '../../src/tickets/ticket-comment.entity';
import { Ticket } from '../../src/tickets/ticket.entity';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';

/** Stores a file on a ticket (and comment) through the domain's own store, as mail processing does; its global ID. */
export async function attach(t: TestApp, ticket: string, filename: string, data: Buffer, comment?: string): Promise<string> {
  const stored = await t.app.orm.em.fork().transactional(async (tx) => {
    const a = await storeAttachment(
      tx,
      {
        ticket: tx.getReference(Ticket, fromGlobalId(ticket)!.id),
        comment: comment ? tx.getReference(TicketComment, fromGlobalId(comment)!.id) : undefined,
        filename,
        data,
        uploadedBy: await tx.findOneOrFail(User, { email: A.agent }),
        source: AttachmentSource.MAIL,
      },
      DEFAULT_ATTACHMENT_LIMITS,
      new Date('2026-11-30T12:00:00Z'),
    );
    await tx.flush();
    return a;
  });
  return toGlobalId('Attachment', stored.id);
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 1)]);
