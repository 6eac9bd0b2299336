import type { DomainModule } from '../platform/domain';
import { devSignInRouter } from './dev-sign-in.routes';
import { Agency } from './agency.entity';
import { createDirectoryLoaders } from './directory.loaders';
import { DIRECTORY_RESOLVERS } from './directory.resolver';
import * as directory from './directory.service';
import { Service, ServiceArea } from './service-area.entity';
import { SupportGroup, Vendor } from './support-group.entity';
import { GroupMembership, User } from './user.entity';
import { loadViewer } from './viewer';
import { DIRECTORY_ADMIN_RESOLVERS } from './directory-admin.resolver';
import { Migration20261130094500_DirectoryAdmin } from './migrations/Migration20261130094500_DirectoryAdmin';
import { Migration20261201080000_EscalationAreaPriorityCap } from './migrations/Migration20261201080000_EscalationAreaPriorityCap';

/** Agencies, service areas, groups, vendors and people; and who the viewer is (the identity provider). */
export const directoryDomain: DomainModule = {
  name: 'directory',
  entities: [Agency, ServiceArea, Service, SupportGroup, Vendor, User, GroupMembership],
  migrations: [
    { name: 'Migration20261130094500_DirectoryAdmin', class: Migration20261130094500_DirectoryAdmin },
    { name: 'Migration20261201080000_EscalationAreaPriorityCap', class: Migration20261201080000_EscalationAreaPriorityCap },
  ],
  resolvers: [...DIRECTORY_RESOLVERS, ...DIRECTORY_ADMIN_RESOLVERS],
  loaders: (em) => createDirectoryLoaders(em),
  nodes: {
    Agency: directory.findAgency,
    User: directory.findUser,
    SupportGroup: directory.findGroup,
    Vendor: directory.findVendor,
    ServiceArea: directory.findServiceArea,
    Service: directory.findService,
  },
  viewer: loadViewer,
  routes: { '/auth/dev': ({ contextFor, signDevToken }) => devSignInRouter({ contextFor, signDevToken }) },
};
