import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { toGlobalId } from '../platform/global-id';
import type { RootOf } from '../platform/graphql/node.type';
import { seesInternal } from '../tickets/ticket-access';
import type { TicketComment } from '../tickets/ticket-comment.entity';
import type { Ticket } from '../tickets/ticket.entity';
import { CommentVisibility } from '../tickets/ticket.enums';
import { TicketCommentType, TicketType } from '../tickets/ticket.types';
import type { Attachment } from './attachment.entity';
import { AttachmentType } from './attachment.types';

/** Where a file is downloaded (bearer token required): GET /files/attachments/<global ID>. */
export const downloadPath = (id: number) => `/files/attachments/${toGlobalId('Attachment', id)}`;

@Resolver(() => AttachmentType)
export class AttachmentResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the attachment again with `node(id:)`.' })
  id(@Root() attachment: RootOf<Attachment>) {
    return toGlobalId('Attachment', attachment.id);
  }

  @FieldResolver(() => String, {
    description:
      'Path of the download on this server (GET with the same bearer token as the API): sent as an attachment with its sniffed type, never rendered inline.',
  })
  downloadUrl(@Root() attachment: RootOf<Attachment>) {
    return downloadPath(attachment.id);
  }
}

@Resolver(() => TicketType)
export class TicketAttachmentsResolver {
  @FieldResolver(() => [AttachmentType], {
    description: "The case's files you may see, oldest first: its own and its comments' (customers: not those of internal comments). Batched across a page.",
  })
  attachments(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsByTicket.load(ticket.id);
  }
}

@Resolver(() => TicketCommentType)
export class CommentAttachmentsResolver {
  @FieldResolver(() => [AttachmentType], { description: 'The files that came with this comment (a mail, a reply with files), oldest first.' })
  attachments(@Root() comment: RootOf<TicketComment>, @Ctx() ctx: Context) {
    // The comment is visible already (the tickets domain filters comments); this keeps it so even if a path did not.
    if (comment.visibility !== CommentVisibility.PUBLIC && !(ctx.viewer && seesInternal(ctx.viewer))) return [];
    return ctx.loaders.attachmentsByComment.load(comment.id);
  }
}

export const ATTACHMENT_RESOLVERS = [AttachmentResolver, TicketAttachmentsResolver, CommentAttachmentsResolver] as const;
