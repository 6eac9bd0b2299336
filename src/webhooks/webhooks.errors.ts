import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The webhooks' failures: each one's public meaning is in `webhookErrors` below. */
export enum WebhookErrorCode {
  URL_INVALID = 'URL_INVALID',
  URL_NOT_HTTP = 'URL_NOT_HTTP',
  URL_WITH_CREDENTIALS = 'URL_WITH_CREDENTIALS',
  URL_PRIVATE_ADDRESS = 'URL_PRIVATE_ADDRESS',
  URL_UNRESOLVED = 'URL_UNRESOLVED',
  EVENT_KINDS_REQUIRED = 'EVENT_KINDS_REQUIRED',
  ENDPOINT_NOT_FOUND = 'ENDPOINT_NOT_FOUND',
  DELIVERY_NOT_FOUND = 'DELIVERY_NOT_FOUND',
  DELIVERY_PENDING = 'DELIVERY_PENDING',
  ENDPOINT_NOT_ACTIVE = 'ENDPOINT_NOT_ACTIVE',
}

const { BAD_USER_INPUT, NOT_FOUND, CONFLICT, NOT_ALLOWED } = UserErrorCode;
const URL_FIELD = ['input', 'url'];

const webhookErrors = {
  [WebhookErrorCode.URL_INVALID]: () => userError(BAD_USER_INPUT, 'not a URL: give an absolute https:// (or http://) address', ...URL_FIELD),
  [WebhookErrorCode.URL_NOT_HTTP]: ({ protocol }: { protocol: string }) => userError(BAD_USER_INPUT, `only http and https URLs are called, not ${protocol}`, ...URL_FIELD),
  [WebhookErrorCode.URL_WITH_CREDENTIALS]: () => userError(BAD_USER_INPUT, 'a URL with a user name or password is refused: deliveries are authenticated by their signature', ...URL_FIELD),
  [WebhookErrorCode.URL_PRIVATE_ADDRESS]: ({ address }: { address: string }) =>
    userError(BAD_USER_INPUT, `the URL leads to ${address}, a loopback, private or link-local address, which this server does not call`, ...URL_FIELD),
  [WebhookErrorCode.URL_UNRESOLVED]: ({ host }: { host: string }) => userError(BAD_USER_INPUT, `the host ${host} has no address`, ...URL_FIELD),
  [WebhookErrorCode.EVENT_KINDS_REQUIRED]: () => userError(BAD_USER_INPUT, 'choose at least one event kind', 'input', 'eventKinds'),
  [WebhookErrorCode.ENDPOINT_NOT_FOUND]: () => userError(NOT_FOUND, 'no such webhook endpoint', 'webhookEndpointId'),
  [WebhookErrorCode.DELIVERY_NOT_FOUND]: () => userError(NOT_FOUND, 'no such webhook delivery', 'deliveryId'),
  [WebhookErrorCode.DELIVERY_PENDING]: () => userError(CONFLICT, 'the delivery is still being tried: wait for it to succeed or fail', 'deliveryId'),
  [WebhookErrorCode.ENDPOINT_NOT_ACTIVE]: ({ status }: { status: string }) =>
    userError(NOT_ALLOWED, `the endpoint is ${status}: resume it (active: true) before sending again`, 'deliveryId'),
} satisfies ErrorMapping<WebhookErrorCode>;

/** `throw webhookError(WebhookErrorCode.ENDPOINT_NOT_FOUND)`: the webhooks' `DomainError`. */
export const webhookError = errorsOf(webhookErrors);
