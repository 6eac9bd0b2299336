import type { DomainModule } from '../platform/domain';
import { findCall } from './call-access';
import { findCallback } from './callback.service';
import { IvrCall, IvrCallback } from './ivr-call.entity';
import { IvrEntryPoint, IvrMenuVersion } from './ivr-menu-version.entity';
import { findEntryPoint, findMenuVersionById } from './ivr-menu.service';
import { createIvrLoaders } from './ivr.loaders';
import { IVR_RESOLVERS } from './ivr.resolver';
import { twilioRouter } from './twilio/twilio.routes';

/** The phone channel: the menu (versioned), calls and their queue, callbacks, Twilio's webhooks. */
export const ivrDomain: DomainModule = {
  name: 'ivr',
  entities: [IvrMenuVersion, IvrEntryPoint, IvrCall, IvrCallback],
  resolvers: IVR_RESOLVERS,
  loaders: (em) => createIvrLoaders(em),
  nodes: {
    IvrCall: findCall,
    IvrCallback: findCallback,
    IvrMenuVersion: findMenuVersionById,
    IvrEntryPoint: findEntryPoint,
  },
  routes: { '/ivr/twilio': ({ config, contextAs }) => twilioRouter(config.ivr!, contextAs) },
};
