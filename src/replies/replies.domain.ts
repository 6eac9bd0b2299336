import type { DomainModule } from '../platform/domain';
import { Migration20261130090000_SavedReplies } from './migrations/Migration20261130090000_SavedReplies';
import { Migration20261130200000_SavedReplyMacros } from './migrations/Migration20261130200000_SavedReplyMacros';
import { REPLIES_RESOLVERS } from './replies.resolver';
import { findUsableReply } from './replies.service';
import { SavedReply } from './saved-reply.entity';

/** Saved replies (canned responses): personal, per support group or global, with placeholders filled per ticket; with changes, macros applied in one transaction. */
export const repliesDomain: DomainModule = {
  name: 'replies',
  entities: [SavedReply],
  migrations: [
    { name: 'Migration20261130090000_SavedReplies', class: Migration20261130090000_SavedReplies },
    { name: 'Migration20261130200000_SavedReplyMacros', class: Migration20261130200000_SavedReplyMacros },
  ],
  resolvers: REPLIES_RESOLVERS,
  nodes: { SavedReply: findUsableReply },
};
