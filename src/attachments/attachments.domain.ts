import type { DomainModule } from '../platform/domain';
import { Attachment } from './attachment.entity';
import { ATTACHMENT_LISTENERS } from './attachments.listeners';
import { findVisibleAttachment } from './attachment-access';
import { attachmentsRouter } from './attachment-download';
import { attachmentUploadRouter } from './attachment-upload';
import { DEFAULT_ATTACHMENT_LIMITS } from '../platform/config';
import { createAttachmentLoaders } from './attachment.loaders';
import { ATTACHMENT_RESOLVERS } from './attachment.resolver';
import { Migration20261130130500_Attachments } from './migrations/Migration20261130130500_Attachments';

/** Files on cases: stored in PostgreSQL, content type sniffed, downloaded only by those who may read the case. */
export const attachmentsDomain: DomainModule = {
  name: 'attachments',
  entities: [Attachment],
  migrations: [{ name: 'Migration20261130130500_Attachments', class: Migration20261130130500_Attachments }],
  resolvers: ATTACHMENT_RESOLVERS,
  loaders: (em, viewer) => createAttachmentLoaders(em, viewer),
  nodes: { Attachment: findVisibleAttachment },
  listeners: ATTACHMENT_LISTENERS,
  routes: {
    '/files/attachments': ({ contextFor }) => attachmentsRouter(contextFor),
    '/files/tickets': ({ contextFor, config }) => attachmentUploadRouter(contextFor, config.attachments ?? DEFAULT_ATTACHMENT_LIMITS),
  },
};
