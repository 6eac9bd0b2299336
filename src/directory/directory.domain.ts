import type { DomainModule } from '../platform/domain';
import { devSignInRouter } from './dev-sign-in.routes';
import { Agency } from './agency.entity';
import { createDirectoryLoaders } from './directory.loaders';
import { DIRECTORY_RESOLVERS } from './directory.resolver';
import { UserPhoneResolver } from './user-phone.resolver';
import * as directory from './directory.service';
import { Service, ServiceArea } from './service-area.entity';
import { SupportGroup, Vendor } from './support-group.entity';
import { GroupMembership, User } from './user.entity';
import { loadViewer } from './viewer';

/** Agencies, service areas, groups, vendors and people; and who the viewer is (the identity provider). */
export const directoryDomain: DomainModule = {
  name: 'directory',
  entities: [Agency, ServiceArea, Service, SupportGroup, Vendor, User, GroupMembership],
  resolvers: [...DIRECTORY_RESOLVERS, UserPhoneResolver],
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
