import type { DomainModule } from '../platform/domain';
import { Migration20261130090000_SavedReplies } from './migrations/Migration20261130090000_SavedReplies';
import { REPLIES_RESOLVERS } from './replies.resolver';
import { findUsableReply } from './replies.service';
import { SavedReply } from './saved-reply.entity';

/** Saved replies (canned responses): personal, per support group or global, with placeholders filled per ticket. */
export const repliesDomain: DomainModule = {
  name: 'replies',
  entities: [SavedReply],
  migrations: [{ name: 'Migration20261130090000_SavedReplies', class: Migration20261130090000_SavedReplies }],
  resolvers: REPLIES_RESOLVERS,
  nodes: { SavedReply: findUsableReply },
};
