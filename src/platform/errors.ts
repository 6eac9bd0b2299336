import { GraphQLError } from 'graphql';

/**
 * Expected business failures. Each domain declares its own error codes (`tickets/ticket.errors.ts`,
 * `TicketErrorCode.TICKET_NOT_FOUND`, ...) and one exhaustive mapping from each code to its public
 * meaning (a `UserErrorCode`, the message, the field path); its services throw `DomainError`s built
 * from that mapping. The mutation runner turns any `UserFacingError` into the payload's `userErrors`
 * and rolls the transaction back. Everything else is a top-level GraphQL error: `unauthenticated()`,
 * `forbidden()`, or a fault the server masks.
 */

/**
 * The public codes of `userErrors` (the GraphQL enum `UserErrorCode`): the generic ones are declared
 * here; a domain that needs one of its own adds it to this interface (module augmentation) and
 * declares it at run time with `declareUserErrorCode`.
 */
export interface UserErrorCodes {
  BAD_USER_INPUT: 'BAD_USER_INPUT';
  NOT_FOUND: 'NOT_FOUND';
  CONFLICT: 'CONFLICT';
  /** The actor may see the object but not make this change (e.g. a customer's internal comment). */
  NOT_ALLOWED: 'NOT_ALLOWED';
  /** The service cannot take the request now, whatever the input (e.g. no IVR menu is published); try again later. */
  UNAVAILABLE: 'UNAVAILABLE';
}
export type UserErrorCode = UserErrorCodes[keyof UserErrorCodes];

const genericCodes = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  NOT_ALLOWED: 'NOT_ALLOWED',
  UNAVAILABLE: 'UNAVAILABLE',
} as const;

/** Every public code by name; the GraphQL enum is built from this object (domains' codes included). */
export const UserErrorCode: UserErrorCodes = genericCodes as UserErrorCodes;

/** The descriptions of the public codes, for the GraphQL enum. */
export const userErrorCodeDescriptions: Record<string, { description: string }> = {
  BAD_USER_INPUT: { description: 'An input is malformed, too long, of the wrong type, or refers to the wrong kind of object.' },
  NOT_FOUND: { description: 'An object the input names does not exist or is not visible to you.' },
  CONFLICT: { description: 'The object changed since you read it (stale expectedVersion), or a duplicate.' },
  NOT_ALLOWED: { description: 'You may see the object but not make this particular change.' },
  UNAVAILABLE: { description: 'The service cannot take the request now, whatever the input (startCall: no IVR menu is published); nothing changed, try again once it is set up.' },
};

/** A domain's own public code (declared once, by the domain whose meaning it is): added to the GraphQL enum. */
export function declareUserErrorCode<K extends keyof UserErrorCodes>(code: K, description: string): UserErrorCodes[K] {
  (UserErrorCode as unknown as Record<string, string>)[code] = code;
  userErrorCodeDescriptions[code] = { description };
  return code as unknown as UserErrorCodes[K];
}

/** What a failure means to the client: one `userErrors` entry. */
export interface PublicError {
  code: UserErrorCode;
  message: string;
  /** Path of the input field at fault, e.g. ['input', 'title']. */
  field?: string[];
}

/** A `PublicError` with the field path given as its parts (none: no field). */
export const userError = (code: UserErrorCode, message: string, ...field: string[]): PublicError => ({
  code,
  message,
  field: field.length ? field : undefined,
});

export class UserFacingError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    /** Path of the input field at fault, e.g. ['input', 'title']. */
    readonly field?: string[],
  ) {
    super(message);
    this.name = 'UserFacingError';
  }

  /** The payload's `userErrors`: one entry, unless a subclass reports several problems at once. */
  toUserErrors(): PublicError[] {
    return [{ code: this.code, message: this.message, field: this.field }];
  }
}

/** A domain's failure: its own code (`reason`, e.g. TICKET_NOT_FOUND) with its public meaning. */
export class DomainError<R extends string = string> extends UserFacingError {
  constructor(
    readonly reason: R,
    meaning: PublicError,
  ) {
    super(meaning.code, meaning.message, meaning.field);
    this.name = 'DomainError';
  }
}

/**
 * A domain's mapping: for every one of its codes, the public error (from the code's parameters, if
 * it takes any). Declare it with `satisfies ErrorMapping<TheDomainsErrorCode>`, so a code without a
 * mapping (or a mapping without a code) does not compile.
 */
export type ErrorMapping<C extends string> = Record<C, (params: never) => PublicError>;

/** The domain's raise function: `ticketError(TicketErrorCode.TICKET_NOT_FOUND)` is a `DomainError` to throw. */
export function errorsOf<M extends Record<string, (params: never) => PublicError>>(mapping: M) {
  return <C extends keyof M & string>(code: C, ...params: Parameters<M[C]>): DomainError<C> =>
    new DomainError(code, (mapping[code] as (...p: Parameters<M[C]>) => PublicError)(...params));
}

/** Generic bad input, for the platform's own checks (paging, IDs, search texts); domains use their codes. */
export const badInput = (message: string, ...field: string[]) =>
  new UserFacingError(UserErrorCode.BAD_USER_INPUT, message, field.length ? field : undefined);

/**
 * How a versioned entity names itself when its version has moved (CONFLICT): its noun, and the path
 * of the `expectedVersion` its mutations take (none when they take none). Each entity with a
 * version column declares one as `static readonly versioned`, so the explicit check and a lost
 * optimistic-lock race answer alike.
 */
export interface Versioned {
  noun: string;
  expectedVersionField?: string[];
}

/** The CONFLICT for a stale version: with the two versions when known, else "changed meanwhile". */
export function staleVersionError(of: Versioned, versions?: { actual: number; expected: number }): PublicError {
  const message = versions
    ? `the ${of.noun} is at version ${versions.actual}, not ${versions.expected}: reload it and try again`
    : `the ${of.noun} was changed by someone else; reload it and try again`;
  return userError(UserErrorCode.CONFLICT, message, ...(of.expectedVersionField ?? []));
}

/** `staleVersionError` to throw (a lost optimistic-lock race of whichever entity). */
export function staleVersion(of: Versioned, versions?: { actual: number; expected: number }): UserFacingError {
  const { code, message, field } = staleVersionError(of, versions);
  return new UserFacingError(code, message, field);
}

/** What a versioned entity (an optimistic-lock failure's `entity`) declares; "object" if nothing. */
export function versionedOf(entity: unknown): Versioned {
  const declared = (entity as { constructor?: { versioned?: Versioned } } | null | undefined)?.constructor?.versioned;
  return declared ?? { noun: 'object' };
}

/** Top-level error codes, in `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** The request's database work ran past the statement timeout and was cancelled; nothing changed. */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** The database could not be reached (restarting, failing over, or every pooled connection busy too long); answered 503 with Retry-After. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** The sign-in provider's keys (OIDC JWKS) could not be fetched, so no token of it can be checked; answered 503 with Retry-After. */
  SIGN_IN_KEYS_UNAVAILABLE = 'SIGN_IN_KEYS_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export const unauthenticated = (message = 'a valid bearer token is required') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });

export const forbidden = (message = 'not allowed for your role') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });

/** PostgreSQL's query_canceled (57014): what `statement_timeout` raises. */
const QUERY_CANCELED = '57014';

/** Did the database cancel this statement for running past the statement timeout? */
export function isStatementTimeout(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === QUERY_CANCELED) return true;
  }
  return false;
}

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: a value out of range, malformed, or not valid
 * UTF-8) are raised by a value the client sent that no input check caught. They answer as
 * BAD_USER_INPUT, not as a fault; the input checks stay the first line (they name the field).
 */
export function isDataException(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

export const queryTimeout = () =>
  new GraphQLError('the request took too long in the database and was cancelled; narrow it (a shorter search, a smaller page) and try again', {
    extensions: { code: ErrorCode.QUERY_TIMEOUT, http: { status: 503 } },
  });

