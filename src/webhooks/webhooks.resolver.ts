import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UserType } from '../directory/directory.types';
import type { Context } from '../platform/context';
import { toConnection } from '../platform/graphql/connection.type';
import { payloadOf } from '../platform/graphql/mutation';
import type { RootOf } from '../platform/graphql/node.type';
import { PageArgsType } from '../platform/graphql/paging';
import { toGlobalId } from '../platform/global-id';
import type { WebhookDelivery } from './webhook-delivery.entity';
import { listDeliveries, redeliver } from './webhook-delivery.service';
import { statusOf, type WebhookEndpoint } from './webhook-endpoint.entity';
import { createEndpoint, deleteEndpoint, listEndpoints, rotateSecret, updateEndpoint } from './webhook-endpoint.service';
import { WebhookEndpointStatus } from './webhooks.enums';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointPayload,
  UpdateWebhookEndpointInput,
  WebhookAttemptType,
  WebhookDeliveryConnection,
  WebhookDeliveryPayload,
  WebhookDeliveryType,
  WebhookEndpointPayload,
  WebhookEndpointSecretPayload,
  WebhookEndpointType,
} from './webhooks.types';

const ENDPOINT_ID = { description: 'Global ID of the webhook endpoint.' };
const secretPayload = async (outcome: ReturnType<typeof createEndpoint>) => {
  const { result, userErrors } = await outcome;
  return { webhookEndpoint: result?.endpoint ?? null, secret: result?.secret ?? null, userErrors };
};

@Resolver(() => WebhookEndpointType)
export class WebhookEndpointResolver {
  @Query(() => [WebhookEndpointType], { description: 'Admins only (others FORBIDDEN): every webhook endpoint, oldest first.' })
  webhookEndpoints(@Ctx() ctx: Context) {
    return listEndpoints(ctx);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'Admins only (others FORBIDDEN): an endpoint\'s deliveries, newest first, with their attempts. An unknown endpoint: NOT_FOUND as a top-level error.' })
  async webhookDeliveries(@Ctx() ctx: Context, @Arg('endpointId', () => ID, ENDPOINT_ID) endpointId: string, @Args() args: PageArgsType) {
    return toConnection(await listDeliveries(ctx, endpointId, args));
  }

  @Mutation(() => WebhookEndpointSecretPayload, { description: 'Admins only (others FORBIDDEN): registers an endpoint with a new signing secret, returned once. You own it: you are mailed if it is paused. userErrors: BAD_USER_INPUT (URL not http(s), with credentials, unresolvable or leading to a private address in production; no event kind; description too long).' })
  createWebhookEndpoint(@Ctx() ctx: Context, @Arg('input', { description: 'The URL, description and event kinds.' }) input: CreateWebhookEndpointInput) {
    return secretPayload(createEndpoint(ctx, input));
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Admins only (others FORBIDDEN): changes an endpoint; active: true resumes a paused one. userErrors: NOT_FOUND, BAD_USER_INPUT (as createWebhookEndpoint).' })
  updateWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg('webhookEndpointId', () => ID, ENDPOINT_ID) webhookEndpointId: string,
    @Arg('input', { description: 'Only the fields to change.' }) input: UpdateWebhookEndpointInput,
  ) {
    return payloadOf('webhookEndpoint', updateEndpoint(ctx, webhookEndpointId, input));
  }

  @Mutation(() => DeleteWebhookEndpointPayload, { description: 'Admins only (others FORBIDDEN): deletes an endpoint with its deliveries and their log. userErrors: NOT_FOUND.' })
  deleteWebhookEndpoint(@Ctx() ctx: Context, @Arg('webhookEndpointId', () => ID, ENDPOINT_ID) webhookEndpointId: string) {
    return payloadOf('deletedWebhookEndpointId', deleteEndpoint(ctx, webhookEndpointId));
  }

  @Mutation(() => WebhookEndpointSecretPayload, { description: 'Admins only (others FORBIDDEN): replaces an endpoint\'s signing secret at once (the old one signs nothing more) and returns the new one, once. userErrors: NOT_FOUND.' })
  rotateWebhookSecret(@Ctx() ctx: Context, @Arg('webhookEndpointId', () => ID, ENDPOINT_ID) webhookEndpointId: string) {
    return secretPayload(rotateSecret(ctx, webhookEndpointId));
  }

  @Mutation(() => WebhookDeliveryPayload, { description: 'Admins only (others FORBIDDEN): sends a delivery that SUCCEEDED or FAILED again, with the same body and webhook-id. userErrors: NOT_FOUND, CONFLICT (still PENDING), NOT_ALLOWED (its endpoint is paused or switched off).' })
  redeliverWebhook(@Ctx() ctx: Context, @Arg('deliveryId', () => ID, { description: 'Global ID of the WebhookDelivery.' }) deliveryId: string) {
    return payloadOf('webhookDelivery', redeliver(ctx, deliveryId));
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch it again with `node(id:)`.' })
  id(@Root() endpoint: RootOf<WebhookEndpoint>) {
    return toGlobalId('WebhookEndpoint', endpoint.id);
  }

  @FieldResolver(() => WebhookEndpointStatus, { description: 'ACTIVE, DISABLED (switched off) or PAUSED (by the server, for failing).' })
  status(@Root() endpoint: RootOf<WebhookEndpoint>) {
    return statusOf(endpoint);
  }

  @FieldResolver(() => UserType, { description: 'Its owner: the admin who registered it, mailed when it is paused.' })
  createdBy(@Root() endpoint: RootOf<WebhookEndpoint>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(endpoint.createdBy.id);
  }
}

@Resolver(() => WebhookDeliveryType)
export class WebhookDeliveryResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch it again with `node(id:)`.' })
  id(@Root() delivery: RootOf<WebhookDelivery>) {
    return toGlobalId('WebhookDelivery', delivery.id);
  }

  @FieldResolver(() => [WebhookAttemptType], { description: 'Its attempts in order, each with the answer\'s status, the start of its body, the time taken and the error.' })
  attemptLog(@Root() delivery: RootOf<WebhookDelivery>, @Ctx() ctx: Context) {
    return ctx.loaders.webhookAttempts.load(delivery.id);
  }
}

export const WEBHOOK_RESOLVERS = [WebhookEndpointResolver, WebhookDeliveryResolver] as const;
